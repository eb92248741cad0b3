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
// t's name, the rest of the name lower case; or, before a spokesman's
// title, capitalised words that name a portfolio, not a body ("Lib Dem
// Treasury spokesman X", "Tory Home Office spokesman X": parties name
// their spokesmen by the ministry they shadow, and no body is called
// "Lib Dem Treasury"). It reports whether it read the party: the name
// t then is no body P belongs to (the caller drops that edge: the
// committee of "Lib Dem constitutional affairs committee chairman X" is
// Parliament's, not one named with the party).
func (rb *relBuilder) partyOfBody(p, t placed, r roleSpan, in []placed, span graph.Span) bool {
	d := rb.d
	if p.coref || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return false
	}
	end := t.tokStart
	var names []string // the nickname's words, then its parties' names
	for _, n := range longestNicknames(d, t.tokStart) {
		if len(n) > 0 {
			end = t.tokStart + len(n[0].words)
			names = []string{d.Text[d.Tokens[t.tokStart].Start:d.Tokens[end-1].End]}
			for _, c := range n {
				names = append(names, c.name)
			}
		}
	}
	party := -1
	for _, q := range in {
		if q.tokStart == t.tokStart && q.tokEnd < t.tokEnd && !q.coref && rb.ex.Entities[q.ent].Type == graph.Party {
			party, end = q.ent, q.tokEnd
		}
	}
	if end == t.tokStart || end >= t.tokEnd {
		return false
	}
	if !spokesNouns[r.noun] || !portfolioWords(d, end, t.tokEnd) {
		for k := end; k < t.tokEnd; k++ {
			if d.Tokens[k].Cap() {
				return false // "Labour Housing Trust": a body named with the word
			}
		}
	}
	// The whole nickname or the party it stands for: "Lib" alone is the
	// old Liberal Party's.
	for _, w := range names {
		if party >= 0 {
			break
		}
		if q, ok := rb.partyOfWord(w); ok {
			party = q
		}
	}
	if party < 0 {
		return false
	}
	rb.add(p.ent, party, graph.MemberOf, span, confAdjacent, nil)
	return true
}

// portfolioWords reports whether tokens [from, to) can be a portfolio's
// name: at most three words, none of them ending a body's name (a
// company noun or an organization head such as "Trust", "Association",
// "Council"): "Treasury", "Home Office", "Foreign Affairs".
func portfolioWords(d *Document, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		l := low(d.Tokens[k])
		if !d.Tokens[k].Word() || companyNouns[l] || orgComplementHeads[l] || partyHeads[l] {
			return false
		}
	}
	return true
}
