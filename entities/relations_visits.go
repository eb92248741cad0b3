package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Visits: a person, organization or group visits a place or country when
// the text says it travels, travelled or will travel there. A travel word
// stands between the two names, close to both:
//
//	X visited Y; X will travel to Y; X arrived in Y; X flew to Y
//	X's visit to Y; X began a three-day visit to Y; X is touring Y
//	X headed to Y; X was sent (dispatched) to Y; <someone> sent X to Y
//	X will visit P, Q and R        (every destination of the list)
//	X and Y will visit P           (every traveller of the list)
//
// A negation between the traveller and the travel word ("X did not
// visit Y", "X cancelled a trip to Y") gives nothing.

// travelWords are the verbs and nouns of travel: the destination may
// follow them after "to", "in", "the" and lower-case words ("visited the
// northern city of Y").
var travelWords = lexicon.Set("travel_words")

// motionWords are verbs that are travel only when "to" or "for" leads
// straight to the destination ("headed to Y", "left for Y", "was sent to
// Y").
var motionWords = lexicon.Set("motion_words")

// sendWords are the motion words that send someone else: in the active
// voice the traveller stands after them ("the party sent a delegation to
// Y").
var sendWords = lexicon.Set("send_words")

// negationWords block a relation when they stand between its two ends.
var negationWords = lexicon.Set("negation_words")

// travelMaxGap bounds the tokens between the traveller and the travel word
// and between the travel word and the destination.
const travelMaxGap = 6

// confVisit is the confidence of a visit read from the wording.
const confVisit = 0.7

// visits adds visits relations for one sentence.
func (rb *relBuilder) visits(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	isDest := rb.isDestination
	for k := range in {
		dst := in[k]
		if !isDest(dst) {
			continue
		}
		// The first destination of the list dst ends: "P, Q and R".
		head := k
		for head > 0 && isDest(in[head-1]) && in[head-1].tokEnd <= in[head].tokStart && (listGap(d, in[head-1].tokEnd, in[head].tokStart) || onwardGap(d, in[head-1].tokEnd, in[head].tokStart)) {
			head--
		}
		if !destinationEnds(d, dst) {
			continue
		}
		v, motion := rb.travelWordBefore(in[head].tokStart, d.Sentences[si].TokStart)
		if v < 0 {
			continue
		}
		srcs := rb.travellers(in, head, v, motion)
		if src, ok := rb.clauseTraveller(si, in, v); ok && len(srcs) > 0 && !slices.Contains(srcs, src) {
			srcs = []int{src} // "X met Y after a visit to W": X travels
		}
		for _, src := range srcs {
			rb.add(src, dst.ent, graph.Visits, span, confVisit, nil)
		}
	}
}

// isDestination reports whether p may be travelled to: a place or a
// country.
func (rb *relBuilder) isDestination(p placed) bool {
	t := rb.ex.Entities[p.ent].Type
	return t == graph.Place || t == graph.Country
}

// travelNouns are the travel words that are nouns; travelNounLinks may
// stand between one and its destination.
var (
	travelNouns     = map[string]bool{"trip": true, "trips": true, "journey": true, "arrival": true, "tour": true, "tours": true}
	travelNounLinks = map[string]bool{"to": true, "in": true, "at": true, "the": true, "of": true, "around": true, "across": true, "through": true}
)

// clauseLinks may follow a subject before its verb: "X will visit", "X,
// who", "X and Y".
var clauseLinks = lexicon.Set("clause_links")

// destinationEnds reports whether a destination mention ends its noun
// phrase: not "the London police station" or "Manchester High School",
// where the place only modifies the real destination.
func destinationEnds(d *Document, dst placed) bool {
	if dst.tokEnd >= len(d.Tokens) {
		return true
	}
	t := d.Tokens[dst.tokEnd]
	if !t.Word() || t.Break || dateAfterPlace(d, dst.tokEnd) {
		return true
	}
	return !t.Cap() && clauseLinks[low(t)] || !t.Cap() && !(dst.tokStart > 0 && low(d.Tokens[dst.tokStart-1]) == "the")
}

