package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// More visits wording, beside the travel words of visits():
//
//	X began (paid, made) a three-day visit to Y    a verb whose object is the visit
//	X is on a three-day visit to Y
//	X, the Canadian trade minister, will visit Y    an apposition between X and the verb
//	X, in Y for talks, said ...; X will be in Y for talks
//	X is due (expected) in Y; X returned from Y; X, back from Y
//
// "in Y for talks" says why X is there, which a statement made in Y ("X
// said in Y") does not.

// visitObjectVerbs take a visit, trip or tour as their object.
var visitObjectVerbs = map[string]bool{"began": true, "begins": true, "begin": true, "started": true, "starts": true,
	"start": true, "made": true, "makes": true, "make": true, "paid": true, "pays": true, "pay": true, "ended": true,
	"ends": true, "completed": true, "completes": true, "concluded": true, "concludes": true, "continued": true,
	"continues": true, "wound": true, "resumed": true, "cut": true, "plans": true, "planned": true, "planning": true,
	"plan": true,
	// the progressive: "X, who is beginning a four-day visit to Y"
	"beginning": true, "starting": true, "making": true, "paying": true, "ending": true, "completing": true,
	"concluding": true, "continuing": true}

// visitAuxiliaries may stand before a visitObjectVerb.
var visitAuxiliaries = map[string]bool{"will": true, "would": true, "shall": true, "can": true, "could": true,
	"may": true, "might": true, "also": true, "then": true, "to": true, "has": true, "have": true, "had": true}

// visitClauseOpeners may open the clause of a visitObjectVerb after its
// subject: a relative pronoun after a comma, and the "be" of the
// progressive ("X, who is beginning a four-day visit to Y").
var visitClauseOpeners = map[string]bool{",": true, "who": true, "which": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "been": true}

// visitNounsOfVerbs are the travel nouns a visitObjectVerb may take.
var visitNounsOfVerbs = map[string]bool{"visit": true, "trip": true, "tour": true, "journey": true, "mission": true}

// purposeNouns after "in Y for" say X went to Y to do something there.
var purposeNouns = map[string]bool{"talks": true, "meetings": true, "meeting": true, "negotiations": true,
	"consultations": true, "discussions": true, "a": true, "the": true, "an": true}

// visitVerbGap reports whether tokens [i, v) are a verb that takes the
// travel noun at v as its object, with the noun's determiner and
// modifiers, after auxiliaries: "began a three-day", "will make an
// official week-long".
func visitVerbGap(d *Document, i, v int) bool {
	for i < v-1 && (visitAuxiliaries[low(d.Tokens[i])] || visitClauseOpeners[low(d.Tokens[i])]) {
		i++ // "X will make an official visit to Y", "X, who is beginning a visit to Y"
	}
	if v-i > 2 && beForms[low(d.Tokens[i])] && low(d.Tokens[i+1]) == "on" {
		i++ // "X is on a three-day visit to Y": "on" takes the visit
	}
	if low(d.Tokens[i]) == "on" && v-i >= 2 && v-i <= 7 && visitNounsOfVerbs[low(d.Tokens[v])] {
		return lowerWordsBetween(d, i+1, v)
	}
	if v-i < 2 || v-i > 7 || !visitObjectVerbs[low(d.Tokens[i])] || !visitNounsOfVerbs[low(d.Tokens[v])] {
		return false
	}
	return lowerWordsBetween(d, i+1, v)
}

// lowerWordsBetween reports whether tokens [i, j) are lower-case words,
// numbers, dashes, months and weekdays only: a determiner and modifiers
// ("a three-day", "a July").
func lowerWordsBetween(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if t.Cap() && !dateWord(t) || !(t.Word() || isDash(t.Text) || isNumber(t.Text)) {
			return false // a month or a weekday may date the visit: "a July trip"
		}
	}
	return true
}

