package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// placeSurname reports whether the last word of the recognizer's person
// m is a surname the gazetteer reads as a country or place ("Michael
// Mann", whose Mann is also the Isle of Man's; "Jerry Jordan", "Alastair
// France"): the gazetteer reads that one word, written in letters and
// not in capitals, and no other strong name inside m or around it (a
// given name may be a town's, "Michael", as a weak reading); the words
// before it are a given name's, no role noun, honorific, head noun or
// word that begins no name; the word opens no dateline; and the wording
// around the name is a person's (personCueAround): the recognizer
// alone also calls "Reebok Japan" and "Sporting Lisbon" people.
func placeSurname(d *Document, gazetteer []Mention, m *Mention) bool {
	var last *Mention
	for j := range gazetteer {
		g := &gazetteer[j]
		if g.TokEnd <= m.TokStart || g.TokStart >= m.TokEnd {
			continue
		}
		if (g.Type == graph.Country || g.Type == graph.Place) && g.TokStart == m.TokEnd-1 && g.TokEnd == m.TokEnd {
			last = g
			continue
		}
		if g.Score >= ScoreStrong || g.TokStart < m.TokStart || g.TokEnd > m.TokEnd {
			return false // "Pemex Japan", "Kuwait Jordan"
		}
	}
	// "R-Idaho" is a party and a state; "J. Henry Schroder Wagg" a
	// name that goes on past the place.
	if last == nil || !d.Tokens[last.TokStart].Space || m.TokEnd < len(d.Tokens) && capWord(d, m.TokEnd) {
		return false
	}
	w := last.Text(d)
	return !strings.ContainsRune(w, '.') && !allCaps(w) && !datelinePlace(d, last) && personWordsAfter(d, m.TokStart, last.TokStart) &&
		personCueAround(d, m.TokStart, m.TokEnd)
}

// personCueAround reports whether the wording around the name at tokens
// [i, e) is a person's: a role noun, job title or honorific in lower
// case before it ("analyst X", "referee X"); after it a reporting verb
// ("X said"), or a comma and "who", an age, "of" or a role ("X, who
// ...", "X, 54,", "X, of the broker Y", "X, a spokesman").
func personCueAround(d *Document, i, e int) bool {
	if i > 0 {
		p := d.Tokens[i-1]
		if l := strings.TrimSuffix(low(p), "."); p.Word() && !p.Cap() && (roleNouns[l] || titleHeads[l]) || honorifics[l] {
			return true
		}
	}
	if e >= len(d.Tokens) {
		return false
	}
	if reportingVerbs[low(d.Tokens[e])] {
		return true
	}
	if d.Tokens[e].Text != "," || e+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[e+1]
	switch l := low(n); {
	case l == "who" || l == "of" || roleNouns[l] || titleHeads[l]:
		return true
	case l == "a" || l == "an" || l == "the":
		for k := e + 2; k < min(e+6, len(d.Tokens)); k++ {
			if l := low(d.Tokens[k]); roleNouns[l] || titleHeads[l] {
				return true
			}
		}
	}
	return n.Text != "" && n.Text[0] >= '1' && n.Text[0] <= '9' && e+2 < len(d.Tokens) && d.Tokens[e+2].Text == ","
}
