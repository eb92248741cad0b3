package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// pactEvents finds agreements, contracts, alliances, joint ventures and
// lawsuits that the structure of a sentence makes one particular
// occurrence, whatever verb governs them:
//
//	X and Y ended their five-year alliance      owned: a possessive before it
//	X's 50 mln dlr supply contract              owned, an amount skipped
//	a long-term U.S.-Soviet grain agreement     a pair of countries before it
//	a contract between X and Y                  sided: the parties after it
//	a joint venture with Y, a suit against Y    sided
//
// (signedEvents reads the object of a signing verb, "X won a defence
// contract".) The event is named by its modifiers and head ("five-year
// alliance", "insider trading case"), the way a reader names it again;
// with no modifier that tells it apart, by its head and the sides after it
// ("contract between X and Y", "joint venture with Y", "suit against Y"),
// so that two articles' bare "alliance" never become one event. The
// parties come from the relation stage: the owner ("X's E", "X ... its
// E", pactOwner), the sides (sideInPact, agreementSides) and the verbs
// that make, end or fight it (pactVerb).
func pactEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 {
			continue
		}
		t := d.Tokens[j]
		l := low(t)
		suit := suitHeadsIx.of(t)
		if !suit && !signedHeadsIx.of(t) || l == "convention" || t.Cap() || t.Break {
			continue // a convention is as often a gathering
		}
		s := modifierStart(d, j, 2)
		for s < j && pactVague[low(d.Tokens[s])] {
			s++ // "their new alliance": no modifier that tells it apart
		}
		b := amountStart(d, modifierStart(d, s, 0))
		owned := b > 0 && (isPossessive(d.Tokens[b-1]) || ownerPronouns[low(d.Tokens[b-1])]) && !superlativeIn(d, b, j)
		if b > 0 && indefiniteAt(d, b-1) && soughtBefore(d, b-1) || tradedContract(d, b, j) {
			continue // "trying to strike a similar deal with Y": not made yet; "the May futures contract"
		}
		if s < j && !suit && countryPairEnding(d, selected, b) >= 0 {
			out = append(out, eventOver(d, countryPairEnding(d, selected, b), j+1)) // "a U.S.-Soviet grain agreement"
			continue
		}
		if b == 0 || !owned && !pactDeterminers[low(d.Tokens[b-1])] && !(b == j && agreementActs[low(d.Tokens[b-1])]) {
			continue // "to contract with Y", "cited significant litigation"; "reached agreement with Y" is one
		}
		end := pactSidesEnd(d, selected, j, suit)
		if indefiniteAt(d, b-1) && modalAfter(d, max(end, j+1)) {
			continue // "a new agreement between X and Y would pave the way": not made yet
		}
		switch {
		case s < j && (owned || end > 0) && (end > 0 || phraseEnds(d, j+1)):
			out = append(out, eventOver(d, s, j+1))
		case s == j && end > 0:
			if headCompounds[low(d.Tokens[j-1])] {
				s-- // "joint venture with Y", "legal action against Y"
			}
			out = append(out, eventOver(d, s, end))
		}
	}
	return out
}

// phraseFollowers may follow a noun phrase that ends there: prepositions,
// auxiliaries and conjunctions ("their alliance on Monday", "X's supply
// contract expires": not "their alliance partner").
var phraseFollowers = map[string]bool{"on": true, "in": true, "at": true, "for": true, "from": true, "to": true,
	"by": true, "with": true, "over": true, "was": true, "is": true, "were": true, "are": true, "has": true,
	"had": true, "have": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "and": true, "or": true, "but": true, "expires": true, "expired": true, "ends": true, "ended": true}

// pactDeterminers make the pact after them one particular pact.
var pactDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true}

// tradedContract reports whether the pact head at token j, from token b,
// is a contract traded on an exchange: "the May futures contract", "its
// 500 contract".
func tradedContract(d *Document, b, j int) bool {
	if l := low(d.Tokens[j]); l != "contract" && l != "contracts" {
		return false
	}
	for k := max(b-3, 0); k < j; k++ {
		if l := low(d.Tokens[k]); tradedWords[l] || months[l] > 0 && d.Tokens[k].Cap() || isNumber(l) && k == j-1 {
			return true
		}
	}
	return false
}

// tradedWords mark a contract traded on an exchange.
var tradedWords = map[string]bool{"futures": true, "future": true, "option": true, "options": true, "delivery": true,
	"forward": true, "spot": true, "exchange": true, "traded": true, "nearby": true, "deferred": true}

// headCompounds make one noun with the pact head after them and stay in
// the name of a pact named by its sides.
var headCompounds = map[string]bool{"joint": true, "legal": true, "court": true, "civil": true, "criminal": true}

// superlativeIn reports whether a superlative stands in tokens [i, j):
// "Japan's largest-ever takeover deal" is the largest in Japan, not
// Japan's.
func superlativeIn(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		l := low(d.Tokens[k])
		if len(l) >= 6 && strings.HasSuffix(l, "est") && !estNouns[l] || l == "ever" {
			return true
		}
	}
	return false
}

