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

// partyOfBody reads the party that opens the name of body t whose title
// person p holds: "<Party> <body> <title> P", as in "Liberal Democrat
// home affairs committee chairman X" or "Labour group leader X", makes
// P a member of the party, the body being the party's own or its
// members' (a committee, a group). The party is a party mention or a
// party's nickname ("Lib Dem", resolved by partyOfWord) at the start of
// t's name, the rest of the name lower case.
func (rb *relBuilder) partyOfBody(p, t placed, in []placed, span graph.Span) {
	d := rb.d
	if p.coref || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return
	}
	end := t.tokStart
	for _, n := range longestNicknames(d, t.tokStart) {
		if len(n) > 0 {
			end = t.tokStart + len(n[0].words)
		}
	}
	party := -1
	for _, q := range in {
		if q.tokStart == t.tokStart && q.tokEnd < t.tokEnd && !q.coref && rb.ex.Entities[q.ent].Type == graph.Party {
			party, end = q.ent, q.tokEnd
		}
	}
	if end == t.tokStart || end >= t.tokEnd {
		return
	}
	for k := end; k < t.tokEnd; k++ {
		if d.Tokens[k].Cap() {
			return // "Labour Housing Trust": a body named with the word
		}
	}
	if party < 0 {
		var ok bool
		if party, ok = rb.partyOfWord(d.Tokens[t.tokStart].Text); !ok {
			return
		}
	}
	rb.add(p.ent, party, graph.MemberOf, span, confAdjacent, nil)
}
