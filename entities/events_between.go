package entities

import "github.com/newsgraph/newsgraph/graph"

// betweenEvents finds unnamed but specific events named by their head and
// their sides: "talks between the United States and Japan", "the war
// between Iran and Iraq", "a treaty between Ghana and Togo". The event
// runs from the head to the last side, so that the relation stage can
// give involved_in to every side named after "between" (see
// betweenInEvent). Each side is a person, country, organization or party
// mention, optionally after "the"; two sides are joined by "and". Only a
// definite phrase names one event ("the talks between", or a bare head
// opening a sentence as in a wire's first line, "Talks between"): "a
// meeting between A and B" is one of many.
func betweenEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j+2 >= len(d.Tokens) {
			continue
		}
		h := d.Tokens[j]
		if !h.Word() || !eventHeadsIx.of(h) || low(d.Tokens[j+1]) != "between" || d.Tokens[j+1].Break {
			continue
		}
		end := betweenSides(d, selected, j+2)
		if end < 0 || !definiteHead(d, j) {
			continue
		}
		out = append(out, eventOver(d, j, end))
	}
	return out
}

// betweenSides reads "(the) A and (the) B" from token k and returns the
// token after B, or -1 when the words there are not two sides.
func betweenSides(d *Document, selected []Mention, k int) int {
	side := func(k int) int {
		if k < len(d.Tokens) && low(d.Tokens[k]) == "the" {
			k++
		}
		m := titledPerson(d, selected, k)
		if m == nil {
			m = mentionAt(selected, k)
		}
		if m == nil || !sideType(m.Type) {
			return -1
		}
		k = m.TokStart
		for i := k; i < m.TokEnd; i++ {
			if d.Tokens[i].Break && i > k {
				return -1
			}
		}
		return m.TokEnd
	}
	a := side(k)
	if a < 0 || a >= len(d.Tokens) || low(d.Tokens[a]) != "and" {
		return -1
	}
	return side(a + 1)
}

// sideType reports whether a mention of type t may be a side of an event.
func sideType(t graph.Type) bool {
	return t == graph.Country || t == graph.Organization || t == graph.Party || t == graph.Person
}

// betweenInEvent reports whether participant x is a side named after
// "between" inside event m: "the United States" in "talks between the
// United States and Japan".
func (rb *relBuilder) betweenInEvent(x, m placed) bool {
	d := rb.d
	if x.tokStart <= m.tokStart || x.tokEnd > m.tokEnd || !eventHeads[low(d.Tokens[m.tokStart])] {
		return false
	}
	// A side ends before "and" or at the event's end: not the country
	// of a title ("the U.S. Treasury Secretary James Baker").
	if x.tokEnd != m.tokEnd && low(d.Tokens[x.tokEnd]) != "and" {
		return false
	}
	for k := m.tokStart + 1; k < x.tokStart; k++ {
		if low(d.Tokens[k]) == "between" {
			return true
		}
	}
	return false
}

// pairJoiner reports whether s joins the two sides of a pair in an event's
// name: "U.S.-Canada talks", "U.S./Japan summit".
func pairJoiner(s string) bool { return isDash(s) || s == "/" }

// definiteHead reports whether the event head at token j is definite: "the"
// or a possessive before it, with at most two lower-case words between
// ("the ongoing trade talks"), or the head opens a sentence.
func definiteHead(d *Document, j int) bool {
	for _, s := range d.Sentences {
		if s.TokStart == j {
			return true
		}
	}
	b := j - 1
	for n := 0; n < 2 && b >= 0 && d.Tokens[b].Word() && !d.Tokens[b].Cap() && !groupStopWords[low(d.Tokens[b])] && low(d.Tokens[b]) != "the"; n++ {
		b--
	}
	return b >= 0 && (low(d.Tokens[b]) == "the" || isPossessive(d.Tokens[b]))
}

// titledPerson returns the person mention after a title that starts at
// token k ("President Ana Ruiz", "Brazil's Foreign Minister Ana Ruiz"), or
// nil. A title is at most five role words, honorifics, capitalised words
// and possessives.
func titledPerson(d *Document, selected []Mention, k int) *Mention {
	for i := k; i < len(d.Tokens) && i-k <= 5; i++ {
		if m := mentionAt(selected, i); m != nil && m.Type == graph.Person {
			return m
		}
		t := d.Tokens[i]
		if !(isRoleWord(low(t)) || honorifics[low(t)] || t.Word() && t.Cap() || isPossessive(t)) || t.Break && i > k {
			return nil
		}
	}
	return nil
}
