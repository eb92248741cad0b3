package entities

import "strings"

// A national title may end in what reads as a body: "Chancellor of the
// Exchequer" names an office of Britain, and the recognizer may take
// "Exchequer" for an organization. "<role> of <T>", where the role, "of"
// and T's words spell a national title (national_titles), is that
// office, resolved like any bare state title (resolveOffices: the
// person's other offices, else the title's country when the article
// names it), not an office in T: "X, Britain's Chancellor of the
// Exchequer" holds an office of Britain, none of an "Exchequer".

// nationalTitleBody reports whether title r before body target (its
// first token tstart) spells a national title with the body's words; if
// so it records the whole title as person p's pending state office.
func (rb *relBuilder) nationalTitleBody(p, target, tstart int, r roleSpan, si int) bool {
	d := rb.d
	if tstart < 0 || r.end >= tstart || low(d.Tokens[r.end]) != "of" {
		return false
	}
	tend := -1
	for _, m := range rb.bySentence[si] {
		if m.ent == target && m.tokStart == tstart && !m.coref {
			tend = m.tokEnd
		}
	}
	if tend < 0 {
		return false
	}
	words := make([]string, 0, tend-r.start)
	for k := r.start; k < tend; k++ {
		if l := low(d.Tokens[k]); k > r.start || !formerWords[l] {
			words = append(words, l)
		}
	}
	if nationalTitles[strings.Join(words, " ")] == "" {
		return false
	}
	rb.pendOffice(p, roleSpan{start: r.start, end: tend, noun: r.noun, former: r.former}, si, rb.bySentence[si])
	return true
}
