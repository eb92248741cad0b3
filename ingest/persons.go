package ingest

// This file matches a person of an article to the stored person it names:
// by full name, first and last name, initial and surname, spelling of
// the first name, or a lone surname (see Link).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// personKeys returns the name keys of a person: the full name, the first
// and last name, and the surname (surnameOf).
func personKeys(e *entities.Entity) (full, firstLast, surname string) {
	w := e.Words
	full = strings.Join(w, " ")
	surname = surnameOf(w)
	if len(w) >= 2 {
		firstLast = w[0] + " " + surname
	}
	return
}

// generational holds the words after a surname that tell a son from his
// father ("jr", "sr", "iii").
var generational = lexicon.Set("generational_suffixes")

// surnameOf returns the surname of a person's name words: the last word,
// or the one before a generational suffix when the name has two words
// besides ("adolf zsigmondy sr" → "zsigmondy"; "iii" alone or after one
// word is left as it is).
func surnameOf(w []string) string {
	if n := len(w); n >= 3 && generational[w[n-1]] {
		return w[n-2]
	}
	return w[len(w)-1]
}

// variantKey returns a key shared by the spellings of a person's name
// whose first names differ only in vowels, doubled letters or an "h" after
// a consonant (transliterations: "Shehbaz"/"Shahbaz", "Mohammed"/
// "Muhammad") and whose surnames differ at most in doubled letters
// ("Petricioli"/"Petriccioli"); surnames differing in a vowel stay apart
// ("Herrington"/"Harrington"). It is "" when a name is too short to tell,
// or when either name holds anything but letters: digits are not spelt
// variously, and undoubling them would make "Person10", "Person100" and
// "Person1000" one name.
func variantKey(e *entities.Entity) string {
	w := e.Words
	if len(w) < 2 || !allLetters(w[0]) || !allLetters(w[len(w)-1]) {
		return ""
	}
	a, b := skeleton(w[0]), undouble(w[len(w)-1])
	if len([]rune(a)) < 2 || len([]rune(b)) < 3 {
		return ""
	}
	return "~" + a + " " + b
}

// storedWords returns the words of a stored person's name as keys,
// leading titles dropped ("Mr Lowe" → lowe), as the extraction gives a
// person's Words.
func storedWords(name string) []string {
	w := strings.Fields(gazetteer.Key(name))
	for len(w) > 1 && len(w[0]) > 1 && entities.TitleWord(w[0]) { // an initial is no title
		w = w[1:]
	}
	return w
}

// initialKey returns the key a person's name shares with the other
// names of the same initial and surname ("S. Lowe", "Sara Lowe" and
// "Simon Lowe" all give "^s lowe"), or "" for a single word. It lets an
// initial and surname, as scorecards and lists print names, find the one
// full name it abbreviates, and a full name the one abbreviation.
func initialKey(w []string) string {
	if len(w) < 2 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(w[0])
	return "^" + string(r) + " " + surnameOf(w)
}

// isInitial reports whether a person's name words start with an initial
// ("s", "lowe").
func isInitial(w []string) bool {
	return len(w) >= 2 && utf8.RuneCountInString(w[0]) == 1
}

// fuller reports whether name words w name a person more fully than the
// stored name's words: more words, or a first name where the stored name has
// an initial.
func fuller(w, sw []string) bool {
	if len(w) != len(sw) {
		return len(w) > len(sw)
	}
	return isInitial(sw) && !isInitial(w)
}

// allLetters reports whether w is all letters.
func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// addPersonName indexes a person's name key, unless the key already names
// two other persons of several words by that kind of name: every decision
// matchPerson and absorbSurnameOnly take on a key asks whether it names
// exactly one person, or none besides a given one, and a third changes
// no answer. Without the bound a surname shared by thousands of people
// (Khan, Smith) is a list that each of them reads and grows, and linking
// takes time quadratic in the corpus. Lone surnames are always indexed:
// they are what the surname rules look for, and they gather in one
// entity per surname.
func addPersonName(ix Index, key string, id graph.ID, kind graph.NameKind, fullNamed bool) error {
	if key == "" {
		return nil
	}
	if fullNamed {
		refs, err := ix.Names(key)
		if err != nil {
			return err
		}
		others := 0
		for _, r := range refs {
			if r.ID == id {
				others = 0
				break // already indexed: keep its kind current
			}
			if r.Kind != kind {
				continue
			}
			ent, err := ix.Entity(r.ID)
			if err != nil {
				return err
			}
			if ent.Type == graph.Person && len(storedWords(ent.Name)) >= 2 {
				others++
			}
		}
		if others >= 2 {
			return nil
		}
	}
	return ix.AddName(key, id, kind)
}

