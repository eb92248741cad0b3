package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestTitleBeforeName checks that a title, a field of office or a known
// body before a name is no part of the person's name, on sentences
// written for this test.
func TestTitleBeforeName(t *testing.T) {
	tests := []wantCase{
		{
			// The role cue "Deputy" opens a title that goes on into the run.
			text: "On Friday Deputy Varnish Trade Representative Tomas Belko will meet the delegation.",
			want: []string{"person:Tomas Belko"},
			not:  []string{"person:Varnish Trade Representative Tomas Belko", "person:Trade Representative Tomas Belko"},
		},
		{
			text: "Assistant Chief Constable Orla Fenwick has met the protest groups.",
			want: []string{"person:Orla Fenwick"},
			not:  []string{"person:Constable Orla Fenwick"},
		},
		{
			text: "The company's General Sales Manager Dario Kelt told analysts that orders rose.",
			want: []string{"person:Dario Kelt"},
			not:  []string{"person:Sales Manager Dario Kelt"},
		},
		{
			// A surname that is a title word stays the name's.
			text: "Novelist Harriet Lowe King said the book was finished.",
			not:  []string{"person:King"},
		},
		{
			// The run before "said" goes on from an office's title.
			text: "Output will rise next year, Minister of Energy and Mines Ravel Ostin Durand said.",
			want: []string{"person:Ravel Ostin Durand"},
			not:  []string{"person:Mines Ravel Ostin Durand"},
		},
		{
			text: "Minister of State for Planning Idris Kamal Wober said the law was passed.",
			want: []string{"person:Idris Kamal Wober"},
			not:  []string{"person:Planning Idris Kamal Wober"},
		},
		{
			// A title opens the run before "said".
			text: "Referee Colm Dasher said he applied the laws of the game.",
			want: []string{"person:Colm Dasher"},
			not:  []string{"person:Referee Colm Dasher"},
		},
		{
			text: "Agriculture Undersecretary Pell Amory said the program would go on.",
			want: []string{"person:Pell Amory"},
			not:  []string{"person:Agriculture Undersecretary Pell Amory"},
		},
	}
	checkNameCases(t, New(), tests)
}

// TestTwoNameParticles checks that a role cue's name goes on over two
// particles ("de la", "van der"), on sentences written for this test.
func TestTwoNameParticles(t *testing.T) {
	tests := []wantCase{
		{
			text: "President Ramon de la Vestra met the governors on Friday.",
			want: []string{"person:Ramon de la Vestra"},
			not:  []string{"person:Ramon"},
		},
		{
			text: "The bank's chairman Joost van der Hollen said profits rose.",
			want: []string{"person:Joost van der Hollen"},
			not:  []string{"person:Joost"},
		},
	}
	checkNameCases(t, New(), tests)
}

// TestTitleBeforeModelName checks the trained recognizer's people: a job
// title before a name is cut off.
func TestTitleBeforeModelName(t *testing.T) {
	tests := []wantCase{
		{
			text: "Technician Vera Holloway of Carmody Data Corp said the contract would hold.",
			want: []string{"person:Vera Holloway"},
			not:  []string{"person:Technician Vera Holloway"},
		},
	}
	checkNameCases(t, New(WithRecognizer(ner.DefaultRecognizer())), tests)
}
