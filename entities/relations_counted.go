package entities

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Counted descriptions: a plural description with a head count and a
// party, "three Labour councillors", "two Green MPs", stands for the
// people a later list names when that list has exactly the count: "the
// case against A, B and C" after "three Labour councillors" makes A, B
// and C members of Labour. The list is the first list of people, in the
// description's sentence after it or in the countedReach sentences after;
// a list of another length, or a single name, gives nothing.

// countedReach is how many sentences after a counted description its
// list may stand.
const countedReach = 3

// confCounted is the confidence of a member_of read through a counted
// description.
const confCounted = 0.7

// countedMembers adds member_of for the people of the list a counted
// description of sentence si stands for.
func (rb *relBuilder) countedMembers(si int, in []placed) {
	d := rb.d
	for _, q := range in {
		if q.coref || rb.ex.Entities[q.ent].Type != graph.Party || q.tokStart == 0 || q.tokEnd >= len(d.Tokens) {
			continue
		}
		n := headCount(low(d.Tokens[q.tokStart-1]))
		noun := low(d.Tokens[q.tokEnd])
		if n < 2 || !strings.HasSuffix(noun, "s") || !legislatorNouns[noun] && noun != "members" && noun != "candidates" {
			continue
		}
		for sj := si; sj < len(d.Sentences) && sj <= si+countedReach; sj++ {
			from := 0
			if sj == si {
				from = q.tokEnd
			}
			list := rb.personList(rb.bySentence[sj], from)
			if len(list) < 2 {
				continue
			}
			if len(list) == n {
				span := sentenceSpan(d.Sentences[sj])
				for _, p := range list {
					rb.add(p.ent, q.ent, graph.MemberOf, span, confCounted, nil)
				}
			}
			break // the first list is the one described
		}
	}
}

// headCount reads a head count of two to ten, in words or digits, or 0.
func headCount(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n >= 2 && n <= 10 {
		return n
	}
	for i, x := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == x {
			return i + 2
		}
	}
	return 0
}

// personList returns the first list of people of a sentence's mentions
// starting at token from or later: names joined by "," and "and" only.
func (rb *relBuilder) personList(in []placed, from int) []placed {
	d := rb.d
	var list []placed
	for _, p := range in {
		if p.tokStart < from || p.coref {
			continue
		}
		if rb.ex.Entities[p.ent].Type != graph.Person {
			if len(list) > 0 {
				break
			}
			continue
		}
		if len(list) > 0 {
			last := list[len(list)-1]
			if p.tokStart < last.tokEnd {
				continue
			}
			if !joinedInList(d, last.tokEnd, p.tokStart) {
				if len(list) > 1 {
					break
				}
				list = list[:0]
			}
		}
		list = append(list, p)
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// joinedInList reports whether tokens [a, b) join two items of a list:
// ",", "and" or ", and", then an honorific or two ("Mr", "Dr").
func joinedInList(d *Document, a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	joined := false
	for _, t := range d.Tokens[a:b] {
		l := strings.TrimSuffix(low(t), ".")
		switch {
		case (t.Text == "," || l == "and") && !joined:
		case honorifics[l]:
			joined = true
		default:
			return false
		}
	}
	return d.Tokens[a].Text == "," || low(d.Tokens[a]) == "and"
}
