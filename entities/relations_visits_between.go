package entities

import "github.com/newsgraph/newsgraph/graph"

// A meeting placed in a city and followed by the people it is between
// puts each of them there:
//
//	two days of talks here between Guinean minister X and Nigerian minister Y
//	an April 5-6 summit meeting in Ottawa between Reagan and Prime Minister Z
//	an inconclusive meeting here March 22 between central bank governor X and ...
//
// "here" is the dateline's place (relations_visits_herepresence.go). As
// for every presence, the candidates wait for finish, which keeps those
// who serve a country the place does not lie in.

// betweenMaxGap bounds the words before each person of the list: a
// title with its country ("Nigerian minister of mines and power").
const betweenMaxGap = 8

// betweenTimeWords may date a meeting before "between": "next month".
var betweenTimeWords = map[string]bool{"next": true, "last": true, "this": true, "week": true, "month": true, "year": true}

// betweenPresence records the persons between whom sentence si places a
// meeting in a place.
func (rb *relBuilder) betweenPresence(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for n := s.TokStart; n+2 < s.TokEnd; n++ {
		if !meetingNounsIx.at(d, n) {
			continue
		}
		if subDatelined(d, s) {
			return // a digest's paragraph filed from elsewhere
		}
		dst, after := rb.meetingSeat(s, in, n+1)
		if dst < 0 {
			continue
		}
		k := after
		for k < s.TokEnd && k-after < herePurposeMax && (meetingDays[low(d.Tokens[k])] || weekdays[low(d.Tokens[k])] ||
			months[low(d.Tokens[k])] > 0 || isNumber(d.Tokens[k].Text) || betweenTimeWords[low(d.Tokens[k])]) {
			k++ // "here March 22", "in Ottawa tomorrow"
		}
		if k >= s.TokEnd || low(d.Tokens[k]) != "between" {
			continue
		}
		for _, p := range rb.betweenPersons(s, in, k+1) {
			rb.presences = append(rb.presences, pendingPresence{p, dst, sentenceSpan(s)})
		}
	}
}

// meetingSeat returns the place of "in W" or "here" at token k and the
// token after it; -1 when none stands there.
func (rb *relBuilder) meetingSeat(s Sentence, in []placed, k int) (int, int) {
	d := rb.d
	switch low(d.Tokens[k]) {
	case "here":
		if quotedAt(d, s, k) {
			return -1, 0
		}
		e := datelineEntry(rb.gz, rb.place, rb.region)
		if e == nil || e.Country == "" {
			return -1, 0
		}
		return rb.ex.entityFor(e), k + 1
	case "in":
		for _, m := range in {
			if m.tokStart == k+1 && !m.coref && rb.isDestination(m) {
				return m.ent, m.tokEnd
			}
		}
	}
	return -1, 0
}

// betweenPersons returns the persons of the list that starts at token
// k: each after at most betweenMaxGap words of title, joined by "and" or
// commas; the list ends at the first mention that is no person or at a
// gap with another word.
func (rb *relBuilder) betweenPersons(s Sentence, in []placed, k int) []int {
	d := rb.d
	var out []int
	cur := k
	for _, m := range in {
		if m.tokStart < cur {
			continue
		}
		if m.tokStart-cur > betweenMaxGap || !betweenGap(d, cur, m.tokStart) {
			break
		}
		if !rb.personEnt(m.ent) {
			if rb.ex.Entities[m.ent].Type == graph.Country {
				continue // "Nigerian minister Y": the country is the title's
			}
			break
		}
		out = append(out, m.ent)
		cur = m.tokEnd
		if cur < s.TokEnd && (low(d.Tokens[cur]) == "and" || d.Tokens[cur].Text == ",") {
			continue
		}
		break
	}
	return out
}

// betweenGap reports whether tokens [i, j) may stand before a person of
// a "between" list: words, possessives, commas and "and", no clause
// word.
func betweenGap(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		l := low(t)
		if !(t.Word() || isPossessive(t) || t.Text == ",") || subordinators[l] || l == "who" || l == "which" {
			return false
		}
	}
	return true
}
