package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyWordThatIsADemonym checks that a lone word a party's name
// shares with a region's demonym ("Vestran" of the made-up "Vestran
// National Party") reads as the region, even in political wording, while
// the party's full name still reads as the party.
func TestPartyWordThatIsADemonym(t *testing.T) {
	gz := gazetteer.New([]gazetteer.Entry{
		{ID: "country:XN", Name: "Norland", Type: graph.Country, Country: "XN", Aliases: []gazetteer.Alias{
			{Text: "Norland", Kind: gazetteer.KindName},
		}},
		{ID: "region:XN.01", Name: "Vestra", Type: graph.Place, Country: "XN", Population: 5_000_000, Aliases: []gazetteer.Alias{
			{Text: "Vestra", Kind: gazetteer.KindName}, {Text: "Vestran", Kind: gazetteer.KindDemonym},
		}},
		{ID: "party:9001", Name: "Vestran National Party", Type: graph.Party, Country: "XN", Aliases: []gazetteer.Alias{
			{Text: "Vestran National Party", Kind: gazetteer.KindName}, {Text: "Vestran", Kind: gazetteer.KindDerived},
		}},
	})
	x := New(WithGazetteer(gz))
	cases := []struct {
		text, word string
		want       graph.Type
	}{
		{"Norland votes on Sunday. The Vestran politician Tova Brenn said the election was fair.", "Vestran", graph.Place},
		{"Norland votes on Sunday. Vestran voters want a new parliament.", "Vestran", graph.Place},
		{"Norland votes on Sunday. The Vestran National Party leads the polls.", "Vestran National Party", graph.Party},
	}
	for _, c := range cases {
		var got graph.Type
		for _, e := range x.Extract(c.text).Entities {
			for _, a := range e.Aliases {
				if a == c.word {
					got = e.Type
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: %q read as %q, want %q", c.text, c.word, got, c.want)
		}
	}
}
