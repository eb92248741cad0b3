package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// placeBeforeWords are the words after which a name is a place rather
// than a person ("in Jordan", "from Mitchell").
var placeBeforeWords = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "of": true,
	"into": true, "across": true, "outside": true, "via": true,
}

// surnamesOverPlaces reads a one-word place, country or organization as
// the person of the article whose full name holds it: after "Dennis
// Mitchell", "Mitchell" is the man, not the town of Mitchell; after "Neil
// Jordan" a bare "Jordan" is the director; after "Dominic Cummings" the
// headline's "Cummings" is no company. A first name counts for a town
// only ("Sam" after "Sam Frost"), as a given name that is a country
// ("Jordan Henderson") is more often the country. The full name must be
// in the article (two or more words typed person). The word stays a
// place after a preposition of place ("flew to Jordan"); a country stays
// one when it is possessive ("Jordan's king") or an adjective; an
// organization must have no gazetteer entry and not be an acronym. The
// retyped mention joins the full name in resolve, as any surname does.
func surnamesOverPlaces(d *Document, keys []string, mentions []Mention) []Mention {
	const surname, given = 1, 2
	words := map[string]int{}
	for _, m := range mentions {
		if m.Type != graph.Person || m.TokEnd-m.TokStart < 2 || !plainName(d, m) {
			continue
		}
		// The surname is the last group of tokens written without a
		// space: "Sissi" is a word of "el-Sissi", whose key is "el sissi".
		if j := gluedStart(d, m.TokStart+1, m.TokEnd); d.Tokens[m.TokEnd-1].Word() {
			if k := spanKey(keys, j, m.TokEnd); len(k) > 2 {
				words[k] |= surname
			}
		}
		if k := keys[m.TokStart]; d.Tokens[m.TokStart].Word() && d.Tokens[m.TokStart].Cap() && len(k) > 2 {
			words[k] |= given
		}
	}
	if len(words) == 0 {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		w := 0
		if gluedStart(d, m.TokStart, m.TokEnd) == m.TokStart {
			w = words[spanKey(keys, m.TokStart, m.TokEnd)]
		}
		if w == 0 || !personWordReading(d, m, w&surname != 0) || placeBeside(d, mentions, m) {
			continue
		}
		m.Type, m.Entry, m.Source, m.Role = graph.Person, nil, "repeat", ""
	}
	return mentions
}

// gluedStart returns the first token of the run of tokens written
// without a space that ends at token end-1, not before from: the start of
// "el-Sissi" in "Abdel-Fattah el-Sissi".
func gluedStart(d *Document, from, end int) int {
	j := end - 1
	for j > from && !d.Tokens[j].Space {
		j--
	}
	return j
}

// placeBeside reports whether a place or country is written right after
// m and a comma: "Denver, Colorado" is the town.
func placeBeside(d *Document, mentions []Mention, m *Mention) bool {
	return m.TokEnd+1 < len(d.Tokens) && d.Tokens[m.TokEnd].Text == "," && placeStartsAt(mentions, m.TokEnd+1)
}

// plainName reports whether a mention is words only, with no colon,
// comma or bracket inside (not "Detroit L.O. : Bodman").
func plainName(d *Document, m Mention) bool {
	for k := m.TokStart; k < m.TokEnd; k++ {
		switch d.Tokens[k].Text {
		case ":", ",", ";", "(", ")", "/":
			return false
		}
	}
	return true
}

// personWordReading reports whether one-word mention m, a name word of a
// person of the article (a surname when surname is set, else a given
// name), may be read as that person; see surnamesOverPlaces.
func personWordReading(d *Document, m *Mention, surname bool) bool {
	if m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] {
		return false
	}
	switch m.Type {
	case graph.Place:
		return !strings.HasPrefix(entryID(m), "area:")
	case graph.Country:
		return surname && !isAdjective(d.Tokens[m.TokStart].Text) && !(m.TokEnd < len(d.Tokens) && isPossessive(d.Tokens[m.TokEnd]))
	case graph.Organization:
		// A word in capitals is an acronym ("NATO") but in a headline.
		return surname && m.Entry == nil && m.Source != "acronym" && (!allCaps(d.Tokens[m.TokStart].Text) || headlineWord(d, m.TokStart))
	}
	return false
}

