package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestBodyBeforeName checks that a body's name before a person's is no
// part of it, on sentences written for this test.
func TestBodyBeforeName(t *testing.T) {
	tests := []wantCase{
		{
			// The body's "of" field goes on into the run before "warned".
			text: "The director of the Office of Management and Budget Hollis Varn warned that taxes would rise.",
			want: []string{"person:Hollis Varn"},
			not:  []string{"person:Budget Hollis Varn"},
		},
		{
			text: "The chairman of the Bureau of Land and Water Hollis Varn warned that taxes would rise.",
			want: []string{"person:Hollis Varn"},
			not:  []string{"person:Water Hollis Varn"},
		},
		{
			// "union" types the name before the person's.
			text: "But the leader of the rail union Aslef Dara Pendle criticised the plans.",
			want: []string{"person:Dara Pendle"},
			not:  []string{"person:Aslef Dara Pendle"},
		},
		{
			// A title ends the body: the name after it is whole.
			text: "Bank of Valdoria Governor Tomas Orrin Pike said rates would hold.",
			not:  []string{"person:Orrin Pike"},
		},
		{
			// "and" after a whole body's name opens another name.
			text: "The shares were sold through Halvers Brothers Inc and Edwin T. Corran said the price was fair.",
			not:  []string{"person:T. Corran"},
		},
	}
	checkNameCases(t, New(WithRecognizer(ner.DefaultRecognizer())), tests)
}
