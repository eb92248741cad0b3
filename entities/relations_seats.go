package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// dropSeatHeads removes every leads relation whose body is a seat of
// government (governmentSeats: "Kremlin", "Elysee", "Downing Street"):
// news calls a head of state or government by the building he governs
// from ("Kremlin leader X", "Elysee chief X"), but the building is a
// metonym for the country, and no one leads a building. A seat's staff
// ("White House spokesman X") stay affiliated with it: the guide reads
// the seat as the office that works there, which a leader does not
// belong to as its head.
func (rb *relBuilder) dropSeatHeads() {
	for k := range rb.rels {
		if k.k == graph.Leads && governmentSeats[strings.ToLower(rb.ex.Entities[k.b].Name)] {
			delete(rb.rels, k)
		}
	}
}
