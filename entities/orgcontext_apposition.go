package entities

import "github.com/newsgraph/newsgraph/graph"

// titledBodyAfterPerson reports whether person mention i is in fact the
// body of a title in the apposition of a quoted speaker: "said X,
// senior vice president Y." gives X's title and drops the "of" before
// its company, so Y, read as a person after a title, is an
// organization. The apposition must follow a speech verb and a person's
// name and end the sentence, with no list around it ("said X, President
// Y and Z" names three people); Y has no gazetteer entry.
func titledBodyAfterPerson(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	if m.Type != graph.Person || m.Entry != nil || i == 0 {
		return false
	}
	if e := m.TokEnd; e < len(d.Tokens) && d.Tokens[e].Text != "." {
		return false
	}
	j := m.TokStart
	for j > 0 && d.Tokens[j-1].Word() && isRoleWord(low(d.Tokens[j-1])) {
		j--
	}
	if j == m.TokStart || !isRoleNoun(low(d.Tokens[m.TokStart-1])) || j < 2 || d.Tokens[j-1].Text != "," {
		return false
	}
	p := mentions[i-1]
	if p.Type != graph.Person || p.TokEnd != j-1 || p.TokStart == 0 {
		return false
	}
	return speechVerbs[low(d.Tokens[p.TokStart-1])]
}