// estNouns end in "est" and are no superlatives.
var estNouns = map[string]bool{"interest": true, "request": true, "protest": true, "contest": true, "harvest": true,
	"forest": true, "arrest": true, "honest": true, "modest": true, "manifest": true, "conquest": true,
	"midwest": true, "northwest": true, "southwest": true, "bequest": true}

// soughtBefore reports whether the indefinite article at token a is the
// object of a verb that only seeks or plans a pact: after "to" or a modal
// ("trying to strike a deal with Y", "could sign a pact"), or of seeking
// or talking about one ("seeking a deal", "talks on a deal").
func soughtBefore(d *Document, a int) bool {
	if a < 1 {
		return false
	}
	switch low(d.Tokens[a-1]) {
	case "seek", "seeks", "seeking", "sought", "on", "for", "about", "over", "propose", "proposed", "proposes", "want",
		"wants", "wanted", "negotiating", "negotiate", "discussing", "discuss", "considering", "consider", "attempt":
		return true
	}
	for k := a - 2; k >= 0 && k >= a-3; k-- {
		switch low(d.Tokens[k]) {
		case "to", "would", "could", "might", "may", "should", "must", "can":
			return true // "to enter into a contract"
		}
	}
	return false
}

// modalAfter reports whether a modal follows token k in its clause,
// within ten tokens, before a comma or a relative pronoun: "a deal with Y
// on new loans could be reached" (not "a contract with Y that could be
// worth").
func modalAfter(d *Document, k int) bool {
	for e := k; e < len(d.Tokens) && e < k+10 && !d.Tokens[e].Break; e++ {
		switch low(d.Tokens[e]) {
		case "would", "could", "might", "may":
			return true
		case ",", ".", ";", "that", "which", "who", "said", "says":
			return false
		}
	}
	return false
}

// pactVague are the words before a pact's head that do not tell it from
// others: vagueModifiers and "joint" ("a joint venture").
var pactVague = func() map[string]bool {
	m := map[string]bool{"joint": true, "legal": true, "court": true, "bilateral": true, "multilateral": true,
		"national": true, "international": true, "global": true, "oral": true, "written": true, "existing": true,
		"pending": true, "planned": true, "rapid": true, "close": true, "exclusive": true, "annual": true,
		"informal": true, "secret": true, "mutual": true, "reciprocal": true, "comprehensive": true, "general": true,
		"overall": true, "special": true, "initial": true, "current": true, "previous": true, "prior": true,
		"old": true, "recent": true, "latest": true, "long-term": true, "short-term": true, "alleged": true}
	for w := range vagueModifiers {
		m[w] = true
	}
	for w := range agreementStates {
		m[w] = true
	}
	return m
}()

// ownerPronouns own the pact after them: "their alliance", "its suit".
var ownerPronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// modifierStart returns the first of the lower-case modifiers (at most
// most of them; a hyphenated "five-year" is one) right before token j, j
// when there is none. With most 0 it skips grading words only ("a big
// new", "the long-running").
func modifierStart(d *Document, j, most int) int {
	s := j
	for n := 0; s > 0 && !d.Tokens[s].Break; n++ {
		k := s - 1
		compound := k >= 2 && isDash(d.Tokens[k-1].Text) && !d.Tokens[k].Space && !d.Tokens[k-1].Space &&
			d.Tokens[k].Word() && (d.Tokens[k-2].Word() || isNumber(d.Tokens[k-2].Text))
		t := d.Tokens[k]
		l := low(t)
		switch {
		case most == 0 && (gradingWords[l] || pactVague[l]):
		case most > 0 && n < most && compound && signedModifier(t) && !d.Tokens[k-2].Cap():
			k -= 2 // "five-year", "long-term": one modifier
		case most > 0 && n < most && signedModifier(t) && !amountWords[l] && !numberWords[l] && !ownerPronouns[l] && !gradingWords[l] &&
			!(len(l) > 4 && strings.HasSuffix(l, "ed")): // "authorized contracts": a verb

		default:
			return s
		}
		s = k
	}
	return s
}

// amountStart returns the first token of an amount of money that ends
// right before token k ("225 mln dlr", "$2bn", "1.5 billion euro"), k
// when there is none.
func amountStart(d *Document, k int) int {
	s := k
	for s > 0 {
		t := d.Tokens[s-1]
		l := low(t)
		if t.Break || !(amountWord(d, s-1) || l == "." || l == "," && s >= 2 && isNumber(d.Tokens[s-2].Text) || numberWords[l] && s < k) {
			break
		}
		s--
	}
	if s < k && (!hasDigitOrNumber(d, s, k) || !hasUnit(d, s, k)) {
		return k
	}
	return s
}

// hasUnit reports whether a token of [i, j) is a unit of money or a
// currency sign: a bare number is no amount ("its 500 contract").
func hasUnit(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if l := low(d.Tokens[k]); moneyUnit(l) || strings.HasPrefix(l, "$") {
			return true
		}
	}
	return false
}

// hasDigitOrNumber reports whether a token of [i, j) is a number.
func hasDigitOrNumber(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if isNumber(d.Tokens[k].Text) || numberWords[low(d.Tokens[k])] || len(d.Tokens[k].Text) > 1 && isNumber(d.Tokens[k].Text[:1]) {
			return true
		}
	}
	return false
}

