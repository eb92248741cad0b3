package entities

import "github.com/newsgraph/newsgraph/graph"

// dropCountryPrefix cuts off the start of a recognizer's mention a
// country the gazetteer read there, joined to the rest by a hyphen: in "a
// U.S.-European Community trade war" the name is "European Community",
// the hyphen pairing two parties of the trade. A person's name keeps its
// hyphens; a name must remain after the cut.
func dropCountryPrefix(d *Document, m Mention, known []Mention) Mention {
	if m.Type == graph.Person || m.Type == graph.Event {
		return m
	}
	for _, g := range known {
		if g.TokStart != m.TokStart || g.Type != graph.Country || g.TokEnd+1 >= m.TokEnd {
			continue
		}
		dash, next := d.Tokens[g.TokEnd], d.Tokens[g.TokEnd+1]
		if isDash(dash.Text) && dash.Start == d.Tokens[g.TokEnd-1].End && next.Start == dash.End && next.Cap() {
			m.TokStart, m.Start = g.TokEnd+1, next.Start
			return m
		}
	}
	return m
}
