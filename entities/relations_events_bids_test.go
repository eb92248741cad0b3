package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestBidActs checks that answering or changing a bid, an offer, a
// buyout or a merger is taking part in it (bidAct), and that the same
// verbs before other events, or negated, give nothing; sentences written
// for this test.
func TestBidActs(t *testing.T) {
	const buyout, offer = "buyout by Halvard Industries Inc", "takeover offer from Halvard Industries Inc"
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Vantor Corp agreed to a buyout by Halvard Industries Inc in a deal valued at 6 billion dlrs.", "Vantor Corp", buyout, true},
		{"Vantor Corp has rejected the takeover offer from Halvard Industries Inc.", "Vantor Corp", offer, true},
		{"Vantor Corp accepted the takeover offer from Halvard Industries Inc.", "Vantor Corp", offer, true},
		{"Halvard Industries Inc raised its offer for Vantor Corp to 50 dlrs a share.", "Halvard Industries Inc", "offer for Vantor Corp", true},
		{"Vantor Corp said it did not accept the takeover offer from Halvard Industries Inc.", "Vantor Corp", offer, false},
		{"Vantor Corp rejected the Zeeland election result.", "Vantor Corp", "Zeeland election", false},
	})
}

// TestBidAct checks bidAct's word and head tests on phrases written for
// this test.
func TestBidAct(t *testing.T) {
	for _, c := range []struct {
		text   string
		verb   int
		ev     [2]int
		expect bool
	}{
		{"Vantor accepted the offer", 1, [2]int{3, 4}, true},
		{"Vantor agreed to the buyout", 1, [2]int{4, 5}, true},
		{"Vantor agreed the buyout", 1, [2]int{3, 4}, false},
		{"Vantor accepted the election", 1, [2]int{3, 4}, false},
		{"Vantor will accept the bid", 2, [2]int{4, 5}, true},
		{"Vantor may accept the bid", 2, [2]int{4, 5}, true},
		{"Vantor accept the bid", 1, [2]int{3, 4}, false},
	} {
		d := Segment(c.text)
		if got := bidAct(d, c.verb, placed{tokStart: c.ev[0], tokEnd: c.ev[1]}); got != c.expect {
			t.Errorf("bidAct(%q, %d) = %v, want %v", c.text, c.verb, got, c.expect)
		}
	}
}
