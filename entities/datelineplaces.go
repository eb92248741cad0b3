package entities

import "github.com/newsgraph/newsgraph/graph"

// datelinePlaces gives back to the gazetteer a dateline's place that a
// recognizer read as an organization: a name in capitals before the date
// ("DETROIT 1996-08-31 Automakers ...", "CINCINNATI 1996-08-31") is where
// the story was filed, whatever the words after it suggest, so that it
// neither stands as an organization of its own nor joins a sports team
// of the same name in another article. Only a mention in capitals, with
// no gazetteer entry, whose exact span the gazetteer reads as a place or
// a country changes.
func datelinePlaces(d *Document, gazetteer, mentions []Mention) {
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Organization || m.Entry != nil || !allCaps(m.Text(d)) || !datelinePlace(d, m) {
			continue
		}
		for _, g := range gazetteer {
			if g.TokStart == m.TokStart && g.TokEnd == m.TokEnd && (g.Type == graph.Place || g.Type == graph.Country) {
				*m = g
				break
			}
		}
	}
}
