package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// companyRuns makes one organization of a run of capitalised words that
// ends in a company head ("Basic American Foods", "Norvale Securities")
// where the recognizer and the gazetteer read only pieces of it: a
// demonym inside the name is not the country, a first word is not a
// person. A run followed by "of" or "&" is left alone ("Bank of X" is
// read elsewhere), as is a run one mention already covers whole, and a
// run a mention crosses.
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
			for start < end && (nonNames[low(d.Tokens[start])] || low(d.Tokens[start]) == "the") {
				start++ // "The" opening the sentence
			}
			if end-start < 2 || !companyHeads[strings.TrimSuffix(low(d.Tokens[end-1]), ".")] {
				continue
			}
			if end < s.TokEnd && (low(d.Tokens[end]) == "of" || d.Tokens[end].Text == "&") {
				continue
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
