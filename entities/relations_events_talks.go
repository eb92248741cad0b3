package entities

import "github.com/newsgraph/newsgraph/graph"

// talksSides links talks held with someone (talksEvents,
// events_talks.go) in sentence si to every side named after "with"
// ("talks with X and Y"; titles before a name allowed, "with President
// Y": Y, not the country of the title) and, for "in talks", to the actor
// named right before the verb ("X is in talks with Y", "X and Y were in
// talks"). The holder of "X held talks with Y" is linked by the action
// rule (relations_events.go).
func (rb *relBuilder) talksSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokStart < 1 || !talksHeads[low(d.Tokens[e.tokEnd-1])] {
			continue
		}
		v := e.tokStart - 1
		for v > 0 && (actedDeterminers[low(d.Tokens[v])] || gradingWords[low(d.Tokens[v])] || pactVague[low(d.Tokens[v])]) {
			v--
		}
		if start, h := talksPhrase(d, v); start != e.tokStart || h != e.tokEnd-1 {
			continue
		}
		at, next, actor, first := counterpartNameAt(d, talksWith(d, e.tokEnd)+1), -1, -1, true
		if low(d.Tokens[v]) == "in" {
			actor = namedBefore(d, v)
		}
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) || rb.demonymModifier(x) {
				continue
			}
			side := !nameQualifier(d, x) && (first && talksNameAfter(d, x.tokStart, x.tokEnd, at) || next >= 0 && talksNameAfter(d, x.tokStart, x.tokEnd, next) && listGoesOn(d, next, x.tokEnd))
			if !side && (actor < 0 || x.tokEnd != actor && !rb.listEndsAt(in, x, actor)) {
				continue
			}
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			if side {
				first, next = false, listNext(d, x.tokEnd)
			}
		}
	}
}

// talksBeing are the verbs of "X is in talks", auxiliaries and adverbs
// between them allowed.
var talksBeing = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "has": true,
	"have": true, "had": true, "remain": true, "remains": true, "remained": true, "still": true, "already": true,
	"now": true, "currently": true, "also": true}

// namedBefore returns the token where the actor of "X is in talks" ends,
// before the forms of "be" ending at the preposition v, or -1.
func namedBefore(d *Document, v int) int {
	k := v
	for k > 0 && talksBeing[low(d.Tokens[k-1])] {
		k--
	}
	if k == v {
		return -1
	}
	return k
}

// listEndsAt reports whether x is an item of a list "X, Y and Z" whose
// last item ends at token end, all of the list's items mentions of in.
func (rb *relBuilder) listEndsAt(in []placed, x placed, end int) bool {
	for k := x.tokEnd; ; {
		n := listNext(rb.d, k)
		if n < 0 {
			return false
		}
		found := false
		for _, y := range in {
			if y.tokStart == n && !y.coref {
				k, found = y.tokEnd, true
				break
			}
		}
		if !found {
			return false
		}
		if k == end {
			return true
		}
	}
}

// nameQualifier reports whether mention x only qualifies a name or
// possession after it: "Peru" in "with Peru's minister" or "with Peru
// President Y" ("Acme" in "with Acme chief Y" is left out by
// talksNameAfter).
func nameQualifier(d *Document, x placed) bool {
	if x.tokEnd >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[x.tokEnd]
	return isPossessive(t) || t.Word() && t.Cap()
}