// appositionEnd returns the token after an apposition that follows a
// name ending at token i and closes with a comma before token v: ", the
// Canadian trade minister,", or i when there is none. The apposition
// opens with a determiner, a possessive pronoun or a role noun in lower
// case (", chairman of the Y council,") and holds no verb of travel.
func appositionEnd(d *Document, i, v int) int {
	if i+2 >= v || d.Tokens[i].Text != "," {
		return i
	}
	if a := ageEnd(d, i, v); a != i {
		return appositionEnd(d, a-1, v) // "X, 79, the former chairman," (relations_visits_age.go)
	}
	switch l := low(d.Tokens[i+1]); {
	case l == "the", l == "a", l == "an", l == "his", l == "her", l == "their", l == "its", l == "former":
	case isRoleNoun(l) && !d.Tokens[i+1].Cap(): // ", chairman of the Y council,"
	default:
		return i
	}
	for k := i + 2; k < v && k <= i+10; k++ {
		t := d.Tokens[k]
		if t.Text == "," {
			return k + 1
		}
		if travelWords[low(t)] || motionWords[low(t)] || !t.Word() && !isPossessive(t) && !isDash(t.Text) {
			return i
		}
	}
	return i
}

// visitCues adds the visits of "in Y for talks", "due in Y" and
// "returned from Y" for one sentence: the traveller is the person or
// organization right before the wording, or before an apposition that
// holds it.
func (rb *relBuilder) visitCues(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for k, dst := range in {
		t := rb.ex.Entities[dst.ent].Type
		if t != graph.Place && t != graph.Country || dst.tokStart < 2 || !destinationEnds(d, dst) {
			continue
		}
		cue := rb.visitCueBefore(dst, s)
		if cue < 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			src := in[j]
			st := rb.ex.Entities[src.ent].Type
			if src.tokEnd > cue {
				continue
			}
			if st != graph.Person && st != graph.Organization || !rb.subjectGap(src.tokEnd, cue) {
				break
			}
			rb.add(src.ent, dst.ent, graph.Visits, span, confVisit, nil)
			break
		}
	}
}

// visitCueBefore returns the first token of the visit wording that ends
// right before destination dst, or -1: "in Y for talks" (the wording is
// "in"), "due in", "expected in", "returned from", "back from".
func (rb *relBuilder) visitCueBefore(dst placed, s Sentence) int {
	d := rb.d
	p := dst.tokStart - 1
	prev := low(d.Tokens[p-1])
	switch low(d.Tokens[p]) {
	case "in":
		if prev == "due" || prev == "expected" {
			return p - 1
		}
		// "in Y (next week) for talks": at most three lower-case words
		// (a time) between Y and "for".
		for n := dst.tokEnd; n+1 < s.TokEnd && n <= dst.tokEnd+3; n++ {
			if low(d.Tokens[n]) == "for" {
				if purposeNouns[low(d.Tokens[n+1])] && (rb.purposeFollows(n+1, s) || namedMeetingFollows(d, s, n+1)) {
					return p
				}
				break
			}
			if t := d.Tokens[n]; !t.Word() || t.Cap() {
				break
			}
		}
	case "from":
		if prev == "returned" || prev == "returning" || prev == "back" || prev == "returns" {
			return p - 1
		}
	}
	return -1
}

// purposeFollows reports whether the words from token k say what was done
// there: "talks", "a meeting", "the annual conference".
func (rb *relBuilder) purposeFollows(k int, s Sentence) bool {
	d := rb.d
	for j := k; j < s.TokEnd && j < k+4; j++ {
		switch low(d.Tokens[j]) {
		case "talks", "meetings", "meeting", "negotiations", "consultations", "discussions", "conference", "summit", "visit":
			return true
		}
	}
	return false
}

// subjectGap reports whether tokens [i, cue) may stand between a
// traveller and the visit wording: nothing, a comma, the auxiliaries and
// adverbs of a clause ("will be", "is", "who was", "has"), or an
// apposition.
func (rb *relBuilder) subjectGap(i, cue int) bool {
	d := rb.d
	i = appositionEnd(d, i, cue)
	if cue-i > 4 {
		return false
	}
	for k := i; k < cue; k++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Text == "," || clauseLinks[l] || l == "be" || l == "been" || l == "just" || l == "only" || l == "now" || l == "currently" || l == "still" {
			continue
		}
		return false
	}
	return !hasWord(d, i, cue, negationWords)
}
