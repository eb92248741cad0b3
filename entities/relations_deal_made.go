package entities

import "github.com/newsgraph/newsgraph/graph"

// madeDealSides links each party of the subject list to an agreement the
// list is said to make (madeDeals, events_deal_made.go): "X and Y said
// they had struck a deal", "X, Y and Z signed an accord". The action
// pattern of the events stage reads "X and Y signed E" too, but not across
// "said they"; the subject list is the whole of the parties the sentence
// gives. The body an agreement is made to acquire is a party too ("X
// signed a definitive agreement to acquire Y", agreedTarget).
func (rb *relBuilder) madeDealSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokStart < 3 {
			continue
		}
		a := e.tokStart - 1
		if det := low(d.Tokens[a]); det != "a" && det != "an" || !dealMadeVerbs[low(d.Tokens[a-1])] {
			continue
		}
		starts := subjectList(d, a-1, rb.participantEnding(in))
		if len(starts) < 1 {
			continue
		}
		target := agreedTarget(d, e.tokEnd) // "an agreement to acquire Y": Y
		for _, x := range in {
			if x.tokStart == target && !x.coref && rb.ex.Entities[x.ent].Type == graph.Organization {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
			for _, st := range starts {
				if x.tokStart == st && !x.coref && rb.participant(x) {
					rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				}
			}
		}
	}
}

// agreedTarget returns the first token of the name that an agreement
// ending at token k is made to acquire, buy or take over ("an agreement
// to acquire Y", "a definitive agreement to buy the Y Company"), or -1:
// the body to be bought is a party to the deal as much as the buyer.
func agreedTarget(d *Document, k int) int {
	if k+2 >= len(d.Tokens) || low(d.Tokens[k]) != "to" || !baseBuyVerbs[low(d.Tokens[k+1])] {
		return -1
	}
	n, words := buyVerbAt(d, k+1)
	if n == "" || n == "sale" {
		return -1 // "an agreement to sell Y": Y is the seller's own
	}
	return objectNameStart(d, k+1+len(words))
}

// participantEnding is subjectList's nameEnding over the sentence's
// placed mentions: the first token of the participant (person,
// organization, country or party) named in its own words whose name ends
// right before token k, or -1. The deal, sale and merger rules share it.
func (rb *relBuilder) participantEnding(in []placed) func(k int) int {
	return func(k int) int {
		for _, x := range in {
			if x.tokEnd == k && !x.coref && rb.participant(x) {
				return x.tokStart
			}
		}
		return -1
	}
}
