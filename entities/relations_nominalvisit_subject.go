package entities

import "github.com/newsgraph/newsgraph/entities/syntax"

// The traveller of a trip behind a preposition is the subject of the
// clause the preposition's phrase modifies, read from the parse when the
// sentence has one: from the travel noun up its oblique or modifier arc to
// the verb, and on up through clauses that have no subject of their own
// (an adverbial clause, an open complement, a conjunct verb) to the first
// verb with a subject:
//
//	X made the recommendation at a meeting with Y soon after returning
//	from a U.S. visit          → X (not Y, the nearest name)
//
// Where the climb reaches no subject (a travel noun that modifies a noun,
// "the recommendation from a visit", or an arc it does not know), or the
// sentence has no parse, the nearest name that opens its clause is taken
// (subjectBefore).

// tripClauseMaxClimb bounds the clauses climbed from a travel noun.
const tripClauseMaxClimb = 6

// tripSubject returns the traveller of the trip whose travel noun is
// token v and whose preposition is token prep, in sentence si: the
// parse's when it reaches a subject, else the cue rule's.
func (rb *relBuilder) tripSubject(si int, in []placed, prep, v int) (int, bool) {
	if src, ok, decided := rb.parseTripSubject(si, in, v); decided {
		return src, ok
	}
	return rb.subjectBefore(in, rb.d.Sentences[si], prep)
}

// parseTripSubject returns the traveller the parse of sentence si gives
// the trip whose travel word is token v, and whether the parse decided:
// it reached a subject (a traveller, or another: "the talks came after a
// visit") or a person the trip's clause modifies ("X, winding up a
// visit").
func (rb *relBuilder) parseTripSubject(si int, in []placed, v int) (src int, ok, decided bool) {
	tr, j := rb.parsedTokenAt(si, v)
	if tr == nil {
		return 0, false, false
	}
	return rb.treeTripSubject(rb.newParsedSentence(si, in), j)
}

// tripObjectVerbs take a trip as their object: "made a visit", "winding
// up a tour", "began a visit".
var tripObjectVerbs = map[string]bool{"make": true, "pay": true, "wind": true, "wrap": true, "end": true,
	"begin": true, "start": true, "conclude": true, "complete": true, "continue": true, "undertake": true}

// treeTripSubject climbs from travel word j of ps's tree to the subject
// (see above).
func (rb *relBuilder) treeTripSubject(ps *parsedSentence, j int) (src int, ok, decided bool) {
	tr, in := ps.tr, ps.in
	clauseOnNoun := false // the last arc was a clause with a subordinator on a noun
	for range tripClauseMaxClimb {
		h := tr.Tokens[j].Head
		if h < 0 {
			return 0, false, false
		}
		switch r := rel(tr, j); {
		case r == "obl", r == "advcl", r == "xcomp", r == "conj":
		case r == "nmod" && tr.Tokens[h].UPOS == "VERB":
		case r == "nmod" && tripParts[lemmaOf(tr, h)]:
			j = h // "on the first leg of a tour"
			continue
		case r == "obj" && tripObjectVerbs[lemmaOf(tr, h)]:
		case r == "acl" && hasChild(tr, j, "mark", nil):
			// "made the recommendation after returning from a visit": an
			// adverbial clause the parse hangs on the verb's object.
			j, clauseOnNoun = h, true
			continue
		case r == "acl":
			// "X, winding up a visit to Y, said": the clause modifies X.
			if mi := ps.mentionAt(h); mi >= 0 && rb.isTraveller(in[mi]) {
				return in[mi].ent, true, true
			}
			return 0, false, false
		case (r == "obj" || r == "obl") && clauseOnNoun:
		default:
			return 0, false, false // "the recommendation from a visit": the cue rule decides
		}
		clauseOnNoun = false
		subject := false
		for _, c := range tr.Children(h) {
			if r := tr.Tokens[c].Deprel; r == "nsubj" || r == "nsubj:pass" {
				if mi := rb.subjectMention(ps, c); mi >= 0 {
					return in[mi].ent, true, true
				}
				subject = true
			}
		}
		if subject {
			return 0, false, true // a subject that is no traveller: "the talks came after a visit"
		}
		j = h
	}
	return 0, false, false
}

// subjectMention returns the traveller mention subject token c stands
// for: the one it heads, or one joined to it as its name ("Commerce
// Secretary Malcolm X", where the parse may head the phrase with the
// title); -1 if none.
func (rb *relBuilder) subjectMention(ps *parsedSentence, c int) int {
	tr := ps.tr
	for mi, h := range ps.head {
		if h < 0 || !rb.isTraveller(ps.in[mi]) {
			continue
		}
		if h == c || tr.Tokens[h].Head == c && (rel(tr, h) == "flat" || rel(tr, h) == "appos") {
			return mi
		}
	}
	return -1
}

// treeTokenAt returns the tree token starting at byte offset start, or -1.
func treeTokenAt(tr *syntax.Tree, start int) int {
	for j, t := range tr.Tokens {
		if t.Start == start {
			return j
		}
	}
	return -1
}

// tripHead returns the token a trip behind preposition prep hangs from:
// the travel noun before the destination starting at token at ("during a
// visit to Y"), else the going verb after the preposition ("before flying
// to Y").
func tripHead(d *Document, s Sentence, prep, at int) int {
	if v := tripNounBefore(d, s, at); v >= 0 {
		return v
	}
	return min(prep+1, s.TokEnd-1)
}

// clauseTraveller returns the parse subject of the clause a travel word
// at token v behind a trip preposition modifies ("after a visit to W",
// "before flying to W"), when the sentence has a parse; the cue rules'
// nearest name may be the clause's object.
func (rb *relBuilder) clauseTraveller(si int, in []placed, v int) (int, bool) {
	d := rb.d
	s := d.Sentences[si]
	prep := v - 1 // "before flying"
	if !gerundPreps[low(d.Tokens[max(prep, s.TokStart)])] {
		prep = rb.visitPhraseStart(s, v) - 1 // "after a visit"
	}
	if rb.tree == nil || prep < s.TokStart || !tripPreps[low(d.Tokens[prep])] && !gerundPreps[low(d.Tokens[prep])] {
		return 0, false
	}
	src, ok, decided := rb.parseTripSubject(si, in, v)
	return src, ok && decided
}

// parsedTokenAt returns the parse of sentence si and the index in it of
// token v, or a nil tree when the sentence has none: no parser, a
// sentence longer than the parse patterns read (maxOfficeTokens), or a
// token the parse does not hold.
func (rb *relBuilder) parsedTokenAt(si, v int) (*syntax.Tree, int) {
	s := rb.d.Sentences[si]
	if rb.tree == nil || s.TokEnd-s.TokStart > maxOfficeTokens {
		return nil, -1
	}
	tr := rb.tree(si)
	if tr == nil {
		return nil, -1
	}
	j := treeTokenAt(tr, rb.d.Tokens[v].Start)
	if j < 0 {
		return nil, -1
	}
	return tr, j
}
