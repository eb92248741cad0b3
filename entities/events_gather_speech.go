package entities

import "github.com/newsgraph/newsgraph/graph"

// Speeches and testimony placed by "in": news reports what someone said
// by where it was said far more often than by "X gave a speech"
// (lightVerbEvents) or a sentence that opens with "In a speech to Y, X
// said" (frontedUtterances):
//
//	X said in a speech to Y ...            X told Y in testimony before Z ...
//	X, in a speech to Y, said ...          X said in his testimony ...
//
// The wording is that of any reported speech on any subject: a verb of
// saying, then "in", a determiner or the speaker's possessive (none
// before the mass nouns "testimony" and "remarks"), at most two
// modifiers ("prepared" among them: "in prepared testimony") and the
// utterance's head, not followed by "by" (another's speech). The speaker is the subject of the
// verb of saying (speakerBefore: right before it, or before an
// apposition that ends there), or the name the parenthetical ", in a
// speech to Y," follows when a verb of saying comes after it. The speech
// is one occurrence of its article (descEventOver).

// utteranceSayVerbs are the verbs of saying that "in a speech" may follow.
var utteranceSayVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"warned": true, "argued": true, "declared": true, "stated": true, "noted": true, "predicted": true,
	"urged": true, "stressed": true, "insisted": true, "acknowledged": true, "repeated": true, "reiterated": true}

// bareUtterances are the utterance heads that go without a determiner:
// "in testimony before the committee", "in remarks to reporters".
var bareUtterances = map[string]bool{"testimony": true, "remarks": true}

// utteranceAfterIn returns the first token and the head of an utterance
// phrase that "in" at token i opens ("in a speech", "in his prepared
// testimony", "in testimony"), or -1, -1.
func utteranceAfterIn(d *Document, i int) (start, head int) {
	if i+1 >= len(d.Tokens) || low(d.Tokens[i]) != "in" {
		return -1, -1
	}
	k := i + 1
	det := actedDeterminers[low(d.Tokens[k])]
	if det {
		k++
	}
	start = k
	for k < len(d.Tokens) && k-start < 2 && !utteranceHeads[low(d.Tokens[k])] && (talksModifier(d.Tokens[k]) || low(d.Tokens[k]) == "prepared") && !d.Tokens[k].Break {
		k++
	}
	if k >= len(d.Tokens) || !utteranceHeads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break || !det && !bareUtterances[low(d.Tokens[k])] {
		return -1, -1
	}
	// "in a speech by Y": the speaker is Y, not the subject.
	if k+1 < len(d.Tokens) && low(d.Tokens[k+1]) == "by" {
		return -1, -1
	}
	return start, k
}

// utteranceAnchor returns the token the speaker's name must end at for
// the utterance that "in" at token i opens: the verb of saying right
// before "in" ("X said in a speech"), or the comma of a parenthetical
// ", in a speech to Y," that a verb of saying follows within
// frontedReach words after its head h; -1 otherwise.
func utteranceAnchor(d *Document, i, h int) int {
	if i < 1 {
		return -1
	}
	p := d.Tokens[i-1]
	if utteranceSayVerbs[low(p)] {
		return i - 1
	}
	if p.Text != "," {
		return clauseVerbAnchor(d, i) // "X accepted the plan in a speech" (events_speech_clause.go)
	}
	for c := h + 1; c < len(d.Tokens) && c-h <= frontedReach && !d.Tokens[c].Break; c++ {
		if d.Tokens[c].Text == "," {
			if c+1 < len(d.Tokens) && utteranceSayVerbs[low(d.Tokens[c+1])] {
				return i - 1
			}
			return -1
		}
	}
	return -1
}

// inIx indexes the one word "in" that opens a placed utterance.
var inIx = indexSet(map[string]bool{"in": true})

// saidInUtterances finds the speeches and testimony of utteranceAnchor
// whose speaker is named (or "he" or "she",
// subjectPronouns) where the anchor wants it, itself or before an
// apposition that ends there.
func saidInUtterances(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, i := range at {
		if !inIx.of(d.Tokens[i]) {
			continue // at lists this list's tokens (eventStartsOf); the test keeps the rule right for any at
		}
		s, h := utteranceAfterIn(d, i)
		if h < 0 {
			continue
		}
		a := utteranceAnchor(d, i, h)
		if a < 1 {
			continue
		}
		named := false
		for _, m := range selected {
			if sideType(m.Type) && (m.TokEnd == a || m.TokEnd < a && d.Tokens[a].Text != "," && appositionEnd(d, m.TokEnd, a) == a) {
				named = true
				break
			}
		}
		if named || subjectPronouns[low(d.Tokens[a-1])] && d.Tokens[a].Text != "," {
			out = append(out, descEventOver(d, s, h+1))
		}
	}
	return out
}

// saidInSpeaker reports whether in[xi] is the speaker of utterance m
// that saidInUtterances found: the subject of the verb of saying before
// "in", or the name before the parenthetical's comma.
func (rb *relBuilder) saidInSpeaker(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref || rb.ex.Entities[m.ent].Type != graph.Event || x.tokEnd > m.tokStart {
		return false
	}
	i := m.tokStart - 1
	if i >= 0 && actedDeterminers[low(d.Tokens[i])] {
		i--
	}
	if i < 1 {
		return false
	}
	s, h := utteranceAfterIn(d, i)
	if s != m.tokStart || h+1 != m.tokEnd {
		return false
	}
	a := utteranceAnchor(d, i, h)
	if a < 0 {
		return false
	}
	if d.Tokens[a].Text == "," {
		return !x.coref && x.tokEnd == a
	}
	return rb.speakerBefore(in, xi, a) && (!x.coref || x.tokEnd == a && subjectPronouns[low(d.Tokens[x.tokStart])])
}

// frontedPronoun reports whether the speaker after a fronted utterance's
// comma at token n-1 is "he" or "she" ("In a speech, he called for
// action"): the speaker is the person the article resolves it to, as
// with "he said in a speech".
func frontedPronoun(d *Document, n int) bool {
	return n < len(d.Tokens) && n > 0 && d.Tokens[n-1].Text == "," && subjectPronouns[low(d.Tokens[n])]
}
