package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// trials links a trial (events_trials.go) to the defendant its words name
// in sentence si, and to every name of a list after "the trial of" ("the
// trial of X and Y").
func (rb *relBuilder) trials(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd <= e.tokStart {
			continue
		}
		at, after, person := trialDefendant(d, e.tokEnd-1)
		if at < 0 {
			continue
		}
		next := -1 // with after, where the next item of the list may start
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) || person && rb.ex.Entities[x.ent].Type != graph.Person {
				continue
			}
			switch {
			case !after && x.tokEnd == at:
			case after && (trialNameAfter(d, x.tokStart, x.tokEnd, at) || x.tokStart == next):
			default:
				continue
			}
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			if after {
				next = listNext(d, x.tokEnd)
			}
		}
	}
}

// tickerEnd returns the token after a Reuters ticker that follows a name
// ending at token k ("Matra <MATR.PA> and Y"), k when none does: "<",
// at most tickerMaxTokens tokens without a lower-case word, and ">".
func tickerEnd(d *Document, k int) int {
	if k >= len(d.Tokens) || d.Tokens[k].Text != "<" {
		return k
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+tickerMaxTokens; j++ {
		t := d.Tokens[j]
		if t.Text == ">" && j > k+1 {
			return j + 1
		}
		if t.Break || t.Word() && !t.Cap() && strings.ToUpper(t.Text) != t.Text {
			return k
		}
	}
	return k
}

// tickerMaxTokens bounds the tokens inside a ticker's brackets.
const tickerMaxTokens = 5

// listNext returns the token where the next item of a list starts after
// an item ending at token k (", Y", "and Y", ", and Y"; a ticker after
// the item aside: tickerEnd), or -1.
func listNext(d *Document, k int) int {
	k = tickerEnd(d, k)
	if k < len(d.Tokens) && d.Tokens[k].Text == "," {
		k++
	}
	if k < len(d.Tokens) && low(d.Tokens[k]) == "and" {
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Break || k > 0 && low(d.Tokens[k-1]) != "and" && d.Tokens[k-1].Text != "," {
		return -1
	}
	return k
}

// occasionGuests links the guest of a hosted occasion (hostedOccasions,
// events_addressed_topic.go) named right after "for" or "in honour of",
// titles before the name allowed ("a dinner tonight for Bolivian
// President Y": Y, not Bolivia).
func (rb *relBuilder) occasionGuests(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokStart < 2 || !occasionHeads[low(d.Tokens[e.tokEnd-1])] ||
			!hostVerbs[low(d.Tokens[e.tokStart-2])] {
			continue
		}
		at := occasionGuest(d, e.tokEnd)
		if at < 0 {
			continue
		}
		for _, x := range in {
			if !x.coref && x.ent != e.ent && rb.participant(x) && !titleModifier(d, x) && trialNameAfter(d, x.tokStart, x.tokEnd, at) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				break
			}
		}
	}
}
