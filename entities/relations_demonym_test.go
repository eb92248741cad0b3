package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestDemonymAdjectiveOffice checks that a demonym qualifying another
// noun gives a bare state title no country, on sentences written for this
// test; a country named as such, or a plural people, still does.
func TestDemonymAdjectiveOffice(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithGazetteer(gazetteer.Default()))
	tests := []wantCase{
		{
			text: "In 1978 the administration of then president Tomas Berg floated securities in marks and Swiss francs.",
			not:  []string{"holds_role Tomas Berg -> Switzerland"},
		},
		{
			text: "Prime Minister Tomas Berg will meet the group's leader, a senior official for the outlawed South African organization said.",
			not:  []string{"holds_role Tomas Berg -> South Africa"},
		},
		{
			text: "The Swiss government said on Monday that President Tomas Berg would resign.",
			want: []string{"holds_role Tomas Berg -> Switzerland"},
		},
		{
			// A clock time's zone is no country.
			text: "Finance Minister Tomas Berg will speak at 1430 EST/1930 GMT.",
			not:  []string{"holds_role Tomas Berg -> Estonia"},
		},
	}
	checkWantCases(t, x, tests)
}
