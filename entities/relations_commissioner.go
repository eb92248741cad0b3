package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A commissioner sits on a commission: "Transport Commissioner X said"
// in a story that names one commission ("the European Commission has
// launched an inquiry", "the Federal Trade Commission ruled") gives X an
// office in it. The title must stand before the name with no body of its
// own (those are read as any title's body), and the article must name
// exactly one body called a commission: with two, or none, the title is
// left as before (a state's or a city's commissioner, unread).

// namedCommission returns the one organization of the article whose
// name ends in "Commission", as a mention with no tokens, or false.
func (rb *relBuilder) namedCommission() (placed, bool) {
	c := -1
	for i, e := range rb.ex.Entities {
		if e.Type != graph.Organization || len(e.Mentions) == 0 {
			continue
		}
		if f := strings.Fields(e.Name); len(f) < 2 || !strings.EqualFold(f[len(f)-1], "commission") {
			continue
		}
		if c >= 0 {
			return placed{}, false
		}
		c = i
	}
	return placed{ent: c}, c >= 0
}

// commissionerOffice reads a capitalised commissioner's title r before
// person p as an office in the article's one commission (see above), and
// reports whether it did.
func (rb *relBuilder) commissionerOffice(p placed, r roleSpan, emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	if r.noun != "commissioner" || !rb.d.Tokens[r.end-1].Cap() {
		return false // checked first: namedCommission scans every entity
	}
	t, ok := rb.namedCommission()
	if !ok {
		return false
	}
	emit(p, t, r, confOfPattern, false)
	return true
}
