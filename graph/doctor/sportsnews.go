package doctor

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// sportsNewsAttr is the person attribute ingest gives the people sports
// news named ("true": only sports news, "some": sports news and other
// news; none: only other news). Ingest gathers the lone surname of sports
// news apart from the lone surname of other news and joins each only to a
// person named in news of its kind, on purpose: "Taylor" of a cricket
// score is not the minister Matthew Taylor. So two people named only in
// news of different kinds are no duplicates.
const sportsNewsAttr = "sports_news"

// newsApart reports whether a and b are people that news of different
// kinds named, one only sports news, the other only other news, and one
// of them is named by one word: the lone surname ingest gathers apart
// and joins to no one of the other kind. Two full names stay what the
// other checks make of them.
func newsApart(a, b *graph.Entity) bool {
	if a.Type != graph.Person || b.Type != graph.Person || !oneWord(a.Name) && !oneWord(b.Name) {
		return false
	}
	na, nb := a.Attrs[sportsNewsAttr], b.Attrs[sportsNewsAttr]
	return na != "some" && nb != "some" && na != nb
}

// oneWord reports whether name is one word.
func oneWord(name string) bool {
	return len(strings.Fields(name)) == 1
}
