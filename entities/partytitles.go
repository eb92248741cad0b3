package entities

import "github.com/newsgraph/newsgraph/graph"

// trimPartyTitles narrows a party or organization mention that holds a
// party nickname between title words to the nickname: the recognizer
// reads "Veteran Labour MP X" as a party "Veteran Labour MP", which is
// the party Labour between a modifier (roleModifiers, "veteran",
// "senior", "shadow") and a member's title (an MP, a senator, a
// backbencher: roleKinds' members). A title the party may be the name of
// ("Labour Minister") is left alone.
func trimPartyTitles(d *Document, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Party && m.Type != graph.Organization {
			continue
		}
		for k := m.TokStart; k < m.TokEnd; k++ {
			l := low(d.Tokens[k])
			if ns := longestNicknames(d, k); len(ns) > 0 {
				end := k + len(ns[0][0].words)
				if (k > m.TokStart || end < m.TokEnd) && end <= m.TokEnd && memberTitleWords(d, end, m.TokEnd) {
					m.TokStart, m.Start = k, d.Tokens[k].Start
					m.TokEnd, m.End = end, d.Tokens[end-1].End
					m.Type, m.Entry = graph.Party, nil
				}
				break
			}
			if !roleModifiers[l] && !partyMemberMarkers[l] || partyTitleStops[l] || l == "party" {
				break
			}
		}
	}
	return ms
}

// memberTitleWords reports whether tokens [i, j) are a member's title:
// words of roleKinds' members or partyMemberMarkers ("MP", "backbench
// MP", "senator"); none at all is one too.
func memberTitleWords(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		l := low(d.Tokens[k])
		if roleKinds[l] != "member" && !partyMemberMarkers[l] {
			return false
		}
	}
	return true
}
