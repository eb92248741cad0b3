package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/acronym"
)

// initials spells the capitals of the words of tokens [i, j), skipping
// function words in lower case: "Line of Control" → "LC",
// "Jaish-e-Mohammed" → "JEM".
func initials(d *Document, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() || functionWords[low(t)] && !t.Cap() {
			continue
		}
		acronym.WriteInitials(&b, t.Text, nil)
	}
	return b.String()
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
		if d.Tokens[i].Text != "(" || d.Tokens[i+2].Text != ")" {
			continue
		}
		abbr := d.Tokens[i+1].Text
		letters, ok := acronym.Letters(abbr)
		if !ok {
			continue
		}
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
// spells; one of two capitals, of the one known organization of two
// words before it (spellable).
func spelledAcronyms(d *Document, selected []Mention, defs []Acronym) []Acronym {
	var out []Acronym
	done := map[string]bool{}
	for _, a := range defs {
		done[a.Abbr] = true
	}
	for _, m := range selected {
		if m.TokEnd-m.TokStart != 1 || m.Entry != nil || m.Type == graph.Event {
			continue
		}
		abbr := d.Tokens[m.TokStart].Text
		letters, ok := acronym.Letters(abbr)
		if !ok || done[abbr] || len(letters) < minPairAcronym {
			continue
		}
		done[abbr] = true
		var of *Mention
		unique := true
		for i := range selected {
			l := &selected[i]
			if !spellable(*l, m, len(letters)) || initials(d, l.TokStart, l.TokEnd) != letters {
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

// minPairAcronym is the fewest capitals of an abbreviation that spells
// an organization of two words the gazetteer knows, named before it in
// the article ("the European Commission ... the EC said"): two letters
// spell too many names to stand for a longer one, for one the article
// names after, or for a name the gazetteer does not know ("GB" after
// "the Grain Board").
const minPairAcronym = 2

// spellable reports whether mention l may be the long form an undefined
// abbreviation m of n letters spells: a name of minSpelledAcronym or more
// words but a person's or an event's, or, for two letters, an
// organization of two words with a gazetteer entry that comes before m.
func spellable(l, m Mention, n int) bool {
	if l.Type == graph.Person || l.Type == graph.Event {
		return false
	}
	if n < minSpelledAcronym {
		return l.TokEnd-l.TokStart == 2 && l.Type == graph.Organization && l.Entry != nil && l.End <= m.Start
	}
	return l.TokEnd-l.TokStart >= 3
}

func overlapsAny(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
