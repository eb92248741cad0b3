package entities

// The one a bid, offer, buyout or merger is made to takes part in it by
// answering it, and the bidder by changing it:
//
//	X accepted a buyout by Y           X agreed to a buyout by Y
//	X rejected the takeover offer      X's board turned down the bid
//	Y raised (increased, extended, withdrew) its offer for X
//
// The action words of relations_events.go hold the acts that take part
// in any event ("launched", "completed"); these take part only in a bid
// or a merger: "X rejected the election result" or "X raised taxes"
// state nothing about an event. actionBetween reads bidActs before an
// event whose head is a bid head (bidEvent), with the same limits as any
// action word (at most actionToEventGap words between, no negation,
// reporting verb or clause boundary between the participant and the
// act).

// bidActs answer or change a bid, an offer or a merger.
var bidActs = map[string]bool{"accepted": true, "accepts": true, "accept": false, "rejected": true, "rejects": true,
	"reject": false, "spurned": true, "agreed": true, "raised": true, "increased": true, "sweetened": true,
	"extended": true, "withdrew": true, "withdrawn": true, "dropped": true, "abandoned": true, "approved": true,
	"recommended": true, "welcomed": true, "amended": true, "revised": true, "terminated": true}

// bidHeads are the heads of the events bidActs take part in.
var bidHeads = map[string]bool{"offer": true, "offers": true, "bid": true, "bids": true, "buyout": true,
	"takeover": true, "merger": true, "tender": true, "proposal": true}

// bidAct reports whether token k is a bid act before event m, whose name
// holds a bid head: a base form ("accept", false in bidActs) only after a
// modal or "to" ("voted to accept the offer"), "agreed" only before "to"
// ("agreed to a buyout").
func bidAct(d *Document, k int, m placed) bool {
	past, ok := bidActs[low(d.Tokens[k])]
	if !ok || !past && !modalBefore(d, k) || !bidEvent(d, m) {
		return false
	}
	if low(d.Tokens[k]) == "agreed" {
		return k+1 < m.tokStart && low(d.Tokens[k+1]) == "to"
	}
	return true
}

// bidEvent reports whether a word of event m's name is a bid head in
// lower case: "buyout by Y", "takeover offer from Y", "merger".
func bidEvent(d *Document, m placed) bool {
	for k := m.tokStart; k < m.tokEnd; k++ {
		if bidHeads[low(d.Tokens[k])] && !d.Tokens[k].Cap() {
			return true
		}
	}
	return false
}
