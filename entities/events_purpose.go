package entities

import "github.com/newsgraph/newsgraph/graph"

// Purpose complements. An agreement, a deal, talks, a bid or an offer is
// told apart from others of its kind by what it is for as often as by
// its sides: "an agreement to buy Y", "a deal to acquire 36 planes from
// Y", "talks to buy assets of Y", "preliminary agreements to develop the
// Y field". The infinitive after the head names the occurrence
// (eventComplement) and the names its object gives, and the seller after
// "from", take part in it (purposeSides), the way the sides after "with"
// do.

// purposeHeads take a purpose complement.
var purposeHeads = map[string]bool{"agreement": true, "agreements": true, "deal": true, "deals": true, "accord": true,
	"pact": true, "contract": true, "talks": true, "negotiations": true, "bid": true, "offer": true}

// purposeVerb returns the token of the infinitive's verb when "to" and a
// lower-case word that can only be a verb there follow the head at token
// j ("to buy", "to develop"; not "to the", "to its", "to 30", "to
// China"), or -1.
func purposeVerb(d *Document, j int) int {
	if !purposeHeads[low(d.Tokens[j])] || j+3 >= len(d.Tokens) || low(d.Tokens[j+1]) != "to" || d.Tokens[j+1].Break {
		return -1
	}
	v := d.Tokens[j+2]
	l := low(v)
	if !v.Word() || v.Cap() || v.Break || actedDeterminers[l] || ownerPronouns[l] || groupStopWords[l] || numberWords[l] ||
		amountWords[l] || l == "be" || l == "this" || l == "these" || l == "those" || l == "date" {
		return -1
	}
	return j + 2
}

// purposeNameAt reports whether a participant's name starts the object
// of the purpose verb of the head at token j.
func purposeNameAt(d *Document, selected []Mention, j int) bool {
	v := purposeVerb(d, j)
	return v >= 0 && phraseNameAt(d, selected, j, v+1)
}

// purposeSides links event e, whose head ends it, to the names of the
// object of its purpose verb and to the one after "from" past it: "a
// deal to acquire Y shares from Z" (Z; "Y shares" names a thing), "an
// agreement to buy Y" (Y).
func (rb *relBuilder) purposeSides(span graph.Span, in []placed, e placed) {
	d := rb.d
	j := e.tokEnd - 1
	v := purposeVerb(d, j)
	if v < 0 {
		return
	}
	end := rb.phraseList(span, in, e, v+1)
	k := v + 1
	if end > 0 {
		k = end
	}
	for n := 0; k < len(d.Tokens) && n < nextLinkReach; k, n = k+1, n+1 {
		t := d.Tokens[k]
		if low(t) == "from" && !t.Break {
			rb.phraseList(span, in, e, k+1)
			return
		}
		if t.Break || !t.Word() && !isNumber(t.Text) || clauseLinks[low(t)] && low(t) != "to" || !t.Cap() && verbAfterName(t) {
			return
		}
	}
}
