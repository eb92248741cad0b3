package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
	"github.com/newsgraph/newsgraph/graph"
)

// TestAgreementSides checks the parties of agreements made, extended or
// backed, and the sides named after them ("with Y", "between X and Y",
// "is an agreement between X including Y and Z"), on made-up sentences.
func TestAgreementSides(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// Made or extended: an indefinite agreement with a modifier that
		// tells it apart, a hyphenated one, a deal.
		{"Ghana and Togo have extended a rice-for-oil deal.", "Togo", "rice-for-oil deal", true},
		{"Ghana and Togo signed a cooperation deal on Monday.", "Ghana", "cooperation deal", true},
		// A bare deal its parties made is one deal of the article
		// (madeDeals, events_deal_made.go).
		{"Ghana and Togo signed a deal on Monday.", "Ghana", "deal", true},
		{"Acme Corp and Bolt Industries signed a memorandum of understanding.", "Bolt Industries", "memorandum of understanding", true},
		// Sides after the agreement.
		{"Acme Corp said it signed a supply agreement with Swedish rival Bolt Industries.", "Bolt Industries", "supply agreement", true},
		{"Acme Corp said it signed a supply agreement with Swedish rival Bolt Industries.", "Sweden", "supply agreement", false},
		{"Ghana formalised a fishing deal between state firm Acme Corp and Togo's Bolt Industries.", "Acme Corp", "fishing deal", true},
		{"Ghana formalised a fishing deal between state firm Acme Corp and Togo's Bolt Industries.", "Bolt Industries", "fishing deal", true},
		{"Ghana formalised a fishing deal between state firm Acme Corp and Togo's Bolt Industries.", "Togo", "fishing deal", false},
		{"The Lima accord is an agreement between the Andean Community member states including Peru and Chile.", "Chile", "Lima accord", true},
		{"Ghana signed a fishing agreement with banks to refinance Togo.", "Togo", "fishing agreement", false},
		// A demonym that only says whose the noun after it is acts for
		// its country only before a word for its state.
		{"The Venezuelan company signed the Lima accord.", "Venezuela", "Lima accord", false},
		{"The Venezuelan government signed the Lima accord.", "Venezuela", "Lima accord", true},
		{"Shares held by the Saudi public will back the Lima accord.", "Saudi Arabia", "Lima accord", false},
		{"Saudi officials signed the Lima accord.", "Saudi Arabia", "Lima accord", true},
		// Backing an agreement, not refusing it.
		{"Peru agreed to support the Lima accord on Friday.", "Peru", "Lima accord", true},
		{"Peru and Chile will uphold the Lima accord.", "Chile", "Lima accord", true},
		{"Peru refused to support the Lima accord.", "Peru", "Lima accord", false},
		{"Peru did not endorse the Lima accord.", "Peru", "Lima accord", false},
		{"Peru supports the Oslo summit.", "Peru", "Oslo summit", false},
	})
}

// TestAgreementBackersParsed checks, on the parse, the subject a backer
// shares with the verb it is coordinated with or completes ("X met Y and
// agreed to support E": X, not Y), under a title that heads it.
func TestAgreementBackersParsed(t *testing.T) {
	x := New(WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	for _, c := range []relCase{
		{"Trade Minister Ana Ruiz met bankers in Lima and agreed to support the Lima accord.", "Ana Ruiz", "Lima accord", true},
		{"Trade Minister Ana Ruiz met bankers in Lima and refused to support the Lima accord.", "Ana Ruiz", "Lima accord", false},
		{"Peru met Chile and agreed to support the Lima accord.", "Peru", "Lima accord", true},
		{"Peru met Chile and agreed to support the Lima accord.", "Chile", "Lima accord", false},
		{"Peru met Chile and agreed the Oslo summit had failed.", "Peru", "Oslo summit", false},
	} {
		if got := hasRel(x.Extract(c.text), graph.InvolvedIn, c.from, c.to); got != c.want {
			t.Errorf("%q: %s involved_in %s = %v, want %v", c.text, c.from, c.to, got, c.want)
		}
	}
}
