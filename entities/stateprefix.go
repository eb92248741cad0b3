package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// statePrefixStart returns the first token of a state's abbreviation with
// its period written right before token i ("La." before "Department of
// Wildlife and Fisheries", "Calif." before "Department of Fish and
// Game"), or -1. Only the dotted form counts: a bare postal code before a
// name is as often an acronym or an initial.
func statePrefixStart(d *Document, i int) int {
	if i < 2 || !d.Tokens[i].Space || d.Tokens[i].Break {
		return -1
	}
	k := i - 1
	t := d.Tokens[k]
	if t.Text == "." && !t.Space {
		k--
		t = d.Tokens[k]
	} else if !strings.HasSuffix(t.Text, ".") {
		return -1
	}
	key := strings.ToLower(strings.ReplaceAll(t.Text, ".", ""))
	if _, ok := regionAbbreviations[key]; !ok || !t.Cap() || len(key) < 2 {
		return -1
	}
	return k
}

// statePrefixedBodies extends an organization named by a government head
// ("Department of ...", "Office of ...") over the state abbreviation
// written before it, as US news writes a state's agencies ("La.
// Department of Wildlife and Fisheries"), and drops the mention the
// abbreviation alone was read as ("La" as an organization): the
// abbreviation is part of the body's name, which without it would be one
// node of every state's "Department of Wildlife and Fisheries".
func statePrefixedBodies(d *Document, mentions []Mention) []Mention {
	var dropped [][2]int
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Organization || !headOfBody(d, m) {
			continue
		}
		if k := statePrefixStart(d, m.TokStart); k >= 0 {
			dropped = append(dropped, [2]int{k, m.TokStart})
			m.TokStart, m.Start = k, d.Tokens[k].Start
		}
	}
	if len(dropped) == 0 {
		return mentions
	}
	out := mentions[:0:0]
	for _, m := range mentions {
		inside := false
		for _, s := range dropped {
			inside = inside || s[0] <= m.TokStart && m.TokEnd <= s[1]
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// headOfBody reports whether organization mention m opens with a head
// noun and "of": "Department of Wildlife", "Office of Tourism".
func headOfBody(d *Document, m *Mention) bool {
	i := m.TokStart
	return i+1 < m.TokEnd && headNouns[low(d.Tokens[i])] == graph.Organization && low(d.Tokens[i+1]) == "of"
}
