package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestUnitBodyServiceAndPurpose checks a named unit after a lower-case
// possessive body ("of the ministry's X Bureau"), service in a body ("X
// served in the Y Guards") and an apposition that puts a person somewhere
// for a purpose ("X, in Y for talks"), on sentences written for this
// test.
func TestUnitBodyServiceAndPurpose(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			text: "Tomas Berg, Director General of the ministry's Economic Affairs Bureau, said so.",
			want: []string{"leads Tomas Berg -> Economic Affairs Bureau {role=Director General}"},
		},
		{
			text: "Tomas Berg, vice chairman of the government's Council for Planning and Development, said so.",
			want: []string{"holds_role Tomas Berg -> Council for Planning and Development"},
		},
		{
			text: "Tomas Berg served in the Velland Guards from 1941 to 1945.",
			want: []string{"affiliated_with Tomas Berg -> Velland Guards"},
		},
		{
			// A visit: the person serves another country.
			text: "Canadian Trade Minister Tomas Berg said talks would go on. Berg, in New Zealand for informal trade talks, told reporters they went well.",
			want: []string{"visits Tomas Berg -> New Zealand"},
		},
		{
			// At home: no visit.
			text: "Canadian Trade Minister Tomas Berg said talks would go on. Berg, in Toronto for informal trade talks, told reporters they went well.",
			not:  []string{"visits Tomas Berg -> Toronto"},
		},
	}
	checkWantCases(t, x, tests)
}
