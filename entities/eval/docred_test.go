package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestLoadDocRED(t *testing.T) {
	docs, err := LoadDocRED(filepath.Join("testdata", "docred_small.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := "Mara Lind (born 1950) chairs the Example Union, based in Vell, Norland. Lind's party, the Green League, joined the Summit of Vell."
	if d.Text != want {
		t.Errorf("text\n%q, want\n%q", d.Text, want)
	}
	var types []string
	for _, e := range d.Entities {
		if got := d.Text[e.Mentions[0].Start:e.Mentions[0].End]; got != e.Name {
			t.Errorf("mention of %q spans %q", e.Name, got)
		}
		types = append(types, string(e.Type))
	}
	if got := strings.Join(types, ","); got != "person,organization,place,country,organization,event," {
		t.Errorf("types %s", got)
	}
	var rels []string
	for _, r := range d.Relations {
		rels = append(rels, d.Entities[r.Source].Name+" "+string(r.Kind)+" "+d.Entities[r.Target].Name)
	}
	wantRels := "Mara Lind leads Example Union|Mara Lind member_of Green League|Example Union located_in Vell|Vell located_in Norland|Green League involved_in Summit of Vell"
	if got := strings.Join(rels, "|"); got != wantRels {
		t.Errorf("relations\n%s, want\n%s", got, wantRels)
	}
}

func TestDocREDScore(t *testing.T) {
	docs, err := LoadDocRED(filepath.Join("testdata", "docred_small.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := &docs[0]
	ents := []PredEntity{
		{ID: "p", Spans: FindSpans(d.Text, []string{"Lind"})}, // both mentions of vertex 0
		{ID: "u", Spans: FindSpans(d.Text, []string{"Example Union"})},
		{ID: "g", Spans: FindSpans(d.Text, []string{"Green League"})},
		{ID: "v", Spans: FindSpans(d.Text, []string{"Vell"})}, // also inside "Summit of Vell": a tie, the lower vertex wins
		{ID: "x", Spans: FindSpans(d.Text, []string{"Nowhere"})},
	}
	if m := MapEntities(d, ents); len(m) != 4 || m["p"] != 0 || m["v"] != 2 || m["g"] != 4 {
		t.Fatalf("MapEntities = %v", m)
	}
	rels := []PredRelation{
		{Kind: graph.Leads, Source: "p", Target: "u"},                // correct
		{Kind: graph.HoldsRole, Source: "p", Target: "g"},            // loose only
		{Kind: graph.LocatedIn, Source: "u", Target: "v"},            // correct
		{Kind: graph.LocatedIn, Source: "x", Target: "v"},            // unmapped end: wrong
		{Kind: graph.Visits, Source: "p", Target: "v"},               // not scored on Re-DocRED
		{Kind: graph.CoMention, Source: "p", Target: "u"},            // not scored
		{Kind: graph.Leads, Source: "p", Target: "u"},                // repeat, counted once
		{Kind: graph.AffiliatedWith, Source: "u", Target: "missing"}, // unmapped end: wrong
	}
	s := NewDocREDScore()
	s.Add(d, ents, rels)
	strict, loose := s.Tables()
	if c := strict.Total; c.Gold != 5 || c.Predicted != 5 || c.Correct != 2 {
		t.Errorf("strict %+v", c)
	}
	if c := loose.Total; c.Gold != 5 || c.Predicted != 5 || c.Correct != 3 {
		t.Errorf("loose %+v", c)
	}
	var buf bytes.Buffer
	if err := WriteDocREDText(&buf, "docred_small.json", strict, loose); err != nil {
		t.Fatal(err)
	}
	golden(t, "docred_small.txt", buf.Bytes())
}

func TestFindSpans(t *testing.T) {
	text := "Lindsay Lind met Lind; Lind-Berg."
	got := FindSpans(text, []string{"Lind", "Lind met"})
	var parts []string
	for _, s := range got {
		parts = append(parts, text[s.Start:s.End])
	}
	if strings.Join(parts, "|") != "Lind|Lind met|Lind|Lind" {
		t.Errorf("FindSpans gave %q", parts)
	}
}

// TestDocREDFile checks the reader on the real Re-DocRED dev file: every
// token's span holds the token, every relation's ends exist.
func TestDocREDFile(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "relations", "redocred", "dev_revised.json")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("Re-DocRED not available: %v", err)
	}
	docs, err := LoadDocRED(path)
	if err != nil {
		t.Fatal(err)
	}
	rels := 0
	for _, d := range docs {
		for _, r := range d.Relations {
			if r.Source >= len(d.Entities) || r.Target >= len(d.Entities) {
				t.Fatalf("%s: relation %+v out of range", d.Title, r)
			}
		}
		rels += len(d.Relations)
	}
	if len(docs) != 500 || rels < 3000 {
		t.Errorf("%d documents, %d mapped relations", len(docs), rels)
	}
	t.Logf("%d documents, %d mapped relations", len(docs), rels)
}

func FuzzLoadDocRED(f *testing.F) {
	seed, _ := os.ReadFile(filepath.Join("testdata", "docred_small.json"))
	f.Add(seed)
	f.Add([]byte(`[{"sents": [["a"]], "vertexSet": [[{"pos": [0, 5], "sent_id": 0}]], "labels": []}]`))
	f.Add([]byte(`[{"sents": [], "vertexSet": [[]], "labels": [{"r": "P17", "h": 0, "t": 9}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "d.json")
		os.WriteFile(path, data, 0o644)
		docs, err := LoadDocRED(path)
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if m.Start < 0 || m.End > len(d.Text) || m.Start > m.End {
						t.Fatalf("mention span %v outside text of %d bytes", m, len(d.Text))
					}
				}
			}
		}
	})
}
