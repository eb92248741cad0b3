package entities

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
	"github.com/newsgraph/newsgraph/graph"
)

// go test ./entities -run ParseRelations -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// typedRelations spells the typed relations of an extraction (co-mentions
// and gazetteer places left out), sorted.
func typedRelations(ex *Extraction) []string {
	var out []string
	for _, r := range ex.Relations {
		switch r.Kind {
		case graph.CoMention, graph.LocatedIn, graph.CapitalOf:
			continue
		}
		out = append(out, relString(ex, r))
	}
	slices.Sort(out)
	return out
}

// TestParseRelations runs sentences written for this test with and
// without the parse; the golden file lists each one's typed relations,
// "+" marking those only the parse finds. want and not pin the facts each
// sentence is about (a want without attributes matches any); "-" marks
// a relation of the cue rules the parse vetoes.
func TestParseRelations(t *testing.T) {
	withParse := New(WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	rulesOnly := New()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Mr Tomas Berg, a currency trader at Nordlys Bank, said the krone would fall.",
			want: []string{"affiliated_with Tomas Berg -> Nordlys Bank"},
		},
		{
			text: "Mr Tomas Berg is a currency trader at Nordlys Bank.",
			want: []string{"affiliated_with Tomas Berg -> Nordlys Bank"},
		},
		{
			text: "Mr Tomas Berg, chief currency strategist at Nordlys Bank, said the krone would fall.",
			want: []string{"affiliated_with Tomas Berg -> Nordlys Bank"},
		},
		{
			text: "Mr Karel Novak headed the Baltic Shipping Corporation for a decade.",
			want: []string{"leads Karel Novak -> Baltic Shipping Corporation"},
		},
		{
			text: "Mr Karel Novak did not head the Baltic Shipping Corporation.",
			not:  []string{"leads Karel Novak -> Baltic Shipping Corporation {role=head}"},
		},
		{
			text: "The Baltic Shipping Corporation was headed by Mr Karel Novak until 2019.",
			want: []string{"leads Karel Novak -> Baltic Shipping Corporation {role=head}"},
		},
		{
			text: "Mr Jonas Ek has replaced Mr Lars Dahl as chief executive of the Baltic Shipping Corporation.",
			want: []string{"leads Jonas Ek -> Baltic Shipping Corporation {role=Chief Executive}",
				"leads Lars Dahl -> Baltic Shipping Corporation {former=true role=Chief Executive}"},
		},
		{
			text: "Mr Jonas Ek was appointed chairman of the Baltic Shipping Corporation on Friday.",
			// The cue rules' title ("Appointed Chairman") comes first.
			want: []string{"leads Jonas Ek -> Baltic Shipping Corporation"},
		},
		{
			text: "Officials will tell President Hollis that Finland plans to cut its tariffs.",
			not:  []string{"holds_role Hollis -> Finland {role=President}"},
		},
		{
			text: "Finland will cut its tariffs, President Hollis said.",
			want: []string{"holds_role Hollis -> Finland {role=President}"},
		},
		{
			text: "Senator Maria Lopez flew to Paris, Berlin and Warsaw on Monday.",
			want: []string{"visits Maria Lopez -> Paris", "visits Maria Lopez -> Berlin", "visits Maria Lopez -> Warsaw"},
		},
		{
			text: "Senator Maria Lopez and Senator Ana Ruiz flew to Paris on Monday.",
			want: []string{"visits Maria Lopez -> Paris", "visits Ana Ruiz -> Paris"},
		},
		{
			text: "Mr Rahul Mehta, India's finance minister, praised India and China's growth.",
			want: []string{"holds_role Rahul Mehta -> India {role=Finance Minister}"},
			not:  []string{"holds_role Rahul Mehta -> China {role=Finance Minister}"},
		},
		{
			text: "Mr Peter Hall, an economist with the Nordlys Bank and the Halvorsen Capital Group, spoke first.",
			want: []string{"affiliated_with Peter Hall -> Nordlys Bank", "affiliated_with Peter Hall -> Halvorsen Capital Group"},
		},
		{
			text: "Chile and Peru attended the Lima summit on Monday.",
			want: []string{"involved_in Chile -> Lima summit", "involved_in Peru -> Lima summit"},
		},
		{
			text: "The Lima summit, which was hosted by Chile and Peru, ended on Monday.",
			want: []string{"involved_in Chile -> Lima summit", "involved_in Peru -> Lima summit"},
		},
		{
			text: "The Lima summit was criticised by Chile.",
			not:  []string{"involved_in Chile -> Lima summit"},
		},
		{
			text: "Chile was not invited to the Lima summit.",
			not:  []string{"involved_in Chile -> Lima summit"},
		},
		{
			// An oblique of cause or time is the action's setting.
			text: "Chile lost many votes because of the Lima summit.",
			not:  []string{"involved_in Chile -> Lima summit"},
		},
		{
			text: "Chile won three contracts prior to the Lima summit.",
			not:  []string{"involved_in Chile -> Lima summit"},
		},
		{
			text: "Chile won three contracts at the Lima summit.",
			want: []string{"involved_in Chile -> Lima summit"},
		},
	}
	var golden strings.Builder
	for _, tc := range tests {
		d := withParse.Run(&Document{Text: tc.text}, ArticleInfo{})
		got := typedRelations(d.Extraction)
		base := typedRelations(rulesOnly.Run(&Document{Text: tc.text}, ArticleInfo{}).Extraction)
		fmt.Fprintf(&golden, "%s\n", tc.text)
		for _, r := range got {
			mark := " "
			if !slices.Contains(base, r) {
				mark = "+"
			}
			fmt.Fprintf(&golden, "  %s %s\n", mark, r)
		}
		for _, r := range base {
			if !slices.Contains(got, r) {
				fmt.Fprintf(&golden, "  - %s\n", r)
			}
		}
		for _, w := range tc.want {
			// A want without attributes matches any attributes.
			if !slices.ContainsFunc(got, func(g string) bool { return g == w || strings.HasPrefix(g, w+" {") }) {
				t.Errorf("%q: no %q in %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %q found", tc.text, n)
			}
		}
	}
	path := filepath.Join("testdata", "relations_parse.golden")
	if *update {
		if err := os.WriteFile(path, []byte(golden.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if golden.String() != string(want) {
		t.Errorf("relations differ from %s (run with -update after checking):\n%s", path, golden.String())
	}
}
