package entities

import "github.com/newsgraph/newsgraph/graph"

// unknownPartyAcronym reports whether the recognizer's mention m is a
// party only by the recognizer's word: one token in capitals that the
// gazetteer does not know as a party, in a sentence with no word of
// politics, where the gazetteer reads no party over it ("JD(U)"). Such initials are far more often a company's, an agency's or
// a programme's ("BIL said", "the IBC"), which the recognizer, trained
// on political news, reads as parties.
func unknownPartyAcronym(d *Document, m Mention, known []Mention) bool {
	if m.Type != graph.Party || m.Entry != nil || m.TokEnd-m.TokStart != 1 {
		return false
	}
	if m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Text == "(" {
		return false // "JD(U)", "NCP (Sharadchandra Pawar)": a party's faction named after it
	}
	for _, g := range known {
		if g.Type == graph.Party && g.TokStart <= m.TokStart && m.TokEnd <= g.TokEnd {
			return false
		}
	}
	t := d.Tokens[m.TokStart].Text
	return allCaps(t) && !politicsInSentence(d, m.TokStart) && !politicsNext(d, m.TokEnd)
}
