package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// placeEvents finds events named after a place or body: "the Pahalgam
// attack", "the April 22 Pahalgam terror attack", "the G7 summit".
func placeEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, m := range selected {
		if m.Type != graph.Place && m.Type != graph.Country && m.Type != graph.Organization {
			continue
		}
		j := m.TokEnd
		for j < len(d.Tokens) && eventModifiers[low(d.Tokens[j])] {
			j++
		}
		if j >= len(d.Tokens) || !eventHeads[low(d.Tokens[j])] || d.Tokens[j].Break {
			continue
		}
		// Only definite phrases name one event: "the ... attack".
		b := m.TokStart - 1
		for b >= 0 && (months[low(d.Tokens[b])] > 0 || isNumber(d.Tokens[b].Text) || d.Tokens[b].Text == ",") {
			b--
		}
		if b < 0 || low(d.Tokens[b]) != "the" && !strings.HasSuffix(d.Tokens[b].Text, "’s") && d.Tokens[b].Text != "’s" && d.Tokens[b].Text != "'s" {
			continue
		}
		out = append(out, Mention{Start: m.Start, End: d.Tokens[j].End, TokStart: m.TokStart, TokEnd: j + 1, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return out
}
