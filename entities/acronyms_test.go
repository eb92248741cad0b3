package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

func TestSpelledAcronyms(t *testing.T) {
	tests := []struct {
		text   string
		entity string // an entity's name
		alias  string // an alias it must have, or "" for none but itself
		not    string // an alias it must not have
	}{
		// Used without a definition: the one name it spells.
		{"The Northern Grain Marketing Board met on Monday. Traders said the NGMB would cut prices.", "Northern Grain Marketing Board", "NGMB", ""},
		// Two letters are too few to tell.
		{"The Grain Board met on Monday. Traders said the GB would cut prices.", "Grain Board", "", "GB"},
		// Two names spell it: neither takes it.
		{"The Northern Grain Marketing Board and the National Growers Marketing Bureau met. The NGMB said nothing.", "Northern Grain Marketing Board", "", "NGMB"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer())) // the model finds the bare abbreviation
	for _, tt := range tests {
		ex := x.Extract(tt.text)
		var found bool
		for _, e := range ex.Entities {
			if e.Name != tt.entity {
				continue
			}
			found = true
			if tt.alias != "" && !slices.Contains(e.Aliases, tt.alias) {
				t.Errorf("%q: %s aliases %q, want %s", tt.text, e.Name, e.Aliases, tt.alias)
			}
			if tt.not != "" && slices.Contains(e.Aliases, tt.not) {
				t.Errorf("%q: %s aliases %q, do not want %s", tt.text, e.Name, e.Aliases, tt.not)
			}
		}
		if !found {
			var names []string
			for _, e := range ex.Entities {
				names = append(names, e.Name)
			}
			t.Errorf("%q: no entity %q in %q", tt.text, tt.entity, names)
		}
	}
}
