package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// rankedMember reads "T (retired) <rank>. P" for an organization T and
// military or police rank abbreviations with their periods ("Air Force
// Maj. Gen. X", "Army Col. X"): P serves in T. It reports whether it
// added the relation.
func (rb *relBuilder) rankedMember(p placed, s Sentence, end map[int]placed, span graph.Span) bool {
	d := rb.d
	k := p.tokStart
	ranks := 0
	for {
		switch {
		case k-2 >= s.TokStart && d.Tokens[k-1].Text == "." && rankAbbreviations[low(d.Tokens[k-2])]:
			k -= 2 // "Gen" "."
		case k-1 >= s.TokStart && strings.HasSuffix(d.Tokens[k-1].Text, ".") && rankAbbreviations[strings.TrimSuffix(low(d.Tokens[k-1]), ".")]:
			k-- // "Gen."
		default:
			goto done
		}
		ranks++
	}
done:
	if ranks == 0 {
		return false
	}
	if k-1 >= s.TokStart && formerWords[low(d.Tokens[k-1])] || k-1 >= s.TokStart && low(d.Tokens[k-1]) == "retired" {
		k--
	}
	t, ok := end[k]
	if !ok || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return false
	}
	rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confAdjacent, nil)
	return true
}
