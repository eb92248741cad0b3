package store

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/internal/graphtest"
)

// khanText is an article in which extraction fused two people: every
// "... Khan" is a mention of one entity.
const khanText = "Imran Khan spoke in Lahore. Sadiq Khan of Labour visited London. Imran Khan met Sadiq Khan in London."

// khanStore stores khanText: K (all four Khans), Lahore, Labour (party),
// London, with co-mentions per sentence and K member_of Labour.
func khanStore(t *testing.T) *Store {
	t.Helper()
	s, _ := openTemp(t)
	t.Cleanup(func() { s.Close() })
	span := func(sub string, from int) graph.Span {
		i := strings.Index(khanText[from:], sub) + from
		return graph.Span{Start: i, End: i + len(sub)}
	}
	s1, s2, s3 := graph.Span{Start: 0, End: 27}, graph.Span{Start: 28, End: 64}, graph.Span{Start: 65, End: len(khanText)}
	err := s.Update(func(tx *Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art1, Title: "Khans", Source: "Wire", Date: "2025-05-01"}, khanText, art1); err != nil {
			return err
		}
		ents := []*graph.Entity{
			{Name: "Imran Khan", Type: graph.Person, Mentions: 4, Aliases: []string{"Sadiq Khan"}},
			{Name: "Lahore", Type: graph.Place, Mentions: 1},
			{Name: "Labour", Type: graph.Party, Mentions: 1},
			{Name: "London", Type: graph.Place, Mentions: 2},
		}
		for _, e := range ents {
			if _, err := tx.NewEntity(e); err != nil {
				return err
			}
		}
		k, lah, lab, lon := ents[0].ID, ents[1].ID, ents[2].ID, ents[3].ID
		mentions := map[graph.ID][]graph.Span{
			k:   {span("Imran Khan", 0), span("Sadiq Khan", 0), span("Imran Khan", 40), span("Sadiq Khan", 80)},
			lah: {span("Lahore", 0)},
			lab: {span("Labour", 0)},
			lon: {span("London", 0), span("London", 70)},
		}
		for id, sp := range mentions {
			if err := tx.AddMentions(art1, id, sp); err != nil {
				return err
			}
		}
		for _, r := range []struct {
			a    graph.ID
			k    graph.Kind
			b    graph.ID
			sent []graph.Span
		}{
			{k, graph.CoMention, lah, []graph.Span{s1}},
			{k, graph.CoMention, lab, []graph.Span{s2}},
			{k, graph.CoMention, lon, []graph.Span{s2, s3}},
			{lab, graph.CoMention, lon, []graph.Span{s2}},
			{k, graph.MemberOf, lab, []graph.Span{s2}},
		} {
			if err := tx.AddRelation(r.a, r.k, r.b, art1, r.sent); err != nil {
				return err
			}
		}
		return tx.AddName("imran khan", k, graph.NameFull)
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// overlayCase is a list of curations and the graph they should give.
type overlayCase struct {
	name string
	cs   []Curation
	want string
}

// Entity IDs of khanStore.
const idKhan, idLahore, idLabour, idLondon = 1, 2, 3, 4

var overlayCases = []overlayCase{
	{"split", []Curation{{Op: OpSplit, Entity: idKhan, Name: "Sadiq Khan"}}, `
Imran Khan/person m2 a1 [Sadiq Khan]
Lahore/place m1 a1 []
Labour/party m1 a1 []
London/place m2 a1 []
Sadiq Khan/person m2 a1 []
Imran Khan -co_mention-> Lahore w1 e1
Imran Khan -co_mention-> London w1 e1
Labour -co_mention-> London w1 e1
Labour -co_mention-> Sadiq Khan w1 e1
London -co_mention-> Sadiq Khan w2 e2
Sadiq Khan -member_of-> Labour w1 e1
`},
	{"split then rename and retype the new entity", []Curation{
		{Op: OpSplit, Entity: idKhan, Name: "sadiq khan's"},
		{Op: OpRename, Entity: 5, Name: "Sadiq Aman Khan"},
		{Op: OpRetype, Entity: 5, Type: graph.Organization},
		{Op: OpAliasRemove, Entity: idKhan, Name: "SADIQ KHAN"},
	}, `
Imran Khan/person m2 a1 []
Lahore/place m1 a1 []
Labour/party m1 a1 []
London/place m2 a1 []
Sadiq Aman Khan/organization m2 a1 [sadiq khan's]
Imran Khan -co_mention-> Lahore w1 e1
Imran Khan -co_mention-> London w1 e1
Labour -co_mention-> London w1 e1
Labour -co_mention-> Sadiq Aman Khan w1 e1
London -co_mention-> Sadiq Aman Khan w2 e2
Sadiq Aman Khan -member_of-> Labour w1 e1
`},
	{"merge into a split-off entity", []Curation{
		{Op: OpSplit, Entity: idKhan, Name: "Sadiq Khan"},
		{Op: OpMerge, Entity: 5, Others: []graph.ID{idLahore}},
	}, `
Imran Khan/person m2 a1 [Sadiq Khan]
Labour/party m1 a1 []
London/place m2 a1 []
Sadiq Khan/person m3 a1 [Lahore]
Imran Khan -co_mention-> London w1 e1
Imran Khan -co_mention-> Sadiq Khan w1 e1
Labour -co_mention-> London w1 e1
Labour -co_mention-> Sadiq Khan w1 e1
London -co_mention-> Sadiq Khan w2 e2
Sadiq Khan -member_of-> Labour w1 e1
`},
	{"split, then merged into another: the split still applies", []Curation{
		{Op: OpSplit, Entity: idKhan, Name: "Sadiq Khan", Type: graph.Person},
		{Op: OpMerge, Entity: idLahore, Others: []graph.ID{idKhan}},
	}, `
Lahore/place m3 a1 [Imran Khan Sadiq Khan]
Labour/party m1 a1 []
London/place m2 a1 []
Sadiq Khan/person m2 a1 []
Lahore -co_mention-> London w1 e1
Labour -co_mention-> London w1 e1
Labour -co_mention-> Sadiq Khan w1 e1
London -co_mention-> Sadiq Khan w2 e2
Sadiq Khan -member_of-> Labour w1 e1
`},
	{"merge sums relations and drops self-loops", []Curation{{Op: OpMerge, Entity: idLondon, Others: []graph.ID{idLahore, idLabour}}}, `
Imran Khan/person m4 a1 [Sadiq Khan]
London/place m4 a1 [Labour Lahore]
Imran Khan -co_mention-> London w4 e4
Imran Khan -member_of-> London w1 e1
`},
	{"rename, alias add, retype", []Curation{
		{Op: OpRename, Entity: idLahore, Name: "Lahore City"},
		{Op: OpAliasAdd, Entity: idLahore, Name: "Lhr"},
		{Op: OpRetype, Entity: idLabour, Type: graph.Organization},
	}, `
Imran Khan/person m4 a1 [Sadiq Khan]
Lahore City/place m1 a1 [Lahore Lhr]
Labour/organization m1 a1 []
London/place m2 a1 []
Imran Khan -co_mention-> Lahore City w1 e1
Imran Khan -co_mention-> Labour w1 e1
Imran Khan -member_of-> Labour w1 e1
Imran Khan -co_mention-> London w2 e2
Labour -co_mention-> London w1 e1
`},
	{"a renamed entity merged away lends its new name as an alias", []Curation{
		{Op: OpRename, Entity: idLahore, Name: "Lahore City"},
		{Op: OpMerge, Entity: idLondon, Others: []graph.ID{idLahore}},
	}, `
Imran Khan/person m4 a1 [Sadiq Khan]
Labour/party m1 a1 []
London/place m3 a1 [Lahore Lahore City]
Imran Khan -co_mention-> Labour w1 e1
Imran Khan -member_of-> Labour w1 e1
Imran Khan -co_mention-> London w3 e3
Labour -co_mention-> London w1 e1
`},
}

func TestCurationOverlay(t *testing.T) {
	now = func() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }
	for _, tc := range overlayCases {
		t.Run(tc.name, func(t *testing.T) { checkOverlay(t, tc) })
	}
}

