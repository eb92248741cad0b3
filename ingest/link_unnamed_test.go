package ingest

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// TestLinkDescribedEventsApart: an event named only by a description
// ("trial") is one article's occurrence (entities.UnnamedAttr): two
// articles' trials stay two nodes, while a named event ("the Lisbon
// accord") is one node however many articles name it. Texts written for
// this test.
func TestLinkDescribedEventsApart(t *testing.T) {
	g := linkAll(t,
		"Senator Tom Hale went on trial in Lisbon on Monday. Peru signed the Lisbon accord.",
		"Governor Ana Ruiz went on trial in Oslo on Friday. Chile signed the Lisbon accord.",
	)
	trials, accords := 0, 0
	for _, e := range g.Entities {
		switch {
		case e.Type == graph.Event && e.Name == "trial":
			trials++
			if e.Attrs[entities.UnnamedAttr] == "" {
				t.Errorf("trial has no %q attribute", entities.UnnamedAttr)
			}
		case e.Type == graph.Event && e.Name == "Lisbon accord":
			accords++
		}
	}
	if trials != 2 || accords != 1 {
		t.Errorf("%d trial and %d Lisbon accord nodes, want 2 and 1", trials, accords)
	}
}
