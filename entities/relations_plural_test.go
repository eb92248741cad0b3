package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPluralTitles checks that a plural title before a list of names is
// every listed person's, in the singular, on sentences written for this
// test.
func TestPluralTitles(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "The former Acme Corp chief executives Tom Rell and Jan Skov were fined.",
			want: []string{"leads Tom Rell -> Acme Corp {former=true role=Chief Executive}",
				"leads Jan Skov -> Acme Corp {former=true role=Chief Executive}"},
		},
		{
			text: "Norwegian ministers Tom Rell, Kari Vellan and Jan Skov met in Oslo.",
			want: []string{"holds_role Tom Rell -> Norway {role=Minister}", "holds_role Kari Vellan -> Norway {role=Minister}",
				"holds_role Jan Skov -> Norway {role=Minister}"},
		},
		{
			// Each name's own "of" body.
			text: "Finance ministers Tom Rell of Norway and Jan Skov of Sweden met in Oslo.",
			want: []string{"holds_role Tom Rell -> Norway {role=Finance Minister}", "holds_role Jan Skov -> Sweden {role=Finance Minister}"},
			not:  []string{"holds_role Jan Skov -> Norway"},
		},
		{
			text: "Acme Corp analysts Tom Rell and Jan Skov said prices would rise.",
			want: []string{"affiliated_with Tom Rell -> Acme Corp", "affiliated_with Jan Skov -> Acme Corp"},
		},
		{
			// A singular title is the first name's only.
			text: "Acme Corp chief executive Tom Rell and Jan Skov were fined.",
			want: []string{"leads Tom Rell -> Acme Corp {role=Chief Executive}"},
			not:  []string{"leads Jan Skov -> Acme Corp"},
		},
	})
}

// TestPluralOfficesAndStaff checks a plural state office over a list, a
// plural staff noun over a list, and a plural before "to", on sentences
// written for this test.
func TestPluralOfficesAndStaff(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "In Peru, the banker served under Presidents Tom Rell, Kari Vellan and Jan Skov.",
			want: []string{"holds_role Tom Rell -> Peru", "holds_role Kari Vellan -> Peru", "holds_role Jan Skov -> Peru"},
		},
		{
			// A plural before a single name is no title of it.
			text: "In talks with both the foreign and trade ministers Rell said Norway had been unfair.",
			not:  []string{"holds_role Rell -> Norway"},
		},
		{
			text: "Brantex Holdings managers Tom Rell and Jan Skov face charges.",
			want: []string{"affiliated_with Tom Rell -> Brantex Holdings", "affiliated_with Jan Skov -> Brantex Holdings"},
		},
		{
			// The advisers are others: the name holds the office after "to".
			text: "The plan was drawn up by advisers to Finance Minister Tom Rell of Norway.",
			want: []string{"holds_role Tom Rell -> Norway"},
			not:  []string{"affiliated_with Tom Rell -> Norway"},
		},
	})
}
