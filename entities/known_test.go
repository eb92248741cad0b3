package entities

import (
	"slices"
	"testing"
)

func TestKnownOrganizations(t *testing.T) {
	tests := []struct {
		text string
		want string // a type:name the extraction must hold
		not  string // a type:name it must not hold
	}{
		// A country or town inside the name is not read apart.
		{"Officials of the Banco de Portugal met bankers in Lisbon on Tuesday.", "organization:Banco de Portugal", "country:Portugal"},
		{"The figures were first reported by Agence France-Presse late on Monday.", "organization:Agence France-Presse", "country:France"},
		{"Shares in the carmaker fell 4 percent on the Tokyo Stock Exchange.", "organization:Tokyo Stock Exchange", "place:Tokyo"},
		// A broadcaster's acronym is the broadcaster, not a party named
		// after it; agencies and broadcasters are not persons or places.
		{"The election results were broadcast live by NHK and Deutsche Welle.", "organization:NHK", "party:NHK"},
		{"The election results were broadcast live by NHK and Deutsche Welle.", "organization:Deutsche Welle", "person:Deutsche Welle"},
		{"Xinhua said the talks in Beijing would resume next week.", "organization:Xinhua", "place:Xinhua"},
		{"The Federal Reserve and the FBI declined to comment.", "organization:FBI", ""},
		// The longest name wins.
		{"A statement from the Xinhua News Agency was read out.", "organization:Xinhua News Agency", "organization:Xinhua"},
		// A well-known company or university named alone is an
		// organization, not the town it shares its name with; after
		// "the" it is not read.
		{"Volkswagen said sales in Ostria fell.", "organization:Volkswagen", "place:Volkswagen"},
		{"She studied at Princeton before moving to Ostria.", "organization:Princeton", "place:Princeton"},
		{"Fires spread across the Amazon last week.", "", "organization:Amazon"},
		{"She studied at the Sorbonne before moving to Ostria.", "organization:Sorbonne", ""},
		// A legislature's own name is the legislature, not a town.
		{"The Duma passed the budget on Friday.", "organization:Duma", "place:Dūmā"},
		// A title after the name ends it: the bank, not the country.
		{"Bank of Japan Governor Tomas Verlo said rates would stay.", "organization:Bank of Japan", "country:Japan"},
		// A newspaper named alone or after "the"; a longer name holding
		// its title is that name's.
		{"Tomas Verlo told the Guardian the plan would fail.", "organization:Guardian", ""},
		{"The Ostrian Guardian Council met on Monday.", "organization:Ostrian Guardian Council", "organization:Guardian"},
		// Case matters: a word that is also a name in lower case is not it.
		{"The nasdaq-listed firm raised prices.", "", "organization:Nasdaq"},
	}
	x := New()
	for _, tt := range tests {
		checkTypedName(t, x, tt.text, tt.want, tt.not)
	}
}

func TestKnownOrgNeighbours(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the names read as strong
	}{
		// "Thomson Reuters" may be a longer name: the model decides; "US"
		// is not a word of a longer name.
		{"Shares of Thomson Reuters rose. Reuters said. The US Federal Reserve said.", []string{"Reuters", "Federal Reserve"}},
		// A company's name before a capitalised word, in capitals too,
		// or before "and" and a corporate word may be a longer name.
		{"Nokia said so. The film is on Nokia Prime Video. Siemens and Co Inc rose. Siemens and Nokia fell. Netflix TV said.", []string{"Nokia", "Siemens", "Nokia"}},
		// Nor is a company's name glued to another word, or after a
		// name link and a capitalised word.
		{"Nokia-Siemens rose. Banco de Siemens fell. Nokia/Siemens said.", nil},
		// A person's title after the name is no part of it: "Bank of
		// Japan Governor X" is the bank's governor; a capitalised word
		// that is no title still may be.
		{"Bank of Japan Governor Tomas Verlo said. Nokia Deputy Chairman Anna Pell said. Bank of Japan Tower rose.", []string{"Bank of Japan", "Nokia"}},
	} {
		d := Segment(tc.text)
		_, known := knownOrganizations(d, tokenKeys(d), nil)
		var strong []string
		for _, k := range known {
			if k.Score > 2 {
				strong = append(strong, k.Text(d))
			}
		}
		if !slices.Equal(strong, tc.want) {
			t.Errorf("%q: strong known names %q, want %q", tc.text, strong, tc.want)
		}
	}
}

// TestKnownOrgTitle checks that a known organization's name before a
// title is the body the title's holder leads, not the country it names.
func TestKnownOrgTitle(t *testing.T) {
	checkWantCases(t, New(), []wantCase{
		{
			text: "Bank of Japan Governor Tomas Verlo said rates would stay.",
			want: []string{"leads Tomas Verlo -> Bank of Japan"},
			not:  []string{"holds_role Tomas Verlo -> Japan"},
		},
		{
			text: "Former Bank of Canada Deputy Governor Anna Pell said so.",
			want: []string{"holds_role Anna Pell -> Bank of Canada"},
			not:  []string{"holds_role Anna Pell -> Canada"},
		},
	})
}
