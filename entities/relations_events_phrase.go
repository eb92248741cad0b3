package entities

import "github.com/newsgraph/newsgraph/graph"

// phraseSides links an event whose head takes participants after a link
// word (phraseHeads, events_phrase.go) to every participant named there
// in sentence si, whichever stage made the event: "talks with X and Y",
// "a merger of X and Y", "the bid by the U.K.'s X for Y" (X and Y, not
// the U.K.),
// "a suit against X", "a meeting of X ministers", and to its owner or the
// body named before it (phraseOwner).
func (rb *relBuilder) phraseSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd <= e.tokStart {
			continue
		}
		j := e.tokEnd - 1
		if _, ok := phraseHeads[low(d.Tokens[j])]; !ok || d.Tokens[j].Cap() && !initialHead(d, j) || wishedEvent(d, e.tokStart) { // relations_events_excluded.go
			continue
		}
		rb.phraseOwner(span, in, e)
		rb.purposeSides(span, in, e)    // events_purpose.go
		rb.complementOwner(span, in, e) // events_nominal.go
		// Each link word's sides in turn: "the bid by X for Y".
		at, _ := phraseComplement(d, j)
		if at < 0 { // "an order for 30 planes with Y": past a complement the head does not link
			at = nextLinkAfter(d, j, j+1)
		}
		for at >= 0 {
			end := rb.phraseList(span, in, e, at)
			if end < 0 { // "the sale of its Zed unit to Y": on to the next link
				at = nextLinkAfter(d, j, at)
				continue
			}
			if end < len(d.Tokens) && d.Tokens[end].Text == ">" {
				end++ // "the acquisition by <X> of <Y>"
			}
			at, _ = phraseLinkAt(d, j, end)
		}
	}
}

// phraseList links event e, whose head ends it, to every side of the list
// starting at token at and returns the token after the last side, or -1
// when none is named there.
func (rb *relBuilder) phraseList(span graph.Span, in []placed, e placed, at int) int {
	d := rb.d
	j := e.tokEnd - 1
	first, next, end := true, -1, -1
	for _, x := range in {
		if x.coref || x.ent == e.ent || x.tokStart < at || !rb.participant(x) || rb.demonymModifier(x) {
			continue
		}
		// A later side may have a title of its own ("and Bank of Y
		// Governor Z": Z, not the bank).
		side := !nameQualifier(d, x) && (first && phraseSideAt(d, j, x.tokStart, x.tokEnd, at) ||
			next >= 0 && phraseSideAt(d, j, x.tokStart, x.tokEnd, next) && listGoesOn(d, next, x.tokEnd))
		if !side {
			continue
		}
		rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
		first, next, end = false, listNext(d, x.tokEnd), x.tokEnd
	}
	return end
}

// phraseOwner links event e to the owner or the body named before its
// phrase, grading words between allowed, and to both countries of a pair
// before it: "X's latest trade talks", "X and Y's merger", "Mr Roes'
// trial", "the X proposed merger", "the X-Y dispute", and an owner
// pronoun the article resolves, words between ("its proposed acquisition
// of Y", "its 1984 takeover of Y") (the adjacency rule
// of relations_events.go reads "X's E" and "X E" without a word between,
// for any event).
func (rb *relBuilder) phraseOwner(span graph.Span, in []placed, e placed) {
	d := rb.d
	b := ownerOpening(d, phraseOpening(d, e.tokStart)) // events_amounts.go
	if links := phraseHeads[low(d.Tokens[e.tokEnd-1])]; links&viaOwner == 0 || b == 0 {
		return
	}
	for _, x := range in {
		if x.ent == e.ent || !rb.participant(x) {
			continue
		}
		if x.coref { // "its proposed acquisition of Y", "its 1984 takeover": an owner pronoun the article resolves
			if x.tokEnd == b && b < e.tokStart && x.tokEnd-x.tokStart == 1 && ownerPronouns[low(d.Tokens[x.tokStart])] && !rb.nearerOwner(in, x) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedAdjacent, rb.eventAttrs(e.ent))
			}
			continue
		}
		// Every owner of a list: "X and Y's merger".
		owner := possessiveAt(d, b-1) && (x.tokEnd == b-1 || rb.listEndsAt(in, x, b-1))
		compound := x.tokEnd == b && b < e.tokStart && rb.ex.Entities[x.ent].Type != graph.Country
		if owner || compound || rb.pairBefore(in, x, b) {
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedAdjacent, rb.eventAttrs(e.ent))
		}
	}
}

// pairBefore reports whether x is one of two countries or places joined
// by a dash or slash whose pair ends at token b: "U.S." and "Japanese" in
// "the U.S.-Japanese dispute".
func (rb *relBuilder) pairBefore(in []placed, x placed, b int) bool {
	d := rb.d
	land := func(p placed) bool {
		t := rb.ex.Entities[p.ent].Type
		return !p.coref && (t == graph.Country || t == graph.Place)
	}
	if !land(x) {
		return false
	}
	for _, y := range in {
		if !land(y) || y == x {
			continue
		}
		if x.tokEnd == b && y.tokEnd+1 == x.tokStart && pairJoiner(d.Tokens[y.tokEnd].Text) ||
			y.tokEnd == b && x.tokEnd+1 == y.tokStart && pairJoiner(d.Tokens[x.tokEnd].Text) {
			return true
		}
	}
	return false
}

// courtCountry reports whether country x right before lawsuit m only says
// where it is heard: "a US lawsuit against Y", "a British court case".
func (rb *relBuilder) courtCountry(x, m placed) bool {
	return rb.ex.Entities[x.ent].Type == graph.Country && suitHeads[low(rb.d.Tokens[m.tokEnd-1])]
}

// listGoesOn reports whether an item that starts at token next and ends
// before token end belongs to the list before it: joined by "and" or
// "or", or by a comma with the list going on after it ("X, Y and Z"; not
// "talks with X, Reuters said"). An item a reporting verb follows is
// the subject of a clause of its own ("met with X, and Y said").
func listGoesOn(d *Document, next, end int) bool {
	if end < len(d.Tokens) && reportingVerbs[low(d.Tokens[end])] {
		return false
	}
	switch low(d.Tokens[next-1]) {
	case "and", "or":
		return true
	}
	if end >= len(d.Tokens) {
		return false
	}
	l := low(d.Tokens[end])
	return l == "," || l == "and" || l == "or"
}
