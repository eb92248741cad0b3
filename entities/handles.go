package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// socialHandles adds to a person or organization the social-media handle
// written right after one of its mentions: "Shashi Tharoor
// (@ShashiTharoor)" or "Shashi Tharoor @ShashiTharoor".
func socialHandles(d *Document, ex *Extraction) {
	if !strings.Contains(d.Text, "@") {
		return
	}
	tokAt := make(map[int]int, len(d.Tokens))
	for i, t := range d.Tokens {
		tokAt[t.End] = i + 1
	}
	for _, e := range ex.Entities {
		if e.Type != graph.Person && e.Type != graph.Organization && e.Type != graph.Party {
			continue
		}
		for _, sp := range e.Mentions {
			k, ok := tokAt[sp.End]
			if !ok {
				continue
			}
			if k < len(d.Tokens) && d.Tokens[k].Text == "(" {
				k++
			}
			if k+1 < len(d.Tokens) && d.Tokens[k].Text == "@" && !d.Tokens[k+1].Space && d.Tokens[k+1].Word() {
				h := "@" + d.Tokens[k+1].Text
				if !slices.Contains(e.Aliases, h) {
					e.Aliases = append(e.Aliases, h)
				}
			}
		}
	}
}
