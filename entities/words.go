package entities

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// The word lists below are general English news vocabulary: words that
// introduce or classify names. They hold no names themselves. All are
// lower case and matched against lower-cased tokens.

// roleNouns introduce a person's name when they stand right before it
// ("Prime Minister X", "federal minister X", "MP X", "ministers X and Y").
var roleNouns = lexicon.Set("role_nouns")

// ambiguousCues are role nouns that, capitalised, also open names of
// names of teams, programmes and offices ("Major League", "Chief
// Executive"); after them a lone word is not taken as a person. Company
// names after "General" are caught by their organization words instead.
var ambiguousCues = lexicon.Set("ambiguous_cues")

// orgWords name organizations and never people; a person name holding one
// is rejected ("Eastman Kodak Co", "General Dynamics").
var orgWords = lexicon.Set("organization_words")

// honorifics precede a name but are not part of it for matching.
var honorifics = lexicon.Set("honorifics")

// roleModifiers may stand between a party or country name and a role noun
// ("Congress MP", "former foreign minister", "External Affairs Minister").
var roleModifiers = lexicon.Set("role_modifiers")

// reportingVerbs follow a person's name ("X said").
var reportingVerbs = lexicon.Set("reporting_verbs")

// headNouns type an unknown capitalised name by its last word
// ("Taliban Sanctions Committee" is an organization).
var headNouns = typeMap("head_nouns")

// classNouns, written in lower case right before a capitalised name, type
// it ("the terrorist group X", "the city of X").
var classNouns = typeMap("class_nouns")

// eventHeads end an event phrase built on a place or organization
// ("the Pahalgam attack", "the G7 summit").
var eventHeads = lexicon.Set("event_heads")

// eventModifiers may stand between the name and the event head and are
// dropped from the event's name ("terror", "deadly").
var eventModifiers = lexicon.Set("event_modifiers")

// functionWords are lower-case words allowed inside names
// ("Line of Control", "Bosnia and Herzegovina").
var functionWords = lexicon.Set("name_function_words")

// titleSmallWords are the short words title case leaves in lower case
// ("of", "in", "and"): a sentence with another word in lower case is no
// heading (isHeadline).
var titleSmallWords = lexicon.Set("title_small_words")

// nonNames are capitalised words that never start or end a name by
// themselves: sentence-initial function words, pronouns, months and days.
var nonNames = lexicon.Set("non_names")

// months maps month names and abbreviations to their numbers.
var months = intMap("months")

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

func low(t Token) string { return t.LowerText() }

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‐" }

// startsName reports whether a token can begin a name: a capitalised word
// or one starting with a digit that holds a capital ("G7").
func startsName(t Token) bool {
	if !t.Word() {
		return false
	}
	if t.Cap() {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsDigit(r) {
		for _, c := range t.Text {
			if unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}

// allCaps reports whether the letters of s are all upper case (see
// fold.AllCaps).
func allCaps(s string) bool { return fold.AllCaps(s) }

// possessiveAt reports whether token k is a possessive: "'s", or the bare
// apostrophe after a word ending in "s" ("Korvanta Motors' chairman"),
// glued to that word and followed by a space (a closing quote is too, so
// callers read a role or a name after it).
func possessiveAt(d *Document, k int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[k]
	if isPossessive(t) {
		return true
	}
	if t.Text != "'" && t.Text != "’" || t.Space || k == 0 || k+1 >= len(d.Tokens) || !d.Tokens[k+1].Space {
		return false
	}
	return strings.HasSuffix(low(d.Tokens[k-1]), "s")
}

// isPossessive reports whether t is a possessive "'s".
func isPossessive(t Token) bool {
	l := t.LowerText()
	return l == "'s" || l == "’s"
}

// sentenceOf returns the index of the sentence holding byte offset off,
// or -1.
func sentenceOf(d *Document, off int) int {
	i, found := slices.BinarySearchFunc(d.Sentences, off, func(s Sentence, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// tokenSearch returns the first token of d that starts (or, with byEnd,
// ends) at byte offset off or after it, and whether it is at off: what
// slices.BinarySearchFunc gives, without its callback's copy of each
// 56-byte token it compares (the relation and coref stages place every
// mention of an article this way).
func tokenSearch(d *Document, off int, byEnd bool) (int, bool) {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t := &d.Tokens[m]; t.Start < off && !byEnd || t.End < off && byEnd {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(d.Tokens) {
		return lo, false
	}
	if byEnd {
		return lo, d.Tokens[lo].End == off
	}
	return lo, d.Tokens[lo].Start == off
}

// indefiniteAt reports whether token k is the indefinite article: "a
// deal" is one of many until its sides or owner make it one.
func indefiniteAt(d *Document, k int) bool { l := low(d.Tokens[k]); return l == "a" || l == "an" }

// sentenceSpan returns the span of sentence s, the evidence of every
// relation read in it.
func sentenceSpan(s Sentence) graph.Span { return graph.Span{Start: s.Start, End: s.End} }

// surface returns the form of a mention used for naming: the text, with a
// leading "the" and a trailing possessive dropped.
func surface(d *Document, m Mention) string {
	s := m.Text(d)
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ") // a name wrapped across lines
	}
	for _, p := range []string{"The ", "the "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	return s
}

// corporateWords end company names and may be left out ("Merrill Lynch"
// for "Merrill Lynch and Co Inc").
var corporateWords = lexicon.Set("corporate_words")

// roleExtra are words that may stand inside a role title besides the role
// nouns and modifiers of the lexicon ("Treasury Secretary").
var roleExtra = lexicon.Set("role_title_words")

func isRoleWord(l string) bool { return roleNouns[l] || roleModifiers[l] || roleExtra[l] }

// tokenKeys returns gazetteer.Key of every token; a hyphen or dash token
// gets "" (it joins words as a space).
func tokenKeys(d *Document) []string {
	keys := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		if isDash(t.Text) {
			continue
		}
		keys[i] = gazetteer.KeyLower(t.Text, t.LowerText())
	}
	return keys
}

// typeMap reads a lexicon list of "word type" lines, such as head nouns
// and the entity type each gives a name.
func typeMap(list string) map[string]graph.Type {
	pairs := lexicon.Pairs(list)
	m := make(map[string]graph.Type, len(pairs))
	for w, t := range pairs {
		if !graph.ValidType(graph.Type(t)) {
			panic(fmt.Sprintf("lexicon %s: %q is not an entity type", list, t))
		}
		m[w] = graph.Type(t)
	}
	return m
}

// intMap reads a lexicon list of "word number" lines, such as month names
// and their numbers.
func intMap(list string) map[string]int {
	pairs := lexicon.Pairs(list)
	m := make(map[string]int, len(pairs))
	for w, v := range pairs {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic(fmt.Sprintf("lexicon %s: %q is not a number", list, v))
		}
		m[w] = n
	}
	return m
}
