package entities

import (
	"slices"
	"testing"
)

// TestTitledAliases checks that a person's node keeps the titled forms of
// its mentions as aliases, and its name without the title.
func TestTitledAliases(t *testing.T) {
	tests := []struct {
		text, name string
		aliases    []string
	}{
		// The title before the surname alone, after the full name, is a
		// form of the full name too: the article names him so.
		{"Prime Minister Tomas Varga spoke on Monday. Mr Varga said the vote would pass.", "Tomas Varga", []string{"Prime Minister Tomas Varga", "Mr Varga"}},
		// A person the article names by surname alone keeps the titled form.
		{"Opposition leader Mr Varga said the vote would pass.", "Varga", []string{"Mr Varga"}},
		{"The strike was ordered by Gen. Orlin Vask, officials said.", "Orlin Vask", []string{"Gen. Orlin Vask"}},
		{"Senator Dana Okafor said the bill would pass.", "Dana Okafor", []string{"Senator Dana Okafor"}},
		// A title of several words ending in an honorific gives that
		// word's form too; a role of several words does not ("Minister
		// Tomas Varga").
		{"Labour MP Dr Irene Falk-Moreno said the bill would pass.", "Irene Falk-Moreno", []string{"MP Dr Irene Falk-Moreno", "Dr Irene Falk-Moreno"}},
	}
	x := New()
	for _, tt := range tests {
		var found bool
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.name && slices.Contains(e.Aliases, "Minister Tomas Varga") {
				t.Errorf("%q: %s has the role's titled form %q", tt.text, e.Name, e.Aliases)
			}
			if e.Name != tt.name {
				continue
			}
			found = true
			for _, a := range tt.aliases {
				if !slices.Contains(e.Aliases, a) {
					t.Errorf("%q: %s has aliases %q, want %q", tt.text, e.Name, e.Aliases, a)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", tt.text, tt.name)
		}
	}
}
