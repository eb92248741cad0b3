package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// The country a person serves, for the presence check, when no office of
// the country says it (servedCountries reads those): the body the person
// heads, works for or holds an office in is the country's,
//
//	Polish National Bank head X; Brazilian Coffee Institute president X
//	(a body whose name opens with a country or its demonym)
//	the UK delegation's leader X (a group whose country is known)
//
// or a demonym stands before the person's title:
//
//	Argentine Economic Minister, X; the Soviet first deputy premier X
//
// A title must stand between demonym and name: "the Scot X" or "British
// athlete X" serve no country (an athlete abroad is no visitor to count).

// nationalCountries adds to out the countries person p serves by the
// body he or she belongs to or by a demonym before his or her title.
func (rb *relBuilder) nationalCountries(p int, out map[string]bool) {
	if !rb.personEnt(p) {
		return // a body is no national of the country its name or neighbours give
	}
	for k := range rb.rels {
		if k.a != p || k.k != graph.HoldsRole && k.k != graph.Leads && k.k != graph.AffiliatedWith {
			continue
		}
		b := rb.ex.Entities[k.b]
		if b.Type != graph.Organization {
			continue
		}
		switch {
		case b.Entry != nil && b.Entry.Country != "":
			out[b.Entry.Country] = true
		case b.Attrs["country"] != "":
			out[b.Attrs["country"]] = true
		default:
			if c := nameCountry(rb.gz, b.Name); c != "" {
				out[c] = true
			}
		}
	}
	for si, in := range rb.bySentence {
		for i, m := range in {
			if m.ent != p || m.coref {
				continue
			}
			if c := rb.titleDemonym(rb.d.Sentences[si], in[:i], m); c != "" {
				out[c] = true
			}
		}
	}
}

// nameCountry returns the code of the country a body's name opens with,
// by its name or demonym ("Polish National Bank" → PL, "South African
// Airways" → ZA), or "".
func nameCountry(gz *gazetteer.Gazetteer, name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	for n := min(2, len(f)-1); n >= 1; n-- {
		for _, m := range gz.Find(strings.Join(f[:n], " ")) {
			if m.Entry.Type != graph.Country || m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode {
				continue
			}
			if m.Alias.Kind == gazetteer.KindName || m.Alias.Kind == gazetteer.KindDemonym || m.Alias.Kind == gazetteer.KindShort {
				return m.Entry.Country
			}
		}
	}
	return ""
}

// titleDemonym returns the country of a country mention among before
// that stands before person mention m with only a title between, which
// has a role word: "Argentine Economic Minister, X".
func (rb *relBuilder) titleDemonym(s Sentence, before []placed, m placed) string {
	if len(before) == 0 {
		return ""
	}
	d := rb.d
	q := before[len(before)-1]
	c := rb.ex.Entities[q.ent]
	if q.coref || c.Type != graph.Country || c.Entry == nil || q.tokEnd >= m.tokStart {
		return ""
	}
	end := m.tokStart
	if d.Tokens[end-1].Text == "," {
		end-- // "Argentine Economic Minister, X"
	}
	if !(titleGap(d, q.tokEnd, end) || lowerTitle(d, q.tokEnd, end)) || !hasRoleWord(d, q.tokEnd, end) {
		return ""
	}
	return c.Entry.Country
}

// hasRoleWord reports whether a token in [i, j) is a role word.
func hasRoleWord(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if isRelRoleWord(low(d.Tokens[k])) {
			return true
		}
	}
	return false
}

// lowerTitle reports whether tokens [i, j) are a lower-case title with
// its field: words ending in a role word, or a role word then "of" and
// its field ("minister of mines and power"); at most titleMaxWords.
// "officials met" is no title.
func lowerTitle(d *Document, i, j int) bool {
	if j-i > titleMaxWords || j <= i {
		return false
	}
	titled := false
	for k := i; k < j; k++ {
		if !d.Tokens[k].Word() || subordinators[low(d.Tokens[k])] {
			return false
		}
		if isRelRoleWord(low(d.Tokens[k])) && (k == j-1 || low(d.Tokens[k+1]) == "of") {
			titled = true
		}
	}
	return titled
}
