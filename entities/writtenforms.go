package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// writtenForms adds to an article's entities the longer forms the text
// writes them in beside another name, so that the node carries the name
// as written:
//   - a town with its region (a state, a province) or country after a
//     comma ("Springvale, Ohio", "Lindenau, Germany") is known by that
//     form too;
//   - an organization right after a country or region
//     ("U.S. Bureau of Examples", "Ohio Department of Roads") is known by
//     the prefixed form too, as news writes agencies with and without it.
//
// An organization only the recognizer typed, written before a region or
// country and a comma as a town is ("Lockerbie, Scotland"), is that
// town. Only mentions of two different entities written next to each
// other count; nothing is merged.
func writtenForms(d *Document, ex *Extraction) {
	type at struct {
		sp graph.Span
		e  *Entity
	}
	var spans []at
	for _, e := range ex.Entities {
		for _, sp := range e.Mentions {
			spans = append(spans, at{sp, e})
		}
	}
	slices.SortFunc(spans, func(a, b at) int { return a.sp.Start - b.sp.Start })
	qualified := map[*Entity][]string{} // the country-qualified forms of organizations
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.e == b.e || a.sp.End > b.sp.Start {
			continue
		}
		switch gap := d.Text[a.sp.End:b.sp.Start]; {
		case commaGap(gap) && !regionEndsPhrase(d, b.sp, b.e):
			// "in the Gulf, U.S. officials said", "on Wall Street,
			// Japanese investors": a clause ends at the comma.
		case commaGap(gap) && weakOrganization(a.e) && region(b.e) && !possessiveAfter(d, b.sp) && !allCaps(d.Text[a.sp.Start:a.sp.End]):
			// "flew over Lockerbie, Scotland": the town, whatever the
			// recognizer guessed.
			a.e.Type = graph.Place
			addAlias(a.e, d.Text[a.sp.Start:b.sp.End])
		case commaGap(gap) && placeList(d, spans[max(i-1, 0)].sp, a.sp, b.sp, spans[min(i+2, len(spans)-1)].sp, func(j int) bool { return i+j >= 0 && i+j < len(spans) && place(spans[i+j].e) }):
			// "rain fell in Quillby, Ohio, Texas and Utah": a list of
			// places, not a town and its region.
		case commaGap(gap) && town(a.e) && region(b.e) && (a.e.Entry == nil && !allCaps(d.Text[a.sp.Start:a.sp.End]) || a.e.Entry != nil && a.e.Entry.Country == b.e.Entry.Country):
			// A place the gazetteer does not know, written in capitals,
			// is an acronym in a list ("EC, Canada and Japan").
			addAlias(a.e, d.Text[a.sp.Start:b.sp.End])
		case gap == " " && region(a.e) && b.e.Type == graph.Organization && !acronymWritten(d.Text[b.sp.Start:b.sp.End]):
			form := d.Text[a.sp.Start:b.sp.End]
			addAlias(b.e, form)
			if b.e.Entry == nil {
				qualified[b.e] = append(qualified[b.e], form)
			}
		}
	}
	nameQualified(ex, qualified)
}

// nameQualified names each organization of ex without a gazetteer entry
// that the article writes after one country or region ("the Freedonian
// Treasury ... the Treasury said") by that qualified form: a body named
// by a generic word is one per country, and linking joins entities of
// one name across articles, so "Treasury" would make one node of every
// country's treasury. An article that qualifies it by two countries keeps
// the bare name. Resolve still joins a bare "Treasury" elsewhere to the
// one qualified treasury the store knows.
func nameQualified(ex *Extraction, qualified map[*Entity][]string) {
	for _, e := range ex.Entities {
		forms := qualified[e]
		if len(forms) == 0 {
			continue
		}
		k := gazetteer.Key(forms[0])
		if slices.ContainsFunc(forms, func(f string) bool { return gazetteer.Key(f) != k }) {
			continue
		}
		name := forms[0]
		for _, f := range forms {
			if !allCaps(f) { // a headline's capitals name it only when nothing else does
				name = f
				break
			}
		}
		if len(strings.Fields(name)) > len(strings.Fields(e.Name)) {
			e.Name = name
		}
	}
}

