package entities

import "github.com/newsgraph/newsgraph/graph"

// Talks fronted before their other side. A sentence may open with the
// talks its subject held: "Speaking to reporters after talks with
// President Y, he said", "At a news conference following talks with Mr
// Y, Mr X said". The talks are with Y, and the subject of the clause
// after the comma is the one who held them with Y: the same reading as
// "In a speech to Y, X said" (frontedUtterance). afterTalksSpeaker links
// that subject (a name, titles before it allowed, or a pronoun the
// article resolves) to talks named in the opening phrase with their side
// after "with" (talksEvents, phraseEvents). The opening phrase holds no
// comma before "after" or "following", so the talks are part of the
// sentence's fronted adverbial and not of an earlier clause ("X said,
// after talks with Y, that ..." is left to the other rules).

// afterWords open the fronted phrase that dates the clause after the
// talks.
var afterWords = map[string]bool{"after": true, "following": true}

// frontedOpener reports whether a sentence's first word w opens a fronted
// adverbial: "after", "following", a preposition of place or time ("At a
// news conference following talks ...") or a participle ("Speaking to
// reporters after talks ..."). A clause's subject ("Prices rose after
// talks with Y, X said") opens none.
func frontedOpener(w string) bool {
	switch w {
	case "after", "following", "at", "in", "during", "on":
		return true
	}
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// afterTalksSpeaker links the subject of sentence si to the talks its
// fronted phrase names (see above).
func (rb *relBuilder) afterTalksSpeaker(si int, span graph.Span, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	if s.TokEnd-s.TokStart < 4 || !frontedOpener(low(d.Tokens[s.TokStart])) {
		return
	}
	for a := s.TokStart; a+3 < s.TokEnd && a-s.TokStart <= frontedReach; a++ {
		l := low(d.Tokens[a])
		if d.Tokens[a].Text == "," || d.Tokens[a].Break {
			return // the fronted phrase ended before any "after"
		}
		if !afterWords[l] {
			continue
		}
		for _, e := range in {
			if !rb.eventNamed(e) || e.tokStart <= a || e.tokStart > a+3 || !talksWithSide(d, e) {
				continue
			}
			c := e.tokEnd
			for c < s.TokEnd && c-e.tokEnd <= frontedReach && d.Tokens[c].Text != "," && !d.Tokens[c].Break {
				c++
			}
			if c >= s.TokEnd || d.Tokens[c].Text != "," {
				return
			}
			n := c + 1
			for n < s.TokEnd && d.Tokens[n].Word() && (isRelRoleWord(low(d.Tokens[n])) || low(d.Tokens[n]) == "the") {
				n++
			}
			nameAt := func(k int) int {
				for _, x := range in {
					if x.tokStart == k && rb.participant(x) && (!x.coref || pronounAt(d, k)) {
						return x.tokEnd
					}
				}
				return -1
			}
			at := utteranceSpeaker(d, n, nameAt)
			for _, x := range in {
				if at >= 0 && x.tokStart == at && rb.participant(x) && (!x.coref || pronounAt(d, at)) {
					rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				}
			}
		}
		return
	}
}

// talksWithSide reports whether event e is talks or a meeting whose
// head "with" and a side follow ("talks with President Y"; the mention
// may end at the head, its name taking the complement).
func talksWithSide(d *Document, e placed) bool {
	for k := e.tokStart; k < e.tokEnd && k+1 < len(d.Tokens); k++ {
		if talksHeads[low(d.Tokens[k])] && low(d.Tokens[k+1]) == "with" {
			return true
		}
	}
	return false
}

// pronounAt reports whether token k is a subject pronoun for a person.
func pronounAt(d *Document, k int) bool {
	l := low(d.Tokens[k])
	return l == "he" || l == "she"
}
