package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestKinIntroduced(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Tomas Quill", true},
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Sarah Feig", true},
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Ada Quill", false},
		{"The show is hosted by Tomas Quill, the eldest son of President Quill.", "Tomas Quill", true},
		{"Her husband, Tomas Quill, said so.", "Tomas Quill", true},
		{"Her husband said Tomas Quill had left.", "Tomas Quill", false},
		{"Tomas Quill, a lawyer, said so.", "Tomas Quill", false},
	} {
		d := text.Segment(c.text)
		m := phraseMention(t, d, c.name, 0, "")
		if got := kinIntroduced(d, m); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestCompanyWordsWeak(t *testing.T) {
	for _, c := range []struct {
		name string
		ents []*Entity
		want bool // the last entity's WeakType after
	}{
		{"a word of a company of the article",
			[]*Entity{{Name: "Del E. Quarnby Corp", Type: graph.Organization}, {Name: "Quarnby", Type: graph.Place, WeakType: true}}, false},
		{"a word of a company's alias",
			[]*Entity{{Name: "QPC", Aliases: []string{"Quarnby Oil and Gas Plc"}, Type: graph.Organization}, {Name: "Quarnby", Type: graph.Organization, WeakType: true}}, false},
		{"a word of a place's name is no company's",
			[]*Entity{{Name: "Quarnby Hills", Type: graph.Place}, {Name: "Quarnby", Type: graph.Place, WeakType: true}}, true},
		{"no company holds it",
			[]*Entity{{Name: "Brisk Holdings", Type: graph.Organization}, {Name: "Quarnby", Type: graph.Place, WeakType: true}}, true},
		{"a weak person is left to the person rules",
			[]*Entity{{Name: "Quarnby Corp", Type: graph.Organization}, {Name: "Quarnby", Type: graph.Person, WeakType: true}}, true},
	} {
		companyWordsWeak(c.ents)
		if got := c.ents[len(c.ents)-1].WeakType; got != c.want {
			t.Errorf("%s: weak %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRegionAfterPlaceNotWeak(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // "Quarnby" weakly typed
	}{
		{"Stores opened in Monroeville, Quarnby on Monday.", false},
		{"Stores opened on Monday. Quarnby joined the board.", true},
	} {
		d := text.Segment(c.text)
		ms := []Mention{wordMention(t, d, "Quarnby", 0, graph.Place)}
		if strings.Contains(c.text, "Monroeville") {
			ms = append(ms, wordMention(t, d, "Monroeville", 0, graph.Place))
		}
		for _, e := range resolve(d, ms, nil, nil).Entities {
			if e.Name == "Quarnby" && e.WeakType != c.want {
				t.Errorf("%q: weak %v, want %v", c.text, e.WeakType, c.want)
			}
		}
	}
}
