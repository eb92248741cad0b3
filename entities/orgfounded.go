package entities

import "github.com/newsgraph/newsgraph/graph"

// foundingVerbs are the participles that introduce, with "as", the name
// a body was founded under: "Founded in 1897 as X", "was established as
// X".
var foundingVerbs = map[string]bool{"founded": true, "established": true, "formed": true, "incorporated": true, "registered": true}

// maxFoundingGap is the most words between a founding verb and "as" ("in
// 1897", "in March 1897").
const maxFoundingGap = 3

// foundedAs retypes as an organization a name only the trained
// recognizer typed as a person (no gazetteer entry) when a founding verb
// introduces it: people are born, not founded.
func foundedAs(d *Document, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person || m.Source != "model" || m.Entry != nil {
			continue
		}
		as := m.TokStart - 1
		if as < 1 || low(d.Tokens[as]) != "as" {
			continue
		}
		for j := as - 1; j >= 0 && j >= as-1-maxFoundingGap; j-- {
			if foundingVerbs[low(d.Tokens[j])] {
				m.Type, m.Role = graph.Organization, ""
				break
			}
			if d.Tokens[j].Text == "." || d.Tokens[j].Text == "," {
				break
			}
		}
	}
	return ms
}
