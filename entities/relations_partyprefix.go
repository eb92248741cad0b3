package entities

import "github.com/newsgraph/newsgraph/graph"

// partyBefore reads "<party> P" where a party's nickname or word stands
// right before person P's name ("Republican X said", "Lib Dem X", "Tory
// X"): P is a member of that party. A party mention there is the party;
// a bare party word (no mention: the nickname stage found no country for
// it) is resolved by partyOfWord, so only where the article names the
// party in full or points to one country's party of that name.
func (rb *relBuilder) partyBefore(p placed, s Sentence, in []placed, span graph.Span) {
	d := rb.d
	k := p.tokStart - 1
	if p.coref || k < s.TokStart || p.tokEnd-p.tokStart < 2 {
		return
	}
	for _, q := range in {
		if q.tokEnd != p.tokStart || q.coref {
			continue
		}
		if rb.ex.Entities[q.ent].Type == graph.Party && len(longestNicknames(d, q.tokStart)) > 0 {
			rb.add(p.ent, q.ent, graph.MemberOf, span, confAdjacent, nil)
		}
		return // another name stands before P
	}
	tok := d.Tokens[k]
	if !tok.Word() || !tok.Cap() || !isPartyNicknameWord(low(tok)) {
		return
	}
	if k > s.TokStart && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() {
		return // inside a longer name
	}
	if k == s.TokStart && !sentenceFirstParty(tok.Text) && !politicsInSentence(d, k) {
		return // a sentence's first word is capitalised anyway
	}
	if target, ok := rb.partyOfWord(tok.Text); ok {
		rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
	}
}

// isPartyNicknameWord reports whether w (lower case) is a party nickname
// of one word: "republican", "tory", "labour".
func isPartyNicknameWord(w string) bool {
	for _, n := range partyNicknames[w] {
		if len(n.words) == 1 {
			return true
		}
	}
	return false
}
