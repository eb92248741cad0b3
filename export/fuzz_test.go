package export

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// fuzzGraph builds a two-entity graph from fuzzed text.
func fuzzGraph(name, alias, attrKey, attrVal, sentence, kind string) *graph.Graph {
	ev := graph.Evidence{Article: "a", Title: alias, Sentence: sentence, End: len(sentence)}
	return &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: name, Type: graph.Person, Aliases: []string{alias}, Mentions: 1, Articles: 1, Attrs: map[string]string{attrKey: attrVal}},
			{ID: 2, Name: alias, Type: graph.Type(attrKey), Mentions: 2, Articles: 1},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 1, Evidence: []graph.Evidence{ev}},
			{Source: 1, Target: 2, Kind: graph.Kind(kind), Weight: 3, Evidence: []graph.Evidence{ev, ev}, Attrs: map[string]string{"role": attrVal}},
		},
		Articles: []graph.Article{{ID: "a", Title: sentence, Entities: []graph.ID{1, 2}}},
	}
}

func addSeeds(f *testing.F) {
	n := len(testgraph.HostileNames)
	for i, s := range testgraph.HostileNames {
		h := func(k int) string { return testgraph.HostileNames[(i+k)%n] }
		f.Add(s, h(1), h(2), h(3), h(4), h(5))
	}
	f.Add("Olaf Scholz", "Scholz", "wikidata", "Q61053", "Scholz spoke.", "member_of")
	f.Add("name", "id", "name", "", "", "")
}

// FuzzGraphML checks that WriteGraphML writes well-formed XML for any
// text and that the text reads back as Clean made it.
func FuzzGraphML(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		out := write(t, WriteGraphML, g, Options{Title: sentence, ScoreName: attrKey, Scores: map[graph.ID]float64{1: 1}})
		doc, nodes, edges := parseGraphML(t, out)
		if len(nodes) != 2 || len(edges) != 2 {
			t.Fatalf("%d nodes, %d edges", len(nodes), len(edges))
		}
		n1 := nodes["n1"]
		if n1["name"] != Clean(name) || n1["aliases"] != Clean(alias) || n1["type"] != "person" {
			t.Errorf("node n1 = %q", n1)
		}
		if attrVal := Clean(attrVal); attrVal != "" {
			found := false
			for k, v := range n1 {
				found = found || v == attrVal && k != "name" && k != "aliases"
			}
			if !found && attrVal != Clean(name) && attrVal != Clean(alias) {
				t.Errorf("attribute value %q lost: %q", attrVal, n1)
			}
		}
		if got := nodes["n2"]["type"]; got != Clean(attrKey) {
			t.Errorf("type %q, want %q", got, Clean(attrKey))
		}
		e := edges["e1"] // relations are ordered by kind: find the fuzzed one by its weight
		if e["weight"] != "3" {
			e = edges["e0"]
		}
		if got, want := e["kind"], Clean(kind); got != want {
			t.Errorf("kind %q, want %q", got, want)
		}
		if got, want := e["evidence"], oneLine(sentence)+SentenceSeparator+oneLine(sentence); got != want {
			t.Errorf("evidence %q, want %q", got, want)
		}
		if want := (&Options{Title: sentence}).title(); len(doc.Graph.Data) != 1 || doc.Graph.Data[0].Value != Clean(want) {
			t.Errorf("title %q, want %q", doc.Graph.Data, Clean(want))
		}
		names := make(map[string]bool)
		for _, k := range doc.Keys {
			if names[k.For+" "+k.Name] {
				t.Errorf("attribute %s declared twice for %s", k.Name, k.For)
			}
			names[k.For+" "+k.Name] = true
		}
	})
}

// FuzzDOT checks that WriteDOT's output parses with gonum's DOT parser for
// any text, that no text adds statements or attributes, and that labels
// read back as the names.
func FuzzDOT(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		o := Options{Title: sentence, ScoreName: attrVal, Scores: map[graph.ID]float64{1: 1, 2: 0}, Community: map[graph.ID]int{1: 7}}
		checkDOT(t, write(t, WriteDOT, g, o), g)
	})
}

// FuzzJSON checks that WriteJSON writes valid JSON that reads back.
func FuzzJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		out := write(t, WriteJSON, g, Options{Title: kind})
		var doc jsonDoc
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		e := doc.Edges[1] // relations are ordered by kind: find the fuzzed one by its weight
		if e.Weight != 3 {
			e = doc.Edges[0]
		}
		if doc.Title != Clean((&Options{Title: kind}).title()) || len(doc.Nodes) != 2 || doc.Nodes[0].Name != Clean(name) ||
			!slices.Equal(doc.Nodes[0].Aliases, []string{Clean(alias)}) || e.Kind != Clean(kind) ||
			e.Evidence[1].Sentence != Clean(sentence) || doc.Articles[0].Title != Clean(sentence) {
			t.Errorf("did not round-trip:\n%s", out)
		}
	})
}
