package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMeetingsWithSides checks the unnamed meetings named by their other
// side ("talks with Y"), the events a decisive predicate introduces ("X
// won a copyright case") and the parties to an agreement ("X's failure to
// honor a 1986 agreement"), on made-up sentences.
func TestMeetingsWithSides(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// The side after "with", and whoever holds the meeting.
		{"Finance Minister Ana Ruiz held talks with President Tom Hale of Peru on Monday.", "Tom Hale", "talks with President Tom Hale", true},
		{"Finance Minister Ana Ruiz held talks with President Tom Hale of Peru on Monday.", "Ana Ruiz", "talks with President Tom Hale", true},
		{"The bank said it was holding talks with Brazil and Peru about the loans.", "Peru", "talks with Brazil and Peru", true},
		{"After talks with the International Monetary Fund, Peru cut its budget.", "International Monetary Fund", "talks with the International Monetary Fund", true},
		// The country of a side's title is not a side.
		{"Ana Ruiz held talks with U.S. Treasury Secretary Tom Hale on trade.", "United States", "talks with U.S. Treasury Secretary Tom Hale", false},
		// Not held, one of many, or the name only qualifies the side.
		{"Ana Ruiz said Peru has not held talks with Brazil on the loans.", "Brazil", "talks with Brazil", false},
		{"Ana Ruiz suggested holding talks with Brazil on the loans.", "Brazil", "talks with Brazil", false},
		{"Ana Ruiz wants a meeting with Brazil soon.", "Brazil", "meeting with Brazil", false},
		{"Ana Ruiz held talks with Brazil's creditor banks on Monday.", "Brazil", "talks with Brazil", false},
		{"Acme Corp said it held talks with British and Continental Holdings on a merger.", "United Kingdom", "talks with British", false},
		// The holder: the subject placed in the talks.
		{"Foreign Minister Ana Ruiz said after talks with President Tom Hale that trade would grow.", "Ana Ruiz", "talks with President Tom Hale", true},
		{"Ms Ana Ruiz had talks with Mr Tom Hale in October about the loans.", "Ana Ruiz", "talks with Mr Tom Hale", true},
		{"Acme Corp is in negotiations with Beta Corp over a merger.", "Acme Corp", "negotiations with Beta Corp", true},
		{"Speaking to reporters after talks with Tom Hale, Foreign Minister Ana Ruiz said trade would grow.", "Ana Ruiz", "talks with Tom Hale", true},
		{"At a news conference following talks with Mr Tom Hale, Ms Ana Ruiz said trade would grow.", "Ana Ruiz", "talks with Mr Tom Hale", true},
		{"Ana Ruiz said the talks with Tom Hale had failed.", "Ana Ruiz", "talks with Tom Hale", false},
		{"Ana Ruiz has not had talks with Tom Hale since May.", "Ana Ruiz", "talks with Tom Hale", false},
		// Events a decisive predicate introduces, with what they are about.
		{"Acme Corp has won a copyright case in Lima, a court said.", "Acme Corp", "copyright case", true},
		{"Peru launched a retaliatory strike against Chile on Sunday.", "Peru", "retaliatory strike", true},
		{"Acme Corp has won the case in Lima.", "Acme Corp", "case", false},
		// Parties to an agreement, kept or broken.
		{"Tariffs followed Peru's failure to honor a July 1986 agreement on copper.", "Peru", "July 1986 agreement", true},
		{"Officials said Chile was not honoring the copper pact.", "Chile", "copper pact", true},
		{"Peru is in full compliance with the fishing treaty, Ana Ruiz said.", "Peru", "fishing treaty", true},
		{"Peru said the copper pact would help Chile.", "Chile", "copper pact", false},
		// The name only qualifies the actor.
		{"Peruvian bank workers launched a nationwide strike on Monday.", "Peru", "nationwide strike", false},
	})
}
