package entities

import (
	"testing"
)

// TestRegionOffice checks that an office opened by a capitalised ordinal
// keeps it ("First Minister") and that a state office whose own modifier
// is a region is the region's, never its country's or the article's.
func TestRegionOffice(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string // relations that must be found (exact spelling)
		not  []string // substrings no typed relation may hold
	}{
		{
			text: "Prime Minister John Major said the British government would act. Former Scottish First Minister Lee Dunn said the plan would fail.",
			want: []string{"holds_role Lee Dunn -> Scotland {former=true role=First Minister}"},
			not:  []string{"Lee Dunn -> United Kingdom", "role=Minister}"},
		},
		{
			text: "Bavaria's Premier Lee Dunn met German Chancellor Helmut Kohl in Bonn.",
			want: []string{"holds_role Lee Dunn -> Bavaria {role=Premier}"},
			not:  []string{"Lee Dunn -> Germany"},
		},
		{
			// A country's title keeps its ordinal and its country.
			text: "Soviet First Deputy Prime Minister Lee Dunn arrived in Beijing.",
			want: []string{"holds_role Lee Dunn -> Soviet Union {role=First Deputy Prime Minister}"},
		},
		{
			text: "Quebec mines minister Lee Dunn said the province would help Canada.",
			want: []string{"holds_role Lee Dunn -> Quebec {role=Mines Minister}"},
		},
		{
			// A state's senator sits in the country's senate.
			text: "Texas Senator Lee Dunn said the United States would act.",
			not:  []string{"Lee Dunn -> Texas"},
		},
		{
			// A company named like a region.
			text: "Delta spokesman Lee Dunn said the merger was delayed.",
			not:  []string{"Lee Dunn -> Delta"},
		},
		{
			// A British portfolio named after a nation of the kingdom.
			text: "Northern Ireland Minister Lee Dunn said Britain would pay.",
			not:  []string{"Lee Dunn -> Northern Ireland"},
		},
		{
			// The same titles in an apposition.
			text: "Mr Lee Dunn, Scotland's First Minister, said Britain should act.",
			want: []string{"holds_role Lee Dunn -> Scotland {role=First Minister}"},
			not:  []string{"Lee Dunn -> United Kingdom"},
		},
		{
			text: "Mr Lee Dunn, the former Quebec premier, said Canada would sign.",
			want: []string{"holds_role Lee Dunn -> Quebec {former=true role=Premier}"},
		},
		{
			// A list item's title is its own name's.
			text: "Mr Lee Dunn, Quebec premier Peter Hale and others met in Canada.",
			want: []string{"holds_role Peter Hale -> Quebec {role=Premier}"},
			not:  []string{"Lee Dunn -> Quebec"},
		},
		{
			// A city's office is not its country's.
			text: "The plan has the support of the Mayor of Leeds, Lee Dunn, and of Britain's government.",
			not:  []string{"Lee Dunn -> United Kingdom"},
		},
		{
			// A legislator for a town sits in the country's parliament.
			text: "Mr Lee Dunn, Labour MP for Leeds, said Britain would gain.",
			want: []string{"holds_role Lee Dunn -> United Kingdom {role=MP}"},
		},
		{
			// "first" in running text is no title word.
			text: "The first minister to resign, Lee Dunn, left Britain.",
			not:  []string{"role=First"},
		},
	}
	for _, tt := range tests {
		checkTypedRels(t, x, tt.text, tt.want, tt.not)
	}
}