// moneyUnit reports whether l is a unit or scale of an amount of money
// or a currency sign.
func moneyUnit(l string) bool { return amountWords[l] || l == "$" || l == "£" || l == "€" }

// amountWords are the units and scales of an amount of money.
var amountWords = map[string]bool{"mln": true, "bln": true, "billion": true, "million": true, "dlr": true,
	"dlrs": true, "bn": true, "m": true, "pound": true, "pounds": true, "euro": true, "euros": true,
	"dollar": true, "dollars": true, "yen": true, "stg": true, "trillion": true}

// countryPairEnding returns the first token of a pair of country or place
// mentions joined by a dash or slash that ends right before token k
// ("U.S.-Soviet"), or -1.
func countryPairEnding(d *Document, selected []Mention, k int) int {
	b := mentionEndingAt(selected, k)
	if b == nil || b.TokStart < 2 || !pairJoiner(d.Tokens[b.TokStart-1].Text) || !landMention(b) {
		return -1
	}
	a := mentionEndingAt(selected, b.TokStart-1)
	if a == nil || !landMention(a) {
		return -1
	}
	return a.TokStart
}

// landMention reports whether mention m is a country or place.
func landMention(m *Mention) bool { return m.Type == graph.Country || m.Type == graph.Place }

// pactSidesEnd returns the token after the sides named right after the
// pact head at token j ("with Y", "between X and Y", for a lawsuit
// "against Y"; "with X and Y" and a short description before a side,
// "with Japanese rival Y", allowed), or -1 when none follows.
func pactSidesEnd(d *Document, selected []Mention, j int, suit bool) int {
	if j+2 >= len(d.Tokens) || d.Tokens[j+1].Break {
		return -1
	}
	p := low(d.Tokens[j+1])
	switch {
	case !suit && p == "between":
		if e := betweenSides(d, selected, j+2); e > 0 && (e >= len(d.Tokens) || !isPossessive(d.Tokens[e])) {
			return e
		}
		return -1
	case !suit && p == "with", suit && p == "against":
	default:
		return -1
	}
	end := -1
	for k := j + 2; k < len(d.Tokens) && k <= j+2+sideMaxWords; k++ {
		m := mentionAt(selected, k)
		if m == nil {
			if d.Tokens[k].Break || !sideGap(d, j+2, k+1) {
				return end
			}
			continue
		}
		if !sideType(m.Type) {
			return end
		}
		if m.TokEnd < len(d.Tokens) && (isPossessive(d.Tokens[m.TokEnd]) || d.Tokens[m.TokEnd].Text == "'") {
			k = m.TokEnd // "with Japan's Nippon Steel": the side is the next name
			continue
		}
		if !phraseEnds(d, m.TokEnd) {
			return -1 // "against 27 Acme University students"
		}
		end = m.TokEnd
		if n := mentionAt(selected, end+1); end+1 < len(d.Tokens) && low(d.Tokens[end]) == "and" && n != nil && sideType(n.Type) {
			end = n.TokEnd // "with X and Y"
		}
		return end
	}
	return end
}

// amountEnd returns the token after an amount of money that starts at
// token k ("50 mln dlr", "$2bn"), k when there is none.
func amountEnd(d *Document, k int) int {
	e := k
	for e < len(d.Tokens) && !d.Tokens[e].Break {
		l := low(d.Tokens[e])
		if !(amountWord(d, e) || (l == "." || l == ",") && e > k && isNumber(d.Tokens[e-1].Text)) {
			break
		}
		e++
	}
	if e > k && hasDigitOrNumber(d, k, e) && hasUnit(d, k, e) {
		return e
	}
	return k
}

// pactFamilies give the heads that may name one pact or lawsuit again:
// "the deal" for a joint venture, "the case" for a lawsuit (eventFamilies,
// events_anaphora.go).
var pactFamilies = map[string]string{"deal": "agreement", "contract": "agreement", "alliance": "agreement",
	"venture": "agreement", "partnership": "agreement", "merger": "agreement",
	"case": "suit", "suit": "suit", "lawsuit": "suit", "litigation": "suit", "complaint": "suit"}

// sidedHead returns the index of the head in the words f of an event's
// name: the last word, or the word before the preposition that names the
// sides of a pact or lawsuit ("deal with Y", "suit against Y") or opens
// the complement of a described event ("sale of Y").
func sidedHead(f []string) int {
	for i := 1; i < len(f)-1; i++ {
		if sidePrepositions[f[i]] && pactHeadWord(f[i-1]) {
			return i - 1
		}
		if _, link := phraseLinkWords[f[i]]; (link || namingPrepositions[f[i]]) && describedHead(f[i-1]) {
			return i - 1 // "sale of Yugansk", "talks with unions" (eventComplement)
		}
	}
	return len(f) - 1
}

// describedHead reports whether w is the head of a described event whose
// name may go on with a complement (phraseHeads, the event nominals).
func describedHead(w string) bool {
	_, ok := phraseHeads[w]
	return ok || purposeHeads[w]
}
