package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestIntentLetters checks that a letter of intent signed by named
// parties is an event its signers and the other side named after it take
// part in (intentLetters, intentSides), on sentences written for this
// test.
func TestIntentLetters(t *testing.T) {
	const loi = "letter of intent"
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Vantor Corp said it signed a letter of intent to acquire Tarrow Metals Inc.", "Vantor Corp", loi, true},
		{"Vantor Corp said it signed a letter of intent to acquire Tarrow Metals Inc.", "Tarrow Metals Inc", loi, true},
		{"Vantor Corp said it has signed a letter of intent with Tarrow Metals Inc to buy 50 pct of its unit.", "Tarrow Metals Inc", loi, true},
		{"Vantor Corp said it entered into a letter of intent to sell its Zed unit.", "Vantor Corp", loi, true},
		{"Vantor Corp said it signed a letter of intent for a merger with Tarrow Metals Inc.", "Tarrow Metals Inc", loi, true},
		{"Vantor Corp said it signed a letter of intent to be acquired by Halvard Industries Inc.", "Halvard Industries Inc", loi, true},
		{"Vantor Corp and Halvard Industries Inc have signed a non-binding letter of intent.", "Halvard Industries Inc", "non-binding letter of intent", true},
		// Only a letter signed in the past makes one: a wish or a plan,
		// and "entered" without "into", give nothing.
		{"Vantor Corp hopes to sign a letter of intent with Tarrow Metals Inc.", "Vantor Corp", loi, false},
		{"Vantor Corp said it expects to sign a letter of intent to acquire Tarrow Metals Inc.", "Tarrow Metals Inc", loi, false},
		{"Vantor Corp entered talks after a letter of intent with Tarrow Metals Inc lapsed.", "Vantor Corp", loi, false},
	})
}