// listGap reports whether tokens [i, j) join two items of a list: ",",
// "and", ", and", "or".
func listGap(d *Document, i, j int) bool {
	if j-i == 3 && low(d.Tokens[i]) == "as" && low(d.Tokens[i+1]) == "well" && low(d.Tokens[i+2]) == "as" {
		return true
	}
	if j <= i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		switch low(d.Tokens[k]) {
		case ",", "and", "or", "&":
		default:
			return false
		}
	}
	return true
}

// nameListGap reports whether tokens [i, j) join two names of a list,
// with the second name's title: "and", ", and Senator", ", Minister".
func nameListGap(d *Document, i, j int) bool {
	if j <= i || j-i > 5 {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		l := low(d.Tokens[k])
		switch {
		case l == "," || l == "and" || l == "&":
			joined = true
		case joined && (isRoleWord(l) || honorifics[l] || honorifics[strings.TrimSuffix(l, ".")]):
		default:
			return false
		}
	}
	return joined
}

// travelWordBefore returns the travel word that leads to a destination
// starting at token at, or -1, and whether it is a motion word (which
// needs "to" or "for" right before the destination).
func (rb *relBuilder) travelWordBefore(at, sentStart int) (int, bool) {
	d := rb.d
	if c := at - 3; c > sentStart && d.Tokens[c].Text == "," && low(d.Tokens[c+1]) == "such" && low(d.Tokens[c+2]) == "as" {
		// "will visit places, such as Y": the examples of the object a
		// travel verb takes; a travel noun or a motion word needs its
		// preposition right before Y and finds none.
		return rb.travelWordBefore(c, sentStart)
	}
	sawCap := false // a capitalised word: only the one sent may hold one
	for i := at - 1; i >= sentStart && at-i <= travelMaxGap; i-- {
		t := d.Tokens[i]
		if !t.Word() && !isPossessive(t) {
			return -1, false
		}
		l := low(t)
		if (travelWords[l] || personalMission(d, i)) && !sawCap {
			// A travel noun leads to its destination by a preposition:
			// "a trip to Y", not "his arrival will relieve Y".
			if travelNouns[l] || personalMission(d, i) {
				for k := i + 1; k < at; k++ {
					if !travelNounLinks[low(d.Tokens[k])] {
						return -1, false
					}
				}
			}
			return i, false
		}
		if motionWords[l] {
			// "to (the) Y" or "for (the) Y" must follow it, possibly
			// after the one sent ("sent a delegation to Y").
			p := at - 1
			if p > i && low(d.Tokens[p]) == "the" {
				p--
			}
			if p > i && (low(d.Tokens[p]) == "to" || low(d.Tokens[p]) == "for") && (!sawCap || sendWords[l]) {
				return i, true
			}
			return -1, false
		}
		if t.Cap() && i != at-1 {
			sawCap = true
		}
	}
	return -1, false
}

