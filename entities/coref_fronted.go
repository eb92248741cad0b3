package entities

import "github.com/newsgraph/newsgraph/graph"

// A pronoun in a phrase that opens its sentence before the subject refers
// forward to that subject, not back to someone named earlier:
//
//	During his trip to Y, which ends on Friday, X will meet ...
//	After she arrived, X said ...
//
// frontedPhraseOpeners are the words that open such a phrase.
var frontedPhraseOpeners = map[string]bool{"during": true, "after": true, "before": true, "following": true,
	"in": true, "on": true, "at": true, "upon": true}

// frontedSubject returns the person that pronoun k of sentence si refers
// to when the sentence opens with a fronted phrase holding k: the first
// person named after k, right after a comma (with a title before the
// name), of gender g when known; no person, organization or party may be
// named between k and that comma.
func frontedSubject(d *Document, ex *Extraction, by [][]corefMention, gender map[int]string, si, k int, g string) (int, bool) {
	s := d.Sentences[si]
	if !frontedPhraseOpeners[low(d.Tokens[s.TokStart])] || k-s.TokStart > 4 {
		return 0, false
	}
	for _, m := range by[si] {
		if m.tokStart < k {
			continue
		}
		e := ex.Entities[m.ent]
		if e.Type != graph.Person {
			if e.Type == graph.Organization || e.Type == graph.Party {
				return 0, false
			}
			continue
		}
		i := m.tokStart - 1
		for i > k && d.Tokens[i].Word() && (d.Tokens[i].Cap() || isRelRoleWord(low(d.Tokens[i]))) {
			i--
		}
		if i <= k || d.Tokens[i].Text != "," || g != "" && gender[m.ent] != "" && gender[m.ent] != g {
			return 0, false
		}
		return m.ent, true
	}
	return 0, false
}
