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
		// Two letters are too few to tell, unless they spell an
		// organization of two words the gazetteer knows, named before.
		{"The Grain Board met on Monday. Traders said the GB would cut prices.", "Grain Board", "", "GB"},
		{"The European Commission proposed new rules on Monday. The EC said they would take effect next year.", "European Commission", "EC", ""},
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

// TestPlaceAbbreviation checks that a country ending a longer name does
// not take that name's abbreviation, and does take one of its own names.
func TestPlaceAbbreviation(t *testing.T) {
	tests := []struct {
		text, entity, abbr string
		want               bool
	}{
		{"The Union for Farmers and Workers in Kenya ( UFWK ) met in Nairobi. The UFWK said prices fell.", "Kenya", "UFWK", false},
		{"The team from Pakistan ( PAK ) won the relay in Doha.", "Pakistan", "PAK", true},
		{"Delegates of the United Arab Emirates ( UAE ) met in Doha.", "United Arab Emirates", "UAE", true},
	}
	x := New()
	for _, tt := range tests {
		var got, found bool
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.entity {
				found = true
				got = got || slices.Contains(e.Acronyms, tt.abbr) || slices.Contains(e.Aliases, tt.abbr)
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: %s found %v, has %s %v, want %v", tt.text, tt.entity, found, tt.abbr, got, tt.want)
		}
	}
}
