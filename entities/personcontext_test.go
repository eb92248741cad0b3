package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPersonContext checks the contexts of personcontext.go that make a
// one-word name the recognizer alone typed as an organization or place
// a person, and the near misses that leave it (made-up names). other,
// when set, is a second mention: a person or a known body.
func TestPersonContext(t *testing.T) {
	type other struct {
		name   string
		typ    graph.Type
		source string
	}
	tests := []struct {
		text, name string
		other      *other
		want       graph.Type
	}{
		// Listed with a person of one word.
		{"Ostby and Quillby started a new theory.", "Quillby", &other{"Ostby", graph.Person, "model"}, graph.Person},
		{"Varga, Ostby, and Quillby played.", "Quillby", &other{"Ostby", graph.Person, "model"}, graph.Person},
		// Only a comma: an apposition.
		{"They flew to Quillby , Ostby said.", "Quillby", &other{"Ostby", graph.Person, "model"}, graph.Organization},
		{"He coached at Quillby , Ostby recalled.", "Quillby", &other{"Ostby", graph.Person, "model"}, graph.Organization},
		// A body known otherwise in the list; a person named in full.
		{"Norbank and Quillby joined the deal.", "Quillby", &other{"Norbank", graph.Organization, "gazetteer"}, graph.Organization},
		{"Tam Ostby and Quillby signed.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Organization},
		// Appointed or elected to a role.
		{"In 1801, Quillby was appointed Regius Professor of Law.", "Quillby", nil, graph.Person},
		{"Quillby was elected chairman of the board.", "Quillby", nil, graph.Person},
		{"Quillby was appointed to advise the bank.", "Quillby", nil, graph.Organization},
		// After "as" and a role at the start of a sentence.
		{"As governor, Quillby raised taxes.", "Quillby", nil, graph.Person},
		{"As expected, Quillby raised prices.", "Quillby", nil, graph.Organization},
		// Succeeding a person in a role.
		{"In 1766, Quillby succeeded Tam Ostby as Professor of Law.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Person},
		{"Quillby succeeded Tam Ostby in the market.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Organization},
		// Continued by "He" or "She".
		{"Quillby won the prize in 1974. She was elected to the academy.", "Quillby", nil, graph.Person},
		{"Quillby won the prize in 1974. It was the first such award.", "Quillby", nil, graph.Organization},
		// The subject after a fronted clause; a person named before it, in
		// that clause, or as a word of a longer name does not compete.
		{"With the help of Tam Ostby, Quillby won a fellowship. He moved to the coast.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Person},
		{"Quillby was the recipient of the Tam Ostby Medal. She was elected to the academy.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Person},
		{"Quillby hired Tam Ostby in May. He said little.", "Quillby", &other{"Tam Ostby", graph.Person, "model"}, graph.Organization},
		{"In May, Quillby and partners bought it. He said little.", "Quillby", nil, graph.Organization},
		{"With the money, Quillby's shares rose. He said little.", "Quillby", nil, graph.Organization},
		// Where only a person stands: a partner, met by "he" or "she",
		// "and her husband".
		{"He got divorced from Quillby in May.", "Quillby", nil, graph.Person},
		{"She was married to Quillby for ten years.", "Quillby", nil, graph.Person},
		{"He soon met Ostby and Quillby at the institute.", "Quillby", &other{"Ostby", graph.Organization, "model"}, graph.Person},
		{"Quillby and her husband Ostby live in the city.", "Quillby", nil, graph.Person},
		{"The club met Quillby in the final.", "Quillby", nil, graph.Organization},
		{"The bank moved from Quillby to the coast.", "Quillby", nil, graph.Organization},
		{"Quillby and its partners live well.", "Quillby", nil, graph.Organization},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		ms := []Mention{nameMention(t, d, tc.name, graph.Organization, text.ScoreModel, "model")}
		if tc.other != nil {
			ms = append(ms, nameMention(t, d, tc.other.name, tc.other.typ, text.ScoreModel, tc.other.source))
		}
		got := lonePersonCues(d, tokenKeys(d), ms)
		if got[0].Type != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.name, got[0].Type, tc.want)
		}
	}
}
