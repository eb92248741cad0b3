package entities

import "github.com/newsgraph/newsgraph/graph"

// A reported "it". Wire news states a body's own acts in reported speech
// whose subject is "it": "Acme Corp said it completed the acquisition of
// Bolt", "the ministry said on Monday that it had signed the accord". The
// "it" is the body that reports, so the relation rules may read it where
// that body's name would stand, for every event head and every rule at
// once (before, some event rules each looked back over a reported "it" on
// their own: events_deal_made.go, events_legal_roles.go). Only the plain
// stating verbs count: "X denied it", "X warned it" or "X asked it" do not
// make X the subject of what follows, and neither does "it" after a
// person ("Smith said it was a fair price": a thing, not Smith). "The
// company said it" is left alone: it fired rarely and half wrong (the
// company is often not the latest one named).

// reportItVerbs state what their subject says of itself.
var reportItVerbs = map[string]bool{"said": true, "says": true, "announced": true, "added": true,
	"stated": true, "confirmed": true}

// reportItTimes may stand between the verb and "it": "said today it",
// "said yesterday that it".
var reportItTimes = map[string]bool{"today": true, "yesterday": true, "tonight": true, "that": true, "earlier": true}

// reportedIt returns the entity a reported "it" at token k of sentence s
// refers to: the organization, country or party whose mention in (the
// sentence's mentions) ends right before the reporting verb ("Acme said
// it", "<Acme Corp> said today that it"), or false.
func reportedIt(d *Document, ex *Extraction, in []corefMention, k int, s Sentence) (int, bool) {
	j := k - 1
	for n := 0; n < 2 && j > s.TokStart && reportItTimes[low(d.Tokens[j])]; n++ {
		j--
	}
	if j <= s.TokStart || !reportItVerbs[low(d.Tokens[j])] {
		return -1, false
	}
	end := j
	if d.Tokens[end-1].Text == ">" {
		// Reuters' "<Acme Corp> said it", and the ticker after a name,
		// "Acme Corp <ACME.N> said it": the name, not the ticker.
		end--
		for p := end - 1; p > s.TokStart && p >= end-6; p-- {
			if d.Tokens[p].Text == "<" {
				if e, ok := reportingBody(d, ex, in, p); ok || e == -2 {
					return e, ok // the name (or a non-body) before the ticker, never the ticker
				}
				break
			}
		}
	}
	return reportingBody(d, ex, in, end)
}

// reportingBody returns the organization, country or party whose mention
// ends at token end, or false; not one after "of", which only qualifies
// the reporter ("X, a unit of Y, said it": X reports). The entity is -2
// when a mention ends there that is no such body, -1 when none does.
func reportingBody(d *Document, ex *Extraction, in []corefMention, end int) (int, bool) {
	for _, m := range in {
		if m.tokEnd != end {
			continue
		}
		b := m.tokStart - 1
		if b > 0 && low(d.Tokens[b]) == "the" {
			b-- // "X of the U.K. said it"
		}
		if b >= 0 && low(d.Tokens[b]) == "of" || !bodyEntity(ex, m.ent) {
			return -2, false // a mention that is no reporting body
		}
		return m.ent, true
	}
	return -1, false
}

// bodyEntity reports whether entity e is an organization, country or
// party.
func bodyEntity(ex *Extraction, e int) bool {
	switch ex.Entities[e].Type {
	case graph.Organization, graph.Country, graph.Party:
		return true
	}
	return false
}
