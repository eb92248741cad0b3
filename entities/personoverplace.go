package entities

import (
	"strings"

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
// be in capitals or open a dateline; the country must be one word in
// letters, named as the gazetteer names it; no name of the gazetteer may
// hold the whole name ("Netherlands Antilles") and no country its other
// words ("Pemex Japan"). A name only a cue calls a person
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
		other := false // a gazetteer name holding the whole name, or a country in its rest
		for j := range gazetteer {
			g := &gazetteer[j]
			switch {
			case (g.Type == graph.Country || g.Type == graph.Place) && g.TokStart == m.TokStart && g.TokEnd < m.TokEnd:
				first = g
			case g.TokStart <= m.TokStart && g.TokEnd >= m.TokEnd, g.Type == graph.Country && g.TokStart < m.TokEnd && g.TokEnd > m.TokStart:
				other = true // "Netherlands Antilles", "Pemex Japan"; not "Anthony Washington"
			}
		}
		if (first == nil || first.Score < ScoreStrong) && n <= 3 && placeSurname(d, gazetteer, m) {
			m.Score = ScorePersonOverPlace // "Michael Mann", "Jerry Jordan"
			continue
		}
		if first == nil || other || first.TokEnd-first.TokStart != 1 || !plainCountryName(d, first) ||
			datelinePlace(d, first) || !personWordsAfter(d, first.TokEnd, m.TokEnd) {
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

// plainCountryName reports whether g is written in letters, not in
// capitals ("N.Z.", "UK"), and a country as the gazetteer names it
// ("Nippon Telegraph" holds Japan's own name, as companies do).
func plainCountryName(d *Document, g *Mention) bool {
	w := g.Text(d)
	if strings.ContainsRune(w, '.') || allCaps(w) {
		return false
	}
	return g.Type != graph.Country || g.Entry == nil || strings.EqualFold(g.Entry.Name, w)
}
