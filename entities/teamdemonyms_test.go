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
