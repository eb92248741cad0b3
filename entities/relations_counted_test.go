package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// countedCases are short texts written for this test: a counted party
// description and the list of people it may stand for.
var countedCases = []struct{ name, text string }{
	{"next-sentence", "Three Labour councillors in Leeds were accused of fraud by the Labour Party. The case against Mr Tom Hale, Mr Ivo Marsh and Mrs Ann Kerr opened on Monday."},
	{"same-sentence", "On Monday three Labour Party councillors, Mr Tom Hale, Mr Ivo Marsh and Mrs Ann Kerr, would stand again."},
	{"count-differs", "Three Labour councillors spoke for the Labour Party. Mr Tom Hale and Mrs Ann Kerr disagreed."},
	{"no-list", "Three Labour councillors spoke for the Labour Party. Mr Tom Hale said Mrs Ann Kerr was wrong."},
	{"not-people-noun", "Three Labour policies were rejected by the Labour Party. Mr Tom Hale, Mr Ivo Marsh and Mrs Ann Kerr disagreed."},
	{"too-far", "Two Labour councillors spoke for the Labour Party. Rain fell. Trains stopped. Shops shut. Mr Tom Hale and Mrs Ann Kerr left."},
}

func TestCountedMembersGolden(t *testing.T) {
	x := New()
	var b strings.Builder
	for _, c := range countedCases {
		ex := x.ExtractArticle(c.text, ArticleInfo{})
		fmt.Fprintf(&b, "== %s\n%s\n", c.name, c.text)
		for _, r := range ex.Relations {
			if r.Kind == graph.MemberOf {
				fmt.Fprintf(&b, "  %s\n", relString(ex, r))
			}
		}
	}
	checkGolden(t, "relations_counted.golden", b.String())
}
