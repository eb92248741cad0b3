package entities

import "github.com/newsgraph/newsgraph/graph"

// boughtCompanies finds a takeover that a sentence states by its verb
// alone, with the buyer as subject and the bought body as object:
//
//	X acquired Y               → acquisition of Y
//	X bought the Y Company     → purchase of Y Company
//	X took over Y              → takeover of Y
//	X (said it) agreed to buy Y, X has agreed to acquire Y
//	X sued Y                   → lawsuit against Y
//	X sold Y (to Z), X agreed to sell Y (to Z) → sale of Y
//	X sold its Y unit to Z     → sale of its Y unit
//
// Business news reports most takeovers this way before, or instead of,
// naming them by a noun ("X's acquisition of Y"), which phraseEvents
// reads. The event is the verb's act on its object, so the reader's name
// for it is the verb's nominal and the object ("acquisition of Y"): the
// mention covers the verb's words only (the object stays a mention of its
// own) and verbEventName gives it that name. It is a described event
// (descEventSource): one article's takeover, joined to no stored entity.
// A lawsuit is stated the same way ("X sued Y for damages"), and its
// object may be any named party.
// The object must be a named organization right after the verb ("the"
// aside, Reuters' "<Y>" brackets aside), not shares or a stake ("bought
// 5 pct of Y", "acquired a stake in Y": a holding, not a takeover), and
// the subject a named party ending right before the verb or its
// auxiliaries ("X has acquired", "X said it agreed to acquire",
// subjectList). A wish or plan ("X wants to buy Y", "X may acquire Y")
// gives nothing: only the past and "agreed to", which make a deal. The
// relation stage links the buyer and the bought (boughtSides,
// relations_deal_bought.go).
func boughtCompanies(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+1 >= len(d.Tokens) {
			continue
		}
		if !buyVerbsIx.of(d.Tokens[v]) {
			continue
		}
		n, words := buyVerbAt(d, v)
		if n != "" && passiveDeal(d, selected, v, len(words), n) { // events_deal_passive.go
			out = append(out, descEventOver(d, v, v+len(words)))
			continue
		}
		subj := buyingSubjectAt(d, v)
		if n == "" || subj < 0 {
			continue
		}
		if boughtObject(d, selected, v+len(words), n == "lawsuit") == nil && !(n == "sale" && soldUnitBuyer(d, selected, v+1) >= 0) ||
			!pairOrOneSubject(d, selected, subj) {
			continue
		}
		out = append(out, descEventOver(d, v, v+len(words)))
	}
	return out
}

// buyingSubjectAt returns the token the subject of the buying verb at
// token v ends before (the verb, or "agreed" of "agreed to buy"), or -1
// when the verb there makes no deal: a base form only after "agreed"
// (also "agreed in principle"), "tried" or "offered" and "to" ("wants to
// buy Y", "the purchase" give nothing).
func buyingSubjectAt(d *Document, v int) int {
	if n, _ := buyVerbAt(d, v); n == "" {
		return -1
	}
	if !baseBuyVerbs[low(d.Tokens[v])] {
		return v
	}
	if v >= 2 && low(d.Tokens[v-1]) == "to" && dealAttempts[low(d.Tokens[v-2])] {
		return v - 2
	}
	if v >= 4 && low(d.Tokens[v-1]) == "to" && low(d.Tokens[v-2]) == "principle" && low(d.Tokens[v-3]) == "in" && low(d.Tokens[v-4]) == "agreed" {
		return v - 4 // "agreed in principle to acquire Y"
	}
	return -1
}

// buyNominals give the nominal of each buying verb form.
var buyNominals = map[string]string{"acquired": "acquisition", "acquire": "acquisition", "bought": "purchase",
	"buy": "purchase", "purchased": "purchase", "purchase": "purchase", "took": "takeover", "take": "takeover",
	"sued": "lawsuit", "sold": "sale", "sell": "sale", "taken": "takeover"}

// buyVerbsIx is the buying verb forms of buyNominals by number
// (wordindex.go): the words boughtCompanies starts at (eventStartsOf).
var buyVerbsIx = indexKeys(buyNominals)

// dealAttempts make a deal or try one before "to" and a base buying
// verb: "agreed to buy Y", "tried to buy Y" (not "wants to", "may").
var dealAttempts = map[string]bool{"agreed": true, "tried": true, "offered": true, "attempted": true}

// baseBuyVerbs are the base forms, taken only after "agreed to".
var baseBuyVerbs = map[string]bool{"acquire": true, "buy": true, "purchase": true, "take": true, "sell": true}

// buyVerbAt returns the nominal of the buying verb at token v and its
// words ("acquired"; "took over"), or "" when there is none.
func buyVerbAt(d *Document, v int) (string, []string) {
	l := low(d.Tokens[v])
	n, ok := buyNominals[l]
	if !ok || d.Tokens[v].Cap() {
		return "", nil
	}
	if l == "took" || l == "take" || l == "taken" {
		if v+1 >= len(d.Tokens) || low(d.Tokens[v+1]) != "over" {
			return "", nil
		}
		return n, []string{l, "over"}
	}
	return n, []string{l}
}

