package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// companyRuns makes one organization of a run of capitalised words that
// ends in a company head ("Basic American Foods", "Norvale Securities")
// where the recognizer and the gazetteer read only pieces of it: a
// demonym inside the name is not the country, a first word is not a
// person. A run followed by "of" or "&" is left alone ("Bank of X" is
// read elsewhere), as is a run glued to a hyphen, the tail of a longer
// name ("Bank of America Securities"), a run one mention already covers
// whole, and a run a mention crosses.
//
// The texts it makes companies go into retyped.
func companyRuns(d *Document, mentions []Mention, retyped map[string]bool) []Mention {
	changed := false
	for _, s := range d.Sentences {
		for k := s.TokStart; k < s.TokEnd; {
			if !capWord(d, k) {
				k++
				continue
			}
			start, end := k, k
			for end < s.TokEnd && capWord(d, end) {
				end++
			}
			k = end
			for start < end && (nonNamesIx.of(d.Tokens[start]) || low(d.Tokens[start]) == "the") {
				start++ // "The" opening the sentence
			}
			if end-start < 2 || !companyHeads[strings.TrimSuffix(low(d.Tokens[end-1]), ".")] {
				continue
			}
			if end < s.TokEnd && (low(d.Tokens[end]) == "of" || d.Tokens[end].Text == "&" || isDash(d.Tokens[end].Text) && !d.Tokens[end].Space) {
				continue // "Bank of X", "X & Y Co", "Economic Co-operation"
			}
			if start-2 >= s.TokStart && (low(d.Tokens[start-1]) == "of" || d.Tokens[start-1].Text == "&") && capWord(d, start-2) &&
				!slices.ContainsFunc(mentions, func(m Mention) bool { return m.Type == graph.Person && m.TokEnd == start-1 }) {
				continue // the end of a longer name: "Bank of America Securities", not "Tom Green of ..."
			}
			var ms []Mention
			if mentions, ms = runMentions(mentions, start, end); ms == nil {
				continue
			}
			m := Mention{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End, TokStart: start, TokEnd: end,
				Type: graph.Organization, Source: "head", Score: ScoreHead}
			mentions = append(mentions, m)
			retyped[strings.ToLower(m.Text(d))] = true
			changed = true
		}
	}
	if changed {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.TokStart - b.TokStart })
	}
	return mentions
}

// runMentions removes from mentions those inside tokens [start, end) and
// returns them, or returns nil (mentions unchanged) when a mention crosses
// the run's edges, covers it whole, or is a party or an event: then the
// run is not read as one company.
func runMentions(mentions []Mention, start, end int) ([]Mention, []Mention) {
	var in []Mention
	for _, m := range mentions {
		if m.TokEnd <= start || m.TokStart >= end {
			continue
		}
		if m.TokStart < start || m.TokEnd > end || (m.TokStart == start && m.TokEnd == end) {
			return mentions, nil
		}
		switch m.Type {
		case graph.Place, graph.Country, graph.Person, graph.Organization:
		default:
			return mentions, nil
		}
		in = append(in, m)
	}
	if in == nil {
		in = []Mention{} // nothing inside: the run is a new name
	}
	out := slices.DeleteFunc(mentions, func(m Mention) bool { return m.TokStart >= start && m.TokEnd <= end })
	return out, in
}

// capWord reports whether token k is a capitalised word.
func capWord(d *Document, k int) bool {
	return d.Tokens[k].Word() && d.Tokens[k].Cap()
}

// companyBeforeRole makes one organization of "<Name> <company head>"
// where the head is written in lower case and a company role and a person
// follow: "Halvern bank economist Tom Hale". The name may be an
// organization, a person or place the recognizer read, or a country the gazetteer knows only by its
// code (a bank's initials that spell one); a country or place named by
// its name or demonym is a modifier ("a German bank economist").
func companyBeforeRole(d *Document, mentions []Mention, retyped map[string]bool) []Mention {
	for i, m := range mentions {
		h := m.TokEnd
		if h+2 >= len(d.Tokens) || i+1 >= len(mentions) || d.Tokens[h].Cap() || !companyHeads[low(d.Tokens[h])] ||
			!companyRoles[low(d.Tokens[h+1])] || mentions[i+1].TokStart != h+2 || mentions[i+1].Type != graph.Person {
			continue
		}
		if m.Type != graph.Organization && !codeOnly(d, m) && (!retypable(m) || m.Entry != nil) {
			continue
		}
		if companyHeads[strings.TrimSuffix(low(d.Tokens[m.TokEnd-1]), ".")] {
			continue // "Halvern Capital energy analyst": the head word is the analyst's sector
		}
		mentions[i] = Mention{Start: m.Start, End: d.Tokens[h].End, TokStart: m.TokStart, TokEnd: h + 1,
			Type: graph.Organization, Source: "head", Score: ScoreHead}
		retyped[strings.ToLower(mentions[i].Text(d))] = true
	}
	return mentions
}

// codeOnly reports whether m is a country the gazetteer knows by m's text
// only as a country code ("DZ"), not by a name or short name ("US").
func codeOnly(d *Document, m Mention) bool {
	if m.Entry == nil || m.Type != graph.Country {
		return false
	}
	key, code := gazetteer.Key(m.Text(d)), false
	for _, a := range m.Entry.Aliases {
		if gazetteer.Key(a.Text) == key {
			if a.Kind != gazetteer.KindCode {
				return false
			}
			code = true
		}
	}
	return code
}
