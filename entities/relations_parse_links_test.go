package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// TestParseRoleLinks checks the titles the parse links to a person
// (parseRoleLinks) and the speaker check of a sentence's only country
// (parseLinksOffice), on sentences written for this test.
func TestParseRoleLinks(t *testing.T) {
	x := New(WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Mr Tomas Berg, president and chief operating officer of the Baltic Shipping Corporation, said freight rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=President}"},
			// A conjunct that heads the body leaves no lesser kind.
			not: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "The Baltic Shipping Corporation's president and chief operating officer, Mr Tomas Berg, said freight rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=President}"},
		},
		{
			text: "Mr Tomas Berg has been president of the Baltic Shipping Corporation since 2010.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Mr Tomas Berg, a friend of the president of the Baltic Shipping Corporation, said freight rates would rise.",
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			// Each title keeps its own body.
			text: "Mr Tomas Berg, executive vice president of the Baltic Shipping Corporation and president of its Nordlys Bank, served as interim head.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Executive Vice President}"},
			not:  []string{"holds_role Tomas Berg -> Nordlys Bank", "leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "His remarks came as President Ana Ruiz said Finland backed the plan.",
			want: []string{"holds_role Ana Ruiz -> Finland {role=President}"},
		},
		{
			text: "Officials travelling with President Ana Ruiz said aid to Finland would double.",
			not:  []string{"holds_role Ana Ruiz -> Finland {role=President}"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
}

// checkRelations reports each relation of want missing from got and each
// of not found in it; one without attributes matches any attributes.
func checkRelations(t *testing.T, text string, got, want, not []string) {
	t.Helper()
	has := func(r string) bool {
		return slices.ContainsFunc(got, func(g string) bool { return g == r || strings.HasPrefix(g, r+" {") })
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("%q: no %q in %q", text, w, got)
		}
	}
	for _, n := range not {
		if has(n) {
			t.Errorf("%q: %q found in %q", text, n, got)
		}
	}
}
