package entities

// partyLinkWords may stand between a party and the party word it is the
// subject or possessor of: "Japan's failure to honor", "Japan was not
// honoring", "Japan is in full compliance with", "accused Japan of
// violating". A negation does not matter: breaking an agreement is being
// a party to it.
var partyLinkWords = map[string]bool{"'s": true, "’s": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "were": true, "are": true, "been": true, "being": true, "not": true, "n't": true, "failure": true,
	"failed": true, "failing": true, "refusal": true, "refused": true, "to": true, "in": true, "full": true, "would": true, "will": true,
	"of": true, "a": true, "an": true, "one": true, "among": true, "the": true, "alleged": true, "apparently": true, "still": true, "also": true, "repeatedly": true, "continued": true,
	"remains": true, "remain": true, "remained": true, "stays": true, "fully": true, "firmly": true, "strongly": true,
	"reaffirmed": true, "reaffirms": true, "reaffirm": true, "renewed": true, "its": true, "their": true}

// partyMaxGap bounds the tokens between a party and its party word.
const partyMaxGap = 6

// partyTo reports whether participant in[xi] is a party to agreement m by
// a party word (events_party.go) of which it is the subject or possessor.
func (rb *relBuilder) partyTo(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if !isAgreement(d, m) {
		return false
	}
	k := m.tokStart
	if k > 0 && actedDeterminers[low(d.Tokens[k-1])] {
		k--
	}
	p := agreementWordBefore(d, k)
	if p < x.tokEnd || p-x.tokEnd > partyMaxGap {
		return false
	}
	for j := x.tokEnd; j < p; j++ {
		if !partyLinkWords[low(d.Tokens[j])] || commitWords[low(d.Tokens[p])] && negationWords[low(d.Tokens[j])] {
			return false
		}
	}
	return true
}

// isAgreement reports whether event m is an agreement: its last word is an
// agreement head ("the Louvre accord", "a 1986 agreement").
func isAgreement(d *Document, m placed) bool {
	return m.tokEnd > m.tokStart && agreementHeads[low(d.Tokens[m.tokEnd-1])]
}
