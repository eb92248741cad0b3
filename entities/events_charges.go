package entities

import "slices"

// Offences a person or company answers for. A court report names the
// offence only as the object of a plea, an admission, a charge or a
// verdict: "Mr X has pleaded guilty to fraud", "X, who has admitted
// fraud", "X was charged with insider trading", "X was convicted of
// securities fraud". The annotation guide makes such an offence an event
// its perpetrator took part in ("carried out"; a fraud, a scandal).
// chargedAt finds the offence (an offence noun, offenceHeads, after
// one of the charge wordings, with at most an amount and two lower-case
// modifiers before it: "an $11bn accounting fraud") when a person,
// organization, country or party, a "he" or "she" or a "who" ends right
// before the wording (chargeLeads between). The offence is a description
// of one article (descEventOver): two articles' "fraud" are two frauds.
// The relation stage links the subject and every earlier item of its list
// ("X and Y pleaded guilty to fraud", chargedSides).
//
// A negation before the wording ("X did not admit fraud", "X denied
// fraud" has no wording at all) gives nothing: only a plea, an admission,
// a charge or a conviction states that the person answers for the
// offence; "X was cleared of fraud" or "X denied fraud" do not.

// offenceHeads are nouns of an offence one commits.
var offenceHeads = map[string]bool{"fraud": true, "conspiracy": true, "bribery": true, "embezzlement": true,
	"forgery": true, "theft": true, "perjury": true, "racketeering": true, "manslaughter": true, "murder": true,
	"extortion": true, "corruption": true, "trading": true, "laundering": true, "evasion": true}

// offenceCompounds are the modifiers an offence head that is also a
// common noun needs: "insider trading", "money laundering", "tax evasion".
var offenceCompounds = map[string]string{"trading": "insider", "laundering": "money", "evasion": "tax"}

// chargeWordings are the word sequences before an offence that make the
// subject answer for it.
var chargeWordings = newWordings([][]string{
	{"pleaded", "guilty", "to"}, {"pleads", "guilty", "to"}, {"pleading", "guilty", "to"}, {"admitted"}, {"admits"},
	{"admitting"}, {"charged", "with"}, {"convicted", "of"}, {"found", "guilty", "of"}, {"indicted", "for"},
	{"indicted", "on"}, {"jailed", "for"}, {"sentenced", "for"}, {"guilty", "of"},
})

// chargeLeads may stand between the subject and the wording: auxiliaries,
// adverbs of time and the relative "who" ("X, who has already admitted").
var chargeLeads = map[string]bool{"has": true, "have": true, "had": true, "already": true, "also": true, "was": true,
	"were": true, "is": true, "are": true, "been": true, "later": true, "previously": true, "since": true,
	"both": true, "who": true, ",": true, "yesterday": true, "today": true, "last": true, "earlier": true, "recently": true}

// chargedAt returns the offence of the charge wording at token k (see
// above), and whether there is one.
func chargedAt(d *Document, selected []Mention, k int) (Mention, bool) {
	n := chargeWordingAt(d, k)
	if n == 0 || talksNegated(d, k) || !chargedSubject(d, selected, chargeSubjectEnd(d, k)) {
		return Mention{}, false
	}
	if s, e := offenceAt(d, k+n); e > s {
		return descEventOver(d, s, e), true
	}
	return Mention{}, false
}

// chargeWordingAt returns the number of tokens of the charge wording that
// starts at token k, or 0.
func chargeWordingAt(d *Document, k int) int {
	n := chargeWordings.at(d, k, true)
	if n > 0 && low(d.Tokens[k]) == "guilty" && k > 0 && (low(d.Tokens[k-1]) == "found" || low(d.Tokens[k-1]) == "not") {
		return 0 // "found guilty of" is its own wording; "not guilty of" charges nobody
	}
	return n
}

// chargeSubjectEnd returns the token after the subject of the charge
// wording at k: before k and the chargeLeads before it, and an age set
// off by commas ("X, 42, pleaded guilty"). A comma stands after the
// subject only before "who" or an age ("X, who has admitted"); a comma
// before other leads ends a clause, and no subject is at hand (k).
func chargeSubjectEnd(d *Document, k int) int {
	j := k
	for j > 0 && !d.Tokens[j-1].Break {
		l := low(d.Tokens[j-1])
		if chargeLeads[l] || isNumber(l) && j >= 2 && d.Tokens[j-2].Text == "," && d.Tokens[j].Text == "," {
			j--
			continue
		}
		break
	}
	for i := j; i < k; i++ {
		if d.Tokens[i].Text != "," {
			continue
		}
		if i+1 < k && (low(d.Tokens[i+1]) == "who" || isNumber(d.Tokens[i+1].Text)) {
			return i
		}
		return k
	}
	return j
}

