package eval

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// leaderGold is two invented articles with four leader → destination
// facts, stated by six noted relations: a delegation's two destinations
// (one also stated as the leader's own visit), the leader's own
// destination (also stated by the second article), and a second team
// whose leader the gold does not name.
func leaderGold() *Gold {
	const text = "A farm delegation led by Olek Varga arrived in Tarn on Monday. " +
		"Varga will go on to Pell alone. The delegation then travels to Runo. " +
		"A second team flew to Vask."
	ld := LeaderDestinationNote
	return &Gold{Format: Format, Articles: []Article{{ID: "l1", Title: "Farm visit", Text: text,
		Entities: []Entity{
			{ID: "varga", Name: "Olek Varga", Type: graph.Person, Aliases: []string{"Varga"}},
			{ID: "del", Name: "farm delegation", Type: graph.Organization, Group: true, Aliases: []string{"the delegation"}},
			{ID: "team", Name: "second team", Type: graph.Organization, Group: true},
			{ID: "tarn", Name: "Tarn", Type: graph.Place},
			{ID: "pell", Name: "Pell", Type: graph.Place},
			{ID: "runo", Name: "Runo", Type: graph.Place},
			{ID: "vask", Name: "Vask", Type: graph.Place},
		},
		Relations: []Relation{
			{Kind: graph.Leads, Source: "varga", Target: "del", Evidence: "A farm delegation led by Olek Varga"},
			{Kind: graph.Visits, Source: "del", Target: "tarn", Note: ld, Evidence: "A farm delegation led by Olek Varga arrived in Tarn"},
			{Kind: graph.Visits, Source: "varga", Target: "pell", Note: ld, Evidence: "Varga will go on to Pell"},
			{Kind: graph.Visits, Source: "del", Target: "runo", Note: ld, Evidence: "The delegation then travels to Runo"},
			{Kind: graph.Visits, Source: "team", Target: "vask", Note: ld, Evidence: "A second team flew to Vask"},
			// The leader's own visit to Tarn is the same fact as the
			// delegation's.
			{Kind: graph.Visits, Source: "varga", Target: "tarn", Note: ld, Uncertain: true, Evidence: "Olek Varga arrived in Tarn"},
			// Not noted: not part of the measure.
			{Kind: graph.Visits, Source: "del", Target: "pell", Uncertain: true, Evidence: "Varga will go on to Pell alone"},
		}},
		// A second article states the Pell fact again; the graph does
		// not hold it.
		{ID: "l2", Title: "Varga in Pell", Text: "Olek Varga reached Pell by train.",
			Entities: []Entity{
				{ID: "v", Name: "Olek Varga", Type: graph.Person},
				{ID: "p", Name: "Pell", Type: graph.Place},
			},
			Relations: []Relation{{Kind: graph.Visits, Source: "v", Target: "p", Note: ld, Evidence: "Olek Varga reached Pell"}}},
	}}
}

// leaderGraph is a graph of leaderGold's article with the given typed
// relations between its entities, named by their graph names.
func leaderGraph(rels [][3]string) *graph.Graph {
	names := []string{"Olek Varga", "farm delegation", "Farm Board", "Tarn", "Pell", "Runo", "Vask", "Third Group"}
	g := &graph.Graph{Articles: []graph.Article{{ID: "h1", Ref: "l1", Title: "Farm visit"}}}
	id := map[string]graph.ID{}
	for i, n := range names {
		id[n] = graph.ID(i + 1)
		typ := graph.Place
		if i < 3 || n == "Third Group" {
			typ = graph.Organization
		}
		if i == 0 {
			typ = graph.Person
		}
		g.Entities = append(g.Entities, graph.Entity{ID: id[n], Name: n, Type: typ})
		g.Articles[0].Entities = append(g.Articles[0].Entities, id[n])
	}
	for _, r := range rels {
		src, ok := id[r[0]]
		if !ok { // a name not in the article: the leader is absent
			g.Articles[0].Entities = g.Articles[0].Entities[1:]
			continue
		}
		g.Relations = append(g.Relations, graph.Relation{Source: src, Target: id[r[2]], Kind: graph.Kind(r[1]),
			Evidence: []graph.Evidence{{Article: "h1", Sentence: r[0] + " " + r[1] + " " + r[2]}}})
	}
	g.Sort()
	return g
}

