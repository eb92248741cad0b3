package entities

import "github.com/newsgraph/newsgraph/graph"

// withEvents finds unnamed but specific meetings named by their head and
// the other side: "talks with President Ana Ruiz", "his meeting with the
// Fund", "the negotiations with Peru and Chile". The event runs from the
// head to the last side, so that the relation stage gives involved_in to
// every side named after "with" (withInEvent) and, through the action
// rules, to whoever holds the meeting ("X held talks with Y"). Only a
// definite head names one event ("the talks with", "his meeting with"),
// or a bare plural that a verb or preposition of occurrence introduces
// ("held talks with", "after talks with", "in talks with"): "a meeting
// with Y" is one of many. The side must end the phrase: in "talks with
// Peru's creditors" or "talks with Canadian officials" the name only
// qualifies the side.
func withEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for j := 0; j+2 < len(d.Tokens); j++ {
		h := d.Tokens[j]
		if !h.Word() || h.Cap() || !withHeads[low(h)] || low(d.Tokens[j+1]) != "with" || d.Tokens[j+1].Break {
			continue
		}
		end := sideAt(d, selected, j+2)
		if end > 0 && end+1 < len(d.Tokens) && low(d.Tokens[end]) == "and" {
			if e := sideAt(d, selected, end+1); e > 0 {
				end = e
			}
		}
		if end < 0 || !sideEndsPhrase(d, end) || !definiteHead(d, j) && !bareOccasion(d, j) || unheldBefore(d, j) {
			continue
		}
		// "talks with U.S. <McDonnell Douglas>", "talks with U.S. Steel":
		// a country before a name qualifies it.
		if last := mentionEndingAt(selected, end); last != nil && last.Type == graph.Country && end < len(d.Tokens) &&
			(d.Tokens[end].Text == "<" || d.Tokens[end].Cap() && !d.Tokens[end].Break) {
			continue
		}
		out = append(out, Mention{Start: h.Start, End: d.Tokens[end-1].End, TokStart: j, TokEnd: end, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return out
}

// withHeads are the meeting heads of withEvents.
var withHeads = map[string]bool{"talks": true, "meeting": true, "negotiations": true, "discussions": true, "summit": true}

// occasionWords introduce a bare plural meeting head as one occurrence:
// "held talks with", "after talks with", "in talks with".
var occasionWords = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true,
	"after": true, "during": true, "following": true, "in": true, "began": true, "opened": true, "resumed": true}

// unheldWords before a meeting say it is not held: "has not held talks
// with", "suggested holding talks with", "refused talks with".
var unheldWords = map[string]bool{"suggested": true, "proposed": true, "offered": true, "urged": true,
	"refused": true, "rejected": true, "declined": true, "ruled": true, "all": true, "any": true, "future": true,
	"possible": true}

// unheldBefore reports whether a negation or an unheld word stands in the
// four tokens before the meeting head at token j, within its sentence.
func unheldBefore(d *Document, j int) bool {
	for b := j - 1; b >= 0 && b >= j-4; b-- {
		t := d.Tokens[b]
		if unheldWords[low(t)] || negationWords[low(t)] {
			return true
		}
		if !t.Word() && t.Text != "'s" && t.Text != "’s" || t.Break {
			return false
		}
	}
	return false
}

// mentionEndingAt returns the mention of ms that ends before token k, or
// nil.
func mentionEndingAt(ms []Mention, k int) *Mention {
	for i := range ms {
		if ms[i].TokEnd == k {
			return &ms[i]
		}
	}
	return nil
}

// bareOccasion reports whether the plural head at token j, without a
// determiner, follows an occasion word ("held talks", "after brief
// talks": at most one lower-case word between).
func bareOccasion(d *Document, j int) bool {
	if l := low(d.Tokens[j]); l != "talks" && l != "negotiations" && l != "discussions" {
		return false
	}
	for b := j - 1; b >= 0 && b >= j-2; b-- {
		t := d.Tokens[b]
		if occasionWords[low(t)] {
			return true
		}
		if !t.Word() || t.Cap() || groupStopWords[low(t)] {
			return false
		}
	}
	return false
}

// sideEndsPhrase reports whether the side ending before token k ends the
// noun phrase: a sentence end, punctuation other than a possessive, or a
// word that links clauses or opens a complement ("on trade", "last
// week", "said").
func sideEndsPhrase(d *Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Break {
		return true
	}
	t := d.Tokens[k]
	switch l := low(t); {
	case isPossessive(t):
		return false
	case !t.Word():
		return true
	case clauseLinks[l] || reportingVerbs[l] || phraseEndWords[l]:
		return true
	}
	return false
}

// phraseEndWords open a complement or clause after a noun phrase, beside
// the clause links.
var phraseEndWords = map[string]bool{"about": true, "that": true, "against": true, "between": true, "among": true,
	"under": true, "into": true, "without": true, "within": true, "including": true, "of": true}

// withInEvent reports whether participant x is a side named after "with"
// inside event m: "Ana Ruiz" in "talks with President Ana Ruiz", not the
// country of her title.
func (rb *relBuilder) withInEvent(x, m placed) bool {
	d := rb.d
	if x.tokStart <= m.tokStart+1 || x.tokEnd > m.tokEnd || !withHeads[low(d.Tokens[m.tokStart])] || low(d.Tokens[m.tokStart+1]) != "with" {
		return false
	}
	if e := rb.ex.Entities[x.ent]; e.Type == graph.Country && !isDemonymFree(e, d, x) && low(d.Tokens[x.tokStart-1]) != "the" {
		return false // "negotiations with British and Commonwealth": a name's first word
	}
	return x.tokEnd == m.tokEnd || low(d.Tokens[x.tokEnd]) == "and"
}
