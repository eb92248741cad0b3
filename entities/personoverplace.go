package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// ScorePersonOverPlace is the score of a person's name that opens with a
// country's or place's name: above the gazetteer's reading of that word.
const ScorePersonOverPlace = ScoreStrong + 0.25

// personsOverPlaces raises a person's name of two to four capitalised
// words that the trained recognizer found and whose first word the
// gazetteer reads as a country or place above that reading: "Israel
// Katz said", "Jordan Henderson scored" and "India Knight wrote" are
// people named like a country. The other words must be no role noun,
// honorific or head noun ("Israel Defense Forces", "Jordan Valley",
// "Brazil Finance Minister X"), nor words that begin no name; the name
// must not follow a preposition of place or a capitalised word ("to
// Israel Benjamin Netanyahu said": the country, then the person), nor
// be in capitals or open a dateline. A name only a cue calls a person
// is not raised: "Damascus Radio said" reads like "X Y said".
func personsOverPlaces(d *Document, gazetteer, cands []Mention) {
	for i := range cands {
		m := &cands[i]
		n := m.TokEnd - m.TokStart
		if m.Type != graph.Person || m.Source != "model" || n < 2 || n > 4 || m.Score >= ScorePersonOverPlace || !capitalisedRun(d, m.TokStart, m.TokEnd) || allCaps(m.Text(d)) {
			continue
		}
		if k := m.TokStart - 1; k >= 0 && (placeBeforeWords[low(d.Tokens[k])] || d.Tokens[k].Word() && d.Tokens[k].Cap() && !isSentenceStart(d, m.TokStart)) {
			continue
		}
		var first *Mention
		for j := range gazetteer {
			g := &gazetteer[j]
			if (g.Type == graph.Country || g.Type == graph.Place) && g.TokStart == m.TokStart && g.TokEnd < m.TokEnd {
				first = g
			}
		}
		if first == nil || datelinePlace(d, first) || !personWordsAfter(d, first.TokEnd, m.TokEnd) {
			continue
		}
		m.Score = ScorePersonOverPlace
	}
}

// personWordsAfter reports whether tokens [from, to) may be the rest of a
// person's name: no role noun, honorific, head noun or word that begins
// no name.
func personWordsAfter(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		l := low(d.Tokens[k])
		if _, head := headNouns[l]; head || roleNouns[l] || honorifics[l] || nonNames[l] {
			return false
		}
	}
	return true
}
