package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// placeBeforeWords are the words after which a name is a place rather
// than a person ("in Jordan", "from Mitchell").
var placeBeforeWords = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "of": true,
	"into": true, "across": true, "outside": true, "via": true,
}

// surnamesOverPlaces reads a one-word place or country as the person of
// the article whose full name ends with it: after "Dennis Mitchell",
// "Mitchell" is the man, not the town of Mitchell, and after "Neil
// Jordan" a bare "Jordan" is the director. The person's full name must be
// in the article (a name of two or more words typed person); the word
// stays a place after a preposition of place ("flew to Jordan") and a
// country stays one when it is possessive ("Jordan's king") or an
// adjective. The retyped mention joins the full name in resolve, as any
// surname does.
func surnamesOverPlaces(d *Document, keys []string, mentions []Mention) []Mention {
	surnames := map[string]bool{}
	for _, m := range mentions {
		if m.Type == graph.Person && m.TokEnd-m.TokStart >= 2 && d.Tokens[m.TokEnd-1].Word() {
			if k := keys[m.TokEnd-1]; len(k) > 2 {
				surnames[k] = true
			}
		}
	}
	if len(surnames) == 0 {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		if m.TokEnd-m.TokStart != 1 || !surnames[keys[m.TokStart]] || (m.Type != graph.Place && m.Type != graph.Country) {
			continue
		}
		if m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] {
			continue
		}
		if m.Type == graph.Country && (isAdjective(d.Tokens[m.TokStart].Text) || m.TokEnd < len(d.Tokens) && isPossessive(d.Tokens[m.TokEnd])) {
			continue
		}
		if strings.HasPrefix(entryID(m), "area:") {
			continue
		}
		m.Type, m.Entry, m.Source, m.Role = graph.Person, nil, "repeat", ""
	}
	return mentions
}

// entryID returns the ID of a mention's gazetteer entry, or "".
func entryID(m *Mention) string {
	if m.Entry == nil {
		return ""
	}
	return m.Entry.ID
}
