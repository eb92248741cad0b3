package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Takeover offers and bids by their recipient. Wire news names the body
// a bid is made for as the subject of the verb that receives, rejects or
// accepts it, often with the bidder after the amount:
//
//	X rejected a takeover offer worth 3.1bn dlrs from Y
//	X said it received a 45 dlr a share tender offer
//	X has accepted an offer from Y           (phraseEvents names it)
//
// X is the target of the bid and so a party to it, whatever it decides;
// Y made it. offerEvents names the offer the verb takes as its object
// when the object says it is a bid for the company (a takeover word
// before the head: "takeover offer", "tender offer", "buyout bid") or
// names its bidder ("an offer from Y"); a bare "the offer" is as often a
// wage offer or a reference to one named before. A negation between the
// subject and the verb ("X did not receive an offer") gives nothing, and
// the object must be one occurrence (a determiner, not "any" or "no").
// The relation stage links the subject list and the bidder (offerSides).

// offerVerbs receive, reject or accept an offer or a bid; "turned" only
// with "down".
var offerVerbs = map[string]bool{"received": true, "receives": true, "rejected": true, "rejects": true,
	"accepted": true, "accepts": true, "spurned": true, "spurns": true, "rebuffed": true, "rebuffs": true,
	"turned": true}

// offerHeads name an offer or a bid.
var offerHeads = map[string]bool{"offer": true, "bid": true}

// takeoverWords before an offer head say it is a bid for the company.
var takeoverWords = map[string]bool{"takeover": true, "tender": true, "buyout": true, "merger": true,
	"acquisition": true, "exchange": true}

// offerObjectMax bounds the words between a determiner and the head
// ("a 3.1 billion Australian dollar takeover offer").
const offerObjectMax = 8

// offerEvents finds the offers and bids a named recipient receives,
// rejects or accepts (see above).
func offerEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+2 >= len(d.Tokens) {
			continue
		}
		if !offerVerbs[low(d.Tokens[v])] || d.Tokens[v].Cap() {
			continue
		}
		j := offerObjectHead(d, v)
		if j < 0 || !pairSubject(d, selected, v) || negatedSubject(d, v) {
			continue
		}
		s := j
		if takeoverWords[low(d.Tokens[j-1])] {
			s = j - 1
		} else if offerBidder(d, j) < 0 {
			continue
		}
		out = append(out, descEventOver(d, s, j+1))
	}
	return out
}

// offerObjectHead returns the token of the offer head that the object
// of the offer verb at token v ends with ("rejected a 45 dlr a share
// takeover offer"), or -1: a determiner, then amounts, hyphens and
// lower-case words.
func offerObjectHead(d *Document, v int) int {
	k := v + 1
	if low(d.Tokens[v]) == "turned" {
		if low(d.Tokens[k]) != "down" {
			return -1
		}
		k++
	}
	if k >= len(d.Tokens) || !pactDeterminers[low(d.Tokens[k])] || d.Tokens[k].Break {
		return -1
	}
	for n := 0; k+1 < len(d.Tokens) && n <= offerObjectMax; n++ {
		k++
		t := d.Tokens[k]
		l := low(t)
		switch {
		case t.Break:
			return -1
		case offerHeads[l] && !t.Cap():
			if k+1 < len(d.Tokens) && (offerHeads[low(d.Tokens[k+1])] || low(d.Tokens[k+1]) == "price") {
				return -1 // "the offer price"
			}
			return k
		case amountToken(d, k), isDash(t.Text), l == "a" || l == "per" || l == "share":
		case t.Word() && !t.Cap() && !groupStopWords[l] && !negationWords[l]:
		case t.Word() && t.Cap() && isCurrencyName(d, k):
		default:
			return -1
		}
	}
	return -1
}

// isCurrencyName reports whether the capitalised token k names a
// currency's country before its unit ("3.1bn Australian dollars").
func isCurrencyName(d *Document, k int) bool {
	return k+1 < len(d.Tokens) && amountWords[low(d.Tokens[k+1])]
}

// amountToken reports whether token k is part of an amount: a number, a
// unit, a word with digits ("1bn") or the point of a decimal the
// tokenizer splits ("3" "." "1bn").
func amountToken(d *Document, k int) bool {
	l := low(d.Tokens[k])
	if l == "." || l == "," {
		return k > 0 && k+1 < len(d.Tokens) && hasDigit(d.Tokens[k-1].Text) && hasDigit(d.Tokens[k+1].Text) && !d.Tokens[k].Space
	}
	return isNumber(l) || moneyUnit(l) || hasDigit(l)
}

// negatedSubject reports whether a negation stands between the subject
// of the verb at token v and the verb: "X has not received an offer".
func negatedSubject(d *Document, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if negationWords[low(d.Tokens[k])] {
			return true
		}
	}
	return false
}

// offerBidder returns the first token of the bidder's name after the
// offer head at token j: "from" or "by", after the offer's worth ("worth
// 3.1bn dlrs", "valued at", "of 45 dlrs a share", an amount in
// parentheses) and a short lower-case description of the bidder
// ("brewing giant Y"); -1 when there is none.
func offerBidder(d *Document, j int) int {
	k := j + 1
	if k < len(d.Tokens) && (low(d.Tokens[k]) == "worth" || low(d.Tokens[k]) == "of") {
		k++
	} else if k+1 < len(d.Tokens) && low(d.Tokens[k]) == "valued" && low(d.Tokens[k+1]) == "at" {
		k += 2
	}
	depth := 0
	for n := 0; k < len(d.Tokens) && n < offerWorthMax; n, k = n+1, k+1 {
		t := d.Tokens[k]
		l := low(t)
		if t.Break {
			return -1
		}
		if t.Text == "(" {
			depth++
			continue
		}
		if t.Text == ")" {
			depth--
			continue
		}
		if depth > 0 || k > j+1 && (amountToken(d, k) || l == "a" || l == "per" || l == "share" || isCurrencyName(d, k)) {
			continue
		}
		if (l == "from" || l == "by") && k+1 < len(d.Tokens) {
			return objectNameStart(d, k+1)
		}
		return -1
	}
	return -1
}

// offerSides links the recipient named as the subject of the offer verb
// (every name of a subject list: "X said it rejected", "X and Y
// received") and the bidder (offerBidder) to an offer that offerEvents
// names; phraseSides links a bidder right after the head ("an offer from
// Y") as for any offer.
func (rb *relBuilder) offerSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd < 2 || !offerHeads[low(d.Tokens[e.tokEnd-1])] {
			continue
		}
		j := e.tokEnd - 1
		v := -1
		for k := e.tokStart - 1; k > 0 && k >= e.tokStart-offerObjectMax-3; k-- {
			if offerVerbs[low(d.Tokens[k])] && offerObjectHead(d, k) == j {
				v = k
				break
			}
		}
		if v < 0 || negatedSubject(d, v) {
			continue
		}
		starts := subjectList(d, v, rb.participantEnding(in))
		bidder := offerBidder(d, j)
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) {
				continue
			}
			if slices.Contains(starts, x.tokStart) || x.tokStart == bidder {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// offerWorthMax bounds the tokens of an offer's worth before its bidder
// ("worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from Y").
const offerWorthMax = 24
