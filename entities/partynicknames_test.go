package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyNicknames checks nicknames on sentences written for this test:
// read as the party of the country the article supports, and only where
// the wording is political.
func TestPartyNicknames(t *testing.T) {
	cases := []struct {
		text, nickname, party, country string // party "" = no party read
	}{
		{"Tory leader Ann Vale spoke in Britain on Monday.", "Tory", "Conservative Party", "GB"},
		{"Tory leader Ann Vale spoke in Canada on Monday.", "Tory", "Conservative Party of Canada", "CA"},
		// No country named, or one once: the list's first reading.
		{"Tory leader Ann Vale spoke on Monday.", "Tory", "Conservative Party", "GB"},
		{"Tory leader Sam Reed spoke in Norfolk on Monday.", "Tory", "Conservative Party", "GB"},
		{"Tory MPs and Tory peers backed Tory leader Sam Reed.", "Tory", "Conservative Party", "GB"},
		// A town in a person's name points to no country (Hague, Blair).
		{"Conservative leader William Hague spoke on Monday. Mr Hague said Tony Blair would lose.", "Conservative", "Conservative Party", "GB"},
		{"Tory leader Sam Reed said the US election was close.", "Tory", "", ""},
		{"Republican leader Sam Reed said the bill would fail.", "Republican", "Republican Party", "US"},
		// Not a word that names a party opening a sentence, or inside a longer name.
		{"Green campaigners marched on Monday.", "Green", "", ""},
		{"The Socialist leader Sam Reed said the vote was close.", "Socialist", "", ""}, // France's or Italy's
		{"He is a member of the Social Democratic Party, officials said.", "Democratic", "", ""},
		// Another country named more than once: no reading.
		{"The Conservatives gained seats in Finland, where Finnish voters turned out in Helsinki.", "Conservatives", "", ""},
		// Reuters and the British press write the Australian party "Labour".
		{"The Labour government in Canberra said Australia would cut tariffs.", "Labour", "Australian Labor Party", "AU"},
		{"Lib Dem MP Sam Reed said Britain must act.", "Lib Dem", "Liberal Democrats", "GB"},
		{"The Greens gained seats as Labour lost ground in Britain.", "Greens", "Green Party of England and Wales", "GB"},
		{"Green Bay is a city in the United States.", "Green", "", ""},
		{"GOP senators met in Washington as the United States voted.", "GOP", "Republican Party", "US"},
	}
	x := New()
	for _, c := range cases {
		ex := x.Extract(c.text)
		var got *Entity
		for _, e := range ex.Entities {
			for _, a := range e.Aliases {
				if a == c.nickname && e.Type == graph.Party {
					got = e
				}
			}
		}
		switch {
		case c.party == "" && got != nil:
			t.Errorf("%q: %q read as %s", c.text, c.nickname, got.Name)
		case c.party != "" && (got == nil || got.Name != c.party || got.Entry == nil || got.Entry.Country != c.country):
			t.Errorf("%q: %q read as %+v, want %s (%s)", c.text, c.nickname, got, c.party, c.country)
		}
	}
}