// checkOverlay applies tc's curations to a fresh khanStore, compares the
// loaded graph with tc.want, checks weights against evidence (capped and
// not), then undoes them and checks the graph is back as it was.
func checkOverlay(t *testing.T, tc overlayCase) {
	s := khanStore(t)
	orig, err := s.Load(LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range tc.cs {
		if err := s.Update(func(tx *Txn) error { _, err := tx.AddCuration(c); return err }); err != nil {
			t.Fatal(err)
		}
	}
	g, err := s.Load(LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	if got := graphtest.Describe(g); got != strings.TrimPrefix(tc.want, "\n") {
		t.Errorf("curated graph:\n%s\nwant:\n%s", got, strings.TrimPrefix(tc.want, "\n"))
	}
	for _, r := range g.Relations {
		if r.Weight != len(r.Evidence) {
			t.Errorf("relation %+v: weight %d but %d evidence", r, r.Weight, len(r.Evidence))
		}
	}
	capped, err := s.Load(LoadOptions{Evidence: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range capped.Relations {
		if r.Weight != g.Relations[i].Weight || len(r.Evidence) > 1 {
			t.Errorf("capped load: %+v", r)
		}
	}
	for range tc.cs {
		if err := s.Update(func(tx *Txn) error { _, err := tx.UndoCuration(0); return err }); err != nil {
			t.Fatal(err)
		}
	}
	back, err := s.Load(LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(orig, back) {
		t.Errorf("undo did not restore the graph:\n%s\nwant:\n%s", graphtest.Describe(back), graphtest.Describe(orig))
	}
}

func TestCurationLog(t *testing.T) {
	now = func() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }
	s := khanStore(t)
	add := func(c Curation) (*Curation, error) {
		var out *Curation
		err := s.Update(func(tx *Txn) error {
			var err error
			out, err = tx.AddCuration(c)
			return err
		})
		return out, err
	}
	undo := func(n int) (*Curation, error) {
		var out *Curation
		err := s.Update(func(tx *Txn) error {
			var err error
			out, err = tx.UndoCuration(n)
			return err
		})
		return out, err
	}
	for _, bad := range []Curation{
		{Op: OpMerge, Entity: 1},
		{Op: OpMerge, Entity: 1, Others: []graph.ID{1}},
		{Op: OpRename, Entity: 1},
		{Op: OpRetype, Entity: 1, Type: "planet"},
		{Op: "paint", Entity: 1},
		{Op: OpAliasAdd, Name: "x"},
	} {
		if _, err := add(bad); err == nil {
			t.Errorf("AddCuration(%+v) accepted", bad)
		}
	}
	if _, err := undo(0); err == nil {
		t.Error("undo on an empty log")
	}
	a, err := add(Curation{Op: OpAliasAdd, Entity: 2, Name: "Lhr", Keys: []string{"lhr"}})
	if err != nil || a.N != 1 || a.Time != "2025-05-01T12:00:00Z" {
		t.Fatalf("add: %+v %v", a, err)
	}
	b, err := add(Curation{Op: OpSplit, Entity: 1, Name: "Sadiq Khan"})
	if err != nil || b.N != 2 || b.NewID != 5 {
		t.Fatalf("split: %+v %v", b, err)
	}
	r, err := add(Curation{Op: OpAliasRemove, Entity: 1, Name: "Imran Khan", Keys: []string{"imran khan"}})
	if err != nil || r.N != 3 {
		t.Fatalf("alias remove: %+v %v", r, err)
	}
	names := func(key string) []graph.NameRef {
		var refs []graph.NameRef
		if err := s.View(func(tx *Txn) error {
			var err error
			refs, err = tx.Names(key)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return refs
	}
	if got := names("lhr"); !slices.Equal(got, []graph.NameRef{{ID: 2, Kind: graph.NameFull}}) {
		t.Errorf("curated alias: Names(lhr) = %v", got)
	}
	if got := names("imran khan"); len(got) != 0 {
		t.Errorf("removed alias: Names(imran khan) = %v", got)
	}
	if u, err := undo(1); err != nil || u.N != 1 || u.Active() {
		t.Errorf("undo 1: %+v %v", u, err)
	}
	if _, err := undo(1); err == nil || !strings.Contains(err.Error(), "already undone") {
		t.Errorf("undo 1 twice: %v", err)
	}
	if got := names("lhr"); len(got) != 0 {
		t.Errorf("undone alias: Names(lhr) = %v", got)
	}
	if u, err := undo(0); err != nil || u.N != 3 {
		t.Errorf("undo last: %+v %v", u, err)
	}
	if got := names("imran khan"); !slices.Equal(got, []graph.NameRef{{ID: 1, Kind: graph.NameFull}}) {
		t.Errorf("alias removal undone: Names(imran khan) = %v", got)
	}
	if _, err := undo(7); err == nil {
		t.Error("undo 7 of 3")
	}
	var forms map[string]int
	s.View(func(tx *Txn) error { forms, err = tx.Surfaces(1); return err })
	if !reflect.DeepEqual(forms, map[string]int{"Imran Khan": 2, "Sadiq Khan": 2}) {
		t.Errorf("Surfaces(1) = %v, %v", forms, err)
	}
	var log []Curation
	s.View(func(tx *Txn) error { log, err = tx.Curations(); return err })
	if len(log) != 3 || log[0].Active() || !log[1].Active() || log[2].Active() {
		t.Errorf("log: %+v", log)
	}
}
