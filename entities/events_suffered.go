package entities

// Events a participant suffers. The annotation guide counts being hit by
// an event as taking part in it ("was attacked in", "is hit by"): "X has
// been hit by a recall scandal", "X was rocked by the strike", "X,
// embroiled in a bribery scandal, ...". sufferedAt makes the event
// after such a passive (a determiner, at most two lower-case modifiers
// and a head of sufferedHeads) an event of one article
// (descEventOver) when a person, organization, country or party, or a
// "he" or "she", is the passive's subject; sufferedSides links that
// subject. "The scandal hit X" (active) is left to the action words.

// sufferedHeads are the events one is hit by.
var sufferedHeads = map[string]bool{"scandal": true, "scandals": true, "strike": true, "strikes": true,
	"crisis": true, "boycott": true, "attack": true, "attacks": true, "bombing": true, "earthquake": true,
	"floods": true, "flood": true, "tsunami": true, "hurricane": true, "disaster": true, "fraud": true,
	"walkout": true, "riots": true, "blockade": true, "embargo": true, "sanctions": true}

// sufferWordings are the passives of suffering an event.
var sufferWordings = newWordings([][]string{{"hit", "by"}, {"rocked", "by"}, {"struck", "by"}, {"affected", "by"},
	{"crippled", "by"}, {"hurt", "by"}, {"embroiled", "in"}, {"engulfed", "by"}, {"caught", "up", "in"},
	{"shaken", "by"}, {"paralysed", "by"}, {"paralyzed", "by"}})

// sufferLeads may stand between the subject and the wording.
var sufferLeads = map[string]bool{"has": true, "have": true, "had": true, "been": true, "was": true, "were": true,
	"is": true, "are": true, "also": true, "badly": true, "hard": true, "already": true, "recently": true,
	"severely": true, "worst": true, "heavily": true, "being": true}

// sufferWordingAt returns the number of tokens of the wording at k, or 0.
func sufferWordingAt(d *Document, k int) int {
	return sufferWordings.at(d, k, false)
}

// sufferSubjectEnd returns the token after the passive's subject before
// wording k, or -1 when no be-form or apposition comma shows a passive.
func sufferSubjectEnd(d *Document, k int) int {
	j, passive := k, false
	for j > 0 && sufferLeads[low(d.Tokens[j-1])] && !d.Tokens[j-1].Break {
		passive = passive || passiveBe[low(d.Tokens[j-1])]
		j--
	}
	if j > 0 && d.Tokens[j-1].Text == "," && j == k {
		return j - 1 // "X, hit by a strike,"
	}
	if !passive {
		return -1
	}
	return j
}

// passiveBe are the be-forms of a passive.
var passiveBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true}

// sufferedAt returns the event of the suffering wording at token k (see
// above), and whether there is one.
func sufferedAt(d *Document, selected []Mention, k int) (Mention, bool) {
	n := sufferWordingAt(d, k)
	if n == 0 || talksNegated(d, k) {
		return Mention{}, false
	}
	if e := sufferSubjectEnd(d, k); e <= 0 || !chargedSubject(d, selected, e) {
		return Mention{}, false
	}
	if s, h := sufferedObject(d, k+n); h >= 0 {
		return descEventOver(d, s, h+1), true
	}
	return Mention{}, false
}

// sufferedObject reads the event after a wording at token k: a
// determiner, at most two lower-case modifiers and a head; it returns the
// first token of the event's name and its head, or -1, -1.
func sufferedObject(d *Document, k int) (int, int) {
	if k < len(d.Tokens) && purposeDeterminers[low(d.Tokens[k])] {
		k++
	}
	s := k
	for n := 0; n < 2 && k < len(d.Tokens) && !sufferedHeads[low(d.Tokens[k])] && talksModifier(d.Tokens[k]); n++ {
		k++
	}
	if k >= len(d.Tokens) || !sufferedHeads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return -1, -1
	}
	return s, k
}

// sufferedSides reports whether in[xi] is the subject of the passive
// before event m (sufferedAt) or an earlier item of its list.
func (rb *relBuilder) sufferedSides(in []placed, xi int, m placed) bool {
	d := rb.d
	if m.coref || in[xi].tokEnd > m.tokStart {
		return false
	}
	k := m.tokStart
	if k > 0 && purposeDeterminers[low(d.Tokens[k-1])] {
		k--
	}
	if s, h := sufferedObject(d, k); h < 0 || s != m.tokStart {
		return false
	}
	return rb.wordingSubject(in, xi, wordingEndingAt(d, k, sufferWordingAt), sufferSubjectEnd)
}