// acronymWritten reports whether a mention's text is an acronym: one
// word of two to five capitals. A country before an acronym qualifies
// the phrase more often than the name ("Freedonian ZTU membership"), and
// an acronym tells its body apart without a country.
func acronymWritten(s string) bool {
	return !strings.ContainsAny(s, " \n") && allCaps(s) && letters(s) >= 2 && letters(s) <= 5
}

// placeList reports whether the places at a and b, written with a comma
// between, are two items of a list of places: a place comes before a
// with a comma between (prev), or after b with a comma or "and" between
// (next). isPlace(j) reports whether the j-th mention from a (-1 for
// prev, 2 for next) is a place or a country.
func placeList(d *Document, prev, a, b, next graph.Span, isPlace func(j int) bool) bool {
	if isPlace(-1) && prev.End <= a.Start && commaGap(d.Text[prev.End:a.Start]) {
		return true
	}
	if !isPlace(2) || next.Start < b.End {
		return false
	}
	gap := strings.TrimSpace(d.Text[b.End:next.Start])
	return gap == "," || gap == "and" || gap == ", and"
}

// place reports whether e is a place or a country.
func place(e *Entity) bool { return e.Type == graph.Place || e.Type == graph.Country }

// commaGap reports whether gap, the text between two names, is a comma
// (with a space either side, as tokenized text writes it).
func commaGap(gap string) bool {
	return len(gap) <= 3 && strings.TrimSpace(gap) == ","
}

// weakOrganization reports whether e is an organization only the trained
// recognizer typed, with no gazetteer entry.
func weakOrganization(e *Entity) bool {
	return e.Type == graph.Organization && e.WeakType && e.Entry == nil
}

// possessiveAfter reports whether a possessive follows span sp
// ("Freedonia's"): "Acme, Freedonia's largest firm" names a company.
func possessiveAfter(d *Document, sp graph.Span) bool {
	_, k := tokenRange(d, sp)
	return possessiveAt(d, k)
}

// town reports whether e is a place below a region: a town the gazetteer
// knows, or a place it does not know.
func town(e *Entity) bool {
	return e.Type == graph.Place && (e.Entry == nil || strings.HasPrefix(e.Entry.ID, "place:"))
}

// region reports whether e is a country or a first-level region of one
// (a state, a province) in the gazetteer. A list of places ("Ohio,
// Texas") is told from a town and its region by the town.
func region(e *Entity) bool {
	return e.Entry != nil && (e.Type == graph.Country || e.Type == graph.Place) &&
		(strings.HasPrefix(e.Entry.ID, "country:") || strings.HasPrefix(e.Entry.ID, "region:"))
}

// regionEndsPhrase reports whether the mention at sp of entity e may
// qualify the place before its comma: written as its name, not as a
// demonym ("Japanese investors"), and not followed by a capitalised word
// ("U.S. Officials", "Venezuelan Energy Minister").
func regionEndsPhrase(d *Document, sp graph.Span, e *Entity) bool {
	_, k := tokenRange(d, sp)
	if k < len(d.Tokens) && d.Tokens[k].Word() && d.Tokens[k].Cap() {
		return false
	}
	if e.Entry == nil {
		return true
	}
	written := strings.ToLower(d.Text[sp.Start:sp.End])
	return !slices.ContainsFunc(e.Entry.Aliases, func(a gazetteer.Alias) bool {
		return a.Kind == gazetteer.KindDemonym && strings.ToLower(a.Text) == written
	})
}

// addAlias adds alias a to e unless e has it.
func addAlias(e *Entity, a string) {
	if a != e.Name && !slices.Contains(e.Aliases, a) {
		e.Aliases = append(e.Aliases, a)
	}
}
