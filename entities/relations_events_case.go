package entities

// eventCase returns the confidence with which in[xi] is involved_in event
// m by the patterns of events (relations_events.go), or 0, and the name of
// the pattern that links them, which only audits read (trace_rules.go).
// The cases are tried in order and the first that matches decides: a
// participant named inside the event is linked only by the tests of the
// first case.
func (rb *relBuilder) eventCase(in []placed, xi int, m placed) (float64, string) {
	d := rb.d
	x := in[xi]
	if x.tokEnd > m.tokStart && x.tokStart < m.tokEnd {
		// Named inside the event: only the two sides of a pair ("the
		// U.S.-Canada talks", "talks between A and B"), and the tests of
		// relations_events_bodies.go.
		switch {
		case rb.pairInEvent(in, x, m):
			return confInvolvedAdjacent, "inside:pair"
		case rb.betweenInEvent(x, m):
			return confInvolvedAdjacent, "inside:between"
		case rb.demonymLeads(x, m):
			return confInvolvedAdjacent, "inside:demonymLeads"
		case rb.ownerOpens(x, m):
			return confInvolvedAdjacent, "inside:ownerOpens"
		case rb.sideInPact(x, m):
			return confInvolvedAdjacent, "inside:sideInPact"
		case rb.bodyHolds(x, m):
			return confInvolvedAdjacent, "inside:bodyHolds"
		case rb.countryActs(x, m):
			return confInvolvedAdjacent, "inside:countryActs"
		case rb.warCountry(x, m):
			return confInvolvedAdjacent, "inside:warCountry"
		}
		return 0, ""
	}
	before, after := x.tokEnd <= m.tokStart, x.tokStart >= m.tokEnd
	// After the event, a demonym that only says whose the noun after it
	// is names no side: "a dinner attended by British servicemen", "its
	// case against Japanese television makers".
	after = after && !rb.demonymModifier(x)
	switch {
	case x.tokEnd == m.tokStart && !rb.courtCountry(x, m) && !rb.nearerOwner(in, x):
		return confInvolvedAdjacent, "adjacent"
	case x.tokEnd+1 == m.tokStart && isPossessive(d.Tokens[x.tokEnd]):
		return confInvolvedAdjacent, "possessive"
	case x.tokEnd+2 == m.tokStart && ledBefore(d, x.tokEnd) && !x.coref: // "the U.S.-led invasion" (events_led.go)
		return confInvolvedAdjacent, "led"
	case before && rb.actionBetween(in, xi, m):
		return confInvolvedWording, "actionBetween"
	case before && rb.nounByOf(in, x, m):
		return confInvolvedWording, "nounByOf"
	case before && rb.partyTo(in, xi, m):
		return confInvolvedWording, "partyTo"
	case before && rb.pactParty(in, xi, m):
		return confInvolvedWording, "pactParty"
	case before && rb.electionLink(in, xi, m): // relations_events_elections.go
		return confInvolvedWording, "electionLink"
	case before && rb.partAt(in, xi, m): // relations_events_part.go
		return confInvolvedWording, "partAt"
	case after && rb.byAfter(in, xi, m):
		return confInvolvedWording, "byAfter"
	case after && rb.examinedBy(x, m):
		return confInvolvedWording, "examinedBy"
	case after && rb.agreementSides(in, xi, m): // relations_involved_party.go
		return confInvolvedWording, "agreementSides"
	case rb.speaksAt(in, xi, m): // relations_events_at.go
		return confInvolvedWording, "speaksAt"
	case rb.chargedSides(in, xi, m): // events_charges.go
		return confInvolvedWording, "chargedSides"
	case rb.tripPurposeSides(in, xi, m): // events_trip_purpose.go
		return confInvolvedWording, "tripPurposeSides"
	case rb.sufferedSides(in, xi, m): // events_suffered.go
		return confInvolvedWording, "sufferedSides"
	case rb.gatherSides(in, xi, m): // relations_gather.go
		return confInvolvedWording, "gatherSides"
	case rb.conflictSides(in, xi, m): // relations_events_conflict.go
		return confInvolvedWording, "conflictSides"
	}
	return 0, ""
}
