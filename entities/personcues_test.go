package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestLonePersonCues checks which one-word names the recognizer alone
// typed as organizations or places the words around them make people.
func TestLonePersonCues(t *testing.T) {
	tests := []struct {
		text, name string
		typ        graph.Type
		want       graph.Type
	}{
		{"Quillby was born in a village by the sea.", "Quillby", graph.Organization, graph.Person},
		{"Quillby married a painter in 1950.", "Quillby", graph.Place, graph.Person},
		{"Quill-Feather worked as a clerk.", "Quill-Feather", graph.Organization, graph.Person},
		{"She came with her husband Quillby and two friends.", "Quillby", graph.Place, graph.Person},
		{"Quillby, the former chief executive of Norcastle Mining, spoke.", "Quillby", graph.Organization, graph.Person},
		{"Quillby, a co-founder of Norcastle Mining, spoke.", "Quillby", graph.Place, graph.Person},
		// Not enough: an organization's predicate, "its", a role
		// without "of", a name in capitals.
		{"Quillby was bought by a rival.", "Quillby", graph.Organization, graph.Organization},
		{"The firm and its partner Quillby agreed.", "Quillby", graph.Organization, graph.Organization},
		{"Quillby, the chief executive, spoke.", "Quillby", graph.Organization, graph.Organization},
		{"QUILLBY was born in a village.", "QUILLBY", graph.Organization, graph.Organization},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		got := lonePersonCues(d, tokenKeys(d), []Mention{nameMention(t, d, tc.name, tc.typ, text.ScoreModel, "model")})
		if got[0].Type != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.name, got[0].Type, tc.want)
		}
	}
}

// TestLonePersonCuesFollow checks that the name's other one-word
// mentions of the recognizer follow the one the cue retypes.
func TestLonePersonCuesFollow(t *testing.T) {
	const s = "Quillby was born in 1901. In 1930 Quillby joined the faculty."
	d := text.Segment(s)
	var ms []Mention
	for _, i := range []int{0, strings.LastIndex(s, "Quillby")} {
		m := Mention{Start: i, End: i + len("Quillby"), TokStart: tokenAt(d, i), Type: graph.Organization, Score: text.ScoreModel, Source: "model"}
		m.TokEnd = m.TokStart + 1
		ms = append(ms, m)
	}
	for _, m := range lonePersonCues(d, tokenKeys(d), ms) {
		if m.Type != graph.Person {
			t.Errorf("mention at %d is a %s, want a person", m.Start, m.Type)
		}
	}
}

// TestLonePersonCuesTown checks that a one-word town of the gazetteer is
// a person before a predicate only people take or a family of theirs,
// and stays the town after a preposition of place or before weaker cues.
func TestLonePersonCuesTown(t *testing.T) {
	town := &gazetteer.Entry{ID: "place:1", Name: "Quillby", Type: graph.Place, Population: 500_000}
	tests := []struct {
		text string
		want graph.Type
	}{
		{"Quillby taught Latin before becoming a journalist.", graph.Person},
		{"In 1944, Quillby, his family and the rest of the town were moved.", graph.Person},
		{"Quillby and her husband lived on a farm.", graph.Person},
		{"Quillby received his doctorate in 1950.", graph.Person},
		{"He moved to Quillby and his family followed.", graph.Place},
		{"Quillby received its charter in 1950.", graph.Place},
		{"Quillby, the former chief executive of Norcastle Mining, spoke.", graph.Place},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		m := nameMention(t, d, "Quillby", graph.Place, text.ScoreModel, "gazetteer")
		m.Entry = town
		if got := lonePersonCues(d, tokenKeys(d), []Mention{m}); got[0].Type != tc.want {
			t.Errorf("%q: a %s, want %s", tc.text, got[0].Type, tc.want)
		}
	}
}
