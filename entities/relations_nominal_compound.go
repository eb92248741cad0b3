package entities

import "github.com/newsgraph/newsgraph/graph"

// Bodies that open an event's name. placeEvents names "the OPEC meeting",
// "the IMF and World Bank annual meeting", "last December's OPEC accord",
// "the Labour election campaign" from the body's mention on; the
// relation stage links a body named inside an event only in a few
// shapes (the events loop of relations_events.go: a gathering's head
// right after the body, bodyHolds; an owner's possessive, ownerOpens).
// A body that opens the event's name before lower-case modifiers and an
// event head, or two bodies joined by "and" there, take part in it as
// the body before a head does in "the X summit": the IMF and the World
// Bank in their annual meeting, OPEC in its accord, Labour in its
// election campaign.

// compoundBodyHeads are the heads besides gatherings whose opening body
// acts in them: it campaigns, strikes, bids, investigates, is taken over
// or tried. Not an agreement's head, often named after a place
// ("the Louvre accord", a palace read as a body), nor a referendum's or
// war's, whose body is as often the topic ("the EU referendum").
var compoundBodyHeads = map[string]bool{"negotiations": true, "discussions": true, "campaign": true,
	"strike": true, "walkout": true, "takeover": true, "merger": true, "bid": true, "offer": true, "inquiry": true,
	"investigation": true, "probe": true, "trial": true, "auction": true, "restructuring": true}

// compoundBodyReach bounds the lower-case modifiers between the bodies
// and the event's head ("annual", "farm price").
const compoundBodyReach = 3

// compoundBodies links, in sentence si, each organization or party that
// opens the name of an event whose head ends it (openingBodies).
func (rb *relBuilder) compoundBodies(si int, in []placed) {
	span := sentenceSpan(rb.d.Sentences[si])
	for _, m := range in {
		if !rb.eventNamed(m) || m.tokEnd-m.tokStart < 2 {
			continue
		}
		for _, x := range rb.openingBodies(in, m) {
			rb.add(x.ent, m.ent, graph.InvolvedIn, span, confInvolvedAdjacent, rb.eventAttrs(m.ent))
		}
	}
}

// openingBodies returns the bodies that open event m's name: one body,
// or two joined by "and", at its first token (after a dated opening such
// as "this week's", events_dated.go), then at most
// compoundBodyReach lower-case words and a lower-case event head
// (gatheringHeads, compoundBodyHeads) that ends it.
func (rb *relBuilder) openingBodies(in []placed, m placed) []placed {
	d := rb.d
	h := m.tokEnd - 1
	if t := d.Tokens[h]; t.Cap() || !gatheringHeads[low(t)] && !compoundBodyHeads[low(t)] {
		return nil
	}
	body := func(k int) (placed, bool) {
		for _, x := range in {
			t := rb.ex.Entities[x.ent].Type
			if !x.coref && x.tokStart == k && x.tokEnd <= h && x.ent != m.ent && (t == graph.Organization || t == graph.Party) {
				return x, true
			}
		}
		return placed{}, false
	}
	start := m.tokStart
	if _, j := datedOpening(d, start); j >= 0 {
		start = j // "this week's IADB meeting", "yesterday's IMF and World Bank meetings"
	}
	first, ok := body(start)
	if !ok {
		return nil
	}
	out, k := []placed{first}, first.tokEnd
	if low(d.Tokens[k]) == "and" {
		if second, ok := body(k + 1); ok {
			out, k = append(out, second), second.tokEnd
		}
	}
	if h-k > compoundBodyReach {
		return nil
	}
	for ; k < h; k++ {
		t := d.Tokens[k]
		if !t.Word() || t.Cap() || groupStopWords[low(t)] {
			return nil // "the OPEC of the future", "the IMF's meeting" (ownerOpens)
		}
	}
	return out
}
