// Package testgraph builds graphs for the export tests: a small hand-made
// one, a seeded random one of any size and one whose text is hostile.
package testgraph

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Small returns a hand-built graph with every entity type and relation
// kind, two relations between one pair of entities, attributes, aliases
// and evidence from two articles.
func Small() *graph.Graph {
	a1 := graph.Article{
		ID: "a1b2c3", Ref: "story-1", Title: "Coalition talks in Berlin", Source: "Example Wire",
		URL: "https://example.com/1", Date: "2024-05-01", Entities: []graph.ID{1, 2, 3, 4},
	}
	a2 := graph.Article{
		ID: "d4e5f6", Title: "Summit opens", Date: "2024-05-02T10:00:00Z", Entities: []graph.ID{1, 3, 5, 6},
	}
	ev := func(a graph.Article, s string, start int) graph.Evidence {
		return graph.Evidence{Article: a.ID, Title: a.Title, Sentence: s, Start: start, End: start + len(s)}
	}
	s1 := "Olaf Scholz of the SPD met reporters in Berlin."
	s2 := "Scholz, an SPD member, spoke at the Berlin Summit."
	s3 := "Berlin is the capital of Germany."
	s4 := "The Bundestag and Scholz discussed the summit."
	return &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Olaf Scholz", Type: graph.Person, Aliases: []string{"Scholz"}, Mentions: 5, Articles: 2, Attrs: map[string]string{"wikidata": "Q61053"}},
			{ID: 2, Name: "SPD", Type: graph.Party, Aliases: []string{"Social Democratic Party"}, Mentions: 2, Articles: 1},
			{ID: 3, Name: "Berlin", Type: graph.Place, Mentions: 3, Articles: 2, Attrs: map[string]string{"country": "DE"}},
			{ID: 4, Name: "Germany", Type: graph.Country, Mentions: 1, Articles: 1, Attrs: map[string]string{"country": "DE", "wikidata": "Q183"}},
			{ID: 5, Name: "Bundestag", Type: graph.Organization, Mentions: 1, Articles: 1},
			{ID: 6, Name: "Berlin Summit", Type: graph.Event, Mentions: 1, Articles: 1},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 2, Evidence: []graph.Evidence{ev(a1, s1, 0), ev(a2, s2, 10)}},
			{Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 1, Evidence: []graph.Evidence{ev(a2, s2, 10)}},
			{Source: 1, Target: 3, Kind: graph.CoMention, Weight: 2, Evidence: []graph.Evidence{ev(a1, s1, 0), ev(a2, s2, 10)}},
			{Source: 1, Target: 5, Kind: graph.CoMention, Weight: 1, Evidence: []graph.Evidence{ev(a2, s4, 80)}},
			{Source: 1, Target: 6, Kind: graph.CoMention, Weight: 1, Evidence: []graph.Evidence{ev(a2, s2, 10)}},
			{Source: 3, Target: 4, Kind: graph.CapitalOf, Weight: 1, Evidence: []graph.Evidence{ev(a1, s3, 48)}},
			{Source: 3, Target: 4, Kind: graph.CoMention, Weight: 1, Evidence: []graph.Evidence{ev(a1, s3, 48)}},
		},
		Articles: []graph.Article{a1, a2},
	}
}

// SmallScores and SmallCommunities are options for Small.
var (
	SmallScores      = map[graph.ID]float64{1: 0.31, 2: 0.12, 3: 0.2, 4: 0.1, 5: 0.07, 6: 0.2}
	SmallCommunities = map[graph.ID]int{1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 2}
)

var syllables = []string{"ka", "ri", "mo", "sen", "ta", "lu", "vi", "dor", "an", "bel", "zu", "pra", "kesh", "ol", "mar", "ni"}

