package entities

import "github.com/newsgraph/newsgraph/graph"

// dropCountryPrefix cuts off the start of a recognizer's mention a
// country the gazetteer read there, joined to the rest by a hyphen: in "a
// U.S.-European Community trade war" the name is "European Community",
// the hyphen pairing two parties of the trade. A person's name keeps its
// hyphens; a name must remain after the cut. A country or demonym
// before an acronym, the name's last word, qualifies it likewise
// ("Spanish EC membership", "U.S. SEC"): the name is the acronym, while
// "West German Bundesbank" keeps its demonym.
func dropCountryPrefix(d *Document, m Mention, known []Mention) Mention {
	if m.Type == graph.Person || m.Type == graph.Event {
		return m
	}
	for _, g := range known {
		if g.TokStart != m.TokStart || g.Type != graph.Country || g.TokEnd >= m.TokEnd {
			continue
		}
		if acr := d.Tokens[m.TokEnd-1]; g.TokEnd == m.TokEnd-1 && acr.Word() && allCaps(acr.Text) && letters(acr.Text) >= 2 && letters(acr.Text) <= 5 {
			m.TokStart, m.Start = g.TokEnd, acr.Start // "Spanish EC membership", "U.S. SEC"
			return m
		}
		if g.TokEnd+1 >= m.TokEnd {
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