func TestLeaderDestinations(t *testing.T) {
	const noLeader = "the gold names no person who leads second team"
	for _, tc := range []struct {
		name string
		rels [][3]string
		// want gives, per destination, the Via of a reachable fact or the
		// Note of an unreachable one.
		want map[string]string
	}{
		{"nothing extracted", nil, map[string]string{"Tarn": "no visits or leads-visits path to the destination",
			"Pell": "no visits or leads-visits path to the destination", "Runo": "no visits or leads-visits path to the destination", "Vask": noLeader}},
		{"person visits", [][3]string{{"Olek Varga", "visits", "Pell"}, {"Olek Varga", "visits", "Tarn"}},
			map[string]string{"Pell": "visits", "Tarn": "visits"}},
		{"through the delegation", [][3]string{{"Olek Varga", "leads", "farm delegation"}, {"farm delegation", "visits", "Tarn"}, {"farm delegation", "visits", "Runo"}},
			map[string]string{"Tarn": "leads farm delegation, visits", "Runo": "leads farm delegation, visits", "Pell": "no visits or leads-visits path to the destination"}},
		{"through another body he leads", [][3]string{{"Olek Varga", "leads", "Farm Board"}, {"Farm Board", "visits", "Pell"}},
			map[string]string{"Pell": "leads Farm Board, visits"}},
		{"delegation visits, not led in the graph", [][3]string{{"farm delegation", "visits", "Tarn"}, {"farm delegation", "affiliated_with", "Olek Varga"}},
			map[string]string{"Tarn": "no visits or leads-visits path to the destination"}},
		{"two steps of leads", [][3]string{{"Olek Varga", "leads", "Farm Board"}, {"Farm Board", "leads", "Third Group"}, {"Third Group", "visits", "Runo"}},
			map[string]string{"Runo": "no visits or leads-visits path to the destination"}},
		{"reversed", [][3]string{{"Pell", "visits", "Olek Varga"}}, map[string]string{"Pell": "no visits or leads-visits path to the destination"}},
		{"leader not in the article", [][3]string{{"Someone Else", "", ""}, {"farm delegation", "visits", "Tarn"}},
			map[string]string{"Tarn": "leader not in the graph", "Vask": noLeader}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gold, g := leaderGold(), leaderGraph(tc.rels)
			if errs := gold.Check(); len(errs) > 0 {
				t.Fatal(errs)
			}
			ld := Score(gold, g, ArticleMap(gold, g), "leader.json").LeaderDestination
			if ld == nil || ld.Total != 4 || len(ld.Facts) != 4 || ld.Noted != 6 {
				t.Fatalf("measure %+v, want 4 facts from 6 noted relations", ld)
			}
			if pell := ld.Facts[1]; pell.Destination != "Pell" || !slices.Equal(pell.Articles, []string{"l1", "l2"}) {
				t.Errorf("Pell fact %+v, want it stated by l1 and l2", pell)
			}
			reachable := 0
			for _, f := range ld.Facts {
				if f.Reachable {
					reachable++
				}
				want, ok := tc.want[f.Destination]
				if !ok {
					continue
				}
				if got := f.Via + f.Note; got != want {
					t.Errorf("%s -> %s: via %q, note %q; want %q", f.Leader, f.Destination, f.Via, f.Note, want)
				}
				if f.Reachable != (f.Via != "") || (f.Note == "") != f.Reachable {
					t.Errorf("%+v: reachable disagrees with via and note", f)
				}
			}
			if ld.Reachable != reachable {
				t.Errorf("Reachable %d, facts say %d", ld.Reachable, reachable)
			}
		})
	}
}

// TestLeaderDestinationsReport checks the text and JSON reports, and
// that a gold without noted facts reports nothing (so reports of golds
// that do not use the note are unchanged).
func TestLeaderDestinationsReport(t *testing.T) {
	gold, g := leaderGold(), leaderGraph([][3]string{{"Olek Varga", "visits", "Pell"}})
	rep := Score(gold, g, ArticleMap(gold, g), "leader.json")
	var text bytes.Buffer
	if err := WriteText(&text, rep, false, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "\nleader-destination: 1 of 4 reachable (6 noted visits relations)\n") || strings.Contains(text.String(), "unreachable:") {
		t.Errorf("text report:\n%s", text.String())
	}
	text.Reset()
	if err := WriteText(&text, rep, false, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"  unreachable: dev l1: Olek Varga (leads farm delegation) -> Runo [no visits or leads-visits path to the destination]\n      The delegation then travels to Runo\n",
		"  unreachable: dev l1: ? (leads second team) -> Vask [" + "the gold names no person who leads second team]\n",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("verbose report lacks %q:\n%s", want, text.String())
		}
	}
	if strings.Contains(text.String(), "unreachable: dev l1, l2") {
		t.Errorf("verbose report lists a reachable fact:\n%s", text.String())
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil || back.LeaderDestination == nil || back.LeaderDestination.Reachable != 1 || back.LeaderDestination.Total != 4 {
		t.Errorf("JSON round trip %+v, %v", back.LeaderDestination, err)
	}
	plain := smallGold()
	if r := Score(plain, smallGraph(), ArticleMap(plain, smallGraph()), "small.json"); r.LeaderDestination != nil {
		t.Errorf("a gold without noted facts reports %+v", r.LeaderDestination)
	}
}

// TestReachMerge checks how two statements of one fact combine: reachable
// in one article is reachable; otherwise the most telling reason stays.
func TestReachMerge(t *testing.T) {
	no := Reach{Articles: []string{"a"}, Group: "team", Note: noteNoLeader + "team"}
	absent := Reach{Articles: []string{"b"}, Note: noteAbsent}
	path := Reach{Articles: []string{"b"}, Note: noteNoPath}
	yes := Reach{Articles: []string{"c"}, Reachable: true, Via: "visits"}
	for _, tc := range []struct {
		name      string
		first     Reach
		more      []Reach
		reachable bool
		note, via string
		articles  []string
	}{
		{"reached later", path, []Reach{yes}, true, "", "visits", []string{"b", "c"}},
		{"reached first", yes, []Reach{path, no}, true, "", "visits", []string{"c", "b", "a"}},
		{"absent beats no leader", no, []Reach{absent}, false, noteAbsent, "", []string{"a", "b"}},
		{"no path beats absent", absent, []Reach{path}, false, noteNoPath, "", []string{"b"}},
		{"no path stays", path, []Reach{absent, no, absent}, false, noteNoPath, "", []string{"b", "a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.first
			r.Articles = slices.Clone(r.Articles)
			for _, o := range tc.more {
				r.merge(o)
			}
			if r.Reachable != tc.reachable || r.Note != tc.note || r.Via != tc.via || !slices.Equal(r.Articles, tc.articles) {
				t.Errorf("merged %+v; want reachable %v, note %q, via %q, articles %v", r, tc.reachable, tc.note, tc.via, tc.articles)
			}
		})
	}
}