// boughtObject returns the named organization that the buying verb's
// object opens at token k ("the" aside, a name in Reuters' "<Y>"
// brackets), or nil when the object is no such name; with anyParty, as
// the object of "sued", a person, country or party too.
func boughtObject(d *Document, selected []Mention, k int, anyParty bool) *Mention {
	k = objectNameStart(d, k)
	m := mentionAt(selected, k)
	if m == nil || m.Type != graph.Organization && !(anyParty && sideType(m.Type)) {
		return nil
	}
	e := m.TokEnd
	if e < len(d.Tokens) && d.Tokens[e].Text == ">" {
		e++
	}
	if e < len(d.Tokens) && (isPossessive(d.Tokens[e]) || d.Tokens[e].Text == "'" ||
		!sideEndsPhrase(d, e) && !phraseFollowers[low(d.Tokens[e])] && d.Tokens[e].Text != "<") {
		return nil // "bought Acme's unit", "bought the Acme stake", "took over the Valencia job"
	}
	return m
}

// pairOrOneSubject reports whether a named party, or a list of them, is
// the subject of the verb at token v (subjectList).
func pairOrOneSubject(d *Document, selected []Mention, v int) bool {
	return v > 0 && pairSubject(d, selected, v)
}

// verbEventName names an event of boughtCompanies by the verb's nominal
// and its object: "acquisition of Borvex Holdings Inc". ok is false for
// any other event.
func verbEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource {
		return "", false
	}
	n, words := buyVerbAt(d, m.TokStart)
	if n == "" || m.TokEnd-m.TokStart != len(words) {
		return "", false
	}
	link := " of "
	if n == "lawsuit" {
		link = " against " // "X sued Y": "lawsuit against Y", as pactEvents names a suit by its side
	}
	if a := passiveSubjectEnd(d, m.TokStart); a > 0 { // "Y was acquired by X": "acquisition of Y"
		if name := passiveSubjectName(d, a); name != "" {
			return n + link + name, true
		}
		return n, true
	}
	k := objectNameStart(d, m.TokEnd)
	if k > m.TokEnd && d.Tokens[k-1].Text == "<" {
		k--
	}
	e := -1
	if k < len(d.Tokens) && d.Tokens[k].Text == "<" {
		k++
		for e = k; e < len(d.Tokens) && e < k+8 && d.Tokens[e].Text != ">"; e++ {
		}
	} else {
		e = complementEnd(d, k)
	}
	if e <= k || e > len(d.Tokens) {
		return n, true
	}
	return n + link + d.Text[d.Tokens[k].Start:d.Tokens[e-1].End], true
}

// objectNameStart returns the first token of the name that the object of
// a buying verb at token k holds: after "the", Reuters' "<", and a short
// lower-case description ("took over nuclear fuel giant Y"), also one
// that opens with a country word ("bought US rival Y").
func objectNameStart(d *Document, k int) int {
	if k < len(d.Tokens) && low(d.Tokens[k]) == "the" {
		k++
	}
	for n := 0; n < 3 && k+1 < len(d.Tokens) && d.Tokens[k].Word() && !d.Tokens[k].Cap() && !d.Tokens[k].Break &&
		!groupStopWords[low(d.Tokens[k])] && !numberWords[low(d.Tokens[k])] && !amountWords[low(d.Tokens[k])]; n++ {
		k++
	}
	k = countryDescribedStart(d, k) // "US rival Y", "Dutch firm Y" (events_deal_described.go)
	if k < len(d.Tokens) && d.Tokens[k].Text == "<" {
		k++
	}
	return k
}

// soldUnitBuyer returns the first token of the buyer's name when the
// object of a selling verb at token k is the seller's own unit sold to a
// named party ("sold its Y unit to Z", "agreed to sell its paper
// operations to the Z Company"), or -1. The buyer must be named: "sold
// its stake" alone tells no deal between parties.
func soldUnitBuyer(d *Document, selected []Mention, k int) int {
	if k >= len(d.Tokens) || low(d.Tokens[k]) != "its" && low(d.Tokens[k]) != "their" {
		return -1
	}
	for e := k + 2; e < len(d.Tokens) && e <= k+6 && !d.Tokens[e-1].Break; e++ {
		if !soldUnitHeads[low(d.Tokens[e-1])] {
			continue
		}
		b := saleBuyerAt(d, e)
		if m := mentionAt(selected, b); b > 0 && m != nil && sideType(m.Type) {
			return b
		}
		return -1
	}
	return -1
}

// soldUnitHeads end the name of a part of a firm that it sells.
var soldUnitHeads = map[string]bool{"unit": true, "units": true, "subsidiary": true, "subsidiaries": true,
	"division": true, "divisions": true, "business": true, "businesses": true, "operations": true, "operation": true,
	"plant": true, "mill": true, "arm": true}
