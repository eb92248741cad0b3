package ingest

// This file joins an organization's or a place's short form to its full
// name across articles: "Navy" and "U.S. Navy", "Security Council" and
// "U.N. Security Council", "Commerce" and "Commerce Department", "FOMC"
// and "Federal Open Market Committee".

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

// shortHeads are the generic last words a short form leaves out
// ("Commerce Department" → "Commerce", "Pacific Ocean" → "Pacific",
// "Quillby University" → "Quillby": news names a university by its
// place or founder alone, and only an organization of that name joins it).
var shortHeads = map[string]bool{"department": true, "ocean": true, "university": true}

// shortForms returns the keys of the short forms of a name key: without a
// leading country or international body ("us navy" → "navy", "un
// security council" → "security council"), without a generic last word
// ("commerce department" → "commerce"), or both; a company's without
// its corporate words ("mci inc" → "mci"). The qualifier must be a
// country's name, short name or demonym, or an international
// organization's, in gz: "Royal Navy" has no short form.
func shortForms(gz *gazetteer.Gazetteer, key string) []string {
	w := strings.Fields(key)
	if len(w) < 2 {
		return nil
	}
	var out []string
	add := func(ws []string) {
		if len(ws) > 0 && len(ws) < len(w) {
			k := strings.Join(ws, " ")
			for _, o := range out {
				if o == k {
					return
				}
			}
			out = append(out, k)
		}
	}
	rest := w
	for n := min(3, len(w)-1); n >= 1; n-- {
		if qualifier(gz, strings.Join(w[:n], " ")) {
			rest = w[n:]
			break
		}
	}
	add(rest)
	if len(rest) >= 2 && shortHeads[rest[len(rest)-1]] {
		add(rest[:len(rest)-1])
	}
	if len(w) >= 2 && shortHeads[w[len(w)-1]] {
		add(w[:len(w)-1])
	}
	add(clubPrefixLess(w)) // clubprefix.go
	// The initials of a name of three or more words, which an article may
	// use without defining them ("FOMC"), marked by acronymMark.
	if ini := nameInitials(w); len(ini) >= minInitials {
		out = append(out, acronymMark+ini)
	}
	// The one short form news uses for a well-known organization alone
	// ("Fed" for "Federal Reserve"), which no rule above derives.
	if s, ok := knownShortForms[key]; ok && !slices.Contains(out, s) {
		out = append(out, s)
	}
	// A company without its corporate words: "Foster's Group", "MCI Inc",
	// "US Carnival Corporation".
	for _, ws := range [][]string{w, rest} {
		n := len(ws)
		for n > 1 && corporateWords[ws[n-1]] {
			n--
		}
		if n < len(ws) {
			add(ws[:n])
		}
	}
	return out
}

// knownShortForms maps the key of a well-known organization's long name
// to the key of its short form (lexicon list org_short_forms).
var knownShortForms = func() map[string]string {
	m := map[string]string{}
	for long, short := range lexicon.Pairs("org_short_forms") {
		m[gazetteer.Key(long)] = gazetteer.Key(short)
	}
	return m
}()

// acronymMark starts a short form that is a name's initials: only an
// abbreviation (a name in capitals) takes it.
const acronymMark = "^"

// minInitials is the fewest letters of initials an undefined
// abbreviation joins by: three-letter ones name too many things ("NBC",
// "IOC", "SEC").
const minInitials = 4

// nameFunctionWords are the small words initials skip ("of", "the").
var nameFunctionWords = lexicon.Set("name_function_words")

// nameInitials returns the first letters of a name key's words, small
// words aside, when there are minInitials or more such words, else "".
func nameInitials(w []string) string {
	var b strings.Builder
	for _, x := range w {
		if !nameFunctionWords[x] {
			r, _ := utf8.DecodeRuneInString(x)
			if !unicode.IsLetter(r) {
				return ""
			}
			b.WriteRune(r)
		}
	}
	if utf8.RuneCountInString(b.String()) < minInitials {
		return ""
	}
	return b.String()
}

// abbreviation reports whether a name is written as an abbreviation:
// minInitials or more capitals and nothing else but dots ("FOMC",
// "N.G.M.B.").
func abbreviation(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			n++
		case r != '.':
			return false
		}
	}
	return n >= minInitials
}

// corporateWords are the words that end a company's name without telling
// it apart ("Inc", "Group", "Holdings"); "and", "&" and "the" aside.
var corporateWords = func() map[string]bool {
	m := lexicon.Set("corporate_words")
	for _, w := range []string{"and", "&", "the"} {
		delete(m, w)
	}
	return m
}()

// qualifier reports whether key names a country (name, short name or
// demonym) or an international organization in gz.
func qualifier(gz *gazetteer.Gazetteer, key string) bool {
	for _, m := range gz.Lookup(key) {
		if m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode && len(key) < 3 {
			continue
		}
		if m.Entry.Type == graph.Country || m.Entry.Type == graph.Organization && m.Entry.Country == "" {
			return true
		}
	}
	return false
}

// shortFormTypes are the types whose short forms are joined.
func shortFormType(t graph.Type) bool { return t == graph.Organization || t == graph.Place }

// nameKeys returns the keys of an entity's name and aliases.
func nameKeys(e *entities.Entity) []string {
	keys := []string{gazetteer.Key(e.Name)}
	for _, a := range e.Aliases {
		if k := gazetteer.Key(a); k != keys[0] {
			keys = append(keys, k)
		}
	}
	return keys
}

// possessiveShortForm returns the key of the short form of a company
// whose name opens with a possessive word and ends with a corporate word:
// that word without its "'s" ("Quillby's Ratings Service Inc" →
// "quillby"), which is how an article names it ("Quillby's said": the
// name of a mention leaves the possessive out); else "".
func possessiveShortForm(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 || !corporateWords[gazetteer.Key(w[len(w)-1])] {
		return ""
	}
	first, ok := strings.CutSuffix(w[0], "'s")
	if !ok {
		first, ok = strings.CutSuffix(w[0], "’s")
	}
	if !ok || first == "" {
		return ""
	}
	return gazetteer.Key(first)
}
