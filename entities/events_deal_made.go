package entities

// madeDeals finds an agreement that its own parties are said to make,
// named by a bare or vague noun phrase:
//
//	X and Y reached a preliminary deal      X and Y signed an agreement
//	X and Y said they struck a deal         X said it signed an agreement to buy Z
//
// News reports a new agreement this way whatever it is about: the parties
// (or one of them) as the subject, a verb that makes an agreement
// (signVerbs, agreementActs) and an indefinite object whose head is an
// agreement, deal, pact, accord, treaty or contract. signedEvents leaves
// such an object out when no modifier tells it apart from others ("a
// deal", "a new agreement", "a preliminary deal"): across articles it
// would make one node of every bare "deal". Made by named parties it is
// one agreement of its article, so it is a described event
// (descEventOver: article-local, linked to no stored entity), named by
// its vague words and head ("preliminary deal", "agreement") and, by the
// resolver, its purpose ("agreement to buy Z", eventComplement) the way
// the article names it again. The subject must be a name or a list of
// names ending right before the verb (auxiliaries aside), before "said
// they" or "said it", or before an apposition ("X, the biggest Y, signed");
// a deal only sought ("want to reach a deal") has no "a" right after a
// made verb in the past. An object that names its sides ("a deal with Y",
// "an agreement between X and Y") is left to pactEvents. The parties come
// from madeDealSides (relations_deal_made.go).
func madeDeals(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 2 || v+2 >= len(d.Tokens) {
			continue
		}
		if !dealMadeVerbsIx.of(d.Tokens[v]) || !pairSubject(d, selected, v) {
			continue
		}
		k := v + 1
		if det := low(d.Tokens[k]); det != "a" && det != "an" {
			continue
		}
		s := k + 1
		k = amountEnd(d, s)
		for n := 0; n < 2 && k < len(d.Tokens) && dealVagueWord(d.Tokens[k]); n++ {
			k++
		}
		if k >= len(d.Tokens) || !madeDealHeads[low(d.Tokens[k])] || d.Tokens[k].Break || d.Tokens[k].Cap() {
			continue
		}
		if k+1 < len(d.Tokens) && !d.Tokens[k+1].Break {
			if n := low(d.Tokens[k+1]); n == "with" || n == "between" || isPossessive(d.Tokens[k+1]) {
				continue // "a deal with Y": pactEvents names it by its sides
			}
			if !sideEndsPhrase(d, k+1) && !phraseFollowers[low(d.Tokens[k+1])] {
				continue // "an agreement partner": not the head
			}
		}
		m := descEventOver(d, s, k+1)
		if s < k && tellsApart(d, m) {
			continue // "a production agreement": signedEvents names it
		}
		out = append(out, m)
	}
	return out
}

// dealMadeVerbs make an agreement in the past: signVerbs and the
// agreement acts that make one (not "extended" or "renewed", which keep
// an older one; not the bare "sign", which is as often only planned).
var dealMadeVerbs = map[string]bool{"signed": true, "initialled": true, "initialed": true, "reached": true,
	"struck": true, "concluded": true, "sealed": true, "clinched": true, "agreed": true}

// dealMadeVerbsIx is dealMadeVerbs by number (wordindex.go): madeDeals
// starts at them (eventStartsOf).
var dealMadeVerbsIx = indexSet(dealMadeVerbs)

// madeDealHeads are the heads of an agreement its parties make.
var madeDealHeads = map[string]bool{"agreement": true, "deal": true, "accord": true, "pact": true, "treaty": true,
	"contract": true}

// dealVagueWord reports whether t is a vague or state word that may stand
// before a made agreement's head without telling it apart ("new",
// "preliminary", "tentative").
func dealVagueWord(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && (pactVague[l] || agreementStates[l])
}

// pairSubject reports whether a named party or a list of them ("X", "X
// and Y", "X, Y and Z") is the subject of the verb at token v.
func pairSubject(d *Document, selected []Mention, v int) bool {
	return len(subjectList(d, v, func(k int) int {
		if m := mentionEndingAt(selected, k); m != nil && sideType(m.Type) {
			return m.TokStart
		}
		return -1
	})) >= 1
}

// appositionBefore returns the token after the name that an apposition
// set off by commas and opened by a determiner follows, when the
// apposition ends right before token k ("X, the owner of Y, won"; the
// same shape namedActor reads), or -1.
func appositionBefore(d *Document, k int, nameEnding func(k int) int) int {
	if k < 4 || d.Tokens[k-1].Text != "," {
		return -1
	}
	for j := k - 2; j > 0 && k-j <= appositionMaxTokens; j-- {
		t := d.Tokens[j]
		if t.Break || t.Text == "." || t.Text == ";" || isDash(t.Text) {
			return -1
		}
		if t.Text != "," {
			continue
		}
		if o := low(d.Tokens[j+1]); (o == "the" || o == "a" || o == "an") && nameEnding(j) >= 0 {
			return j
		}
		return -1
	}
	return -1
}

// subjectEnd returns the token right after the subject of the verb at
// token v: auxiliaries before the verb aside, and a reported "they" or
// "it" ("X and Y said they had", "X said it had").
func subjectEnd(d *Document, v int) int {
	k := v
	for k > 0 && actorAuxiliaries[low(d.Tokens[k-1])] {
		k--
	}
	if k >= 3 && (low(d.Tokens[k-1]) == "they" || low(d.Tokens[k-1]) == "it") && reportingVerbs[low(d.Tokens[k-2])] {
		k -= 2
	}
	return k
}

// subjectListMax bounds the names of a subject list: "Canada, Britain,
// France, Japan, the U.S. and West Germany agreed" names six parties.
const subjectListMax = 8

// subjectList returns the first tokens of the names of a list ("X and
// Y", "X, Y and Z", "X and the Y") that ends right before the verb at
// token v, auxiliaries aside, or before "said they" ("X and Y said they
// had reached"); nameEnding gives the first token of a party's name that
// ends before token k, or -1. A single name gives one item.
func subjectList(d *Document, v int, nameEnding func(k int) int) []int {
	k := subjectEnd(d, v)
	if a := appositionBefore(d, k, nameEnding); a > 0 {
		k = a // "X, the biggest gas company in the world, took over Y"
	}
	var items []int
	for k > 0 && len(items) < subjectListMax {
		k = acronymSkipped(d, k) // events_verbal.go: "X and the Y Company (YC) reached"
		s := nameEnding(k)
		if s < 0 {
			break
		}
		items = append(items, s)
		k = s
		if k > 0 && low(d.Tokens[k-1]) == "the" {
			k-- // "X and the Y Company"
		}
		switch {
		case len(items) == 1 && k >= 2 && low(d.Tokens[k-1]) == "and" && d.Tokens[k-2].Text == ",":
			k -= 2 // "X, Y, and Z"
		case len(items) == 1 && k >= 1 && low(d.Tokens[k-1]) == "and":
			k--
		case len(items) > 1 && k >= 1 && d.Tokens[k-1].Text == ",":
			k--
		default:
			return items
		}
	}
	if len(items) > 0 && k == items[len(items)-1] {
		return items
	}
	return items[:max(len(items)-1, 0)] // a list cut at "and" or "," names no pair
}