// Random returns a connected-ish random graph of n entities drawn from a
// seeded generator: every entity after the first links to one to three
// earlier ones (preferring well-linked ones), persons join parties and
// places are capitals of countries. It also returns a score and a community
// per entity.
func Random(seed uint64, n int) (*graph.Graph, map[graph.ID]float64, map[graph.ID]int) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &graph.Graph{}
	scores := make(map[graph.ID]float64, n)
	comm := make(map[graph.ID]int, n)
	art := graph.Article{ID: "art0", Title: "Random news"}
	for i := range n {
		id := graph.ID(i + 1)
		var name strings.Builder
		for w := range 1 + rng.IntN(2) {
			if w > 0 {
				name.WriteByte(' ')
			}
			for range 2 + rng.IntN(2) {
				name.WriteString(syllables[rng.IntN(len(syllables))])
			}
		}
		nm := strings.ToUpper(name.String()[:1]) + name.String()[1:]
		g.Entities = append(g.Entities, graph.Entity{
			ID: id, Name: nm, Type: graph.Types[rng.IntN(len(graph.Types))],
			Mentions: 1 + rng.IntN(40), Articles: 1 + rng.IntN(10),
		})
		scores[id] = rng.ExpFloat64()
		comm[id] = rng.IntN(12)
	}
	seen := make(map[[2]graph.ID]bool)
	var targets []graph.ID // an entity appears once per link: preferential attachment
	for i := 1; i < n; i++ {
		id := graph.ID(i + 1)
		for range 1 + rng.IntN(3) {
			var t graph.ID
			if len(targets) > 0 && rng.IntN(2) == 0 {
				t = targets[rng.IntN(len(targets))]
			} else {
				t = graph.ID(1 + rng.IntN(i))
			}
			if t == id || seen[[2]graph.ID{t, id}] {
				continue
			}
			seen[[2]graph.ID{t, id}] = true
			targets = append(targets, t, id)
			w := 1 + int(rng.ExpFloat64()*3)
			s := fmt.Sprintf("%s and %s were named together.", g.Entities[t-1].Name, g.Entities[id-1].Name)
			ev := []graph.Evidence{{Article: art.ID, Title: art.Title, Sentence: s, Start: 0, End: len(s)}}
			g.Relations = append(g.Relations, graph.Relation{Source: t, Target: id, Kind: graph.CoMention, Weight: w, Evidence: ev})
			a, b := &g.Entities[t-1], &g.Entities[id-1]
			if a.Type == graph.Party && b.Type == graph.Person {
				a, b = b, a
			}
			if a.Type == graph.Country && b.Type == graph.Place {
				a, b = b, a
			}
			switch {
			case a.Type == graph.Person && b.Type == graph.Party:
				g.Relations = append(g.Relations, graph.Relation{Source: a.ID, Target: b.ID, Kind: graph.MemberOf, Weight: 1, Evidence: ev})
			case a.Type == graph.Place && b.Type == graph.Country:
				g.Relations = append(g.Relations, graph.Relation{Source: a.ID, Target: b.ID, Kind: graph.CapitalOf, Weight: 1, Evidence: ev})
			}
		}
	}
	g.Articles = []graph.Article{art}
	g.Sort()
	return g, scores, comm
}

// HostileNames are entity names and sentences that break naive writers.
var HostileNames = []string{
	`"]; <script>alert(1)</script>`,
	`a\"b\\`,
	"line one\nline two\r\nthree",
	"&amp; &lt;b&gt; & AT&T",
	"ctrl\x00\x01\x1b[31m\x7fchars",
	"bad\uFFFE\uFFFFxml",
	"\u200Fمرحبا\u200E rtl",
	"emoji 🗳️👩🏽‍⚖️",
	`back\slash \N \G \l \n`,
	"trailing backslash\\",
	`<b>html</b> <!-- comment --> ]]>`,
	"invalid utf8 \xff\xfe here",
	"-- edge -> op {} [] ; , =",
	"",
}

// HostileLabels is what export.WriteDOT shows for each of HostileNames: on
// one line, cleaned, with U+FFFD as '?' and "(unnamed)" for nothing.
var HostileLabels = []string{
	`"]; <script>alert(1)</script>`,
	`a\"b\\`,
	"line one line two three",
	"&amp; &lt;b&gt; & AT&T",
	"ctrl[31mchars",
	"badxml",
	"\u200Fمرحبا\u200E rtl",
	"emoji 🗳️👩🏽‍⚖️",
	`back\slash \N \G \l \n`,
	"trailing backslash\\",
	`<b>html</b> <!-- comment --> ]]>`,
	"invalid utf8 ?? here",
	"-- edge -> op {} [] ; , =",
	"(unnamed)",
}

// Hostile returns a graph whose every piece of text is one of HostileNames:
// entity i (ID i+1) is named HostileNames[i], consecutive entities are
// linked, and evidence, titles, aliases and attributes are hostile too.
func Hostile() *graph.Graph {
	g := &graph.Graph{}
	art := graph.Article{ID: "h1", Title: HostileNames[0], Source: HostileNames[1], URL: "https://example.com/?a=1&b=<2>", Entities: nil}
	for i, name := range HostileNames {
		id := graph.ID(i + 1)
		g.Entities = append(g.Entities, graph.Entity{
			ID: id, Name: name, Type: graph.Types[i%len(graph.Types)],
			Aliases: []string{HostileNames[(i+1)%len(HostileNames)]}, Mentions: i, Articles: 1,
			Attrs: map[string]string{"wikidata": HostileNames[(i+2)%len(HostileNames)]},
		})
		if i == 0 {
			// Attribute keys that clash with fixed attribute names or are
			// hostile themselves.
			g.Entities[0].Attrs["name"] = "clash"
			g.Entities[0].Attrs["id"] = "clash"
			g.Entities[0].Attrs[`<k a="1">&`] = HostileNames[3]
			g.Entities[0].Attrs["ctl\x01"] = "x"
		}
		art.Entities = append(art.Entities, id)
		if i > 0 {
			s := HostileNames[(i+3)%len(HostileNames)]
			g.Relations = append(g.Relations, graph.Relation{
				Source: id - 1, Target: id, Kind: graph.CoMention, Weight: i,
				Evidence: []graph.Evidence{{Article: art.ID, Title: HostileNames[(i+4)%len(HostileNames)], Sentence: s, End: len(s)}},
			})
		}
	}
	g.Articles = []graph.Article{art}
	return g
}
