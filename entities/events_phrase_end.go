package entities

// Where an event's noun phrase ends, beyond the punctuation, clause links,
// prepositions and past verbs of phraseEnds. Before these the owner rules
// of events_phrase.go and events_nominal_owner.go took no event, as the
// phrase might have gone on ("the Acme merger talks"); yet none of these
// words can continue a noun phrase, they open what follows it:
//
//	Brazil's political crisis appears to be deepening   a present verb
//	Mr Roe's speech comes after a week of rows          a present verb
//	its debt crisis than earlier anticipated            a comparison
//	after his arrest because ..., during his trial he   a subordinator, a pronoun
//	during his visit here                               an adverb of place
//
// A present verb is one of the common verbs of a sentence's predicate
// after its subject (presentPredicateVerbs), not any word in -s: "the
// election results", "its merger plans" go on with a plural noun.

// phraseOpenerWords open a clause, a comparison or a new noun phrase and
// so end the noun phrase before them.
var phraseOpenerWords = map[string]bool{"than": true, "because": true, "if": true, "though": true, "although": true,
	"unless": true, "whether": true, "here": true, "there": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true}

// presentPredicateVerbs are third-person present verbs that open a
// predicate after a noun phrase and are not also plural nouns ("Brazil's
// refinancing needs", "its takeover calls", "puts", "marks" and "means"
// are nouns as often: corpus sample).
var presentPredicateVerbs = map[string]bool{"comes": true, "appears": true, "seems": true, "remains": true,
	"follows": true, "begins": true, "continues": true, "threatens": true, "involves": true, "includes": true,
	"requires": true, "depends": true, "becomes": true, "deepens": true, "worsens": true, "lasts": true}

// phraseOpenerAt reports whether token k, lower case, ends the noun
// phrase before it by opening something else (see above).
func phraseOpenerAt(d *Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Break {
		return false
	}
	t := d.Tokens[k]
	l := low(t)
	if phraseOpenerWords[l] {
		return !t.Cap() || l == "i" || l == "he" || l == "she" || l == "it" || l == "they" || l == "we"
	}
	return !t.Cap() && presentPredicateVerbs[l]
}

// compoundModifiers are event heads that modify another head before it
// as one compound noun: "its general election campaign", "their
// referendum campaign" name a campaign, whose owner takes part, not an
// election the owner is in ("the election campaign" of
// eventHeads' two-head rule, for an owner pronoun).
var compoundModifiers = map[string]map[string]bool{
	"election":   {"campaign": true},
	"elections":  {"campaign": true},
	"referendum": {"campaign": true},
}

// compoundModifierOf reports whether the event head at token k modifies
// the head at token j as one compound (compoundModifiers).
func compoundModifierOf(d *Document, k, j int) bool {
	return k+1 == j && compoundModifiers[low(d.Tokens[k])][low(d.Tokens[j])] && !d.Tokens[k].Cap()
}

// travelDeparture reports whether the head at token j is a departure on a
// trip, not from an office: "ahead of his departure on Sunday for the
// conference", "his departure for Paris" (a "for" or "to" within three
// words after it).
func travelDeparture(d *Document, j int) bool {
	if low(d.Tokens[j]) != "departure" {
		return false
	}
	for k := j + 1; k < len(d.Tokens) && k <= j+4 && !d.Tokens[k].Break; k++ {
		if l := low(d.Tokens[k]); l == "for" || l == "to" {
			return true
		}
		if d.Tokens[k].Text == "," || d.Tokens[k].Text == "." {
			return false
		}
	}
	return false
}
