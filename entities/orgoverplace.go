package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// orgsOverPlaces raises a recognizer's organization that holds a place
// or country the gazetteer read, and more capitalised words, above that
// reading: "Air France", "Real Madrid", "Dynamo Moscow" and "France
// Telecom" are the airline, the clubs and the company, not France, Madrid
// and Moscow. The organization must be capitalised words only (no comma,
// no lower-case word: "France and Germany" is no name), on one line and
// not all in capitals (a headline or a table's "WESTERN DIVISION TEXAS"),
// and the place must not open a dateline ("Steve Pagani VIENNA
// 1996-08-31" is a byline and the dateline's city). An abbreviation
// with a period ("U.S.", "U.K.") followed by the rest is left as it is:
// some wires capitalise the word after such a period as if a sentence
// began ("U.S. Officials said", "U.S. And West Germany"). Nor is it a name when
// its other words are a title's and a role noun follows: "U.S. Treasury
// Secretary X" and "West German Finance Minister X" are a country's
// officers, read so by the role rules. And places joined by a hyphen
// ("U.S.-Canada") are no organization's name. A name of a place, a
// division head and "of" ("London Borough of X") is raised as a place.
func orgsOverPlaces(d *Document, gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Organization || m.TokEnd-m.TokStart < 2 || allCaps(m.Text(d)) {
			continue
		}
		if !capitalisedRun(d, m.TokStart, m.TokEnd) {
			of := placeHeadOf(d, gazetteer, m)
			if of < 0 {
				continue
			}
			if placeDivisionHeads[low(d.Tokens[of-1])] {
				m.Type = graph.Place // "London Borough of X"
			}
		}
		if m.TokEnd < len(d.Tokens) && isDash(d.Tokens[m.TokEnd].Text) && !d.Tokens[m.TokEnd].Space {
			continue // cut inside a word: "Asia Pacific Economic Co" of "Co-operation"
		}
		places := placesOver(gazetteer, m)
		if titleBeforeRole(d, places, m) || !wordBeyondPlaces(d, places, m) {
			continue
		}
		for _, g := range places {
			if g.TokStart >= m.TokStart && g.TokEnd <= m.TokEnd && g.TokEnd-g.TokStart < m.TokEnd-m.TokStart && !datelinePlace(d, &g) && !abbreviatedBefore(d, &g, m) {
				m.Score = ScoreStrong
				break
			}
		}
	}
}

// placesOver returns the places and countries the gazetteer read that
// share a token with mention m.
func placesOver(gazetteer []Mention, m *Mention) []Mention {
	var out []Mention
	for _, g := range gazetteer {
		if (g.Type == graph.Place || g.Type == graph.Country) && g.TokStart < m.TokEnd && g.TokEnd > m.TokStart {
			out = append(out, g)
		}
	}
	return out
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

// placeDivisionHeads are the heads that make a place's name with "of"
// a place's: "London Borough of X".
var placeDivisionHeads = lexicon.Set("place_division_heads")

// placeHeadOf returns the token of "of" when organization m is a place, a
// capitalised head and a complement after "of" ("California Division of
// Occupational Safety and Health", "Quillby Board of Water"): capitalised
// words on one line but for the one "of" and an "and" between capitalised
// words after it, the place (of the gazetteer's readings) opening m and
// ending before the head; else -1.
func placeHeadOf(d *Document, gazetteer []Mention, m *Mention) int {
	of := -1
	for k := m.TokStart; k < m.TokEnd; k++ {
		if low(d.Tokens[k]) == "of" {
			if of >= 0 {
				return -1
			}
			of = k
		}
	}
	if of < 0 || of+1 >= m.TokEnd || !capitalisedRun(d, m.TokStart, of) {
		return -1
	}
	for k := of + 1; k < m.TokEnd; k++ {
		if t := d.Tokens[k]; t.Break || low(t) == "and" && (k == of+1 || k+1 == m.TokEnd) || low(t) != "and" && !capitalisedRun(d, k, k+1) {
			return -1
		}
	}
	for _, g := range gazetteer {
		if (g.Type == graph.Place || g.Type == graph.Country) && g.TokStart == m.TokStart && g.TokEnd < of {
			return of
		}
	}
	return -1
}

// titleBeforeRole reports whether organization m is one of places (see
// placesOver) followed by role-title words only, with a role noun right
// after m ("U.S. Treasury" of "U.S. Treasury Secretary X").
func titleBeforeRole(d *Document, places []Mention, m *Mention) bool {
	if m.TokEnd >= len(d.Tokens) || !roleNouns[low(d.Tokens[m.TokEnd])] {
		return false
	}
	from := m.TokEnd
	for _, g := range places {
		if g.TokStart >= m.TokStart && g.TokEnd < m.TokEnd {
			from = min(from, g.TokEnd)
		}
	}
	if from == m.TokEnd {
		return false
	}
	for k := from; k < m.TokEnd; k++ {
		if !isRoleWord(low(d.Tokens[k])) {
			return false
		}
	}
	return true
}

// abbreviatedBefore reports whether place g is an abbreviation ending in
// a period with more of organization m after it.
func abbreviatedBefore(d *Document, g, m *Mention) bool {
	return g.TokEnd < m.TokEnd && strings.HasSuffix(d.Tokens[g.TokEnd-1].Text, ".")
}

// wordBeyondPlaces reports whether organization m has a word that none
// of places (see placesOver) covers (dashes and periods aside).
func wordBeyondPlaces(d *Document, places []Mention, m *Mention) bool {
	for k := m.TokStart; k < m.TokEnd; k++ {
		t := d.Tokens[k].Text
		if isDash(t) || t == "." {
			continue
		}
		covered := false
		for _, g := range places {
			if g.TokStart <= k && k < g.TokEnd {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}