// headlineWord reports whether token k is in the article's first
// sentence, where a headline in capitals names people by surname
// ("PARNEVIK TAKES LEAD").
func headlineWord(d *Document, k int) bool {
	return len(d.Sentences) > 0 && k < d.Sentences[0].TokEnd
}

// entryID returns the ID of a mention's gazetteer entry, or "".
func entryID(m *Mention) string {
	if m.Entry == nil {
		return ""
	}
	return m.Entry.ID
}

// modelTown reports whether e is a one-word small town (fewer than
// minFreePopulation people, no capital) that only the trained recognizer
// found, the gazetteer giving it its reading, never after a preposition
// of place nor before a comma and a capitalised word ("Eliot, Maine"),
// and written once at least as a person acting (actsAsPerson): a
// name such as "Eliot joined the firm" that may as well be the surname of
// a person another article names in full. Linking lets the one stored
// person of that surname claim it (Entity.WeakType).
func modelTown(d *Document, e *Entity, g *group) bool {
	if e.Type != graph.Place || e.Entry == nil || !smallTown(e.Entry) || !g.modelOnly() {
		return false
	}
	acts := false
	for _, m := range g.sample {
		if m.TokEnd-m.TokStart != 1 || m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] {
			return false
		}
		if k := m.TokEnd; k+1 < len(d.Tokens) && d.Tokens[k].Text == "," && d.Tokens[k+1].Cap() && !reportingVerbs[low(d.Tokens[k+1])] {
			return false // "Eliot, Maine"
		}
		acts = acts || actsAsPerson(d, m)
	}
	return acts
}

// personVerbs are the verbs of being and having and the auxiliaries that
// follow a person's name as they follow a subject's.
var personVerbs = map[string]bool{
	"was": true, "is": true, "has": true, "had": true, "will": true, "would": true,
	"did": true, "does": true, "says": true, "said": true,
}

// actsAsPerson reports whether the one-word mention m is written as a
// person acting: a verb in lower case follows it (a reporting verb, a
// verb of being or an auxiliary, a past tense in "-ed": "Mandela joined",
// "Dulbecco was born"), and it closes no list of names ("Woodhouse, Drake
// and Carey said", a firm). A word before a noun ("Maya crude", "its
// Montero sport/utility vehicle") or in the possessive ("Bartlett's
// Familiar Quotations") is no such use: the town the recognizer read there
// is as likely a product's or a firm's name.
func actsAsPerson(d *Document, m Mention) bool {
	if k := m.TokStart - 1; k >= 0 {
		switch low(d.Tokens[k]) {
		case "and", "&", "of":
			return false
		case ",":
			// A comma after a name lists names ("Woodhouse, Drake"); one
			// after a fronted clause or its first word ("During his
			// lifetime, Neruda occupied", "Later, Neruda escaped") does not.
			if k >= 1 && d.Tokens[k-1].Cap() && !sentenceFirst(d, k-1) {
				return false
			}
		}
	}
	k := m.TokEnd
	if k >= len(d.Tokens) || !d.Tokens[k].Word() || d.Tokens[k].Cap() {
		return false
	}
	l := low(d.Tokens[k])
	return personVerbs[l] || reportingVerbs[l] || len(l) > 4 && strings.HasSuffix(l, "ed")
}

// smallTown reports whether a gazetteer entry is a town of fewer than
// minFreePopulation people, no capital, region or world area.
func smallTown(e *gazetteer.Entry) bool {
	return e.Type == graph.Place && !e.Capital && e.Population < minFreePopulation && strings.HasPrefix(e.ID, "place:")
}

// sentenceFirst reports whether token k opens its sentence.
func sentenceFirst(d *Document, k int) bool {
	si := sentenceOf(d, d.Tokens[k].Start)
	return si >= 0 && d.Sentences[si].TokStart == k
}
