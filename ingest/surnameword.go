package ingest

// This file reads a one-word organization or place that only the trained
// recognizer typed as the surname of the one person who has it:
// "Dulbecco was born in ..." beside an article about "Ada Dulbecco".
// Linking marks such an entity (markWeak); Resolve joins it to that
// person when the store knows exactly one (weakJoins).

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// minSurnameWord is the fewest letters of a word read as a surname: short
// capitalised words are more often abbreviations than names.
const minSurnameWord = 4

// surnameWord returns the key of e's name when e may be read as a
// person's surname: an organization or place of one word, with no
// gazetteer entry, typed by the recognizer alone (e.WeakType), written in
// letters and not in capitals ("NATO"); else "".
func surnameWord(e *entities.Entity) string {
	if !e.WeakType || e.Entry != nil || e.Type != graph.Organization && e.Type != graph.Place || e.Attrs["sport"] != "" {
		return ""
	}
	key := gazetteer.Key(e.Name)
	if strings.ContainsRune(key, ' ') || len([]rune(key)) < minSurnameWord || !allLetters(key) {
		return ""
	}
	upper := 0
	for _, r := range e.Name {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper > 1 {
		return ""
	}
	return key
}

// halfCapitals reports whether a name's last word is in capitals and its
// first is not.
func halfCapitals(name string) bool {
	w := strings.Fields(name)
	return len(w) >= 2 && capitals(w[len(w)-1]) && !capitals(w[0])
}

// capitals reports whether w has two or more letters, all capitals.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
