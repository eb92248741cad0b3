package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// companyNamedByHead makes an organization of capitalised words that no
// mention covers when a company head's title and a person follow them:
// "Korvanta chief executive Lena Hart", "Korvanta's chairman Lena Hart".
// A person has no chief executive of their own and a country no
// chairman, so the words name a company the recognizer and the gazetteer
// missed. The title is in lower case (a capitalised one may open a name:
// "Senate Chairman"), the words are at most three and none is a role or
// function word; words opening the sentence ("Next chief executive X",
// "Former chairman X") count only when the article writes the first of
// them capitalised inside a sentence too.
//
// The texts it makes companies go into retyped.
func companyNamedByHead(d *Document, mentions []Mention, retyped map[string]bool) []Mention {
	covered := make([]bool, len(d.Tokens))
	for _, m := range mentions {
		for k := m.TokStart; k < m.TokEnd; k++ {
			covered[k] = true
		}
	}
	var added []Mention
	for _, p := range mentions {
		if p.Type != graph.Person {
			continue
		}
		si := sentenceOf(d, p.Start)
		if si < 0 {
			continue
		}
		s := d.Sentences[si]
		t := headTitleBefore(d, p.TokStart, s.TokStart)
		if t < 0 {
			continue
		}
		end := t
		if end > s.TokStart && possessiveAt(d, end-1) {
			end--
		}
		start := end
		for start > s.TokStart && end-start < 4 && capWord(d, start-1) && !covered[start-1] {
			start--
		}
		if start == end || end-start > 3 || start > s.TokStart && capWord(d, start-1) || tailOfName(d, start, s.TokStart) {
			continue
		}
		if end-start == 1 && headNoun(low(d.Tokens[start])) && namedEndingIn(d, mentions, low(d.Tokens[start])) != 1 {
			continue // "Committee chairman X" with no one committee named in full
		}
		if slices.ContainsFunc(d.Tokens[start:end], func(tk Token) bool {
			l := low(tk)
			return nonNames[l] || isRelRoleWord(l) || formerWords[l] || l == "the"
		}) {
			continue
		}
		if opensSentence(d, start, s.TokStart) && !capitalisedInside(d, low(d.Tokens[start]), start) {
			continue
		}
		m := Mention{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End, TokStart: start, TokEnd: end,
			Type: graph.Organization, Source: "head", Score: ScoreHead}
		added = append(added, m)
		retyped[strings.ToLower(m.Text(d))] = true
		for k := start; k < end; k++ {
			covered[k] = true
		}
	}
	if added == nil {
		return mentions
	}
	mentions = append(mentions, added...)
	slices.SortFunc(mentions, func(a, b Mention) int { return a.TokStart - b.TokStart })
	return mentions
}

// tailOfName reports whether the words from token start continue a name
// joined by "and", "&" or "of" ("Gulf and Western", "House Ways and
// Means").
func tailOfName(d *Document, start, sentStart int) bool {
	if start-2 < sentStart {
		return false
	}
	switch low(d.Tokens[start-1]) {
	case "and", "&", "of":
		return capWord(d, start-2)
	}
	return false
}

// headNoun reports whether l is a common noun that ends names of bodies
// or events: "committee", "conference", "company".
func headNoun(l string) bool {
	return orgWords[l] || orgComplementHeads[l] || eventHeads[l] || groupNouns[l]
}

// namedEndingIn counts the organizations of two words or more, by name,
// that end in the word l: the full names a bare "Committee" may stand for.
func namedEndingIn(d *Document, mentions []Mention, l string) int {
	names := map[string]bool{}
	for _, m := range mentions {
		if m.Type == graph.Organization && m.TokEnd-m.TokStart >= 2 && low(d.Tokens[m.TokEnd-1]) == l {
			names[strings.ToLower(m.Text(d))] = true
		}
	}
	return len(names)
}

// headTitleBefore returns the first token of the lower-case company head
// title ending right before token i ("chief executive", "chairman"), or -1.
func headTitleBefore(d *Document, i, sentStart int) int {
	if i-1 >= sentStart && headRoles[d.Tokens[i-1].Text] {
		return i - 1
	}
	if i-2 >= sentStart && headRolePairs[d.Tokens[i-2].Text+" "+d.Tokens[i-1].Text] {
		return i - 2
	}
	return -1
}

// opensSentence reports whether token k opens its sentence, or follows
// only an opening quote or bracket.
func opensSentence(d *Document, k, sentStart int) bool {
	for j := sentStart; j < k; j++ {
		switch d.Tokens[j].Text {
		case "\"", "“", "‘", "'", "(":
		default:
			return false
		}
	}
	return true
}

// capitalisedInside reports whether the word l (lower case) stands
// capitalised somewhere other than at token skip and not opening its
// sentence.
func capitalisedInside(d *Document, l string, skip int) bool {
	for _, s := range d.Sentences {
		for k := s.TokStart; k < s.TokEnd; k++ {
			if k != skip && capWord(d, k) && low(d.Tokens[k]) == l && !opensSentence(d, k, s.TokStart) {
				return true
			}
		}
	}
	return false
}
