package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// Nominal visits: a travel noun phrase states a visit, its traveller
// given by the phrase itself or by the clause it stands in, with T the
// traveller and W a place or country:
//
//	T's visit to W; the minister's three-day trip to W   (T a name or a description)
//	T returned from a W visit; during his W trip          (W a name, not a demonym, before the noun)
//	the visit of T, who began a four-day visit            (no W: the dateline's country, below)
//
// A compound destination must spell the place's own name ("a U.S.
// visit", "his Moscow trip"): a demonym before the noun ("the Japanese
// visit") may name the visitors as well as the place. The clause's
// traveller is read as for the trips behind a preposition (tripVisits):
// "X made the proposal after returning from a W visit".
//
// A visit with no destination in an article with a dateline is a visit
// to the dateline's country when its traveller holds an office of another
// country and the article gives the traveller no other destination: a
// foreign president "on a four-day visit" in a story datelined La Paz is
// in Bolivia. A traveller whose country the article does not give may
// be on a visit elsewhere ("X met the president during his visit").

// visitNouns are the nouns a nominal visit is read from.
var visitNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "journey": true}

// visitCancelWords before a travel noun phrase undo it: "cancelled his
// visit to W", "postponed the trip".
var visitCancelWords = map[string]bool{"cancelled": true, "canceled": true, "postponed": true, "called": true,
	"scrapped": true, "cancel": true, "postpone": true, "delayed": true, "delay": true, "abandoned": true}

// travellerPronouns open a travel noun phrase and name its traveller.
var travellerPronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// undatedVisit is a visit with no destination whose traveller the
// dateline's country may receive (resolveDatelineVisits).
type undatedVisit struct {
	p    int
	span graph.Span
}

// nominalVisits adds the visits of travel noun phrases in sentence si.
func (rb *relBuilder) nominalVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for v := s.TokStart + 1; v < s.TokEnd; v++ {
		if !visitNounsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() && v > s.TokStart && !d.Tokens[v-1].Cap() && d.Tokens[v-1].Word() {
			continue
		}
		dst, np, ok := rb.compoundDestination(in, s, v)
		if !ok {
			dst = rb.destinationAfter(in, s, v)
		}
		np = rb.visitPhraseStart(s, np)
		if np < 0 || np > s.TokStart && visitCancelWords[low(d.Tokens[np-1])] || hasWord(d, s.TokStart, v, negationWords) {
			continue
		}
		src, after, ok := rb.visitTraveller(in, si, np, v)
		if !ok {
			continue
		}
		if dst >= 0 {
			rb.add(src, dst, graph.Visits, span, confVisit, nil)
		} else if rb.ex.Entities[src].Type == graph.Person && rb.visitEnds(s, after) {
			rb.undated = append(rb.undated, undatedVisit{src, span})
		}
	}
}

// compoundDestination returns the place or country that ends right
// before travel noun v, spelt as its own name ("a U.S. visit"), the
// first token of the noun phrase's modifiers so far, and whether there is
// one; else v itself.
func (rb *relBuilder) compoundDestination(in []placed, s Sentence, v int) (dst, np int, ok bool) {
	d := rb.d
	for _, m := range in {
		if m.tokEnd != v || m.coref || !rb.isDestination(m) || !isDemonymFree(rb.ex.Entities[m.ent], d, m) {
			continue
		}
		if possessiveAt(rb.d, m.tokEnd) || m.tokStart > s.TokStart && possessiveAt(d, m.tokStart-1) {
			continue
		}
		return m.ent, m.tokStart, true
	}
	return -1, v, false
}

// destinationAfter returns the place or country of "to|of (the) W"
// right after travel noun v, or -1.
func (rb *relBuilder) destinationAfter(in []placed, s Sentence, v int) int {
	d := rb.d
	k := v + 1
	if k >= s.TokEnd || !tripLinks[low(d.Tokens[k])] {
		return -1
	}
	k++
	if k < s.TokEnd && low(d.Tokens[k]) == "the" {
		k++
	}
	for _, m := range in {
		if m.tokStart == k && !m.coref && rb.isDestination(m) && destinationEnds(d, m) && isDemonymFree(rb.ex.Entities[m.ent], d, m) {
			return m.ent
		}
	}
	return -1
}

