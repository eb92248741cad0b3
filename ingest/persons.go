package ingest

// This file matches a person of an article to the stored person it names:
// by full name, first and last name, spelling of the first name, or a
// lone surname to the entity kept for it (see Link).

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
// person's Words. Credentials after a comma are dropped too ("Jane Doe,
// M.D." → jane doe): the alias keeps them, the name words do not.
func storedWords(name string) []string {
	w := strings.Fields(gazetteer.Key(entities.WithoutDegrees(name)))
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
// matchPerson takes on a key asks whether it names
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
	// The same full name. A lone surname is the name of the entities
	// linking gathers it in, too: of those, only the one of its honorific
	// gender (gender.go).
	ids, err := persons(full, graph.NameFull)
	if err == nil && len(e.Words) == 1 {
		ids, err = loneOfSex(ix, ids, loneSex(e), newsOf(e.Attrs))
	}
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
		// The same names spelt another way ("Shahbaz Sharif" / "Shehbaz
		// Sharif", "Muhammad" / "Mohammed").
		if v := variantKey(e); v != "" {
			ids, err = persons(v, graph.NameFirstLast)
			if err == nil {
				// Not two first names of different genders ("Danny"/
				// "Diane"): gender.go.
				ids, err = sameSexPersons(ix, e.Words, ids)
			}
			if err != nil || len(ids) == 1 {
				return first(ids), len(ids) == 1, err
			}
		}
		return 0, false, nil
	}
	// A lone surname: the entity linking keeps for that surname alone,
	// where every mention of it gathers. Which person it stands for, if
	// any, depends on every person the store knows, and Resolve decides
	// it (joins): decided here, it would depend on which bearers had been
	// read so far.
	if e.Entry != nil {
		// A lone surname the extraction gave a gazetteer entry that no
		// stored entity has yet: the one stored person with that surname
		// (and no other entry, see otherEntry), as before. Resolve never
		// joins an entity with an entry, so this is decided here.
		ids, err := persons(surname, graph.NameSurname, graph.NameFull)
		return first(ids), len(ids) == 1, err
	}
	// A surname with a role ("President Lowe") gathers apart from the
	// surname without, so that Resolve can join it to the one person of
	// that role; one with a female honorific ("Mrs Lowe") apart from one
	// with a male one or none (gender.go).
	role := ""
	if len(e.Roles) > 0 {
		role = e.Roles[0]
	}
	lone, err := loneSurname(ix, surname, role, loneSex(e), newsOf(e.Attrs))
	return lone, lone != 0, err
}

// loneSurname returns the person linking keeps for surname alone with
// role ("" for none: the entity named by it, as linking left it: a join
// Resolve made does not hide it), honorific gender sex ("f", or "" for
// a male honorific or none: loneSex) and kind of news (news: newsOf,
// sportsnews.go), the oldest if there are several, or 0.
func loneSurname(ix Index, surname, role, sex, news string) (graph.ID, error) {
	refs, err := ix.BaseNames(surname)
	if err != nil {
		return 0, err
	}
	for _, r := range refs { // sorted by ID
		if r.Kind != graph.NameSurname && r.Kind != graph.NameFull {
			continue
		}
		ent, err := ix.Entity(r.ID)
		if err != nil {
			return 0, err
		}
		if w := storedWords(ent.Name); ent.Type == graph.Person && len(w) == 1 && w[0] == surname && strings.EqualFold(ent.Attrs["role"], role) && ent.Attrs[sexAttr] == sex && newsOf(ent.Attrs) == news {
			return r.ID, nil
		}
	}
	return 0, nil
}

// sameSexPersons returns the stored persons of ids whose name's first name
// the list of given names does not give another gender than w's
// (sameGivenSex).
func sameSexPersons(ix Index, w []string, ids []graph.ID) ([]graph.ID, error) {
	if givenSex(w) == "" {
		return ids, nil
	}
	var out []graph.ID
	for _, id := range ids {
		ent, err := ix.Entity(id)
		if err != nil {
			return nil, err
		}
		if sameGivenSex(w, storedWords(ent.Name)) {
			out = append(out, id)
		}
	}
	return out, nil
}

// loneOfSex returns the stored persons of ids that are not the entity
// linking gathers the lone surname of the other honorific gender in: a
// woman's lone surname is not the lone surname of a man's, nor of no
// honorific, and the other way round (loneSurname); nor the one of the
// other kind of news (news: sportsnews.go).
func loneOfSex(ix Index, ids []graph.ID, sex, news string) ([]graph.ID, error) {
	var out []graph.ID
	for _, id := range ids {
		ent, err := ix.Entity(id)
		if err != nil {
			return nil, err
		}
		if ent.Attrs[sexAttr] == sex && newsOf(ent.Attrs) == news {
			out = append(out, id)
		}
	}
	return out, nil
}
