package entities

import "strings"

// signedEvents finds agreements without a name that a sentence says were
// signed, made or extended: "signed two cooperation treaties", "signed
// the trade pact", "extended a food-for-oil deal", "signed a memorandum
// of understanding". The object of a signing verb (signVerbs, or an
// agreement verb, agreementActs) is an event when it has one or two
// lower-case modifiers that say what it is about ("cooperation", "trade",
// a hyphenated "co-operation"; not its state, "the definitive agreement")
// and ends in an agreement head or "deal", and it is definite ("the"),
// counted ("two", "3") or, with a modifier that tells it apart
// ("production", not "new"), indefinite ("a production agreement"): the
// signing makes it one agreement. "A deal" or "an agreement" alone is one
// of many and gives nothing. The event is the modifiers and the head; the
// signers come from the action pattern of the relation stage ("X and Y
// signed E") and the sides after it ("E with Y", "E between X and Y",
// relations_involved_party.go).
func signedEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+3 >= len(d.Tokens) {
			continue
		}
		t := d.Tokens[v]
		l := low(t)
		heads := signedHeads
		switch {
		case l == "set" || l == "entered":
			if n := low(d.Tokens[v+1]); n != "up" && n != "into" {
				continue // "set up", "entered into"
			}
		case signingIx.of(t): // signVerbs, agreementActs, pactMakers
		case suitMakersIx.of(t):
			heads = suitHeads // "filed a copyright suit"
		default:
			continue
		}
		k := v + 1
		if low(d.Tokens[k]) == "into" || low(d.Tokens[k]) == "up" {
			k++ // "entered into a joint venture", "set up a joint venture"
		}
		det := low(d.Tokens[k])
		if m, ok := memorandumAt(d, k); ok {
			out = append(out, m)
			continue
		}
		indefinite := det == "a" || det == "an"
		if det != "the" && !numberWords[det] && !isNumber(det) && !indefinite {
			continue
		}
		m, ok := agreementFrom(d, amountEnd(d, k+1), 2, signedModifier, heads) // "won a 50 mln dlr defence contract"
		if !ok || indefinite && !tellsApart(d, m) {
			continue
		}
		for indefinite && pactVague[low(d.Tokens[m.TokStart])] {
			m = eventOver(d, m.TokStart+1, m.TokEnd) // "a similar standstill agreement": "standstill agreement"
		}
		out = append(out, m)
	}
	return out
}

// memorandumAt returns the event "memorandum of understanding" after the
// determiner at token k: "signed a Memorandum of Understanding".
func memorandumAt(d *Document, k int) (Mention, bool) {
	if k+3 >= len(d.Tokens) || !actedDeterminers[low(d.Tokens[k])] || low(d.Tokens[k+1]) != "memorandum" ||
		low(d.Tokens[k+2]) != "of" || low(d.Tokens[k+3]) != "understanding" {
		return Mention{}, false
	}
	return eventOver(d, k+1, k+4), true
}

// tellsApart reports whether one of an agreement's modifiers says what it
// is about, not only that it is new or big: "a production agreement",
// not "a new agreement".
func tellsApart(d *Document, m Mention) bool {
	for k := m.TokStart; k < m.TokEnd-1; k++ {
		if l := low(d.Tokens[k]); d.Tokens[k].Word() && !pactVague[l] {
			return true
		}
	}
	return false
}

// vagueModifiers describe an agreement without telling it from others.
var vagueModifiers = map[string]bool{"new": true, "similar": true, "separate": true, "major": true, "big": true,
	"large": true, "landmark": true, "historic": true, "further": true, "second": true, "first": true, "another": true,
	"key": true, "important": true, "broad": true, "wide": true, "sweeping": true, "possible": true, "lucrative": true}

// agreementFrom returns the event of an agreement named from token start:
// one to most modifiers (mod) and one of heads, in one sentence.
func agreementFrom(d *Document, start, most int, mod func(Token) bool, heads map[string]bool) (Mention, bool) {
	k := start
	for n := 0; k < len(d.Tokens) && n < most && !d.Tokens[k].Break && mod(d.Tokens[k]); n++ {
		k = hyphenatedEnd(d, k, mod) // "co-operation", "food-for-oil": one modifier
	}
	if k == start || k >= len(d.Tokens) || !heads[low(d.Tokens[k])] || d.Tokens[k].Break {
		return Mention{}, false
	}
	return eventOver(d, start, k+1), true
}

// hyphenatedEnd returns the token after the word at k and the words
// joined to it by hyphens without spaces ("co-operation", "food-for-oil"),
// each of which passes mod or is a short function word inside.
func hyphenatedEnd(d *Document, k int, mod func(Token) bool) int {
	e := k + 1
	for e+1 < len(d.Tokens) && isDash(d.Tokens[e].Text) && !d.Tokens[e].Space && !d.Tokens[e+1].Space {
		n := d.Tokens[e+1]
		if !n.Word() || n.Cap() || n.Break || !mod(n) && !groupStopWords[low(n)] {
			break
		}
		e += 2
	}
	return e
}

// signedModifier reports whether t may stand in a signed agreement's name
// before its head: a lower-case word that is no stop word and no head.
func signedModifier(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && !groupStopWords[l] && !pactHeadWord(l) && !eventHeads[l] &&
		!agreementStates[l] && (!strings.HasSuffix(l, "ly") || lyNouns[l])
}

// lyNouns end in "ly" but are no adverbs: "a supply agreement".
var lyNouns = map[string]bool{"supply": true, "family": true, "assembly": true, "monopoly": true, "ally": true}

// agreementStates say how far an agreement has got, not what it is about:
// "signed the definitive agreement" names no event, nor do adverbs
// ("previously announced").
var agreementStates = map[string]bool{"definitive": true, "final": true, "formal": true, "preliminary": true,
	"tentative": true, "interim": true, "draft": true, "proposed": true, "revised": true, "original": true,
	"earlier": true, "announced": true, "binding": true, "outline": true}

// signVerbs sign an agreement.
var signVerbs = map[string]bool{"signed": true, "sign": true, "signs": true, "initialled": true, "initialed": true}

// pactMakers make, win or form a pact (signedHeads) as one of its
// parties: "X won a defence contract", "X formed a marketing alliance",
// "X entered into a joint venture"; suitMakers bring a lawsuit (suitHeads).
var (
	pactMakers = map[string]bool{"formed": true, "forged": true, "won": true,
		"announced": true, "ended": true, "terminated": true, "cancelled": true, "canceled": true}
	suitMakers = map[string]bool{"filed": true, "brought": true, "lodged": true, "settled": true, "dropped": true}
)
