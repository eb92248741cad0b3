package entities

import "github.com/newsgraph/newsgraph/graph"

// deptRole reads, from token i after a person p, a role held in one part
// of a body: "<role> of|for <department> at|with|of (the) T", as in "head
// of research at Hansa Bank", "vice president for marketing at T",
// "director of industry affairs at the T Association", "chief economist
// for the region at T". The department is one to three lower-case words
// after an optional "the". The head of a department does not head
// T: the holder holds a role in T, or, for a staff noun ("analyst"), is
// affiliated with it. It reports whether it added a relation.
func (rb *relBuilder) deptRole(p placed, i int, s Sentence, at map[int]placed) bool {
	d := rb.d
	r, ok := rb.roleFrom(i, s.TokEnd)
	if !ok || r.end >= s.TokEnd {
		return false
	}
	if l := low(d.Tokens[r.end]); l != "of" && l != "for" {
		return false
	}
	k, n := r.end+1, 0
	if k+1 < s.TokEnd && low(d.Tokens[k]) == "the" && !d.Tokens[k+1].Cap() {
		k++ // "chief economist for the region at T"
	}
	for k < s.TokEnd && n < 3 {
		if e := rb.fieldDemonymEnd(k, s, at); e > k {
			k, n = e, n+1 // "head of European equities at T"
			continue
		}
		t := d.Tokens[k]
		if !t.Word() || t.Cap() || bodyPrepositions[low(t)] || low(t) == "in" || low(t) == "the" || low(t) == "and" {
			break
		}
		k++
		n++
	}
	if n == 0 {
		return false
	}
	t, ok := rb.bodyAfter(k, s, at)
	if !ok && k+1 < s.TokEnd && low(d.Tokens[k]) == "in" {
		t, ok = at[k+1] // "head of planning in T": an organization only
	}
	if !ok || rb.ex.Entities[t.ent].Type != graph.Organization {
		return false
	}
	title, former := rb.roleTitle(roleSpan{start: r.start, end: k, noun: r.noun})
	rb.partRole(p, t, r, title, former, s)
	return true
}

// partRole adds role r of person p in one part of body t, with its whole
// title ("head of research", "head of Brazil division"): the holder
// holds a role in t, or, for a staff noun ("analyst"), is affiliated
// with it.
func (rb *relBuilder) partRole(p, t placed, r roleSpan, title string, former bool, s Sentence) {
	kind := graph.HoldsRole
	if kinds := rb.roleRelationKinds(r, graph.Organization, false); len(kinds) == 1 && kinds[0] == affiliatedWith {
		kind = affiliatedWith
	}
	attrs := map[string]string{}
	if kind == graph.HoldsRole && title != "" {
		attrs["role"] = title
	}
	if former {
		attrs["former"] = "true"
	}
	rb.add(p.ent, t.ent, kind, sentenceSpan(s), confOfPattern, attrs)
}

// bodyPossessivePronouns refer to a body as the possessor of a unit.
var bodyPossessivePronouns = map[string]bool{"its": true, "their": true}

// unitNouns name a part of a body: "the bank's Brazil division".
var unitNouns = map[string]bool{"division": true, "divisions": true, "unit": true, "units": true, "department": true, "arm": true, "subsidiary": true,
	"branch": true, "office": true, "desk": true, "section": true, "bureau": true, "wing": true, "operations": true}

// unitAfter returns the token after the unit noun that follows body
// mention t as "t's (one to three words) <unit>" ("Acme's Brazil
// division", "the insurer's life and pensions division", "its hosiery
// division" with "its" a reference to t), or -1: a title of the unit is
// no title of t.
func (rb *relBuilder) unitAfter(t placed, s Sentence) int {
	d := rb.d
	k := t.tokEnd
	if t.coref && t.tokStart < t.tokEnd && bodyPossessivePronouns[low(d.Tokens[t.tokStart])] {
		k = t.tokStart // "its hosiery division": the pronoun is the possessive
	} else if !possessiveAt(d, k) {
		return -1
	}
	for j := k + 1; j < min(k+5, s.TokEnd); j++ {
		if unitNouns[low(d.Tokens[j])] {
			return j + 1
		}
		if !d.Tokens[j].Word() {
			return -1
		}
	}
	return -1
}

// namedUnitAfter returns the organization named right after body mention
// t's possessive ("USDA's Foreign Agricultural Service"), when t is an
// organization too: a part of t. whole is false when the unit's name
// seems cut at a comma or an "and" before more capitalised words
// ("ASCS's Cotton, Grain and Rice Division"): a part of t all the same,
// but not the one named.
func (rb *relBuilder) namedUnitAfter(t placed, s Sentence, at map[int]placed) (u placed, whole, ok bool) {
	k := t.tokEnd
	if k+1 >= s.TokEnd || !possessiveAt(rb.d, k) || rb.ex.Entities[t.ent].Type != graph.Organization {
		return placed{}, false, false
	}
	u, ok = at[k+1]
	if !ok || u.coref || u.ent == t.ent || rb.ex.Entities[u.ent].Type != graph.Organization {
		return placed{}, false, false
	}
	j := u.tokEnd
	cut := j+1 < s.TokEnd && (rb.d.Tokens[j].Text == "," || low(rb.d.Tokens[j]) == "and") && rb.d.Tokens[j+1].Cap()
	return u, !cut, true
}

// bureauEnds lets a city right after an organization stand for the
// organization's office there, so that a title after both is held in the
// organization: "BBC Delhi reporter X", "Reuters Tokyo correspondent X".
// end (end token → mention) then maps the city's end to the organization.
func (rb *relBuilder) bureauEnds(at, end map[int]placed) {
	bureau := map[int]placed{}
	for k, m := range end {
		if rb.ex.Entities[m.ent].Type != graph.Organization {
			continue
		}
		if c, ok := at[k]; ok && rb.ex.Entities[c.ent].Type == graph.Place && rb.d.Tokens[k].Space {
			bureau[c.tokEnd] = m
		}
	}
	for k, m := range bureau {
		end[k] = m
	}
}

// fieldDemonymEnd returns the end of a country or place mention at token
// k that qualifies a lower-case field noun after it ("European equities",
// "US markets"), or k.
func (rb *relBuilder) fieldDemonymEnd(k int, s Sentence, at map[int]placed) int {
	m, ok := at[k]
	if !ok || m.coref {
		return k
	}
	if tt := rb.ex.Entities[m.ent].Type; tt != graph.Country && tt != graph.Place {
		return k
	}
	if e := m.tokEnd; e < s.TokEnd {
		if t := rb.d.Tokens[e]; t.Word() && !t.Cap() && !bodyPrepositions[low(t)] && !titleStopWords[low(t)] && low(t) != "in" {
			return e
		}
	}
	return k
}
