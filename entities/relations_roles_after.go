package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// Roles after the name. An apposition or a copula after a person names
// the person's role and the body it is held in (roleAfter, a pattern of
// relations_roles.go):
//
//	X, India's foreign minister       X, a PPP senator
//	X, the chairman of Y              X is the chairman of Y
//	X, an analyst at Y                X, who is also treasurer of Y
//
// titleAfter reads the title and bodyAfter the body behind its
// preposition ("chairman of the supervisory board of Y": Y).

// copulas may link a person to a role after the name: "X is the chairman
// of Y", "X, who was the party's treasurer".
var copulas = map[string]bool{"is": true, "was": true, "became": true, "becomes": true, "remains": true, "been": true}

// bodyPrepositions link a role to the body it is held in: "chairman of Y",
// "analyst at Y", "spokesman for Y", "adviser with Y".
var bodyPrepositions = map[string]bool{"of": true, "at": true, "for": true, "with": true}

// gapPrepositions end the adjectives before a body in an apposition or
// copula (roleAfter): the body after them is the object of a verb.
var gapPrepositions = map[string]bool{"to": true, "by": true, "from": true, "on": true, "in": true,
	"against": true, "about": true, "like": true, "than": true, "into": true, "over": true}

// roleAfter reads an apposition or copula after person p: ", T's <role>",
// ", a T <role>", ", (the) <role> of|at|for T", "is the <role> of T",
// ", who is also <role> of T"; a T before the role gives way to a body
// named after it ("X, US chief economist at Y": Y).
func (rb *relBuilder) roleAfter(p placed, s Sentence, at map[int]placed, holder func(placed) bool,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	i := p.tokEnd
	if i >= s.TokEnd {
		return false
	}
	switch l := low(d.Tokens[i]); {
	case l == "," && !listConjunctionAt(d, i+1, s.TokEnd): // "A, and SNP leader C": the next item of a list
		i++
		// An age between: "X, 54, chairman of Y".
		if i+1 < s.TokEnd && isNumber(d.Tokens[i].Text) && d.Tokens[i+1].Text == "," {
			i += 2
		}
		if i < s.TokEnd && low(d.Tokens[i]) == "who" {
			i++
			i = skipCopula(d, i, s.TokEnd)
		}
	case copulas[l]:
		i = skipCopula(d, i, s.TokEnd)
	case (l == "has" || l == "had") && i+1 < s.TokEnd && low(d.Tokens[i+1]) == "been":
		i = skipCopula(d, i, s.TokEnd) // "X has been appointed chairman of T"
		emit = perfectEmit(rb, emit)
	default:
		return false
	}
	if i < s.TokEnd && low(d.Tokens[i]) == "also" {
		i++
	}
	if i < s.TokEnd {
		switch low(d.Tokens[i]) {
		case "the", "a", "an":
			i++
		}
	}
	// "X, a former T economist": the title is a past one.
	former := false
	if _, ok := at[i+2]; ok && exPrefixAt(d, i, s.TokEnd) {
		former = true // "X, the ex-Yukos boss"
		i += 2
	} else if i+1 < s.TokEnd && formerWords[low(d.Tokens[i])] {
		if _, ok := at[i+1]; ok {
			former = true
			i++
		}
	}
	if rb.formerlyOf(p, i, s, at) || rb.coordinatedOfficeAfter(p, i, s) || rb.regionOfficeAfter(p, i, s, at, former) {
		return true // "X, formerly of T"; "X, Commerce and Industry Minister, said"; "X, Scotland's First Minister"
	}
	// Up to two adjectives before T: "X, a senior Labour MP", "he is a
	// strong Labour Party member"; a preposition ends them: in "he was
	// responding to Tory spokesman Y" the title is Y's.
	for j := i; j < min(i+2, s.TokEnd-1); j++ {
		if t := d.Tokens[j]; !t.Word() || t.Cap() || isRoleNoun(low(t)) || bodyPrepositions[low(t)] || gapPrepositions[low(t)] {
			break
		}
		if t, ok := at[j+1]; ok && holder(t) {
			i = j + 1
			break
		}
	}
	if t, ok := at[i]; ok && holder(t) {
		k := skipAcronym(d, t.tokEnd, s.TokEnd) // "X is the T (ACR) aide"
		if b, ok := at[k]; ok && rb.ex.Entities[b.ent].Type == graph.Place {
			k = b.tokEnd // "X, BBC Delhi reporter": the body's bureau
		}
		if k < s.TokEnd && possessiveAt(d, k) {
			k++
		}
		r, ok := rb.roleFrom(k, s.TokEnd)
		unit := false
		if !ok && rb.ex.Entities[t.ent].Type == graph.Organization {
			// "X, Acme country director for Kenya": the place after is the
			// unit's field, T the body.
			r, ok = rb.unitRoleFrom(k, s.TokEnd)
			unit = ok
		}
		if !ok {
			return false
		}
		r = rb.coordinatedTitle(r, s.TokEnd) // "X, T's founder and chairman"
		if titleOwnsName(d, r.end, s.TokEnd) {
			return false // "A, Acme chief executive B": B's title, the next item of a list
		}
		if b, ok := rb.bodyAfter(r.end, s, at); ok && !unit {
			emit(p, b, r, confOfPattern, true)
			return true
		}
		if e := rb.partEnd(r.end, s, at); e > r.end && rb.ex.Entities[t.ent].Type == graph.Organization {
			title, _ := rb.roleTitle(roleSpan{start: r.start, end: e, noun: r.noun})
			rb.partRole(p, t, r, title, former, s) // "X, T's head of trade policy"
			return true
		}
		r.former = former
		emit(p, t, r, confAdjacent, false)
		return true
	}
	if rb.titleAfter(p, i, s, at, emit) {
		return true
	}
	return rb.deptRole(p, i, s, at) // "X, head of research at T"
}

