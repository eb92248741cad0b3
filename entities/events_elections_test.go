package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestElectionEvents checks elections without a name that a contest word
// links to a participant, and the wordings that give nothing, on
// sentences written for this test.
func TestElectionEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The Green Party won 40 seats in the general election.", "Green Party", "general election", true},
		{"The Green Party launched its campaign for the local elections on Monday.", "Green Party", "local elections", true},
		{"Senator Ana Ruiz was re-elected in the 2004 presidential election.", "Ana Ruiz", "2004 presidential election", true},
		{"The Green Party's victory in the general election surprised many.", "Green Party", "general election", true},
		{"Senator Ana Ruiz defeated Senator Tom Hale in the presidential election.", "Tom Hale", "presidential election", true},
		{"Senator Ana Ruiz defeated Senator Tom Hale in the presidential election.", "Ana Ruiz", "presidential election", true},
		{"Senator Tom Hale is standing in the Wexford by-election.", "Tom Hale", "Wexford by-election", true},
		{"Senator Ana Ruiz, who narrowly lost the referendum, spoke.", "Ana Ruiz", "referendum", true},
		// Commenting, leaving, not standing, a campaign about an election
		// and an election not yet held give nothing.
		{"The Green Party said the general election was unfair.", "Green Party", "general election", false},
		{"Senator Tom Hale will stand down at the general election.", "Tom Hale", "general election", false},
		{"The Green Party did not contest the local elections.", "Green Party", "local elections", false},
		{"The Green Party won the election campaign battle.", "Green Party", "election", false},
		{"Senator Tom Hale said he would quit if the Green Party won the next election.", "Green Party", "election", false},
		// The name only qualifies the one who wins.
		{"A big Green Party majority helped Senator Ana Ruiz to win the general election.", "Green Party", "general election", false},
	})
}

// TestBaseActions checks that an action word that is also a noun links
// its actor only as a verb after a modal or "to".
func TestBaseActions(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Prime Minister Tom Hale will host the Oslo summit next week.", "Tom Hale", "Oslo summit", true},
		{"Norway agreed to sign the Lima accord on Friday.", "Norway", "Lima accord", true},
		{"Norway faced a host of questions about the Oslo summit.", "Norway", "Oslo summit", false},
		{"Norway saw a sign of the Lima accord failing.", "Norway", "Lima accord", false},
	})
}

// TestAgreementParties checks that making an agreement, or being called a
// signatory or party to it, makes one a party to it.
func TestAgreementParties(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru and Chile agreed the Lima accord in May.", "Chile", "Lima accord", true},
		{"Peru is a signatory to the Lima accord.", "Peru", "Lima accord", true},
		{"Peru is one of the parties to the Lima accord.", "Peru", "Lima accord", true},
		{"Peru met Chile and agreed to support the Lima accord.", "Chile", "Lima accord", false},
		{"Peru agreed the Oslo summit had failed.", "Peru", "Oslo summit", false},
	})
}

// TestCapitalisedAgreements checks agreements named with a capitalised
// head, and the parties that suspend or withdraw from one.
func TestCapitalisedAgreements(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru and Chile signed the Warwick Agreement.", "Chile", "Warwick Agreement", true},
		{"Peru suspended the Tumbes Waters Treaty on Monday.", "Peru", "Tumbes Waters Treaty", true},
		{"Chile withdrew from the Andes Accord last year.", "Chile", "Andes Accord", true},
		{"Peru suspended the Lima accord.", "Peru", "Lima accord", true},
		// The name goes on after the head; a noun "signing" has its agent
		// after "by".
		{"Peru signed the Andes Agreement on Tariffs and Trade.", "Peru", "Andes Agreement", false},
		{"Senator Ana Ruiz was sacked after praising the signing of the Andes Accord.", "Ana Ruiz", "Andes Accord", false},
	})
}
