package names

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// testGraph holds made-up entities whose names collide the way news names
// do: a politician, namesakes known only by surname, a town.
func testGraph() *graph.Graph {
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "Harold Wexby", Type: graph.Person, Mentions: 400, Aliases: []string{"Mr Wexby", "Wexby"}},
		{ID: 2, Name: "Mr Wexby", Type: graph.Person, Mentions: 12, Aliases: []string{"Wexby"}},
		{ID: 3, Name: "Mr Wexby", Type: graph.Person, Mentions: 3},
		{ID: 4, Name: "Wexby", Type: graph.Place, Mentions: 5, Attrs: map[string]string{"country": "US"}},
		{ID: 5, Name: "Amara Quell Ostrander", Type: graph.Person, Mentions: 9},
		{ID: 6, Name: "Ostrander Foundation", Type: graph.Organization, Mentions: 2},
		{ID: 7, Name: "Velmor", Type: graph.Country, Mentions: 80},
		{ID: 8, Name: "Velmor Rail", Type: graph.Organization, Mentions: 4},
		{ID: 9, Name: "Tiny", Type: graph.Place, Mentions: 1},
		{ID: 10, Name: "Tiny Orchestra", Type: graph.Organization, Mentions: 30},
		{ID: 11, Name: "Unity Party", Type: graph.Party, Mentions: 50},
		{ID: 12, Name: "Dara Finch", Type: graph.Person, Mentions: 7},
		{ID: 13, Name: "team led by Dara Finch", Type: graph.Organization, Mentions: 2},
		{ID: 14, Name: "Quell Ostrander", Type: graph.Person, Mentions: 1},
	}}
	g.Relations = []graph.Relation{{Source: 1, Target: 11, Kind: graph.MemberOf, Weight: 2}}
	g.Articles = []graph.Article{
		{ID: "a", Title: "Later story", Date: "2020-02-01", Entities: []graph.ID{2, 3}},
		{ID: "b", Title: "First story", Date: "2020-01-01", Entities: []graph.ID{2}},
	}
	return g
}

func TestResolve(t *testing.T) {
	r := Resolver{Title: func(w string) bool { return w == "mr" || w == "dr" }}
	for _, tc := range []struct {
		name  string
		stage Stage
		want  []graph.ID
	}{
		{"Harold Wexby", Exact, []graph.ID{1}},
		{"#12", Exact, []graph.ID{12}},
		{"#99", NoMatch, nil},
		// Exact names shared by several entities are ambiguous.
		{"Mr Wexby", Exact, []graph.ID{1, 2, 3}},
		// Case-folded: every entity named or aliased "wexby", most mentioned first.
		{"wexby", Folded, []graph.ID{1, 2, 4}},
		{"harold  WEXBY", Folded, []graph.ID{1}},
		{"velmor", Folded, []graph.ID{7}},
		// A title the name does not carry is dropped.
		{"Dr Dara Finch", Folded, []graph.ID{12}},
		// Token subset and prefix.
		{"amara ostrander", Token, []graph.ID{5}},
		{"Amara Qu", Token, []graph.ID{5}},
		{"ostrander", Token, []graph.ID{5, 6, 14}},
		// A phrase wrapped around a more mentioned name does not make it
		// ambiguous; a more mentioned longer name does.
		{"finch", Token, []graph.ID{12}},
		{"quell", Token, []graph.ID{5, 14}},
		// A lone case-folded match out-mentioned by a token match is not trusted.
		{"tiny", Token, []graph.ID{10, 9}},
		// Fuzzy: a typo in one word, or in a whole name.
		{"amara ostrandr", Fuzzy, []graph.ID{5}},
		{"Dara Fnch", Fuzzy, []graph.ID{12}},
		{"Zzyzx", NoMatch, nil},
		{"", NoMatch, nil},
	} {
		res := r.Resolve(testGraph(), tc.name)
		var got []graph.ID
		for _, e := range res.Candidates {
			got = append(got, e.ID)
		}
		if res.Stage != tc.stage || !slices.Equal(got, tc.want) {
			t.Errorf("Resolve(%q) = %v %v, want %v %v", tc.name, res.Stage, got, tc.stage, tc.want)
		}
		if (res.Unique() != nil) != (len(tc.want) == 1) {
			t.Errorf("Resolve(%q).Unique() = %v with %d candidates", tc.name, res.Unique(), len(got))
		}
	}
}

func TestFact(t *testing.T) {
	g := testGraph()
	for _, tc := range []struct {
		id   graph.ID
		want string
	}{
		{1, "party: Unity Party"},
		{4, "country: US"},
		{2, "first article: First story"},
		{3, "first article: Later story"},
		{12, ""},
	} {
		if got := Fact(g, g.Entity(tc.id)); got != tc.want {
			t.Errorf("Fact(#%d) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"wexby", "Mr Wexby", "#3", "amara qu", "ostrandr", "", "  ", "ǅ\u0301"} {
		f.Add(s)
	}
	g := testGraph()
	r := Resolver{Title: func(w string) bool { return w == "mr" }}
	f.Fuzz(func(t *testing.T, name string) {
		res := r.Resolve(g, name)
		seen := map[graph.ID]bool{}
		for i, e := range res.Candidates {
			if seen[e.ID] {
				t.Fatalf("Resolve(%q): #%d listed twice", name, e.ID)
			}
			seen[e.ID] = true
			if i > 0 && res.Candidates[i-1].Mentions < e.Mentions {
				t.Fatalf("Resolve(%q): candidates not ranked by mentions", name)
			}
		}
		if (res.Stage == NoMatch) != (len(res.Candidates) == 0) {
			t.Fatalf("Resolve(%q): stage %v with %d candidates", name, res.Stage, len(res.Candidates))
		}
	})
}
