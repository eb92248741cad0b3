package entities

import "github.com/newsgraph/newsgraph/graph"

// Who takes part in a conflict event (events_conflict.go,
// events_conflict_more.go): the subject of the wording before it, or of
// the list it ends ("X was killed in the crash", "X and Y claimed
// responsibility for the bombing"), also when a date, a place or words
// that colour it stand before the event's name ("X was killed in the
// deadly March 3 Lyon attack", the event named "Lyon attack"); the agent
// of a participle after it ("the attack on Y, carried out by X"); and the
// country a war is fought in ("the war in X").

// conflictSides reports whether in[xi] takes part in conflict event m by
// a wording before it or a participle's agent after it.
func (rb *relBuilder) conflictSides(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref {
		return false
	}
	if x.tokStart >= m.tokEnd {
		by := conflictAgentBy(d, m.tokEnd-1)
		return by >= 0 && conflictHeadIn(d, m, agentHeads, labourHeads) && rb.agentListReaches(in, xi, by+1)
	}
	if x.tokEnd > m.tokStart {
		return false
	}
	j := m.tokStart
	for j > 0 && m.tokStart-j < 6 && conflictPrefix(d, j-1) {
		j--
	}
	w := wordingEndingAt(d, j, func(d *Document, k int) int { n, _ := conflictWordingAt(d, k); return n })
	if w < 0 || phraseUnreal(d, w) || modalWished(d, w) {
		return false
	}
	_, kind := conflictWordingAt(d, w)
	heads := conflictHeadsOf(kind)
	if !conflictHeadIn(d, m, heads) || !conflictSubjectType(kind, rb.ex.Entities[x.ent].Type, low(d.Tokens[m.tokEnd-1])) {
		return false
	}
	return !conflictOblique(d, x.tokStart) && rb.wordingSubject(in, xi, w, conflictSubjectEnd)
}

// conflictPrefix reports whether token k may stand between a wording and
// the name of its event: a determiner, a word that colours the event, a
// date ("March 3", "Monday's").
func conflictPrefix(d *Document, k int) bool {
	t := d.Tokens[k]
	l := low(t)
	switch {
	case t.Break:
		return false
	case conflictDeterminers[l], conflictColour(t), months[l] > 0 && t.Cap(), isNumber(t.Text), weekdays[l] && t.Cap():
		return true
	case isPossessive(t) && k > 0 && weekdays[low(d.Tokens[k-1])]:
		return true
	}
	return false
}

// conflictHeadIn reports whether a word of event m is a head of one of
// the sets.
func conflictHeadIn(d *Document, m placed, sets ...map[string]bool) bool {
	for k := m.tokStart; k < m.tokEnd; k++ {
		for _, s := range sets {
			if s[low(d.Tokens[k])] && !d.Tokens[k].Cap() {
				return true
			}
		}
	}
	return false
}

// warCountry reports whether country x ends event m after "<war> in":
// "the war in X".
func (rb *relBuilder) warCountry(x, m placed) bool {
	d := rb.d
	if x.coref || rb.ex.Entities[x.ent].Type != graph.Country || x.tokEnd != m.tokEnd || x.tokStart < m.tokStart+2 {
		return false
	}
	return low(d.Tokens[x.tokStart-1]) == "in" && warHeads[low(d.Tokens[x.tokStart-2])]
}
