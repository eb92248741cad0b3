package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// initials spells the capitals of the words of tokens [i, j), skipping
// function words: "Line of Control" → "LC", "Jaish-e-Mohammed" → "JEM".
func initials(d *Document, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() || functionWords[low(t)] && !t.Cap() {
			continue
		}
		for _, part := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '.' }) {
			r := []rune(part)
			if unicode.IsDigit(r[0]) {
				b.WriteString(part)
			} else {
				b.WriteRune(unicode.ToUpper(r[0]))
			}
		}
	}
	return b.String()
}

// acronymLetters reduces an abbreviation to the capitals it spells:
// "LoC" → "LC", "DGMOs" → "DGMO", "JD(U)" → "JDU".
func acronymLetters(s string) string {
	s = strings.TrimSuffix(s, "s")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isAcronymToken reports whether a token can be an abbreviation: at least
// two capitals and nothing but letters and digits.
func isAcronymToken(t Token) bool {
	caps := 0
	for _, r := range t.Text {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// knownAs reports whether gazetteer entry e has the abbreviation abbr
// among its names. A place or country that ends a longer name ("Rally
// for Democracy in Vestra (RDV)") takes an abbreviation after it only
// when it spells the place or is one of its names.
func knownAs(e *gazetteer.Entry, abbr string) bool {
	k := gazetteer.Key(abbr)
	return slices.ContainsFunc(e.Aliases, func(a gazetteer.Alias) bool { return gazetteer.Key(a.Text) == k })
}

// acronyms finds "Long Form (ABBR)" definitions. When the long form is a
// selected mention the abbreviation becomes its alias; otherwise, when the
// long form is a capitalised phrase whose head noun types it, it becomes a
// new mention.
func acronyms(d *Document, selected []Mention) ([]Mention, []Acronym) {
	var defs []Acronym
	byEnd := map[int]int{}
	for i, m := range selected {
		byEnd[m.TokEnd] = i
	}
	for i := 1; i+2 < len(d.Tokens); i++ {
		if d.Tokens[i].Text != "(" || d.Tokens[i+2].Text != ")" || !isAcronymToken(d.Tokens[i+1]) {
			continue
		}
		abbr := d.Tokens[i+1].Text
		letters := acronymLetters(abbr)
		if k, ok := byEnd[i]; ok {
			m := selected[k]
			if initials(d, m.TokStart, m.TokEnd) == letters || strings.HasPrefix(initials(d, m.TokStart, m.TokEnd), letters) || m.Entry != nil && m.Type != graph.Person && (!placeType(m.Type) || knownAs(m.Entry, abbr)) {
				defs = append(defs, Acronym{Abbr: abbr, Of: m})
			}
			continue
		}
		// Find the shortest capitalised phrase before "(" spelling it.
		for b := i - 1; b >= 0 && b >= i-10; b-- {
			if !d.Tokens[b].Cap() && !functionWords[low(d.Tokens[b])] && !isDash(d.Tokens[b].Text) {
				break
			}
			if !d.Tokens[b].Cap() || initials(d, b, i) != letters {
				continue
			}
			typ, ok := headType(d, b, i)
			if !ok || overlapsAny(selected, d.Tokens[b].Start, d.Tokens[i-1].End) {
				break
			}
			m := Mention{Start: d.Tokens[b].Start, End: d.Tokens[i-1].End, TokStart: b, TokEnd: i, Type: typ, Source: "acronym", Score: ScoreHead}
			selected = append(selected, m)
			defs = append(defs, Acronym{Abbr: abbr, Of: m})
			break
		}
	}
	selected = selectMentions(selected)
	return selected, append(defs, spelledAcronyms(d, selected, defs)...)
}

// minSpelledAcronym is the fewest capitals of an abbreviation that joins
// a name of its article without a definition. (Across articles, where a
// three-letter abbreviation spells too many names, linking asks for
// four.)
const minSpelledAcronym = 3

// spelledAcronyms finds abbreviations the article uses without defining
// them ("the FOMC meeting" after "the Federal Open Market Committee"): an
// abbreviation of minSpelledAcronym or more capitals, not a gazetteer
// name, is the alias of the one name of the article whose initials it
// spells.
func spelledAcronyms(d *Document, selected []Mention, defs []Acronym) []Acronym {
	var out []Acronym
	done := map[string]bool{}
	for _, a := range defs {
		done[a.Abbr] = true
	}
	for _, m := range selected {
		if m.TokEnd-m.TokStart != 1 || m.Entry != nil || m.Type == graph.Event || !isAcronymToken(d.Tokens[m.TokStart]) {
			continue
		}
		abbr := d.Tokens[m.TokStart].Text
		letters := acronymLetters(abbr)
		if done[abbr] || len(letters) < minSpelledAcronym {
			continue
		}
		done[abbr] = true
		var of *Mention
		unique := true
		for i := range selected {
			l := &selected[i]
			if l.TokEnd-l.TokStart < 3 || l.Type == graph.Person || l.Type == graph.Event || initials(d, l.TokStart, l.TokEnd) != letters {
				continue
			}
			if of != nil && l.Text(d) != of.Text(d) {
				unique = false
				break
			}
			if of == nil {
				of = l
			}
		}
		if of != nil && unique {
			out = append(out, Acronym{Abbr: abbr, Of: *of})
		}
	}
	return out
}

func overlapsAny(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
