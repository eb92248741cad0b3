package entities

import "strings"

// signedEvents finds agreements without a name that a sentence says were
// signed: "signed two cooperation treaties", "signed the trade pact".
// The object of a signing verb is an event when it is definite ("the") or
// counted ("two", "3"), has one or two lower-case modifiers that say what
// it is about ("cooperation", "trade"; not its state, "the definitive
// agreement"), and ends in an agreement head. "A deal" or "an agreement"
// alone is one of many and gives nothing. The
// event is the modifiers and the head; the signers come from the action
// pattern of the relation stage ("X and Y signed E").
func signedEvents(d *Document) []Mention {
	var out []Mention
	for v := 0; v+3 < len(d.Tokens); v++ {
		if !signVerbs[low(d.Tokens[v])] {
			continue
		}
		k := v + 1
		det := low(d.Tokens[k])
		if det != "the" && !numberWords[det] && !isNumber(det) {
			continue
		}
		if m, ok := agreementFrom(d, k+1, 2, signedModifier); ok {
			out = append(out, m)
		}
	}
	return out
}

// agreementFrom returns the event of an agreement named from token start:
// one to most modifiers (mod) and an agreement head, in one sentence.
func agreementFrom(d *Document, start, most int, mod func(Token) bool) (Mention, bool) {
	k := start
	for k < len(d.Tokens) && k-start < most && !d.Tokens[k].Break && mod(d.Tokens[k]) {
		k++
	}
	if k == start || k >= len(d.Tokens) || !agreementHeads[low(d.Tokens[k])] || d.Tokens[k].Break {
		return Mention{}, false
	}
	return eventOver(d, start, k+1), true
}

// signedModifier reports whether t may stand in a signed agreement's name
// before its head: a lower-case word that is no stop word and no head.
func signedModifier(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && !groupStopWords[l] && !agreementHeads[l] && !eventHeads[l] &&
		!agreementStates[l] && !strings.HasSuffix(l, "ly")
}

// agreementStates say how far an agreement has got, not what it is about:
// "signed the definitive agreement" names no event, nor do adverbs
// ("previously announced").
var agreementStates = map[string]bool{"definitive": true, "final": true, "formal": true, "preliminary": true,
	"tentative": true, "interim": true, "draft": true, "proposed": true, "revised": true, "original": true,
	"earlier": true, "announced": true, "binding": true, "outline": true}

// signVerbs sign an agreement.
var signVerbs = map[string]bool{"signed": true, "sign": true, "signs": true, "initialled": true, "initialed": true}

// agreementHeads end the name of a signed agreement, singular or plural.
var agreementHeads = map[string]bool{"treaty": true, "treaties": true, "accord": true, "accords": true,
	"pact": true, "pacts": true, "agreement": true, "agreements": true, "convention": true}
