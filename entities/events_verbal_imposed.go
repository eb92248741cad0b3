package entities

// Trade measures a sentence states by the verb that imposes them:
//
//	Reagan imposed 100 pct tariffs on a range of Japanese goods → tariffs: Reagan, Japan
//	Washington imposed the sanctions in April                 → sanctions: United States
//	Canada slapped a 1.05 dlrs per bushel duty on U.S. corn   → duty: Canada, United States
//	New Zealand has imposed sanctions against Fiji            → sanctions: New Zealand, Fiji
//
// Trade news reports a tariff or a sanction as the act of the one who
// imposes it on the one it is aimed at; the guide's gold names such an
// act by its noun ("tariffs") with both as its participants. The event
// is the measure's head noun (descEventOver), named by it
// (verbalEventName), so that a later "the tariffs" is the same
// occurrence. The verb is a past "imposed", "slapped" or "levied" (a
// plan, "will impose", states no act yet), not negated and not in a
// supposition ("if Reagan imposed the tariffs"); its subject a named
// party right before it (auxiliaries and adverbs aside); its object at
// most imposedReach words ending in the head (a determiner, an amount,
// modifiers: "unprecedented", "300 mln dlrs in"). The relation stage
// links the subject and the first party named after "on" or "against"
// the head (a demonym too: "on Japanese goods" is aimed at Japan;
// imposedSides, relations_verbal.go).

// imposedVerbsIx indexes the verbs that impose a measure.
var imposedVerbsIx = indexSet(map[string]bool{"imposed": true, "slapped": true, "levied": true})

// imposedHeads name a trade measure.
var imposedHeads = map[string]bool{"tariffs": true, "tariff": true, "sanctions": true, "duties": true, "duty": true,
	"quotas": true, "quota": true, "embargo": true}

// imposedReach bounds the words from the verb to the measure's head:
// "imposed 300 mln dlrs in sanctions", "slapped a 1.05 dlrs per bushel
// duty".
const imposedReach = 9

// imposedEvents finds the measures of the imposing verbs (see above).
func imposedEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for v := 1; v+1 < len(d.Tokens); v++ {
		if !imposedVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() || d.Tokens[v].Break {
			continue
		}
		h := imposedHeadAfter(d, v)
		subj := imposedSubjectAt(d, v)
		if h < 0 || subj < 1 {
			continue
		}
		if !pairOrOneSubject(d, selected, subj) {
			continue
		}
		out = append(out, descEventOver(d, h, h+1))
	}
	return out
}

// imposedSubjectAt returns the token the subject of the imposing verb at
// v ends before, or -1 under a negation, a wish, a modal or a
// supposition, or for a passive ("tariffs imposed by Y", "were
// imposed").
func imposedSubjectAt(d *Document, v int) int {
	if meetNegated(d, v) || hypotheticalBefore(d, v) {
		return -1
	}
	k := v
	for k > 0 && verbalAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	if k > 0 && (passiveBe[low(d.Tokens[k-1])] || low(d.Tokens[k-1]) == "be") {
		return -1
	}
	if k > 0 && hasForms[low(d.Tokens[k-1])] {
		k--
	}
	for k > 0 && verbalAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	return k
}

// imposedHeadAfter returns the token of the measure's head that the
// object of the imposing verb at v ends in, or -1: lower-case words,
// numbers and amounts only before it ("the", "100 pct", "300 mln dlrs
// in", "punitive").
func imposedHeadAfter(d *Document, v int) int {
	for k := v + 1; k < len(d.Tokens) && k <= v+imposedReach; k++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Break {
			return -1 // a paragraph break ends the object
		}
		if imposedHeads[l] && !t.Cap() {
			if k+1 < len(d.Tokens) && !sideEndsPhrase(d, k+1) && !phraseFollowers[low(d.Tokens[k+1])] && !imposedTargets[low(d.Tokens[k+1])] {
				return -1 // "imposed duty-free quota rules": the head modifies another noun
			}
			return k
		}
		if t.Cap() && !isNumber(t.Text) || l == "," || l == ";" || clauseLinks[l] || l == "on" || l == "against" {
			return -1
		}
	}
	return -1
}

// imposedTargets open the party a measure is aimed at.
var imposedTargets = map[string]bool{"on": true, "against": true}

// imposedVerbBefore returns the token of the imposing verb whose object
// ends in the measure's head at token h, or -1.
func imposedVerbBefore(d *Document, h int) int {
	for v := h - 1; v >= 1 && v >= h-imposedReach; v-- {
		if imposedVerbsIx.of(d.Tokens[v]) && !d.Tokens[v].Cap() {
			if imposedHeadAfter(d, v) == h && imposedSubjectAt(d, v) >= 1 {
				return v
			}
			return -1
		}
	}
	return -1
}

// imposedTargetReach bounds the tokens from the measure's head to the
// party it is aimed at: "on a range of Japanese goods".
const imposedTargetReach = 6

// imposedTargetAt reports whether the name starting at token s is the
// first named party after "on" or "against" right after the head at h:
// no punctuation between.
func imposedTargetAt(d *Document, h, s int) bool {
	if h+1 >= len(d.Tokens) || !imposedTargets[low(d.Tokens[h+1])] || s <= h+1 || s > h+1+imposedTargetReach {
		return false
	}
	for k := h + 2; k < s; k++ {
		if t := d.Tokens[k]; t.Break || !t.Word() && !isNumber(t.Text) {
			return false
		}
	}
	return true
}
