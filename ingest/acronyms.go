package ingest

// This file joins long forms that an acronym names ("Varnholt Grain
// Dealers Association (VGDA)" and "Varnholt Grain Distributors
// Association (VGDA)") in Resolve, over every entity a store knows, as
// the other joins are. Linking used to join a long form to the oldest
// entity known by its acronym, and a bare acronym to the one entity that
// had defined it so far, so which entities an acronym chained together
// depended on the order articles were read in, and stores that each read
// part of a corpus (Converge) never chained them at all: what a store
// shares holds the acronym as an alias, not as a definition. An acronym
// is told from the other aliases by its letters, from the names alone:
// the capitals it spells begin the initials of another name of the
// entity.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/acronym"
)

// acronymOwner is an entity that has an acronym as an alias, with the
// name of it that the acronym spells.
type acronymOwner struct {
	id   graph.ID
	long string // key of the long form
}

// acronymOwners returns, by type and acronym key, the entities but people
// and teams that have the acronym as an alias spelling the initials of
// another of their names (acronymSpells).
func acronymOwners(ents []graph.Entity, memo *joinMemo) map[typedName][]acronymOwner {
	out := map[typedName][]acronymOwner{}
	for i := range ents {
		e := &ents[i]
		if e.Type == graph.Person || e.Attrs["sport"] != "" {
			continue
		}
		for _, a := range e.Aliases {
			if long, ok := memo.acronymOf(e, a); ok {
				k := typedName{e.Type, memo.key(a)}
				if !slices.ContainsFunc(out[k], func(o acronymOwner) bool { return o.id == e.ID }) {
					out[k] = append(out[k], acronymOwner{e.ID, memo.key(long)})
				}
			}
		}
	}
	return out
}

// acronymJoin returns the entity e, a long form with an acronym, joins:
// of the other entities of its type with that acronym whose long form
// shares at least half of its words with e's (sharedWords: "Strategic
// Export Controls (SEC)" is not the "Securities and Exchange Commission
// (SEC)"), the one with a gazetteer entry, or, when none has one, of
// those whose fullest name has more words than e's, the fullest (then
// the one with the most mentions, then by nameRank).
// Two with an entry are two things: e joins neither.
func acronymJoin(e *graph.Entity, acr map[typedName][]acronymOwner, byID map[graph.ID]*graph.Entity, memo *joinMemo) (graph.ID, bool) {
	if e.Type == graph.Person || e.Attrs["sport"] != "" {
		return 0, false
	}
	var gaz, plain []graph.ID
	name := memo.canonicalName(e)
	for _, a := range e.Aliases {
		long, ok := memo.acronymOf(e, a)
		if !ok {
			continue
		}
		for _, o := range acr[typedName{e.Type, memo.key(a)}] {
			if o.id == e.ID || !sharedWords(memo.key(long), o.long) {
				continue
			}
			switch other := byID[o.id]; {
			case other.Attrs["gazetteer"] != "":
				if !slices.Contains(gaz, o.id) {
					gaz = append(gaz, o.id)
				}
			case fullerName(e.Type, memo.canonicalName(other), name, memo) < 0:
				plain = append(plain, o.id)
			}
		}
	}
	if len(gaz) > 0 {
		return first(gaz), len(gaz) == 1
	}
	if len(plain) == 0 {
		return 0, false
	}
	return slices.MinFunc(plain, func(a, b graph.ID) int {
		x, y := byID[a], byID[b]
		return cmp.Or(fullerName(e.Type, memo.canonicalName(x), memo.canonicalName(y), memo), cmp.Compare(y.Mentions, x.Mentions), nameRank(e.Type, memo.canonicalName(x), memo.canonicalName(y), nil))
	}), true
}

// fullerName is nameOrder of two names: below 0 when a has more words
// than b, 0 for names equally full. A long form joins only a fuller one
// by its acronym: of two equally full ("Varnholt Grain Dealers
// Asociation", "Varnholt Grain Dealers Association") the key would choose
// the misspelling; nearNames joins those.
func fullerName(t graph.Type, a, b string, memo *joinMemo) int {
	return nameOrder(t, a, b, memo.key(a), memo.key(b))
}

// acronymOf returns the name of e (its name or another alias) whose
// initials alias a spells, when a is written as an acronym.
func (m *joinMemo) acronymOf(e *graph.Entity, a string) (string, bool) {
	letters, ok := m.acronymLetters(a)
	if !ok {
		return "", false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if n != a && strings.HasPrefix(m.initials(n), letters) {
			return n, true
		}
	}
	return "", false
}

// acronymLetters is acronym.Letters of an alias, remembered: the
// capitals and digits it spells ("DGMOs" → "DGMO", "LoC" → "LC"), and
// whether it is written as an acronym.
func (m *joinMemo) acronymLetters(a string) (string, bool) {
	l, ok := m.letters[a]
	if !ok {
		l, _ = acronym.Letters(a)
		m.letters[a] = l
	}
	return l, l != ""
}

// initials returns the initials of a name as an article spells an
// acronym from it: the first capital of each word, small words in lower
// case skipped, a number whole ("Line of Control" → "LC", "Group of 7"
// → "G7"); "" for a name of one word.
func (m *joinMemo) initials(name string) string {
	s, ok := m.inits[name]
	if ok {
		return s
	}
	words := strings.Fields(name)
	var b strings.Builder
	for _, w := range words {
		if len(words) < 2 {
			break
		}
		acronym.WriteInitials(&b, w, initialsSkip)
	}
	s = b.String()
	m.inits[name] = s
	return s
}

// initialsSkip reports whether a part of a name's word adds nothing to
// its initials: it starts with neither a digit nor a letter ("&",
// "(VGDA)"), or it is a small word in lower case ("of").
func initialsSkip(part string) bool {
	r, _ := utf8.DecodeRuneInString(part)
	return !unicode.IsDigit(r) && !unicode.IsUpper(r) && (!unicode.IsLetter(r) || nameFunctionWords[strings.ToLower(part)])
}

// sharedWords reports whether name keys a and b share at least half of
// the words of the shorter, small words aside.
func sharedWords(a, b string) bool {
	words := func(k string) []string {
		var out []string
		for _, w := range strings.Fields(k) {
			if !nameFunctionWords[w] {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	n := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return 2*n >= min(len(wa), len(wb))
}
