package entities

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// vetModelMentions checks a recognizer's mentions against what the rules
// know: none in a headline-cased line ("Pakistan's Mixed Fortunes"), none
// that is a lone function word ("Fourthly"), and a name the gazetteer
// knows takes the gazetteer's type ("UN" is an organization).
func vetModelMentions(d *Document, ms []Mention, gz *gazetteer.Gazetteer) []Mention {
	out := ms[:0]
	for _, m := range ms {
		si := sentenceOf(d, m.Start)
		if si >= 0 && isHeadline(d, d.Sentences[si]) {
			continue
		}
		if m.TokEnd-m.TokStart == 1 && (nonNames[low(d.Tokens[m.TokStart])] || roleNouns[low(d.Tokens[m.TokStart])]) {
			continue
		}
		// "a Reuter survey", "the Smith report": a lone name after an
		// article modifies a noun; it is not a person.
		if m.Type == graph.Person && m.TokEnd-m.TokStart == 1 && m.TokStart > 0 {
			switch low(d.Tokens[m.TokStart-1]) {
			case "a", "an", "the":
				continue
			}
		}
		if m.Entry == nil && m.Type != graph.Person && m.Type != graph.Event {
			text := d.Text[m.Start:m.End]
			for _, g := range gz.Find(text) {
				if g.Alias.Weak() || !caseFits(g.Alias, text) || allCaps(text) && !allCaps(g.Alias.Text) {
					continue // "SEC" is not the town of Seč
				}
				m.Type, m.Entry = g.Entry.Type, g.Entry
				break
			}
		}
		out = append(out, m)
	}
	return out
}