// travellers returns the entities that travel by the travel word at token
// v whose destination list starts with mention in[head]: the person,
// organization or group before it (with the others of its list), or, for
// an active sending verb, the one sent.
func (rb *relBuilder) travellers(in []placed, head, v int, motion bool) []int {
	d := rb.d
	isTraveller := rb.isTraveller
	if motion && sendWords[low(d.Tokens[v])] && !passiveBefore(d, v) {
		// "<someone> sent X to Y": X, between the verb and the destination.
		for j := head - 1; j >= 0 && in[j].tokStart > v; j-- {
			if isTraveller(in[j]) {
				return []int{in[j].ent}
			}
		}
		return nil
	}
	var out []int
	for j := head - 1; j >= 0; j-- {
		src := in[j]
		if src.tokEnd > v {
			continue
		}
		if !isTraveller(src) && j > 0 && in[j-1].tokEnd >= src.tokEnd {
			continue // a name inside a group's phrase: "the Indian delegation"
		}
		if src.tokEnd < v && (isRoleWord(low(d.Tokens[src.tokEnd])) || d.Tokens[src.tokEnd].Word() && !d.Tokens[src.tokEnd].Cap() && !clauseLinks[low(d.Tokens[src.tokEnd])] && !rb.groupThat(src) && src.tokEnd+1 < v && !controlVerbAt(d, src.tokEnd, v) && !visitVerbGap(d, src.tokEnd, v)) {
			// A name modifying a noun ("a Cabinet Office minister", "EU
			// farm money") is not the traveller.
			continue
		}
		if a := clauseEnd(d, src.tokEnd, v); v-a > travelMaxGap && !(v-a <= travelMaxGap+3 && visitVerbGap(d, a, v)) || !isTraveller(src) {
			break
		}
		if !gapIsClause(d, src.tokEnd, v) && !visitVerbGap(d, src.tokEnd, v) || hasWord(d, src.tokEnd, v, negationWords) || hasWord(d, src.tokEnd, v, speechVerbs) {
			break
		}
		out = append(out, src.ent)
		// "a delegation led by X arrived": the group travels with X.
		if g, ok := rb.groupLedBy(in, j); ok {
			out = append(out, g)
		}
		// "X and Y will visit P": the others of the traveller's list.
		for j > 0 && isTraveller(in[j-1]) && nameListGap(d, in[j-1].tokEnd, in[j].tokStart) {
			j--
			out = append(out, in[j].ent)
		}
		break
	}
	return out
}

// groupLedBy returns the group whose phrase ends right before "led by"
// (or "headed by", with titles) and in[j], the one who leads it.
func (rb *relBuilder) groupLedBy(in []placed, j int) (int, bool) {
	d := rb.d
	k := in[j].tokStart - 1
	for k >= 0 && (isRoleWord(low(d.Tokens[k])) || honorifics[low(d.Tokens[k])]) {
		k--
	}
	if k < 1 || low(d.Tokens[k]) != "by" || !groupLeadVerbs[low(d.Tokens[k-1])] {
		return 0, false
	}
	end := k - 1
	if end > 0 && d.Tokens[end-1].Text == "," {
		end--
	}
	for i := j - 1; i >= 0; i-- {
		if in[i].tokEnd == end && rb.ex.Entities[in[i].ent].IsGroup() {
			return in[i].ent, true
		}
	}
	return 0, false
}

// passiveBefore reports whether a form of "be" stands right before token
// v, or before an adverb before it ("was sent", "were quickly sent").
func passiveBefore(d *Document, v int) bool {
	for i := v - 1; i >= 0 && v-i <= 2; i-- {
		switch low(d.Tokens[i]) {
		case "was", "were", "is", "are", "be", "been", "being":
			return true
		}
	}
	return false
}

// hasWord reports whether a token in [i, j) is in set.
func hasWord(d *Document, i, j int, set map[string]bool) bool {
	for k := i; k < j; k++ {
		if set[low(d.Tokens[k])] {
			return true
		}
	}
	return false
}

// gapIsClause reports whether tokens [i, j) may stand between a subject
// and its verb: words, possessives and commas only (an apposition).
func gapIsClause(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() && !isPossessive(t) && t.Text != "," {
			return false
		}
	}
	return true
}

// controlVerbAt reports whether the word at token i is a verb whose
// infinitive is travel word v: "X prepares to visit Y", "X plans to fly
// to Y". A noun the name modifies is not followed by "to" and the travel
// word.
func controlVerbAt(d *Document, i, v int) bool {
	return v == i+2 && low(d.Tokens[i+1]) == "to"
}

// speechVerbs open a reported clause with a subject of its own: in "X
// said air travel in Y rose" X is no traveller.
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"added": true, "adds": true, "stated": true, "announced": true, "warned": true, "noted": true}
