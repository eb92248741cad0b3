package ingest

// This file reads a one-word organization or place that only the trained
// recognizer typed as the surname of the one person who has it:
// "Dulbecco was born in ..." beside an article about "Ada Dulbecco".
// Linking marks such an entity (markWeak); Resolve joins it to that
// person when the store knows exactly one (weakJoin). A small town the
// gazetteer knows that only the recognizer found is decided by linking
// itself (matchSurnameWord): the one stored person of that surname claims
// it before the town.

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

// matchSurnameWord finds the stored person whose surname e's one-word
// name is, by the rules matchPerson applies to a lone surname, and makes
// e that person's mention. The person must be stored with a full name,
// as a word only ever seen alone is no surname shown; and a person
// carrying a gazetteer entry is never found this way: a surname alone
// does not tell which of its bearers the entry is. Nor is a name whose
// surname alone is in capitals ("Ada DULBECCO"), a byline running into a
// dateline's town rather than a person's name; nor a title of a place
// ("Duke of Quillby"), whose last word is the place.
func matchSurnameWord(ix Index, e *entities.Entity) (graph.ID, bool, error) {
	key := surnameWord(e)
	if key == "" || strings.ContainsRune(key, ' ') {
		return 0, false, nil
	}
	id, found, err := surnamePerson(ix, key)
	if err != nil || !found {
		return 0, false, err
	}
	ent, err := ix.Entity(id)
	if err != nil {
		return 0, false, err
	}
	if len(storedWords(ent.Name)) < 2 || !surnameBearer(ent) {
		return 0, false, nil
	}
	e.Type, e.Words, e.Entry = graph.Person, []string{key}, nil
	return id, true, nil
}

// surnameBearer reports whether the stored person p, named with a
// surname, may be found by that surname alone: it carries no gazetteer
// entry, its surname is not alone in capitals, and it is no title of a
// place (the rules of matchSurnameWord and weakJoin).
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
