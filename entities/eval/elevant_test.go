package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func readSmall(t *testing.T) []LinkedDoc {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "small.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadELEVANT(f, "small.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestReadELEVANT(t *testing.T) {
	docs := readSmall(t)
	if len(docs) != 3 || docs[0].ID != "1" || docs[1].ID != "b" {
		t.Fatalf("docs = %+v", docs)
	}
	var got []string
	for _, l := range docs[0].Labels {
		got = append(got, l.Surface+"/"+l.QID+"/"+string(l.Class))
	}
	// The coreference, the NIL link and the label of another type are
	// left out; "Ádrik Poll" is cut at character, not byte, offsets.
	want := []string{"Zorvan Melk/Q901/person", "Ádrik Poll/Q902/person", "Tarsova/Q903/place"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("labels = %q, want %q", got, want)
	}
	if acc := docs[0].Labels[2].Accept; !reflect.DeepEqual(acc, []graph.Type{graph.Place, graph.Country, graph.Organization, graph.Party}) {
		t.Errorf("geographic entity and organization accept %v", acc)
	}
}

func TestReadELEVANTErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"id": 1, "text": "abc", "labels": [{"span": [2, 9], "entity_id": "Q1", "type": "Q5"}]}`, "f.jsonl:1: article 1, label 0: span [2 9] is not in the text"},
		{"\n{\"id\": 1, \"text\": \"a\"", "f.jsonl:2: not an ELEVANT article"},
		{`{"text": "a"}`, "f.jsonl:1: no id"},
		{`{"id": 1, "text": " "}`, "f.jsonl:1: article 1 has no text"},
		{"{\"id\": 1, \"text\": \"a\"}\n{\"id\": \"1\", \"text\": \"b\"}", `f.jsonl:2: id "1" repeats line 1`},
		{"\n", "f.jsonl: no articles"},
	} {
		_, err := ReadELEVANT(strings.NewReader(tc.in), "f.jsonl")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadELEVANT(%q) = %v, want %q...", tc.in, err, tc.want)
		}
	}
}

func TestScoreELEVANT(t *testing.T) {
	docs := readSmall(t)
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Zorvan Melk", Type: graph.Person, Aliases: []string{"Melk"}, Mentions: 3},
			{ID: 2, Name: "Adrik Poll", Type: graph.Person, Mentions: 1},
			{ID: 3, Name: "Tarsova", Type: graph.Country, Mentions: 2, Attrs: map[string]string{WikidataAttr: "Q903"}},
			{ID: 4, Name: "Kestrel Works", Type: graph.Person, Mentions: 1},
			{ID: 5, Name: "Melk", Type: graph.Place, Mentions: 9},
		},
		Articles: []graph.Article{
			{ID: "x1", Ref: "1", Entities: []graph.ID{1, 2, 3}},
			{ID: "x2", Ref: "b", Entities: []graph.ID{1, 3, 4, 5}},
		},
	}
	s := ScoreELEVANT(docs, g)
	check := func(name string, got, want Rate) {
		t.Helper()
		if got.Count != want.Count || got.Total != want.Total {
			t.Errorf("%s = %d/%d, want %d/%d", name, got.Count, got.Total, want.Count, want.Total)
		}
	}
	if s.Articles != 3 || s.MissingArticles != 1 {
		t.Errorf("articles %d, missing %d; want 3, 1", s.Articles, s.MissingArticles)
	}
	// Doc c is not in the graph: its one mention is missed.
	check("found", s.Found, Rate{Count: 6, Total: 7})
	// "Melk" in doc b picks the person, not the place with more mentions;
	// "Kestrel Works" (a person node) and "Tarsova" as the club are
	// mistyped.
	check("typed", s.Typed, Rate{Count: 4, Total: 6})
	check("merged", s.Merged, Rate{Count: 1, Total: 1})
	check("qid", s.QID, Rate{Count: 1, Total: 1})
	if want := []OverMerge{{ID: 3, Name: "Tarsova", Type: graph.Country, QIDs: []string{"Q903", "Q905"}, Mentions: []Miss{
		{Doc: "1", Surface: "Tarsova", QID: "Q903", Class: graph.Place},
		{Doc: "b", Surface: "Tarsova", QID: "Q905", Class: graph.Organization},
	}}}; !reflect.DeepEqual(s.OverMerged, want) {
		t.Errorf("over-merged = %+v, want %+v", s.OverMerged, want)
	}
	if want := []Miss{{Doc: "c", Surface: "Orlin Vask", QID: "Q906", Class: graph.Person}}; !reflect.DeepEqual(s.Misses, want) {
		t.Errorf("misses = %+v, want %+v", s.Misses, want)
	}
	if len(s.Split) != 0 {
		t.Errorf("split = %+v, want none", s.Split)
	}
	// The two mistyped mentions, with the nodes that carry them.
	if len(s.Mistyped) != 2 || s.Mistyped[0].Node == "" || s.Mistyped[0].Type == "" {
		t.Errorf("mistyped = %+v", s.Mistyped)
	}
	if len(s.ByClass) != 3 || s.ByClass[1].Class != graph.Organization || s.ByClass[1].Typed.Count != 0 {
		t.Errorf("by class = %+v", s.ByClass)
	}
}

func TestScoreELEVANTSplit(t *testing.T) {
	// The same person on two nodes in two articles is not merged.
	docs := readSmall(t)[:2]
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Zorvan Melk", Type: graph.Person},
			{ID: 2, Name: "Melk", Type: graph.Person},
		},
		Articles: []graph.Article{{Ref: "1", Entities: []graph.ID{1}}, {Ref: "b", Entities: []graph.ID{2}}},
	}
	s := ScoreELEVANT(docs, g)
	if s.Merged.Count != 0 || s.Merged.Total != 1 || len(s.OverMerged) != 0 {
		t.Errorf("merged %+v, over-merged %v", s.Merged, s.OverMerged)
	}
	if want := []Split{{QID: "Q901", Nodes: []string{"person:Melk", "person:Zorvan Melk"}}}; !reflect.DeepEqual(s.Split, want) {
		t.Errorf("split = %+v, want %+v", s.Split, want)
	}
}

func FuzzReadELEVANT(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "small.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add(`{"id": 1, "text": "é", "labels": [{"span": [0, 1], "entity_id": "Q1", "type": "Q5"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadELEVANT(strings.NewReader(in), "f")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, l := range d.Labels {
				if d.Text[l.Start:l.End] != l.Surface || l.Surface == "" {
					t.Fatalf("label %+v does not cut the text", l)
				}
			}
		}
		ScoreELEVANT(docs, &graph.Graph{})
	})
}

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{"the Guardian": "guardian", "The  Times": "times", "Théâtre": "theatre", "Thelma": "thelma", "U.S.": nameKey("U.S")} {
		if got := nameKey(in); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPickPrefersTheMentionsClass(t *testing.T) {
	// A country label accepts place, country, organization and party
	// (ELEVANT types a country as both); in a sports report naming the
	// country and its team, the country mention is the country node's,
	// though the team has more mentions.
	country := &graph.Entity{ID: 1, Name: "Tarsova", Type: graph.Country, Mentions: 2}
	team := &graph.Entity{ID: 2, Name: "Tarsova", Type: graph.Organization, Mentions: 40}
	accept := []graph.Type{graph.Place, graph.Country, graph.Organization, graph.Party}
	if got := pick([]*graph.Entity{team, country}, graph.Place, accept); got != country {
		t.Errorf("place label picks %s", got.Type)
	}
	if got := pick([]*graph.Entity{country, team}, graph.Organization, accept); got != team {
		t.Errorf("organization label picks %s", got.Type)
	}
	// Of two nodes of the class, the one with more mentions.
	town := &graph.Entity{ID: 3, Name: "Tarsova", Type: graph.Place, Mentions: 5}
	if got := pick([]*graph.Entity{country, town}, graph.Place, accept); got != town {
		t.Errorf("two place nodes: picks %d", got.ID)
	}
	// Nothing accepted: the first.
	if got := pick([]*graph.Entity{town}, graph.Person, []graph.Type{graph.Person}); got != town {
		t.Errorf("no accepted node: picks %v", got)
	}
}
