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
		if got := typeNamed(x.Extract(c.text), c.word); got != c.want {
			t.Errorf("%q: %q read as %q, want %q", c.text, c.word, got, c.want)
		}
	}
}

// TestPartyOtherNameOfTwo checks that a party's other name that another
// party also has ("Union of Hope" of the made-up Norland and Estoria
// parties) takes an entry only where the article names the party's
// country, politics in the sentence not being enough.
func TestPartyOtherNameOfTwo(t *testing.T) {
	gz := gazetteer.New([]gazetteer.Entry{
		{ID: "country:XN", Name: "Norland", Type: graph.Country, Country: "XN", Aliases: []gazetteer.Alias{{Text: "Norland", Kind: gazetteer.KindName}}},
		{ID: "country:XE", Name: "Estoria", Type: graph.Country, Country: "XE", Aliases: []gazetteer.Alias{{Text: "Estoria", Kind: gazetteer.KindName}}},
		{ID: "party:9002", Name: "Norland Hope Front", Type: graph.Party, Country: "XN", Aliases: []gazetteer.Alias{
			{Text: "Norland Hope Front", Kind: gazetteer.KindName}, {Text: "Union of Hope", Kind: gazetteer.KindName},
		}},
		{ID: "party:9003", Name: "Estorian Hope Movement", Type: graph.Party, Country: "XE", Aliases: []gazetteer.Alias{
			{Text: "Estorian Hope Movement", Kind: gazetteer.KindName}, {Text: "Union of Hope", Kind: gazetteer.KindName},
		}},
	})
	x := New(WithGazetteer(gz))
	cases := []struct{ text, want string }{
		{"The Union of Hope won seats in the election, its leader said.", ""},
		{"Norland votes on Sunday. The Union of Hope won seats in the election.", "party:9002"},
	}
	for _, c := range cases {
		got := ""
		for _, e := range x.Extract(c.text).Entities {
			if e.Type == graph.Party && e.Entry != nil {
				got = e.Entry.ID
			}
		}
		if got != c.want {
			t.Errorf("%q: party entry %q, want %q", c.text, got, c.want)
		}
	}
}
