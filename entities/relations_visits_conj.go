package entities

import "github.com/newsgraph/newsgraph/graph"

// A travel verb in the second conjunct of a clause has no subject of its
// own; the traveller is the first conjunct's subject, which the parse
// gives (the cue rule of visits reads only a name close before the verb):
//
//	X arrived in Tokyo yesterday and will go on to Seoul
//	X cut short a scheduled trip to Dallas and is returning to Washington
//
// The verb must follow "and" or "but" with only auxiliaries and adverbs
// between ("and will then fly to W") and hang from its clause as a
// conjunct in the parse; a sending verb ("and sent X to W") sends someone
// else, and a negation after the conjunction ("and will not go to W")
// blocks it. A demonym is no destination ("and return it to Chinese
// control"), and no speech verb may stand between the subject and the
// verb (subjectReaches).

// conjVerbLinks may stand between the conjunction and the travel verb.
var conjVerbLinks = map[string]bool{"will": true, "would": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "then": true, "later": true, "also": true, "now": true, "shall": true,
	"be": true}

// conjTravelVisits adds the visits of conjunct travel verbs in sentence
// si (see above).
func (rb *relBuilder) conjTravelVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	var ps *parsedSentence
	for k := range in {
		dst := in[k]
		head, ok := rb.listedDestination(in, k)
		if !ok || !isDemonymFree(rb.ex.Entities[dst.ent], d, dst) {
			continue
		}
		v, motion := rb.travelWordBefore(in[head].tokStart, s.TokStart)
		if v < 0 || travelNouns[low(d.Tokens[v])] || sendWords[low(d.Tokens[v])] || !conjunctVerb(d, s, v) {
			continue
		}
		if len(rb.travellers(in, head, v, motion)) > 0 || rb.tree == nil || s.TokEnd-s.TokStart > maxOfficeTokens {
			continue // the cue rule read it, or no parse
		}
		if ps == nil {
			if rb.tree(si) == nil {
				return
			}
			ps = rb.newParsedSentence(si, in)
		}
		j := treeTokenAt(ps.tr, d.Tokens[v].Start)
		if j < 0 || rel(ps.tr, j) != "conj" {
			continue
		}
		if src, ok, _ := rb.treeTripSubject(ps, j); ok && rb.subjectReaches(in, src, v) {
			rb.add(src, dst.ent, graph.Visits, sentenceSpan(s), confVisit, nil)
		}
	}
}

// subjectReaches reports whether the last mention of src before token v
// is the subject of the conjuncts up to v: no speech verb or subordinator
// between ("X said the four had left W and would arrive in Z" is no
// journey of X's).
func (rb *relBuilder) subjectReaches(in []placed, src, v int) bool {
	end := -1
	for _, m := range in {
		if m.ent == src && m.tokEnd <= v {
			end = m.tokEnd
		}
	}
	return end >= 0 && !hasWord(rb.d, end, v, speechVerbs) && !hasWord(rb.d, end, v, subordinators)
}

// conjunctVerb reports whether the verb at token v follows "and" or "but"
// with only conjVerbLinks between, at most three, and no negation.
func conjunctVerb(d *Document, s Sentence, v int) bool {
	for i := v - 1; i >= s.TokStart && v-i <= 4; i-- {
		l := low(d.Tokens[i])
		switch {
		case l == "and" || l == "but":
			return i > s.TokStart
		case !conjVerbLinks[l]:
			return false
		}
	}
	return false
}
