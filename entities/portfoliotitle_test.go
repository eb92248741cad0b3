package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPortfolioTitleIsNoParty checks that a party nickname which is also
// an office's field ("Labour") before a capitalised office or department
// reads as the field, while a lower-case title keeps the party, on
// sentences written for this test.
func TestPortfolioTitleIsNoParty(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "Labour Minister Omar Haddani of Qatar said the new rules would take effect in May.",
			not:  []string{"member_of Omar Haddani -> Labour", "holds_role Omar Haddani -> Labour"},
		},
		{
			text: "The Labor Department said on Friday that jobless claims fell.",
			not:  []string{"involved_in Labor -> Department"},
		},
		{
			text: "Former Labour minister Alan Brockway told MPs the party would win the general election.",
			want: []string{"member_of Alan Brockway -> Labour"},
		},
	})
}

// TestShortCodesOfModelNames checks that a name the recognizer finds is
// not read as a country through a two-letter code, nor through a
// three-letter code the article does not spell out.
func TestShortCodesOfModelNames(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text, country string
		want          bool
	}{
		{"The EC said on Tuesday it would cut farm subsidies next year.", "Ecuador", false},
		{"Officials of the EC and the ECU met in Quito on Monday.", "Ecuador", false},
		{"Ecuador's oil output rose, ECU officials in Quito said.", "Ecuador", true},
	}
	for _, tt := range tests {
		got := false
		for _, e := range x.Extract(tt.text).Entities {
			got = got || e.Name == tt.country
		}
		if got != tt.want {
			t.Errorf("%q: %s found %v, want %v", tt.text, tt.country, got, tt.want)
		}
	}
}
