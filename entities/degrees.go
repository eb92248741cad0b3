package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// degreeAbbreviations are the credentials written after a name ("M.D.",
// "PhD", "DDS"), dots dropped (lexicon degree_abbreviations).
var degreeAbbreviations = lexicon.Set("degree_abbreviations")

// degreeAt returns the end token of the credential that starts at token
// i ("M.D." may be one token or four), or -1: the tokens up to a comma,
// a break or the sentence's end, dots dropped, spell one of
// degreeAbbreviations, and the first is capitalised.
func degreeAt(d *Document, i int) int {
	if i >= len(d.Tokens) || !d.Tokens[i].Cap() {
		return -1
	}
	var b strings.Builder
	j := i
	for ; j < len(d.Tokens) && j-i < 6; j++ {
		t := d.Tokens[j]
		if j > i && (t.Space || t.Break) || t.Text == "," {
			break
		}
		b.WriteString(strings.ReplaceAll(strings.ToLower(t.Text), ".", ""))
	}
	if !degreeAbbreviations[b.String()] {
		return -1
	}
	return j
}

// degreesAfter returns the end token of the credentials after a person
// mention ending at token end, ", M.D." or ", PhD, MBA", or -1 when none
// follows.
func degreesAfter(d *Document, end int) int {
	last := -1
	for k := end; k+1 < len(d.Tokens) && d.Tokens[k].Text == ","; {
		j := degreeAt(d, k+1)
		if j < 0 {
			break
		}
		last, k = j, j
	}
	return last
}

// dropDegrees removes the mentions that are a credential after a person's
// name: in "Jane Doe, M.D., said" the gazetteer reads "M.D." as Maryland
// and the recognizer reads "DDS" as an organization, but both are letters
// after the name, and a place or company there would be wrong.
func dropDegrees(d *Document, mentions []Mention) []Mention {
	var spans [][2]int // token spans of the credentials after people
	for _, m := range mentions {
		if m.Type == graph.Person {
			if j := degreesAfter(d, m.TokEnd); j > 0 {
				spans = append(spans, [2]int{m.TokEnd, j})
			}
		}
	}
	if len(spans) == 0 {
		return mentions
	}
	out := mentions[:0:0]
	for _, m := range mentions {
		inside := false
		for _, s := range spans {
			inside = inside || m.Type != graph.Person && s[0] <= m.TokStart && m.TokEnd <= s[1]
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// degreedForm returns a person mention's form with the credentials after
// it, "Jane Doe, M.D.", or "". Resolve keeps it as an alias only, like a
// titled form: the credential is how the article names the person, but it
// is no part of the name.
func degreedForm(d *Document, m Mention) string {
	j := degreesAfter(d, m.TokEnd)
	if j < 0 {
		return ""
	}
	return d.Text[m.Start:d.Tokens[j-1].End]
}

// WithoutDegrees returns a person's name without the credentials a
// comma sets after it: "Jane Doe, M.D." → "Jane Doe". The graph keeps
// "Jane Doe, M.D." as an alias (degreedForm); linking compares the name
// words, and "md" is no surname. A name without such a tail comes back as
// it is ("Anh Do" keeps its "Do": only a comma sets a credential off).
func WithoutDegrees(name string) string {
	i := strings.IndexByte(name, ',')
	if i < 0 {
		return name
	}
	for _, part := range strings.Split(name[i+1:], ",") {
		key := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(part)), ".", "")
		if !degreeAbbreviations[key] {
			return name
		}
	}
	return strings.TrimSpace(name[:i])
}