// undouble drops doubled letters: "petriccioli" → "petricioli".
func undouble(w string) string {
	var out []rune
	for _, r := range w {
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// skeleton keeps a word's first letter and its consonants after it, with
// "h" after a consonant and doubled letters dropped: "shehbaz" → "shbz",
// "mohammed" → "mhmd".
func skeleton(w string) string {
	var out []rune
	rs := []rune(w)
	for i, r := range rs {
		if i > 0 {
			if strings.ContainsRune("aeiouy", r) {
				continue
			}
			if r == out[len(out)-1] || r == 'h' && !strings.ContainsRune("aeiouy", rs[i-1]) {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// matchPerson finds the stored person a local person names.
func matchPerson(ix Index, e *entities.Entity) (graph.ID, bool, error) {
	full, firstLast, surname := personKeys(e)
	persons := func(key string, kinds ...graph.NameKind) ([]graph.ID, error) {
		refs, err := ix.Names(key)
		if err != nil {
			return nil, err
		}
		var out []graph.ID
		for _, r := range refs {
			if !slices.Contains(kinds, r.Kind) {
				continue
			}
			ent, err := ix.Entity(r.ID)
			if err != nil {
				return nil, err
			}
			if ent.Type == graph.Person {
				out = append(out, r.ID)
			}
		}
		return out, nil
	}
	// The same full name.
	ids, err := persons(full, graph.NameFull)
	if err != nil || len(ids) == 1 {
		return first(ids), len(ids) == 1, err
	}
	if firstLast != "" {
		// First and last name in common ("Sanjay Kumar Jha" / "Sanjay Jha").
		ids, err = persons(firstLast, graph.NameFull, graph.NameFirstLast)
		if err != nil || len(ids) == 1 {
			return first(ids), len(ids) == 1, err
		}
		if len(ids) > 1 {
			return 0, false, nil
		}
		// An initial and surname for the one full name of that initial and
		// surname ("S. Lowe" / "Sara Lowe"), or a full name for the one
		// initial and surname, when no other full name shares them.
		if id, ok, err := matchInitial(ix, e, persons); err != nil || ok {
			return id, ok, err
		}
		// The same names spelt another way ("Shahbaz Sharif" / "Shehbaz
		// Sharif", "Muhammad" / "Mohammed").
		if v := variantKey(e); v != "" {
			ids, err = persons(v, graph.NameFirstLast)
			if err != nil || len(ids) == 1 {
				return first(ids), len(ids) == 1, err
			}
		}
		return 0, false, nil
	}
	// A lone surname: the one person who has it.
	ids, err = persons(surname, graph.NameSurname, graph.NameFull)
	if err != nil || len(ids) == 1 {
		return first(ids), len(ids) == 1, err
	}
	// Several people have it: the lone surname joins the one full name
	// whose role the article gives it ("President Lowe" and President
	// Sara Lowe, not the first lady Tom Lowe), else the one entity known
	// by that surname alone, so that unresolved mentions gather in one
	// node instead of one per article.
	var lone, roled []graph.ID
	for _, id := range ids {
		ent, err := ix.Entity(id)
		if err != nil {
			return 0, false, err
		}
		w := storedWords(ent.Name)
		if len(w) == 1 && w[0] == surname {
			lone = append(lone, id)
		} else if r := ent.Attrs["role"]; r != "" && len(w) >= 2 && slices.ContainsFunc(e.Roles, func(x string) bool { return strings.EqualFold(x, r) }) {
			roled = append(roled, id)
		}
	}
	if len(roled) == 1 {
		return roled[0], true, nil
	}
	return first(lone), len(lone) == 1, nil
}

// matchInitial finds the stored person whose name and e's differ only in
// that one gives the first name as an initial: the one full name with e's
// initial and surname when e is an initial ("S. Lowe" → "Sara Lowe"), or
// the one initial with e's when e is a full name and no other full name
// has them.
func matchInitial(ix Index, e *entities.Entity, persons func(string, ...graph.NameKind) ([]graph.ID, error)) (graph.ID, bool, error) {
	key := initialKey(e.Words)
	if key == "" {
		return 0, false, nil
	}
	ids, err := persons(key, graph.NameFirstLast)
	if err != nil {
		return 0, false, err
	}
	var initials, full []graph.ID
	for _, id := range ids {
		ent, err := ix.Entity(id)
		if err != nil {
			return 0, false, err
		}
		w := storedWords(ent.Name)
		if len(w) < 2 {
			continue
		}
		if isInitial(w) {
			initials = append(initials, id)
		} else {
			full = append(full, id)
		}
	}
	if isInitial(e.Words) {
		return first(full), len(full) == 1, nil
	}
	return first(initials), len(initials) == 1 && len(full) == 0, nil
}

// absorbSurnameOnly merges into id a stored person known only by the
// surname id's full name ends with, when id is the only full-named person
// with that surname.
func absorbSurnameOnly(ix Index, id graph.ID, surname string) error {
	refs, err := ix.Names(surname)
	if err != nil {
		return err
	}
	var lone []graph.ID
	fullNamed := 0
	seen := map[graph.ID]bool{id: true}
	for _, r := range refs {
		if seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		ent, err := ix.Entity(r.ID)
		if err != nil {
			return err
		}
		if ent.Type != graph.Person {
			continue
		}
		if len(storedWords(ent.Name)) == 1 {
			lone = append(lone, r.ID)
		} else {
			fullNamed++
		}
	}
	if fullNamed > 0 {
		return nil
	}
	for _, l := range lone {
		if err := ix.Redirect(l, id); err != nil {
			return err
		}
	}
	return nil
}
