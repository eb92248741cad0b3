package entities

// "X said on his return from a visit to W": the possessive before the
// noun "return" names the traveller, who need not open the clause ("on
// his return" follows the speech verb, where the clause's subject rule
// finds only the pronoun inside the phrase). The trip is the same
// person's: one returns from one's own visit.
//
//	X said on his return from a visit to W        → X (the pronoun's antecedent)
//	on the minister's return from a tour of W     → the minister

// returnPossessor returns the traveller named by the possessive before
// a journey noun when token p is its link ("from" of "<possessive>
// return from", "to" of "<possessive> way to": journeyNouns,
// relations_visits_journey.go), and whether there is one.
func (rb *relBuilder) returnPossessor(in []placed, s Sentence, p int) (int, bool) {
	d := rb.d
	if p-2 < s.TokStart || journeyNouns[low(d.Tokens[p-1])] != low(d.Tokens[p]) {
		return 0, false
	}
	q := p - 2
	for _, m := range in {
		if travellerPronouns[low(d.Tokens[q])] && m.coref && m.tokStart == q || possessiveAt(d, q) && m.tokEnd == q {
			return m.ent, rb.isTraveller(m)
		}
	}
	return 0, false
}
