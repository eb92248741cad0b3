package entities

import "github.com/newsgraph/newsgraph/graph"

// madeDealSides links each party of the subject list to an agreement the
// list is said to make (madeDeals, events_deal_made.go): "X and Y said
// they had struck a deal", "X, Y and Z signed an accord". The action
// pattern of the events stage reads "X and Y signed E" too, but not across
// "said they"; the subject list is the whole of the parties the sentence
// gives.
func (rb *relBuilder) madeDealSides(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := graph.Span{Start: s.Start, End: s.End}
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokStart < 3 {
			continue
		}
		a := e.tokStart - 1
		if det := low(d.Tokens[a]); det != "a" && det != "an" || !dealMadeVerbs[low(d.Tokens[a-1])] {
			continue
		}
		starts := subjectList(d, a-1, func(k int) int {
			for _, x := range in {
				if x.tokEnd == k && !x.coref && rb.participant(x) {
					return x.tokStart
				}
			}
			return -1
		})
		if len(starts) < 1 {
			continue
		}
		for _, x := range in {
			for _, st := range starts {
				if x.tokStart == st && !x.coref && rb.participant(x) {
					rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				}
			}
		}
	}
}
