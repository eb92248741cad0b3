package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// personBodyCases are short texts written for this test, one general
// wording of news each, with the person-to-body relations that must and
// must not be read from them. Their whole output is kept in
// testdata/relations_personbody.golden.
var personBodyCases = []struct {
	name, text string
	want, not  []string
}{
	{
		name: "seat-leader",
		text: "Kremlin leader Ivan Dorogin proposed new talks on missiles in Moscow on Saturday.",
		not:  []string{"leads Ivan Dorogin -> Kremlin"},
	},
	{
		name: "seat-chief",
		text: "Elysee chief Paul Marchand said France would back the plan.",
		not:  []string{"leads Paul Marchand -> Elysee"},
	},
	{
		name: "seat-staff-kept",
		text: "White House spokesman Tom Brandt said the President would sign the bill.",
		want: []string{"affiliated_with Tom Brandt -> White House"},
	},
	{
		name: "party-portfolio-spokesman",
		text: "The Liberal Democrats attacked the plan in Britain. Lib Dem Treasury spokesman Oren Tallis said it would cost too much.",
		want: []string{"member_of Oren Tallis -> Liberal Democrats"},
		not:  []string{"affiliated_with Oren Tallis -> Lib Dem Treasury"},
	},
	{
		name: "party-two-word-portfolio",
		text: "The Liberal Democrats attacked the plan in Britain. Lib Dem Foreign Affairs spokesman Oren Tallis said it was unwise.",
		want: []string{"member_of Oren Tallis -> Liberal Democrats"},
		not:  []string{"affiliated_with Oren Tallis -> Lib Dem Foreign Affairs"},
	},
	{
		name: "party-committee-chairman",
		text: "The Liberal Democrats attacked the plan in Britain. Lib Dem home affairs committee chairman Mark Ostler said it was flawed.",
		want: []string{"member_of Mark Ostler -> Liberal Democrats"},
		not:  []string{"leads Mark Ostler -> Lib Dem home affairs committee"},
	},
	{
		name: "from-apposition",
		text: "Lisa Orr, from the Federation of Small Traders, said the rules were too strict.",
		want: []string{"affiliated_with Lisa Orr -> Federation of Small Traders"},
	},
	{
		name: "from-transfer",
		text: "Halton signed striker Tom Ward, from Brixton Rovers, on Monday.",
		not:  []string{"affiliated_with Tom Ward -> Brixton Rovers"},
	},
	{
		name: "panel-chair",
		text: "Lawmakers in the U.S. House voted on Monday. Tom Ek, chairman of the House banking and finance subcommittee, said the cost had doubled.",
		not:  []string{"leads Tom Ek -> U.S. House"},
	},
	{
		name: "title-then-clause",
		text: "Halvard Bank said profits rose. The Halvard Bank chairman noted the commission had asked for data.",
	},
	{
		name: "party-named-body-kept",
		text: "Labour Housing Trust chairman Mark Ostler said the plan was flawed in Britain.",
		not:  []string{"member_of Mark Ostler -> Labour Party"},
	},
}

// TestPersonBodyGolden checks the seat-of-government, party-portfolio,
// "P, from T, said" and panel-head rules (relations_seats.go,
// partyOfBody, speakersFrom, relations_panels.go) on personBodyCases.
func TestPersonBodyGolden(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	var b strings.Builder
	for _, c := range personBodyCases {
		ex := x.ExtractArticle(c.text, ArticleInfo{})
		var got []string
		for _, r := range ex.Relations {
			switch r.Kind {
			case graph.MemberOf, graph.HoldsRole, graph.Leads, graph.AffiliatedWith:
				got = append(got, relString(ex, r))
			}
		}
		slices.Sort(got)
		fmt.Fprintf(&b, "== %s\n%s\n", c.name, c.text)
		for _, s := range got {
			fmt.Fprintf(&b, "  %s\n", s)
		}
		has := func(w string) bool {
			return slices.ContainsFunc(got, func(s string) bool { return s == w || strings.HasPrefix(s, w+" {") })
		}
		for _, w := range c.want {
			if !has(w) {
				t.Errorf("%s: missing %q in %q", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if has(w) {
				t.Errorf("%s: unwanted %q in %q", c.name, w, got)
			}
		}
	}
	checkGolden(t, "relations_personbody.golden", b.String())
}
