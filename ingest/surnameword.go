package ingest

// This file reads a one-word organization or place that only the trained
// recognizer typed as the surname of the one person who has it:
// "Dulbecco was born in ..." beside an article about "Ada Dulbecco".
// Linking marks such an entity (markWeak); Resolve joins it to that
// person when the store knows exactly one (weakJoin). A small town the
// gazetteer knows stays the town, even when only the recognizer found it:
// joining it to a person by surname was a decision of linking, which saw
// only the persons read so far, so shards and one store disagreed on
// which gazetteer entities exist; and a join in Resolve would fold the
// town's entry into the person.

import (
	"slices"
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
// person's surname: an organization or place of one word, typed by the
// recognizer alone (e.WeakType: no gazetteer entry, or a small town's the
// recognizer found), written in letters and not in capitals ("NATO");
// else "". Words of letters joined by hyphens count, each capitalised
// once at most ("Levi-Montalcini"; the key has a space for each hyphen,
// "levi montalcini").
func surnameWord(e *entities.Entity) string {
	if !e.WeakType || e.Type != graph.Organization && e.Type != graph.Place || e.Attrs["sport"] != "" {
		return ""
	}
	key := gazetteer.Key(e.Name)
	if strings.ContainsAny(e.Name, " \t\n") || len([]rune(key)) < minSurnameWord || !allLetters(strings.ReplaceAll(key, " ", "")) {
		return ""
	}
	for part := range strings.SplitSeq(e.Name, "-") {
		upper := 0
		for _, r := range part {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if upper > 1 || part == "" {
			return ""
		}
	}
	return key
}

// surnameBearer reports whether the stored person p, named with a
// surname, may be found by that surname alone: it carries no gazetteer
// entry, its surname is not alone in capitals, and it is no title of a
// place (the rules of weakJoin).
func surnameBearer(p *graph.Entity) bool {
	return p.Attrs["gazetteer"] == "" && !halfCapitals(p.Name) && !slices.Contains(strings.Fields(p.Name), "of")
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

// weakTown reports whether e is a small town that the recognizer alone
// found, a word with no preposition of place before it (entities'
// modelTown, which makes it weakly typed: "Mandela joined negotiations",
// the gazetteer knowing a town Mandela in Italy): weakJoin may read it
// as the surname of the one person of that name, who never takes the
// town's gazetteer facts (store.Load folds none across types).
func weakTown(e *graph.Entity, weak map[graph.ID]bool) bool {
	return weak[e.ID] && e.Type == graph.Place && strings.HasPrefix(e.Attrs["gazetteer"], "place:")
}
