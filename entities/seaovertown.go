package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// seaOverTown returns the ocean or sea a lone word names when the
// gazetteer reads it as a town (entry e, the word at tokens [start,
// end)), or nil: "the Pacific" is the Pacific Ocean, not a town called
// Pacific. The word must be the first word of a world area's name ending
// in "Ocean" or "Sea", and the town not followed by a comma and its
// region ("Pacific, Missouri").
func seaOverTown(d *Document, gz *gazetteer.Gazetteer, e *gazetteer.Entry, start, end int) *gazetteer.Entry {
	if gz == nil || end-start != 1 || e.Type != graph.Place || !strings.HasPrefix(e.ID, "place:") {
		return nil
	}
	if end < len(d.Tokens) && d.Tokens[end].Text == "," {
		return nil
	}
	key := gazetteer.Key(d.Tokens[start].Text)
	for _, suffix := range []string{" ocean", " sea"} {
		for _, c := range gz.Lookup(key + suffix) {
			if strings.HasPrefix(c.Entry.ID, "area:") && !c.Alias.Weak() {
				return c.Entry
			}
		}
	}
	return nil
}