// chargedSubject reports whether a participant or a pronoun for a person
// ends at token e, before a charge wording.
func chargedSubject(d *Document, selected []Mention, e int) bool {
	if e <= 0 {
		return false
	}
	if m := mentionEndingAt(selected, e); m != nil && sideType(m.Type) {
		return true
	}
	switch low(d.Tokens[e-1]) {
	case "he", "she":
		return true
	}
	return false
}

// offenceAt returns the tokens [s, e) of the offence that opens at token
// k: an optional article and amount ("an $11bn"), at most two lower-case
// modifiers and an offence head; or s == e when none is there.
func offenceAt(d *Document, k int) (int, int) {
	if k < len(d.Tokens) && (low(d.Tokens[k]) == "a" || low(d.Tokens[k]) == "an" || low(d.Tokens[k]) == "the") {
		k++
	}
	s := k
	for k < len(d.Tokens) && (d.Tokens[k].Text == "$" || hasDigit(d.Tokens[k].Text)) && !d.Tokens[k].Break {
		k++ // "$11bn"
	}
	for n := 0; n < 3 && k < len(d.Tokens); n++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Break || t.Cap() || !t.Word() {
			break
		}
		if offenceHeads[l] {
			if c, ok := offenceCompounds[l]; ok && (k == s || low(d.Tokens[k-1]) != c) {
				break
			}
			return s, k + 1
		}
		if groupStopWords[l] {
			break
		}
		k++
	}
	return s, s
}

// chargedSides reports whether in[xi] is the subject of the charge
// wording before offence m (chargedAt) or an earlier item of the
// subject's list.
func (rb *relBuilder) chargedSides(in []placed, xi int, m placed) bool {
	d := rb.d
	if m.coref || in[xi].tokEnd > m.tokStart {
		return false
	}
	k := m.tokStart
	if k > 0 && (low(d.Tokens[k-1]) == "a" || low(d.Tokens[k-1]) == "an" || low(d.Tokens[k-1]) == "the") {
		k--
	}
	return rb.wordingSubject(in, xi, wordingEndingAt(d, k, chargeWordingAt), chargeSubjectEnd)
}

// wordingEndingAt returns the first token of the wording (wordingAt gives
// a wording's length at a token) that ends right before token k, starting
// at most three tokens before it, or -1.
func wordingEndingAt(d *Document, k int, wordingAt func(*Document, int) int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if n := wordingAt(d, j); n > 0 && j+n == k {
			return j
		}
	}
	return -1
}

// wordingSubject reports whether in[xi] is the subject, or an item of the
// subject list, of the wording at token w (-1: none); subjectEnd gives
// the token after the wording's subject (-1: none). The charge and
// suffered-event rules share it.
func (rb *relBuilder) wordingSubject(in []placed, xi, w int, subjectEnd func(*Document, int) int) bool {
	if w < 0 {
		return false
	}
	e := subjectEnd(rb.d, w)
	if e < 0 {
		return false
	}
	var sides []span
	for _, q := range in {
		if rb.participant(q) {
			sides = append(sides, span{q.tokStart, q.tokEnd})
		}
	}
	x := in[xi]
	return spanListEndsAt(rb.d, sides, span{x.tokStart, x.tokEnd}, e)
}

// span is a name's tokens [s, e).
type span struct{ s, e int }

// spanListEndsAt reports whether x is an item of the list of names of
// sides that ends at token at, items joined by list words ("A, B and C",
// "A or B", "A as well as B": listGap). Unlike relBuilder.listEndsAt,
// which walks forward from x over ", and" only, x may itself end at the
// list's end.
func spanListEndsAt(d *Document, sides []span, x span, at int) bool {
	slices.SortFunc(sides, func(a, b span) int { return b.s - a.s })
	edge, first := at, true
	for _, q := range sides {
		switch {
		case q.e > edge:
			continue
		case first && q.e != edge, !first && !listGap(d, q.e, edge):
			return false
		}
		if q == x {
			return true
		}
		first, edge = false, q.s
	}
	return false
}
