package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestOrgContext checks the org-context stage on sentences written for
// this test.
func TestOrgContext(t *testing.T) {
	cases := []typeCase{
		{"Prices rose, said Ann Kerr of Halvern Foods.", "Halvern Foods", graph.Organization},
		{"Leeds chairman Tom Hale said the club would be sold.", "Leeds", graph.Organization},
		{"Tom Hale moved to Leeds last year.", "Leeds", graph.Place},
		{"White House spokesman Tom Hale declined to comment.", "White House", graph.Organization},
		{"London mayor Tom Hale opened the bridge.", "London", graph.Place}, // a capital keeps its type
		{"Mr Tom Hale headed the Volmark group until 2001.", "Volmark", graph.Organization},
		{"Prices fell, said Tom Hale, an economist at Swiss Volmark in Zurich.", "Swiss Volmark", graph.Organization},
		{"Sales rose, said Tom Hale, Korvanta's chairman.", "Korvanta", graph.Organization},
		{"Dan Ode, BT's managing director, agreed.", "BT", graph.Organization}, // an acronym the gazetteer reads as Bhutan
		{"The world's biggest toy firm, Halbrook Kessler, reported profits.", "Halbrook Kessler", graph.Organization},
		{"Tom Hale praised Korvanta's chairman.", "Tom Hale", graph.Person},
		// Shares, shareholders and profits are a company's (companyCued).
		{"Shares of Tarnwick rose 4 percent on Tuesday.", "Tarnwick", graph.Organization},
		{"Crandell's shareholders voted against the plan.", "Crandell", graph.Organization},
		{"Ann Tarby's shares were sold.", "Ann Tarby", graph.Person},
		{"Ostley said its members agreed.", "Ostley", graph.Person},
	}
	checkTypes(t, cases) // the recognizer reads most company names as places
}

// typeCase is a text, a name the extraction must hold and its type.
type typeCase struct {
	text, name string
	want       graph.Type
}

// checkTypes extracts each case's text with the trained recognizer and
// checks the named entity's type.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		found := false
		for _, e := range x.Extract(c.text).Entities {
			if e.Name == c.name {
				found = true
				if e.Type != c.want {
					t.Errorf("%q: %s is %s, want %s", c.text, c.name, e.Type, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", c.text, c.name)
		}
	}
}

// TestSeatOfGovernment checks that a seat of government the gazetteer
// reads as a town is the office there, whatever follows it, while a seat
// without that reading needs a role word or a possessive after it.
func TestSeatOfGovernment(t *testing.T) {
	governmentSeats["quillby hall"] = true
	t.Cleanup(func() { delete(governmentSeats, "quillby hall") })
	town := &gazetteer.Entry{ID: "place:1", Name: "Quillby Hall", Type: graph.Place}
	for _, tc := range []struct {
		text  string
		entry *gazetteer.Entry
		want  bool
	}{
		{"Quillby Hall said the talks would go on.", town, true},
		{"Quillby Hall said the talks would go on.", nil, false},
		{"A Quillby Hall spokesman said so.", nil, true},
		{"Quillby Farm said the talks would go on.", &gazetteer.Entry{ID: "place:2", Name: "Quillby Farm", Type: graph.Place}, false},
	} {
		d := text.Segment(tc.text)
		name := "Quillby Hall"
		if tc.entry != nil {
			name = tc.entry.Name
		}
		m := spanMention(t, d, name, graph.Place)
		m.Entry = tc.entry
		if got := seatOfGovernment(d, m); got != tc.want {
			t.Errorf("%q (entry %v): seatOfGovernment = %v, want %v", tc.text, tc.entry != nil, got, tc.want)
		}
	}
}

// TestSeatNameWhole checks that an article's "the Hall" does not join a
// seat of government named "Quillby Hall", nor "the Board" a pair of
// names "Quillby-Board", while "the Board" joins another organization
// whose name it ends.
func TestSeatNameWhole(t *testing.T) {
	governmentSeats["quillby hall"] = true
	t.Cleanup(func() { delete(governmentSeats, "quillby hall") })
	for _, tc := range []struct {
		text, long string
		want       int // entities
	}{
		{"Quillby Hall said the Hall voted.", "Quillby Hall", 2},
		{"Quillby Board said the Board voted.", "Quillby Board", 1},
		{"Quillby-Board talks ended; the Board voted.", "Quillby-Board", 2},
	} {
		d := text.Segment(tc.text)
		long := spanMention(t, d, tc.long, graph.Organization)
		short := spanMention(t, d, "the "+tc.long[len("Quillby-"):], graph.Organization)
		short.TokStart++ // "Hall" of "the Hall"
		short.Start = d.Tokens[short.TokStart].Start
		ex := resolve(d, []Mention{long, short}, nil, nil)
		if len(ex.Entities) != tc.want {
			t.Errorf("%q: %d entities, want %d", tc.text, len(ex.Entities), tc.want)
		}
	}
}

// TestSuffixOfTwoTypes checks that a short form ending two longer names of
// different types (not people) joins neither, and joins the one longer
// name of its type when a person's name also ends with it.
func TestSuffixOfTwoTypes(t *testing.T) {
	for _, tc := range []struct {
		text, other string
		otherType   graph.Type
		want        int // entities
	}{
		{"The Upper Chamber met; the Lower Chamber voted and the Chamber adjourned.", "Lower Chamber", graph.Place, 3},
		{"The Upper Chamber met; Ada Chamber voted and the Chamber adjourned.", "Ada Chamber", graph.Person, 2},
	} {
		d := text.Segment(tc.text)
		long := spanMention(t, d, "Upper Chamber", graph.Organization)
		other := spanMention(t, d, tc.other, tc.otherType)
		short := spanMention(t, d, "the Chamber", graph.Organization)
		short.TokStart++
		short.Start = d.Tokens[short.TokStart].Start
		ex := resolve(d, []Mention{long, other, short}, nil, nil)
		if len(ex.Entities) != tc.want {
			t.Errorf("%q: %d entities, want %d", tc.text, len(ex.Entities), tc.want)
		}
	}
}

// TestCompanyHeadOf checks a name after a company head's title and "of",
// on sentences written for this test.
func TestCompanyHeadOf(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Ivan Kuzmin, deputy chairman of Highland Gold, said output would rise.", "Highland Gold", graph.Organization},
		{"Ivan Kuzmin, chief executive of Corrow Mills, said output would rise.", "Corrow Mills", graph.Organization},
		// A governor heads a place.
		{"Ivan Kuzmin, governor of Lower Saxony, said output would rise.", "Lower Saxony", graph.Place},
	})
}
