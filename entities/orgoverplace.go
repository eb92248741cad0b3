package entities

import "github.com/newsgraph/newsgraph/graph"

// orgsOverPlaces raises a recognizer's organization that holds a place
// or country the gazetteer read, and more capitalised words, above that
// reading: "Air France", "Real Madrid", "Dynamo Moscow" and "France
// Telecom" are the airline, the clubs and the company, not France, Madrid
// and Moscow. The organization must be capitalised words only (no comma,
// no lower-case word: "France and Germany" is no name), on one line and
// not all in capitals (a headline or a table's "WESTERN DIVISION TEXAS"),
// and the place must not open a dateline ("Steve Pagani VIENNA
// 1996-08-31" is a byline and the dateline's city).
func orgsOverPlaces(d *Document, gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Organization || m.TokEnd-m.TokStart < 2 || !capitalisedRun(d, m.TokStart, m.TokEnd) || allCaps(m.Text(d)) {
			continue
		}
		if m.TokEnd < len(d.Tokens) && isDash(d.Tokens[m.TokEnd].Text) && !d.Tokens[m.TokEnd].Space {
			continue // cut inside a word: "Asia Pacific Economic Co" of "Co-operation"
		}
		for _, g := range gazetteer {
			if (g.Type == graph.Place || g.Type == graph.Country) && g.TokStart >= m.TokStart && g.TokEnd <= m.TokEnd && g.TokEnd-g.TokStart < m.TokEnd-m.TokStart && !datelinePlace(d, &g) {
				m.Score = ScoreStrong
				break
			}
		}
	}
}

// capitalisedRun reports whether tokens [from, to) are capitalised words
// (hyphens and periods inside them aside) on one line.
func capitalisedRun(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		t := d.Tokens[k]
		if k > from && t.Break {
			return false
		}
		if t.Word() && t.Cap() && !nonNames[low(t)] || isDash(t.Text) || t.Text == "." {
			continue
		}
		return false
	}
	return true
}