// titleAfter reads the title at token i of an apposition or copula after
// person p, its body after it: "(the) <role> of|at|for T", "<role> to
// T", "<role> T" (roleAfter).
func (rb *relBuilder) titleAfter(p placed, i int, s Sentence, at map[int]placed,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	for _, read := range []func(int, int) (roleSpan, bool){rb.roleFrom, rb.roleWithModifiers} {
		if r, ok := read(i, s.TokEnd); ok {
			r = rb.coordinatedTitle(r, s.TokEnd) // "X, president and chief operating officer of T"
			if t, ok := rb.bodyAfter(r.end, s, at); ok {
				if u, whole, ok := rb.namedUnitAfter(t, s, at); ok {
					// "administrator of USDA's Foreign Agricultural Service":
					// the unit's title, an office in the body that owns it.
					if whole {
						emit(p, u, r, confOfPattern, true)
					}
					title, former := rb.roleTitle(r)
					rb.partRole(p, t, r, title, former, s)
					return true
				}
				if u := rb.unitAfter(t, s); u > 0 && rb.ex.Entities[t.ent].Type == graph.Organization {
					// "head of the bank's Brazil division": head of the division.
					title, former := rb.roleTitle(r)
					unit, _ := rb.roleTitle(roleSpan{start: t.tokEnd + 1, end: u, noun: low(rb.d.Tokens[u-1])})
					rb.partRole(p, t, r, title+" of "+unit, former, s)
					return true
				}
				emit(p, t, r, confOfPattern, true)
				return true
			}
			if t, ok := rb.advisedBody(r, s, at); ok {
				emit(p, t, r, confOfPattern, true) // "X, senior economic adviser to T"
				return true
			}
			if t, ok := rb.bareBodyAfter(r, s, at); ok {
				emit(p, t, r, confAdjacent, false) // "X, senior vice president T"
				return true
			}
		}
	}
	return false
}

// bodyAfter finds the body of "of|at|for|with (the) T" at token k.
func (rb *relBuilder) bodyAfter(k int, s Sentence, at map[int]placed) (placed, bool) {
	d := rb.d
	if k+1 >= s.TokEnd || !bodyPrepositions[low(d.Tokens[k])] {
		return placed{}, false
	}
	// "chairman of the (supervisory) board of T": the body is T.
	if j := k + 2; j+1 < s.TokEnd && low(d.Tokens[k]) == "of" && low(d.Tokens[k+1]) == "the" {
		if boardWords[low(d.Tokens[j])] && j+2 < s.TokEnd && low(d.Tokens[j+1]) == "board" {
			j++
		}
		if low(d.Tokens[j]) == "board" && low(d.Tokens[j+1]) == "of" {
			k = j + 1
		}
	}
	k++
	described := k // "of banking giant T", read by describedBody when nothing else is
	if low(d.Tokens[k]) == "the" {
		k++
		// One lower-case word may qualify the body: "the ruling X".
		if _, named := at[k]; !named && k+1 < s.TokEnd && d.Tokens[k].Word() && !d.Tokens[k].Cap() && !isRoleNoun(low(d.Tokens[k])) {
			k++
			if possessiveAt(d, k) {
				k++ // "of the ministry's X Bureau": the unit is the body
			}
		}
	}
	t, ok := at[k]
	if !ok {
		return rb.describedBody(described, s, at)
	}
	if tt := rb.ex.Entities[t.ent].Type; tt == graph.Country || tt == graph.Place {
		if b, ok := rb.describedBody(described, s, at); ok {
			return b, true // "of French carmaker T": the country describes T
		}
		if rb.fieldDemonymEnd(k, s, at) > k && !isDemonymFree(rb.ex.Entities[t.ent], d, t) {
			return placed{}, false // "head of European equities at T": a field (deptRole)
		}
	}
	if n := t.tokEnd; n+1 < s.TokEnd && isDash(d.Tokens[n].Text) && !d.Tokens[n].Space && d.Tokens[n+1].Word() && !d.Tokens[n+1].Cap() {
		return placed{}, false // "of the Frankfurt-based exchange": T qualifies the body
	}
	if u, ok := rb.possessedBody(t, s, at); ok {
		return u, true // "of Germany's central bank, the Bundesbank"
	}
	switch rb.ex.Entities[t.ent].Type {
	case graph.Country:
		if possessedEnd(d, t, s.TokEnd) > 0 {
			return placed{}, false // "chairman of Germany's biggest bank"
		}
		return t, true
	case graph.Organization, graph.Party, graph.Place:
		return t, true
	}
	return placed{}, false
}
