package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestWonDeals checks that a contract or a loan won, awarded, secured or
// received makes an event its holder and its giver take part in
// (wonDeals, wonSides), on sentences written for this test.
func TestWonDeals(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Vantor Corp said it won a 20 mln dlr contract from the U.S. Navy.", "Vantor Corp", "20 mln dlr contract", true},
		{"Vantor Corp said it won a 20 mln dlr contract from the U.S. Navy.", "U.S. Navy", "20 mln dlr contract", true},
		{"Grumman Corp said it was awarded a 28 mln dlr contract by the U.S. Air Force.", "Grumman Corp", "28 mln dlr contract", true},
		{"Grumman Corp said it was awarded a 28 mln dlr contract by the U.S. Air Force.", "U.S. Air Force", "28 mln dlr contract", true},
		{"Vantor Corp has received two contracts from the Defense Department.", "Vantor Corp", "two contracts", true},
		{"Vantor Corp has secured a 300 mln dlr loan from Citibank.", "Vantor Corp", "300 mln dlr loan", true},
		{"Vantor Corp has secured a 300 mln dlr loan from Citibank.", "Citibank", "300 mln dlr loan", true},
		{"Quillmark Plc won multi-million pound contracts to supply flu vaccine to the government.", "Quillmark Plc", "multi-million pound contracts", true},
		{"Vantor Corp said it signed a 300 mln dlr revolving credit with a group of banks.", "Vantor Corp", "300 mln dlr revolving credit", true},
		// No contract or loan its subject holds: a court order, a lender's
		// act, a wish, a compound whose head is another noun, a contract
		// only signed (madeDeals' own).
		{"Vantor Corp said it obtained a temporary restraining order.", "Vantor Corp", "temporary restraining order", false},
		{"The Zeeland Bank awarded Vantor Corp a contract.", "Vantor Corp", "contract", false},
		{"Vantor Corp hopes to win a contract from the U.S. Navy.", "Vantor Corp", "contract", false},
		{"Vantor Corp received a loan guarantee from the state.", "Vantor Corp", "loan guarantee", false},
		{"Vantor Corp received a loan guarantee from the state.", "Vantor Corp", "loan", false},
		{"Vantor Corp signed a loan with the bank.", "Vantor Corp", "loan", true},
		{"Vantor Corp received the contract, the company said.", "Vantor Corp", "contract", true},
		{"The Zeeland Oil Ministry has awarded the first oilfield contracts to two foreign firms.", "Zeeland Oil Ministry", "first oilfield contracts", true},
	})
}
