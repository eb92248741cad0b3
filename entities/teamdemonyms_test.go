package entities

import "testing"

// TestTeamDemonyms checks that in a sports report that reads a country as
// a team, the country's adjective before a part of a side is the team,
// while a player's role after it gives a nationality, and that outside a
// team reading the adjective stays the country.
func TestTeamDemonyms(t *testing.T) {
	checkTyped(t, New(), []typedCase{
		{"Peru beat Chile 2-0 in the qualifier . The Peruvian defence held firm in the cup match .", "organization:Peruvian", "country:Peru"},
		{"Chile beat Peru 2-0 in the qualifier . Peruvian goalkeeper Dara Vellmont made a save in the cup match .", "country:Peru", "organization:Peruvian"},
		// No team named by the country: the adjective stays the country's.
		{"The Peruvian defence ministry said the cup match would go ahead .", "country:Peru", "organization:Peruvian"},
	})
}

// TestSidePossessive checks that a country in the possessive before a
// part of its side or a team role, written with the possessive apart as
// tokenized text has it, is the team in a sports sentence.
func TestSidePossessive(t *testing.T) {
	checkTyped(t, New(), []typedCase{
		{"Peru 's new-look side beat Chile 5-0 in the qualifier .", "organization:Peru", "country:Peru"},
		{"Chile beat Peru 2-0 in the qualifier , but Peru 's defence held firm in the cup match .", "organization:Peru", "country:Peru"},
		{"Peru 's captain scored twice in the cup match .", "organization:Peru", "country:Peru"},
		// No sports wording: the country.
		{"Peru 's new-look cabinet met on Monday .", "country:Peru", "organization:Peru"},
	})
}
