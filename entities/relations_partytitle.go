package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Party titles that hold no office of the party itself: a party word or
// name before "shadow <office>", "backbencher" or "rebel" and a person's
// name makes the person a member of the party ("Labour backbencher X",
// "Conservative shadow foreign secretary X", "the Tory shadow home
// secretary, X"). A shadow office is the opposition's spokesman for it,
// not the state's office, and not the party's head even where its noun is
// "leader" ("shadow leader of the House"); so the person is only the
// party's member. A spokesman's portfolio between the party and the title
// may be any lower-case words ("Labour campaign spokesman X").

// partyMemberMarkers are the words that make a title before a name one of
// a party's members.
var partyMemberMarkers = map[string]bool{
	"shadow": true, "backbench": true, "backbencher": true, "backbenchers": true,
	"frontbench": true, "frontbencher": true, "rebel": true,
}

// partyTitleStops are role modifiers that end a title read leftwards:
// function words that join it to another phrase ("leader of the party").
var partyTitleStops = map[string]bool{"of": true, "the": true, "a": true, "an": true, "to": true}

// partyTitleMember reads "<party> <title> P" and "<party> <title>, P"
// where the title holds a partyMemberMarkers word: P is a member of the
// party, the party mention right before the title or the party a party
// word names (partyOfWord).
func (rb *relBuilder) partyTitleMember(p placed, s Sentence, in []placed, span graph.Span) {
	d := rb.d
	if !rb.personRef(p) {
		return
	}
	j := nameStart(d, p, s.TokStart)
	if j-1 > s.TokStart && d.Tokens[j-1].Text == "," {
		j-- // "the Tory shadow home secretary, X"
	}
	ends := map[int]bool{}
	for _, q := range in {
		ends[q.tokEnd] = true
	}
	k, marked := j, false
	// A spokesman's portfolio may be any lower-case words: "Labour
	// campaign spokesman X", "Conservative family spokeswoman X".
	portfolio := 0
	if j-1 >= s.TokStart && spokesNouns[low(d.Tokens[j-1])] {
		marked, portfolio = true, 3
	}
title:
	for k > s.TokStart && !ends[k] {
		t := d.Tokens[k-1]
		l := low(t)
		if !t.Word() || partyTitleStops[l] || t.Cap() && isPartyNicknameWord(l) {
			break // "Labour" is a title word too ("Labour Minister")
		}
		switch {
		case partyMemberMarkers[l]:
			marked = true
		case isRelRoleWord(l) || roleModifiers[l]:
		case portfolio > 0 && !t.Cap() && !titleStopWords[l]:
			portfolio--
		default:
			break title
		}
		k--
	}
	if !marked || k == j || k-1 < s.TokStart {
		return
	}
	for _, q := range in {
		if q.tokEnd == k && !q.coref {
			if rb.ex.Entities[q.ent].Type == graph.Party {
				rb.add(p.ent, q.ent, graph.MemberOf, span, confAdjacent, nil)
			}
			return // another name stands before the title
		}
	}
	tok := d.Tokens[k-1]
	if !tok.Word() || !tok.Cap() {
		return
	}
	if k-1 == s.TokStart && !sentenceFirstParty(tok.Text) {
		return // a sentence's first word is capitalised anyway
	}
	if k-1 > s.TokStart && d.Tokens[k-2].Word() && d.Tokens[k-2].Cap() {
		return // inside a longer name
	}
	if target, ok := rb.partyOfWord(tok.Text); ok {
		rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
	} else if target, ok := rb.nicknamedParty(low(tok)); ok {
		rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
	}
}

// nicknamedParty returns the one party entity of the article that a
// one-word nickname w (lower case) names: "Tory" is the Conservatives the
// article names (namedParty of the first word of the nickname's party,
// "conservative party").
func (rb *relBuilder) nicknamedParty(w string) (int, bool) {
	found := -1
	for _, n := range partyNicknames[w] {
		if len(n.words) != 1 {
			continue
		}
		first, _, _ := strings.Cut(n.name, " ")
		if i, ok := rb.namedParty(first); ok {
			if found >= 0 && found != i {
				return -1, false
			}
			found = i
		}
	}
	return found, found >= 0
}
