package entities

import "testing"

// TestOfficeRunSplit checks where "<role> of <office> <name>" splits a
// capitalised run of more than one word after the office, on sentences
// written for this test.
func TestOfficeRunSplit(t *testing.T) {
	tests := []wantCase{
		{
			// The office's second word is a field's: the name follows it.
			text: "The file went to Director of Public Prosecutions Orrin Talbot for review.",
			want: []string{"person:Orrin Talbot"},
			not:  []string{"person:Prosecutions Orrin Talbot"},
		},
		{
			text: "Minister of Foreign Affairs Teodor Vasko arrived on Monday.",
			want: []string{"person:Teodor Vasko"},
			not:  []string{"person:Affairs Teodor Vasko"},
		},
		{
			// A one-word office keeps a three-word name.
			text: "Minister of Finance Ramiro Castel Ortega arrived on Monday.",
			want: []string{"person:Ramiro Castel Ortega"},
		},
		{
			// A body's name after the field word is no person.
			text: "He is director of the Regional Development Water Coordination Centre in the north.",
			not:  []string{"person:Water Coordination Centre"},
		},
	}
	checkNameCases(t, New(), tests)
}
