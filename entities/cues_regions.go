package entities

// This file reads the part of a country or region named by a capitalised
// compass word before it: "Southern Ostria", "West Tarnshire". Such a
// region is a place of its own; "southern Ostria" in lower case only
// describes Ostria and is left to the gazetteer's reading.

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// regionCompassWords open a region's name when capitalised ("Southern").
var regionCompassWords = lexicon.Set("compass_words")

// compassRegion adds a place for a capitalised compass word at token i
// and the place or country the gazetteer read right after it, when no
// gazetteer name starts at the compass word ("South Ostria" as a country
// of its own), no capitalised word goes on after the place ("Southern
// Tarnshire Edison" is a company), the place is named, not by its
// demonym ("North American sales", "West African"), and, for a country, the article names
// the country elsewhere too: the region must not take the article's only
// mention of its country.
func (c *cueRecognizer) compassRegion(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	if !a.t.Cap() || !regionCompassWords[a.lt] || i+1 >= s.TokEnd || !d.Tokens[i+1].Space {
		return out
	}
	if _, known := c.typed[i]; known {
		return out
	}
	m, ok := c.typed[i+1]
	if !ok || m.Type != graph.Place && m.Type != graph.Country || m.Entry == nil {
		return out
	}
	if e := m.TokEnd; e < s.TokEnd && d.Tokens[e].Word() && d.Tokens[e].Cap() {
		return out
	}
	if !nameReading(m.Entry, m.Text(d)) || m.Type == graph.Country && !c.namedElsewhere(d, m) {
		return out // "North American sales": an adjective, no place
	}
	return append(out, Mention{Start: d.Tokens[i].Start, End: m.End, TokStart: i, TokEnd: m.TokEnd,
		Type: graph.Place, Source: "region", Score: ScoreStrong})
}

// nameReading reports whether text is e's name or one of its names or
// short names, not a demonym or code.
func nameReading(e *gazetteer.Entry, text string) bool {
	k := gazetteer.Key(text)
	if gazetteer.Key(e.Name) == k {
		return true
	}
	for _, a := range e.Aliases {
		if (a.Kind == gazetteer.KindName || a.Kind == gazetteer.KindShort) && gazetteer.Key(a.Text) == k {
			return true
		}
	}
	return false
}

// namedElsewhere reports whether the gazetteer read m's entry at another
// place of the article, not after a compass word ("North Ostria" and
// "South Ostria" leave Ostria unnamed).
func (c *cueRecognizer) namedElsewhere(d *Document, m Mention) bool {
	for k, o := range c.typed {
		if k != m.TokStart && o.Entry == m.Entry && (k == 0 || !regionCompassWords[low(d.Tokens[k-1])]) {
			return true
		}
	}
	return false
}
