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
// agreement head or "deal" ("the Louvre accord", "a 1986 agreement", "the
// food-for-oil deal"), or it is a memorandum of understanding.
func isAgreement(d *Document, m placed) bool {
	if m.tokEnd <= m.tokStart {
		return false
	}
	l := low(d.Tokens[m.tokEnd-1])
	return signedHeads[l] || l == "understanding" && m.tokEnd-m.tokStart == 3 && low(d.Tokens[m.tokStart]) == "memorandum"
}

// agreementSides reports whether in[xi], after agreement m, is one of the
// sides the words right after m name (every item of their list):
//
//	E with Y (and Z)                  signed a production agreement with rival Y
//	E against Y                       a copyright suit against Y (a lawsuit)
//	E between X and Y                 a co-operation deal between firm X and Y's Z
//	E is an agreement between X including Y and Z
//
// A side may follow a short description ("Japanese rival", "energy firm",
// "Argentina's"); a list goes on by list words, or after the first side by
// a description and "including" ("the Group of Seven leading industrial
// countries including the United States and West Germany").
func (rb *relBuilder) agreementSides(in []placed, xi int, m placed) bool {
	d := rb.d
	agreement, suit := isAgreement(d, m), isSuit(d, m) && pactHead(d, m) == m.tokEnd-1
	if !agreement && !suit || in[xi].tokStart < m.tokEnd {
		return false
	}
	k := copulaAgreement(d, m.tokEnd)
	if k >= len(d.Tokens) {
		return false
	}
	switch low(d.Tokens[k]) {
	case "with", "between", "among":
		if !agreement {
			return false
		}
	case "against": // a lawsuit's other side: "E against Y"
		if !suit {
			return false
		}
	default:
		return false
	}
	prev, first := k+1, true
	for qi, q := range in {
		if q.tokStart < prev || q.coref {
			continue
		}
		if describes(d, in, qi) {
			continue // "Argentina's Enarsa", "Japanese rival Y": the side's description
		}
		if !rb.participant(q) || first && !sideGap(d, prev, q.tokStart) || !first && !nextSideGap(d, prev, q.tokStart) {
			return false
		}
		if qi == xi {
			return true
		}
		prev, first = q.tokEnd, false
	}
	return false
}

// copulaAgreement returns the token after "is an agreement" (a copula, a
// determiner, at most two modifiers and an agreement head) at token k, or
// k when there is none: "the Louvre pact is an agreement between ...".
func copulaAgreement(d *Document, k int) int {
	if k+2 >= len(d.Tokens) || !copulas[low(d.Tokens[k])] || !actedDeterminers[low(d.Tokens[k+1])] {
		return k
	}
	j := k + 2
	for n := 0; n < 2 && j < len(d.Tokens) && signedModifier(d.Tokens[j]); n++ {
		j++
	}
	if j < len(d.Tokens) && signedHeads[low(d.Tokens[j])] {
		return j + 1
	}
	return k
}

// sideMaxWords bounds the description before a side of an agreement.
const sideMaxWords = 4

// sideGap reports whether tokens [i, j) may stand before a side of an
// agreement: at most sideMaxWords capitalised words, possessives, "the"
// and lower-case words that are no stop words ("Japanese rival", "the
// state energy firm").
func sideGap(d *Document, i, j int) bool {
	if j-i > sideMaxWords {
		return false
	}
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		switch l := low(t); {
		case t.Break:
			return false
		case l == "the", isPossessive(t), t.Word() && t.Cap():
		case t.Word() && !groupStopWords[l] && !reportingVerbs[l] && !negationWords[l] && l != "including":
		default:
			return false
		}
	}
	return true
}

// nextSideGap reports whether tokens [i, j) join a side of an agreement to
// the next: list words and the next side's description, or a description
// of the first side and "including".
func nextSideGap(d *Document, i, j int) bool {
	k := i
	for k < j && (d.Tokens[k].Text == "," || low(d.Tokens[k]) == "and" || d.Tokens[k].Text == "&") {
		k++
	}
	if k > i {
		return sideGap(d, k, j)
	}
	for n := 0; k < j && n < sideMaxWords && low(d.Tokens[k]) != "including"; n++ {
		if t := d.Tokens[k]; !t.Word() || t.Cap() || clauseWords[low(t)] || low(t) == "and" || low(t) == "or" || low(t) == "to" {
			return false
		}
		k++
	}
	return k < j && low(d.Tokens[k]) == "including" && sideGap(d, k+1, j)
}

// describes reports whether mention in[qi] only describes the name after
// it: a possessor ("Argentina's Enarsa") or a modifier followed, after at
// most a short description, by another name ("Japanese rival Y", "U.S.
// firm Y").
func describes(d *Document, in []placed, qi int) bool {
	q := in[qi]
	if q.tokEnd < len(d.Tokens) && isPossessive(d.Tokens[q.tokEnd]) {
		return true
	}
	for _, r := range in[qi+1:] {
		if r.tokStart >= q.tokEnd && !r.coref {
			return sideGap(d, q.tokEnd, r.tokStart) && !d.Tokens[r.tokStart-1].Break
		}
	}
	return false
}

// agreementBackers back an agreement as one of its parties: "X agreed to
// support the Louvre pact", "X endorsed the E", "X will uphold the E". Before
// other events they are no action ("X supports the election"), and after a
// refusal ("X refused to support E") they give nothing (backsAgreement).
var agreementBackers = map[string]bool{"support": true, "supports": true, "supported": true, "supporting": true,
	"endorse": true, "endorses": true, "endorsed": true, "endorsing": true, "uphold": true, "upholds": true,
	"upheld": true, "upholding": true, "back": true, "backs": true, "backing": true}

// refusalWords turn backing into refusing it: "X refused to support E".
var refusalWords = map[string]bool{"refused": true, "refuses": true, "refuse": true, "declined": true,
	"declines": true, "decline": true, "rejected": true, "opposed": true, "reluctant": true, "unwilling": true,
	"hesitant": true, "failed": true, "fails": true, "ceased": true, "stopped": true}

// backsAgreement reports whether token v is an agreement backer, a base
// form only after a modal or "to" ("to support", "would back"), with no
// refusal in tokens [from, v) and no "and" before a lower-case word there:
// in "X met Y and agreed to support E" Y is not the one who agreed (the
// parse finds X, subjectVerb).
func backsAgreement(d *Document, from, v int) bool {
	l := low(d.Tokens[v])
	if !agreementBackers[l] || (l == "support" || l == "back" || l == "uphold" || l == "endorse") && !modalBefore(d, v) {
		return false
	}
	for k := from; k < v; k++ {
		if refusalWords[low(d.Tokens[k])] || low(d.Tokens[k]) == "and" && !d.Tokens[k+1].Cap() {
			return false
		}
	}
	return true
}