// visitPhraseStart returns the first token of the noun phrase whose
// modifiers start at token i: back over up to four lower-case words,
// numbers and dashes ("three-day", "first") to its determiner, possessive
// pronoun or possessive "'s"; -1 when none opens it.
func (rb *relBuilder) visitPhraseStart(s Sentence, i int) int {
	d := rb.d
	for k := i - 1; k >= s.TokStart && i-k <= 5; k-- {
		t := d.Tokens[k]
		l := low(t)
		if isTripDeterminer(l) || travellerPronouns[l] || possessiveAt(d, k) {
			return k
		}
		if t.Cap() || !(t.Word() || isDash(t.Text) || isNumber(t.Text)) {
			return -1
		}
	}
	return -1
}

// visitTraveller returns who makes the visit whose noun phrase opens at
// token np with travel noun v: the possessor ("T's visit", "his visit",
// "the minister's trip"), "of|by T" after the noun, or the subject of the
// clause whose trip preposition stands before the phrase; and the token
// a destination would follow (after the noun, or after "of|by T").
func (rb *relBuilder) visitTraveller(in []placed, si, np, v int) (int, int, bool) {
	d := rb.d
	s := d.Sentences[si]
	l := low(d.Tokens[np])
	for _, m := range in {
		switch {
		case travellerPronouns[l] && m.coref && m.tokStart == np,
			possessiveAt(d, np) && (m.tokEnd == np || m.tokEnd == np+1):
			return m.ent, v + 1, rb.isTraveller(m)
		}
	}
	if travellerPronouns[l] || possessiveAt(d, np) {
		return 0, 0, false
	}
	if k := v + 1; k+1 < s.TokEnd && (low(d.Tokens[k]) == "of" || low(d.Tokens[k]) == "by") {
		for _, m := range in {
			if m.tokStart > k && titleGap(d, k+1, m.tokStart) && rb.isTraveller(m) && rb.ex.Entities[m.ent].Type == graph.Person {
				return m.ent, m.tokEnd, true // "the visit of (West German president) T"
			}
		}
	}
	p := np - 1
	if q, ok := phasePrep(d, s, p); ok {
		p = q // "at the end of a visit": as "after a visit"
	} else if p < s.TokStart || !tripPreps[low(d.Tokens[p])] {
		return 0, 0, false
	}
	if l := low(d.Tokens[p]); (l == "on" || l == "from") && p > s.TokStart {
		if verbTakesPrep(d, p) {
			return 0, 0, false // "commented on a visit"
		}
	}
	if src, ok := rb.returnPossessor(in, s, p); ok {
		return src, v + 1, true // "on his return from a visit" (relations_visits_return.go)
	}
	if p == s.TokStart {
		src, ok := rb.subjectAfterFronted(in, s, v+1)
		return src, v + 1, ok
	}
	src, ok := rb.tripSubject(si, in, p, v)
	return src, v + 1, ok
}

// visitEnds reports whether a travel noun phrase ending before token k
// names no destination at all: no preposition of place or "there" at k.
func (rb *relBuilder) visitEnds(s Sentence, k int) bool {
	d := rb.d
	if k >= s.TokEnd {
		return true
	}
	switch low(d.Tokens[k]) {
	case "to", "of", "in", "around", "across", "through", "abroad", "overseas", "there", "by":
		return false
	}
	return true
}

// resolveDatelineVisits gives each undated visit the dateline's country
// (see above).
func (rb *relBuilder) resolveDatelineVisits() {
	if len(rb.undated) == 0 {
		return
	}
	c := datelineCountry(rb.gz, rb.place, rb.region)
	if c == nil {
		return
	}
	home := rb.namedEntry(c)
	if home < 0 {
		return
	}
	for _, u := range rb.undated {
		foreign, elsewhere := false, false
		for k := range rb.rels {
			if k.a != u.p {
				continue
			}
			switch {
			case k.k == graph.HoldsRole && rb.ex.Entities[k.b].Type == graph.Country:
				if k.b == home {
					elsewhere = true // the dateline's own official
				}
				foreign = foreign || k.b != home
			case k.k == graph.Visits && k.b != home:
				elsewhere = true
			}
		}
		if foreign && !elsewhere {
			rb.add(u.p, home, graph.Visits, u.span, confVisit, nil)
		}
	}
}

// possessedVisit reports whether a travel noun stands at token k or after
// one modifier ("the minister's visit", "the minister's first trip"): the
// description before the possessive refers to the traveller (coref).
func possessedVisit(d *Document, s Sentence, k int) bool {
	for j := k; j < min(k+2, s.TokEnd); j++ {
		if visitNouns[low(d.Tokens[j])] {
			return true
		}
	}
	return false
}
