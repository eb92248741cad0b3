package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Presence: a person whom the text places in a foreign place or country
// is visiting it. The wording puts the person there:
//
//	P met Q in X; P held talks in X; P told reporters in X; P said in X
//	In X, P said ...; Speaking in X, P ...
//	P, in X for talks, said ...; P, in X on a visit, ...
//
// and the article must say which country the person serves (an office of
// a country, or a party of one) and X must lie in another: "the German
// finance minister met his French counterpart in Paris" is a visit to
// Paris, "Kohl met union leaders in Bonn" is none. The check needs every
// relation of the article, so the candidates wait for finish.

// presenceWords put their subject where the "in X" after them is.
var presenceWords = lexicon.Set("presence_words")

// presenceMaxGap bounds the tokens from the person to the presence word
// and from the presence word to "in".
const presenceMaxGap = 4

// confPresence is the confidence of a visit read from presence.
const confPresence = 0.6

// pendingPresence is a person placed in a place, to check in finish.
type pendingPresence struct {
	p, dst int
	span   graph.Span
}

// presence records the persons the sentence places somewhere.
func (rb *relBuilder) presence(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	isDest := rb.isDestination
	// "In X, P said", "Speaking in X, P ...".
	k := s.TokStart
	if k < s.TokEnd && presenceWords[low(d.Tokens[k])] {
		k++
	}
	if k+1 < s.TokEnd && low(d.Tokens[k]) == "in" {
		for i, m := range in {
			if m.tokStart != k+1 || !isDest(m) || !frontedPlaceEnds(d, s, m.tokEnd) {
				continue
			}
			for _, q := range in[i+1:] {
				if rb.ex.Entities[q.ent].Type == graph.Person {
					if frontedPresenceSubject(d, s, m.tokEnd, q) { // relations_presence_guards.go
						rb.presences = append(rb.presences, pendingPresence{q.ent, m.ent, span})
					}
					break
				}
			}
		}
	}
	// "P met Q in X".
	for i, p := range in {
		if rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		if m, ok := rb.inAppositionPurpose(in[i+1:], p, s); ok {
			rb.presences = append(rb.presences, pendingPresence{p.ent, m.ent, span})
			continue
		}
		for _, m := range in[i+1:] {
			if !isDest(m) || m.tokStart < 1 || low(d.Tokens[m.tokStart-1]) != "in" || !destinationEnds(d, m) {
				continue
			}
			if rb.presenceBetween(in, p, m) {
				rb.presences = append(rb.presences, pendingPresence{p.ent, m.ent, span})
			}
			break
		}
	}
}

// presenceBetween reports whether the words from person p to "in X" put p
// in X: a presence word close after p, "in" close after it, no other
// person or clause between, no negation.
func (rb *relBuilder) presenceBetween(in []placed, p, dst placed) bool {
	d := rb.d
	w := -1
	for k := p.tokEnd; k < dst.tokStart-1 && k <= p.tokEnd+presenceMaxGap; k++ {
		if presenceWords[low(d.Tokens[k])] {
			w = k
			break
		}
	}
	if w < 0 || hasWord(d, p.tokEnd, dst.tokStart, negationWords) || hasWord(d, p.tokEnd, dst.tokStart, subordinators) ||
		hasWord(d, p.tokEnd, dst.tokStart, residenceWords) {
		return false
	}
	if dst.tokStart-1-w > presenceMaxGap && !rb.metWhom(in, w+1, dst.tokStart-1) {
		return false
	}
	for _, q := range in {
		if q.tokStart >= p.tokEnd && q.tokEnd <= dst.tokStart && rb.ex.Entities[q.ent].Type != graph.Person && q.tokStart < w {
			return false
		}
	}
	return true
}

// resolvePresence adds the visits of the pending presences whose person
// serves a country known from the article's relations and whose place
// lies in another country.
func (rb *relBuilder) resolvePresence() {
	for _, pp := range rb.presences {
		home := rb.servedCountries(pp.p)
		dst := rb.ex.Entities[pp.dst]
		if len(home) == 0 || dst.Entry == nil || dst.Entry.Country == "" || home[dst.Entry.Country] || rb.residentRole(pp.p) {
			continue
		}
		rb.add(pp.p, pp.dst, graph.Visits, pp.span, confPresence, nil)
	}
}

// servedCountries returns the country codes person p holds an office of
// or belongs to a party of, by the relations found so far.
func (rb *relBuilder) servedCountries(p int) map[string]bool {
	out := map[string]bool{}
	for k := range rb.rels {
		if k.a != p || k.k != graph.HoldsRole && k.k != graph.MemberOf {
			continue
		}
		e := rb.ex.Entities[k.b]
		if e.Entry == nil || e.Entry.Country == "" {
			continue
		}
		if e.Type == graph.Country || e.Type == graph.Party {
			out[e.Entry.Country] = true
		}
	}
	rb.nationalCountries(p, out) // relations_nationality.go
	return out
}

// metWhom reports whether tokens [i, j) are the people someone met:
// names, their titles and countries, capitalised words, "his
// counterpart", "officials".
func (rb *relBuilder) metWhom(in []placed, i, j int) bool {
	if j-i > 16 {
		return false
	}
	covered := map[int]bool{}
	for _, m := range in {
		for k := m.tokStart; k < m.tokEnd; k++ {
			covered[k] = true
		}
	}
	for k := i; k < j; k++ {
		l := low(rb.d.Tokens[k])
		// A capitalised word is a name or a title the recognizer did not
		// cover ("West German Finance Minister X").
		if !covered[k] && !isRelRoleWord(l) && !metWords[l] && !honorifics[l] && !rb.d.Tokens[k].Cap() && !meetingDays[l] {
			return false
		}
	}
	return true
}

// metWords may stand among the people someone met.
var metWords = map[string]bool{",": true, "and": true, "his": true, "her": true, "their": true, "the": true,
	"counterpart": true, "counterparts": true, "officials": true, "leaders": true, "ministers": true}

// meetingDays may close the people someone met: "met X today in Y" (a
// weekday is capitalised, which metWhom allows already).
var meetingDays = map[string]bool{"today": true, "yesterday": true, "tonight": true}

// purposeLinks open what a person is somewhere for: "P, in X for talks",
// "P, in X on a visit", "P, in X to attend ...".
var purposeLinks = map[string]bool{"for": true, "on": true, "to": true}

// inAppositionPurpose reads "P, in X for|on|to ..." among the mentions
// after person p: an apposition that puts P in X for a purpose. It
// returns X.
func (rb *relBuilder) inAppositionPurpose(after []placed, p placed, s Sentence) (placed, bool) {
	d := rb.d
	k := p.tokEnd
	if k+2 >= s.TokEnd || d.Tokens[k].Text != "," || low(d.Tokens[k+1]) != "in" || len(after) == 0 {
		return placed{}, false
	}
	m := after[0]
	if m.tokStart != k+2 || !rb.isDestination(m) || m.tokEnd >= s.TokEnd || !purposeLinks[low(d.Tokens[m.tokEnd])] {
		return placed{}, false
	}
	return m, true
}
