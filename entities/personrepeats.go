package entities

import "github.com/newsgraph/newsgraph/graph"

// personNameRepeats gives the person's type to the recognizer's one-word
// mentions of another type that spell exactly a person's name the rules
// found in the same article ("President Reagan said ... Reagan
// declared", the second read as an organization): one article uses one
// name for one entity. Only mentions without a gazetteer entry change,
// and only where the person comes from a cue or a repeat of one. A name
// of several words the recognizer calls an organization ("Stop Quillby
// Expansion chairman X") outweighs a cue's reading of it.
func personNameRepeats(d *Document, ms []Mention) []Mention {
	persons := map[string]bool{}
	for _, m := range ms {
		if m.Type == graph.Person && (m.Source == "cue" || m.Source == "repeat") {
			persons[m.Text(d)] = true
		}
	}
	if len(persons) == 0 {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.Source == "model" && m.Entry == nil && m.TokEnd-m.TokStart == 1 && m.Type != graph.Person && m.Type != graph.Event && persons[m.Text(d)] {
			m.Type = graph.Person
		}
	}
	return ms
}
