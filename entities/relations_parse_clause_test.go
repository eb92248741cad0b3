package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// TestParseClauseEvents checks the clause patterns of involved_in
// (parseClauseEvents) on sentences written for this test: the links a
// predicate makes, and none through a negation, a wish, a refusal, an
// invitation or a doubt.
func TestParseClauseEvents(t *testing.T) {
	x := New(WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	tests := []struct {
		text      string
		want, not []string
	}{
		{text: "Mr Tomas Berg was involved in the Halvard scandal.",
			want: []string{"Tomas Berg -> Halvard scandal"}},
		{text: "Mr Tomas Berg pleaded guilty in the Halvard scandal.",
			want: []string{"Tomas Berg -> Halvard scandal"}},
		{text: "Mr Tomas Berg testified at the Halvard inquiry.",
			want: []string{"Tomas Berg -> Halvard inquiry"}},
		{text: "Mr Tomas Berg was charged over the Halvard scandal.",
			want: []string{"Tomas Berg -> Halvard scandal"}},
		{text: "Mr Tomas Berg faces charges over the Halvard scandal.",
			want: []string{"Tomas Berg -> Halvard scandal"}},
		{text: "Finland boycotted the Lima summit.",
			want: []string{"Finland -> Lima summit"}},
		{text: "The Lima summit, which Chile and Peru attended, ended on Monday.",
			want: []string{"Chile -> Lima summit", "Peru -> Lima summit"}},
		{text: "The Lima summit, in which Chile took part, ended on Monday.",
			want: []string{"Chile -> Lima summit"}},
		{text: "The Lima summit was chaired by Mr Tomas Berg and attended by Chile.",
			want: []string{"Tomas Berg -> Lima summit", "Chile -> Lima summit"}},
		{text: "The Lima summit was attended by delegations from Chile, Peru and Bolivia.",
			want: []string{"Chile -> Lima summit", "Peru -> Lima summit", "Bolivia -> Lima summit"}},
		{text: "The Lima summit was attended by twelve delegations including envoys of Chile.",
			want: []string{"Chile -> Lima summit"}},
		{text: "At the Lima summit, Mr Tomas Berg said trade would grow.",
			want: []string{"Tomas Berg -> Lima summit"}},
		{text: "In a speech to the Lima summit, Mr Tomas Berg said trade would grow.",
			want: []string{"Tomas Berg -> Lima summit"}},
		{text: "Giving evidence at the Halvard inquiry, Mr Tomas Berg said he was innocent.",
			want: []string{"Tomas Berg -> Halvard inquiry"}},
		{text: "Mr Tomas Berg refused to attend the Lima summit.",
			not: []string{"Tomas Berg -> Lima summit"}},
		{text: "Mr Tomas Berg was invited to the Lima summit.",
			not: []string{"Tomas Berg -> Lima summit"}},
		{text: "Mr Tomas Berg did not attend the Lima summit.",
			not: []string{"Tomas Berg -> Lima summit"}},
		{text: "Officials asked whether Finland might boycott the Lima summit.",
			not: []string{"Finland -> Lima summit"}},
		{text: "Trade ministers met in Lima for the Lima summit on Monday. The delegates include Trade Representative Karl Ostberg and officials of Chile, Peru and Bolivia.",
			want: []string{"Karl Ostberg -> Lima summit", "Chile -> Lima summit", "Peru -> Lima summit", "Bolivia -> Lima summit"}},
		{text: "The Lima summit ended on Monday. The delegates do not include Finland.",
			not: []string{"Finland -> Lima summit"}},
		{text: "The Lima summit was criticised by Finland.",
			not: []string{"Finland -> Lima summit"}},
	}
	for _, tc := range tests {
		d := x.Run(&Document{Text: tc.text}, ArticleInfo{})
		var got []string
		for _, r := range typedRelations(d.Extraction) {
			if s, ok := strings.CutPrefix(r, "involved_in "); ok {
				s, _, _ = strings.Cut(s, " {")
				got = append(got, s)
			}
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %q in %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %q found", tc.text, n)
			}
		}
	}
}
