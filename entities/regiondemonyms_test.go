package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// TestRegionListsResolve checks that every entry ID of the region word
// lists names an entry of the gazetteer, so that a mistyped ID does not
// silently read nothing.
func TestRegionListsResolve(t *testing.T) {
	gz := gazetteer.Default()
	for name, list := range map[string]map[string]string{"region_demonyms": regionDemonyms, "region_abbreviations": regionAbbreviations} {
		for w, id := range list {
			if entryByListID(gz, id) == nil {
				t.Errorf("%s: %q → %q is no gazetteer entry", name, w, id)
			}
		}
	}
}
