package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// stateNamedStates are the US states news calls "<Name> State" as
// states: "New York State" and "Washington State" are the states.
var stateNamedStates = map[string]bool{"new york": true, "washington": true}

// stateUniversities reads a recognizer's "<US state> State" as the
// university named so ("Ohio State won", "a Florida State recruiter"),
// not the state, which news calls by its name alone: the state must be a
// US state of the gazetteer (a Nigerian "Lagos State" is the state) other
// than New York and Washington, and no capitalised word may follow ("Ohio
// State Senate" is another name).
func stateUniversities(d *Document, gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Place || m.TokEnd-m.TokStart < 2 || d.Tokens[m.TokEnd-1].Text != "State" {
			continue
		}
		if k := m.TokEnd; k < len(d.Tokens) && d.Tokens[k].Word() && d.Tokens[k].Cap() {
			continue
		}
		for _, g := range gazetteer {
			if g.TokStart != m.TokStart || g.TokEnd != m.TokEnd-1 || g.Entry == nil || !strings.HasPrefix(g.Entry.ID, "region:US.") {
				continue
			}
			if !stateNamedStates[strings.ToLower(d.Text[g.Start:g.End])] {
				m.Type, m.Entry, m.Score = graph.Organization, nil, ScoreStrong
			}
			break
		}
	}
}
