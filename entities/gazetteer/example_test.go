package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

func ExampleKey() {
	for _, s := range []string{"U.S.", "Bhutto-Zardari", "S. Jaishankar", "Côte d’Ivoire"} {
		fmt.Printf("%q\n", gazetteer.Key(s))
	}
	// Output:
	// "us"
	// "bhutto zardari"
	// "s jaishankar"
	// "cote divoire"
}

// Look up every n-gram of a sentence, as the entity extractor does. The
// embedded data is used through Default; New builds a small gazetteer here
// so that the output does not depend on it.
func ExampleGazetteer_Lookup() {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "country:PK", Name: "Pakistan", Type: graph.Country, Country: "PK", Aliases: []gazetteer.Alias{
			{Text: "Pakistan", Kind: gazetteer.KindName}, {Text: "Pakistani", Kind: gazetteer.KindDemonym},
		}},
		{ID: "place:1176615", Name: "Islamabad", Type: graph.Place, Country: "PK", Capital: true, Aliases: []gazetteer.Alias{
			{Text: "Islamabad", Kind: gazetteer.KindName},
		}},
		{ID: "org:Q1065", Name: "United Nations", Type: graph.Organization, QID: "Q1065", Aliases: []gazetteer.Alias{
			{Text: "United Nations", Kind: gazetteer.KindName}, {Text: "UN", Kind: gazetteer.KindShort},
		}},
	})
	words := strings.Fields(gazetteer.Key("A Pakistani envoy left Islamabad for the U.N."))
	for i := range words {
		for n := g.MaxWords(); n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			for _, m := range g.Lookup(strings.Join(words[i:i+n], " ")) {
				fmt.Printf("%s → %s (%s, %s)\n", strings.Join(words[i:i+n], " "), m.Entry.Name, m.Entry.Type, m.Alias.Kind)
			}
		}
	}
	// Output:
	// pakistani → Pakistan (country, demonym)
	// islamabad → Islamabad (place, name)
	// un → United Nations (organization, short)
}
