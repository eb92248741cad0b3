package main

import (
	"cmp"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"

	"github.com/newsgraph/newsgraph/entities/text"
)

// builder accumulates one entry and its aliases. Aliases are kept unique by
// gz.Key; adding a key again keeps the stronger kind and the first text.
type builder struct {
	gz.Entry
	keys map[string]int // key → index in Aliases
}

func newBuilder(e gz.Entry) *builder {
	e.Name = clean(e.Name)
	b := &builder{Entry: e, keys: make(map[string]int)}
	b.add(e.Name, gz.KindName)
	return b
}

// add records text as an alias of kind k after cleaning it. Noise (one
// letter, no letter at all, or a letter outside the Latin script, since
// the articles are English) is dropped.
func (b *builder) add(text string, k gz.AliasKind) {
	text = clean(text)
	key := gz.Key(text)
	if noise(key) {
		return
	}
	if i, ok := b.keys[key]; ok {
		if k.Rank() < b.Aliases[i].Kind.Rank() {
			b.Aliases[i].Kind = k
		}
		return
	}
	b.keys[key] = len(b.Aliases)
	b.Aliases = append(b.Aliases, gz.Alias{Text: text, Kind: k})
}

// addAll adds each text with kind k.
func (b *builder) addAll(k gz.AliasKind, texts ...string) {
	for _, t := range texts {
		b.add(t, k)
	}
}

// has reports whether the entry has an alias with the given key.
func (b *builder) has(key string) bool { _, ok := b.keys[key]; return ok }

// removeIf drops the aliases for which drop returns true.
func (b *builder) removeIf(drop func(gz.Alias) bool) {
	b.Aliases = slices.DeleteFunc(b.Aliases, drop)
	clear(b.keys)
	for i, a := range b.Aliases {
		b.keys[gz.Key(a.Text)] = i
	}
}

// demote sets the kind of the alias with the given key to Derived.
func (b *builder) demote(key string) {
	if i, ok := b.keys[key]; ok {
		b.Aliases[i].Kind = gz.KindDerived
	}
}

// finish weakens one-word aliases that are common English words (see
// commonWords), drops the entry if its name is noise, and orders the
// aliases: the name first, then by kind and text. A country's own name
// stays strong: the news corpora hold wires written all in lower case
// ("venezuela is seeking"), which make a country's name as common as a
// word, and a country's name is the strongest evidence news gives.
func (b *builder) finish(common map[string]bool) (gz.Entry, bool) {
	for i := range b.Aliases {
		a := &b.Aliases[i]
		if a.Kind == gz.KindCode || a.Upper() || b.Type == graph.Country && gz.Key(a.Text) == gz.Key(b.Name) {
			continue
		}
		if k := gz.Key(a.Text); !strings.Contains(k, " ") && common[k] {
			a.Kind = gz.KindDerived
		}
	}
	name := gz.Key(b.Name)
	if !b.has(name) {
		return gz.Entry{}, false // the name itself is noise
	}
	slices.SortStableFunc(b.Aliases, func(x, y gz.Alias) int {
		xn, yn := gz.Key(x.Text) == name, gz.Key(y.Text) == name
		if xn != yn {
			if xn {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(x.Kind.Rank(), y.Kind.Rank()), cmp.Compare(x.Text, y.Text))
	})
	e := b.Entry
	e.Aliases = slices.Clone(b.Aliases)
	return e, true
}

// noise reports whether an alias key is useless for matching: under two
// characters, without a letter, or with a letter outside the Latin script.
func noise(key string) bool {
	letters, n := 0, 0
	for _, r := range key {
		n++
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return true
			}
			letters++
		}
	}
	return n < 2 || letters == 0
}

var (
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	spaceRE = regexp.MustCompile(`[\s\x{00a0}\x{200b}\x{200e}\x{200f}]+`)
)

// clean unescapes HTML, removes tags, collapses white space (including
// no-break spaces) and trims spaces, quotes and stray punctuation.
func clean(s string) string {
	if strings.ContainsAny(s, "&<") {
		s = tagRE.ReplaceAllString(html.UnescapeString(s), " ")
	}
	s = spaceRE.ReplaceAllString(s, " ")
	return strings.Trim(s, " \"“”,;:*–—")
}

// slug makes an ID part: the key with spaces as hyphens and anything but
// letters and digits dropped.
func slug(s string) string {
	var b strings.Builder
	for _, r := range gz.Key(s) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), "-")
}

// looseKey is the key used to decide whether two sources name the same
// thing: gz.Key with parentheses, commas and a leading "the" removed and
// "&" read as "and".
func looseKey(s string) string {
	k := gz.Key(s)
	k = strings.NewReplacer("(", " ", ")", " ", ",", " ", "&", " and ").Replace(k)
	k = strings.Join(strings.Fields(k), " ")
	return strings.TrimPrefix(k, "the ")
}

// spellings returns orthographic variants of a name that Key does not
// fold: "Saint" ↔ "St.", "&" ↔ "and", British ↔ American "Organisation",
// "Co-operation" ↔ "Cooperation", and a leading "The" dropped. They keep
// the kind of the form they come from.
func spellings(s string) []string {
	var out []string
	words := strings.Fields(s)
	for i, w := range words {
		var alt string
		switch w {
		case "Saint":
			alt = "St."
		case "St.", "St":
			alt = "Saint"
		case "Sainte":
			alt = "Ste."
		case "&":
			alt = "and"
		case "Organisation", "Organisations":
			alt = strings.Replace(w, "isation", "ization", 1)
		case "Organization", "Organizations":
			alt = strings.Replace(w, "ization", "isation", 1)
		case "Co-operation", "Cooperation":
			alt = "Cooperation"
			if w == alt {
				alt = "Co-operation"
			}
		}
		if alt != "" {
			v := slices.Clone(words)
			v[i] = alt
			out = append(out, strings.Join(v, " "))
		}
	}
	if len(words) > 1 && (words[0] == "The" || words[0] == "the") {
		out = append(out, strings.Join(words[1:], " "))
	}
	return out
}

// invertComma turns a catalogue form "Korea, South", "Virgin Islands,
// U.S." or "Congo, Democratic Republic of the" into running text ("South
// Korea", "U.S. Virgin Islands", "Democratic Republic of the Congo"): the
// part after the comma is one word or ends in a lower-case word. Other
// strings ("Saint Helena, Ascension and Tristan da Cunha") come back
// unchanged.
func invertComma(s string) string {
	head, tail, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(tail, ",") || tail == "" {
		return s
	}
	words := strings.Fields(tail)
	if len(words) > 1 && startsUpper(words[len(words)-1]) {
		return s
	}
	if !startsUpper(words[0]) && words[0] != "the" {
		return s
	}
	return tail + " " + head
}

// startsUpper reports whether a name starts with an upper-case letter.
var startsUpper = text.StartsUpper

// dropParens removes parenthesised parts: "Janata Dal (United)" → "Janata
// Dal". With keepText it removes only the brackets: a single token closes
// up ("JD(U)" → "JDU", "CPI(M)" → "CPIM"), words stay apart ("Communist
// Party of India (Marxist)" → "Communist Party of India Marxist").
func dropParens(s string, keepText bool) string {
	if keepText {
		r := " "
		if !strings.Contains(strings.TrimSpace(s), " ") {
			r = ""
		}
		s = strings.NewReplacer("(", r, ")", r, "[", r, "]", r).Replace(s)
		return strings.Join(strings.Fields(s), " ")
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(0, depth-1)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
