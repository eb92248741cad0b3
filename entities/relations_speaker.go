package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// An officer named with a bare title who reports what an organization
// does speaks for it, the organization being the subject the sentence
// opens with:
//
//	<T> will cut 500 jobs, chairman X said.
//	<T> expects higher profits, vice president X told reporters.
//	<T> said managing director X would retire.
//
// The title must name no body itself (nothing but a lower-case word or
// punctuation before it, no "of|at|for|with" after the name), and must be
// an office of the body (a head, a deputy, a spokesman): an analyst or a
// trader commenting on a company is not its analyst. A capitalised state
// office ("President X", "Finance Minister X") is left to the state
// office rules, and a person the sentence already affiliates keeps that.

// confSpeaker is the confidence of an office given the sentence's subject.
const confSpeaker = 0.5

// spokesNouns speak for a body without holding an office in it.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// speakerTitles adds the offices of sentence si's bare-titled speakers in
// the organization the sentence opens with.
func (rb *relBuilder) speakerTitles(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	t, ok := rb.openingOrganization(s, in)
	if !ok {
		return
	}
	tSays := t.tokEnd < s.TokEnd && reportingVerbs[low(d.Tokens[t.tokEnd])] // "<T> said ..."
	end := map[int]placed{}
	for _, m := range in {
		if m.tokStart < m.tokEnd {
			end[m.tokEnd] = m
		}
	}
	span := sentenceSpan(s)
	for _, p := range in {
		if !rb.personRef(p) || p.tokStart <= t.tokEnd || rb.affiliated(p.ent) ||
			quotedAt(d, s, p.tokStart) {
			continue
		}
		r, ok := rb.roleBefore(nameStart(d, p, s.TokStart), s.TokStart, end)
		if !ok || r.ofTarget >= 0 || r.start <= t.tokEnd || !rb.unowned(r.roleSpan, s.TokStart) || !rb.speakerOffice(r.roleSpan) ||
			hasJunior(d, max(s.TokStart, r.start-3), r.start) || rb.bodyBefore(r.start, s.TokStart, end, t.ent) {
			continue // "deputy management board chairman X": the title is longer than read
		}
		if p.tokEnd < s.TokEnd && bodyPrepositions[low(d.Tokens[p.tokEnd])] {
			continue // "chairman X of Y": the body follows
		}
		says := p.tokEnd < s.TokEnd && reportingVerbs[low(d.Tokens[p.tokEnd])] || // "..., chairman X said"
			r.start-1 > s.TokStart && reportingVerbs[low(d.Tokens[r.start-1])] // "..., said chairman X"
		if !says && !tSays {
			continue
		}
		rb.emitRole(p.ent, t.ent, t.tokStart, r.roleSpan, span, si, confSpeaker)
	}
}

// openingOrganization returns the organization mention sentence s opens
// with ("<T> said", "The <T> will"), not a party or a group.
func (rb *relBuilder) openingOrganization(s Sentence, in []placed) (placed, bool) {
	if len(in) < 2 || in[0].coref {
		return placed{}, false
	}
	t := in[0]
	k := s.TokStart
	if k < s.TokEnd && low(rb.d.Tokens[k]) == "the" {
		k++
	}
	e := rb.ex.Entities[t.ent]
	if t.tokStart != k || e.Type != graph.Organization || e.IsGroup() || partyLike(e.Name) {
		return placed{}, false
	}
	return t, true
}

// speakerOffice reports whether bare title r is an office of a company
// or body: a head or a deputy in lower case ("chairman", "vice
// president", "managing director"; not a board's bare "director"), or
// a spokesman.
func (rb *relBuilder) speakerOffice(r roleSpan) bool {
	d := rb.d
	for k := r.start; k < r.end; k++ {
		if t := d.Tokens[k]; t.Cap() && officeNouns[low(t)] {
			return false // "President X": a state's office
		}
	}
	if spokesNouns[r.noun] {
		return true
	}
	if r.noun == "leader" {
		return false // "Senate majority leader X": a political office
	}
	if r.noun == "director" && !hasWord(d, r.start, r.end, map[string]bool{"managing": true}) {
		return false
	}
	for _, k := range rb.roleRelationKinds(r, graph.Organization, false) {
		if k == graph.Leads || k == graph.HoldsRole {
			return true
		}
	}
	return false
}

// hasJunior reports whether tokens [i, j) hold a deputy's word ("deputy",
// "vice").
func hasJunior(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if roleKinds[low(d.Tokens[k])] == "junior" {
			return true
		}
	}
	return false
}

// bodyBefore reports whether the name of a body other than t ends right
// before token i, over up to three lower-case words, a ticker
// ("<CBKG.F>"), or an acronym between commas: "Acme AG <ACME.F>
// management board chairman", "Chicago Board of Trade, CBT, chairman"
// own the title that follows.
func (rb *relBuilder) bodyBefore(i, sentStart int, end map[int]placed, t int) bool {
	d := rb.d
	j := i
	for n := 0; n < 3 && j-1 > sentStart && d.Tokens[j-1].Word() && !d.Tokens[j-1].Cap(); n++ {
		if l := low(d.Tokens[j-1]); l == "and" || l == "or" {
			return false // "T and chairman X": another item
		}
		j--
	}
	if j-1 > sentStart && d.Tokens[j-1].Text == ">" {
		for j-1 > sentStart && d.Tokens[j-1].Text != "<" {
			j--
		}
		j--
	}
	if j-1 > sentStart && d.Tokens[j-1].Text == "," {
		m, ok := end[j-1]
		if !ok || m.tokStart-1 <= sentStart || d.Tokens[m.tokStart-1].Text != "," {
			return false // ", T, chairman X": only an acronym between commas names the body
		}
		j--
	}
	m, ok := end[j]
	if !ok || m.ent == t {
		return false
	}
	switch rb.ex.Entities[m.ent].Type {
	case graph.Organization, graph.Party:
		return true
	}
	return false
}
