package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCommitmentAndOwners checks commitment to an agreement, a body's
// dated event ("the Andean Council's March pact"), a party's seasonal
// conference and the object of "met Y at E", on sentences written for
// this test.
func TestCommitmentAndOwners(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru remains committed to the Lima accord, the minister said.", "Peru", "Lima accord", true},
		{"The Chilean commitment to the Lima accord was praised.", "Chile", "Lima accord", true},
		{"Peru said its commitments under the Lima accord would be met.", "Peru", "Lima accord", true},
		{"Peru reaffirmed its commitment to the Lima accord.", "Peru", "Lima accord", true},
		{"Peru is not committed to the Lima accord.", "Peru", "Lima accord", false},
		{"Peru remains committed to the Oslo summit.", "Peru", "Oslo summit", false}, // no agreement
		{"The Andean Council's March pact lifted prices, and Peru remains committed to the Andean Council's March pact.", "Peru", "Andean Council's March pact", true},
		{"The Andean Council's March pact lifted prices.", "Andean Council", "Andean Council's March pact", true},
		{"The Harbour Reform Party's spring conference opened in Leeds.", "Harbour Reform Party", "Harbour Reform Party's spring conference", true},
		{"The Harbour Reform Party's campaign cost a million.", "Harbour Reform Party", "Harbour Reform Party's campaign", false},
		{"Mr Tom Ray attended the Green Party spring conference.", "Tom Ray", "Green Party spring conference", true},
		{"Senator Ana Ruiz met Senator Tom Hale at the Oslo summit.", "Tom Hale", "Oslo summit", true},
		{"The Senate granted immunity to key figures in the Acme scandal.", "Senate", "Acme scandal", false},
		{"Senator Mary Cole, a central figure in the Acme scandal, resigned.", "Mary Cole", "Acme scandal", true},
	})
}
