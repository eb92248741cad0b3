package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Group relations, for each mention of a group (groups.go) in a sentence:
//
//	G (,) (will be|which is ...) led|headed|chaired by [title] X
//	                                              X leads G
//	X (, who) leads|heads|will lead (the|a ...) G  X leads G
//	X, (the) head|leader|chairman of (the) G      X leads G
//	(the) chairman of (the) G, [title] X          X leads G
//	G comprising|including|whose members are X, Y and Z
//	                                              each affiliated_with G
//	X, a member of (the) G; X joined (the) G      X affiliated_with G
//	G to P, Q and R                               G visits each
//
// A group that gets a leader is named by its leader once the article's
// relations are read (groups_settle.go: "team led by X", the phrase an
// alias), so that two articles' "Indian delegation" stay two groups unless
// they have the same leader. Travel read by the visits patterns ("the
// delegation arrived in Oslo") reaches the group through its mentions.

// groupLeadVerbs say who heads a group: "led by", "X will lead".
var groupLeadVerbs = lexicon.Set("group_lead_verbs")

// groupHeadNouns name a group's head: "the head of the delegation".
var groupHeadNouns = lexicon.Set("group_head_nouns")

// groupMemberCues introduce a group's members after it: "comprising".
var groupMemberCues = lexicon.Set("group_member_cues")

// affiliatedWith is the kind of a member's relation to a group. The kind
// is being added to package graph in parallel; until graph.Kinds lists it
// (affiliatedKnown), members are not linked, since a graph refuses a
// relation of an unknown kind.
const affiliatedWith graph.Kind = "affiliated_with"

var affiliatedKnown = slices.Contains(graph.Kinds, affiliatedWith)

// Confidences of group relations.
const (
	confGroupLeader = 0.8
	confGroupMember = 0.7
)

// groups adds the relations of the groups named in one sentence.
func (rb *relBuilder) groups(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	s := d.Sentences[si]
	isPerson := func(p placed) bool { return rb.ex.Entities[p.ent].Type == graph.Person }
	for gi, g := range in {
		ge := rb.ex.Entities[g.ent]
		if !ge.IsGroup() {
			continue
		}
		// After the group: "led by X", "comprising X, Y", "to P".
		if k, ok := ledByAfter(d, g.tokEnd, s.TokEnd); ok {
			if p, ok := rb.personAfter(in, gi, k, titleMaxWords); ok {
				rb.addLeader(p, g.ent, span, "head")
			}
		}
		// "Headed by X, the team ...": a fronted participle.
		if f := s.TokStart; f+1 < g.tokStart && groupLeadVerbs[low(d.Tokens[f])] && low(d.Tokens[f+1]) == "by" {
			if p, ok := rb.personAfter(in, -1, f+2, titleMaxWords); ok && p.tokEnd < g.tokStart {
				gap := d.Tokens[p.tokEnd:g.tokStart]
				if len(gap) >= 1 && len(gap) <= 2 && gap[0].Text == "," && (len(gap) == 1 || groupStopWords[low(gap[1])]) {
					rb.addLeader(p, g.ent, span, "head")
				}
			}
		}
		if j, ok := memberCueAfter(d, g.tokEnd, s.TokEnd); ok {
			prevEnd := -1
			for _, q := range in[gi+1:] {
				if q.tokStart < j || !isPerson(q) {
					continue
				}
				if prevEnd < 0 && !memberLead(d, j, q.tokStart) || prevEnd >= 0 && !nameListGap(d, prevEnd, q.tokStart) {
					break
				}
				if affiliatedKnown {
					rb.add(q.ent, g.ent, affiliatedWith, span, confGroupMember, nil)
				}
				prevEnd = q.tokEnd
			}
		}
		if g.tokEnd+1 < s.TokEnd && low(d.Tokens[g.tokEnd]) == "to" {
			prevEnd := g.tokEnd + 1
			for _, q := range in[gi+1:] {
				t := rb.ex.Entities[q.ent].Type
				if q.tokStart < prevEnd || t != graph.Place && t != graph.Country {
					continue
				}
				if q.tokStart != prevEnd && !(q.tokStart == prevEnd+1 && low(d.Tokens[prevEnd]) == "the") && !listGap(d, prevEnd, q.tokStart) {
					break
				}
				rb.add(g.ent, q.ent, graph.Visits, span, confVisit, nil)
				prevEnd = q.tokEnd
			}
		}
		// Before the group: "X will lead a delegation", "X, head of the
		// delegation", "X, a member of the team", "X, who ..., will lead
		// a delegation".
		for j := gi - 1; j >= 0; j-- {
			p := in[j]
			if p.tokEnd > g.tokStart {
				continue
			}
			if g.tokStart-p.tokEnd > groupLinkMax+relClauseMax {
				break
			}
			if !isPerson(p) {
				continue // a name inside the title or a relative clause
			}
			switch groupLinkAcross(d, p.tokEnd, g.tokStart) { // relations_groups_trips.go
			case "leads":
				rb.addLeader(p, g.ent, span, "head")
			case "member":
				if affiliatedKnown {
					rb.add(p.ent, g.ent, affiliatedWith, span, confGroupMember, nil)
				}
			}
			break
		}
		// "the chairman of the working party, Ambassador X".
		if g.tokStart >= 2 && low(d.Tokens[g.tokStart-1]) == "the" && low(d.Tokens[g.tokStart-2]) == "of" ||
			g.tokStart >= 1 && low(d.Tokens[g.tokStart-1]) == "of" {
			h := g.tokStart - 2
			if low(d.Tokens[g.tokStart-1]) == "of" {
				h = g.tokStart - 2
			} else {
				h = g.tokStart - 3
			}
			// Not "X, chairman of the House committee, and Y": Y is
			// another person, not the chairman's name.
			if h >= s.TokStart && groupHeadNouns[low(d.Tokens[h])] && g.tokEnd+1 < s.TokEnd && d.Tokens[g.tokEnd].Text == "," && low(d.Tokens[g.tokEnd+1]) != "and" {
				if p, ok := rb.personAfter(in, gi, g.tokEnd+1, 4); ok {
					rb.addLeader(p, g.ent, span, low(d.Tokens[h]))
				}
			}
		}
	}
}

// addLeader records that person p leads group g and names the group by
// its leader.
func (rb *relBuilder) addLeader(p placed, g int, span graph.Span, role string) {
	rb.add(p.ent, g, graph.Leads, span, confGroupLeader, map[string]string{"role": role})
	ge, pe := rb.ex.Entities[g], rb.ex.Entities[p.ent]
	if ge.Attrs["leader"] == "" {
		ge.Attrs["leader"] = pe.Name
		ge.Name = ge.Aliases[0] + " led by " + pe.Name
	}
}

// titleMaxWords bounds the title words between "led by" and the leader's
// name ("Special Assistant to the Prime Minister X", "<Party> Chairman and
// former Foreign Minister X").
const titleMaxWords = 10

// personAfter returns the first person mention of in after in[gi] (gi may
// be -1) that starts at token from or at most max title words later: role
// words, honorifics, capitalised words (names of the bodies in the title),
// possessives and "the", "of", "to", "and", "former".
func (rb *relBuilder) personAfter(in []placed, gi, from, max int) (placed, bool) {
	d := rb.d
	for _, q := range in[gi+1:] {
		if q.tokStart < from {
			continue
		}
		if rb.ex.Entities[q.ent].Type != graph.Person {
			if q.tokStart-from <= max {
				continue // a party or country inside the title
			}
			return placed{}, false
		}
		if q.tokStart-from > max || !titleGap(d, from, q.tokStart) {
			return placed{}, false
		}
		return q, true
	}
	return placed{}, false
}

// titleGap reports whether tokens [i, j) may be the title before a name:
// role words, honorifics, capitalised words, possessives and "the", "of",
// "to", "and", "former", at most titleMaxWords.
func titleGap(d *Document, i, j int) bool {
	if j-i > titleMaxWords {
		return false
	}
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		l := low(t)
		switch {
		case isRoleWord(l), honorifics[l], t.Cap(), isPossessive(t):
		case l == "the", l == "of", l == "to", l == "and", l == "former", isDash(l):
		default:
			return false
		}
	}
	return true
}

// memberLead reports whether tokens [i, j) may stand between a member cue
// and the first member's name: titles and "such as" ("includes prominent
// figures such as Federal Minister X"), at most eight words.
func memberLead(d *Document, i, j int) bool {
	if j-i > 8 {
		return false
	}
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() && !isPossessive(t) || negationWords[low(t)] || reportingVerbs[low(t)] {
			return false
		}
	}
	return true
}

// memberCueAfter returns the token after a member cue that follows a group
// ending at token end ("comprising", "whose key members are"), and whether
// there is one.
func memberCueAfter(d *Document, end, stop int) (int, bool) {
	for k := end; k < stop && k-end <= 4; k++ {
		l := low(d.Tokens[k])
		if groupMemberCues[l] {
			k++
			if k < stop && (low(d.Tokens[k]) == "are" || low(d.Tokens[k]) == "include" || low(d.Tokens[k]) == "of") {
				k++
			}
			return k, true
		}
		if !d.Tokens[k].Word() && d.Tokens[k].Text != "," {
			break
		}
	}
	return 0, false
}

// groupLinkBefore says how a person ending at token i relates to a group
// starting at token j from the words between: "leads" ("X will lead the",
// "X, who heads a", "X, head of the"), "member" ("X, a member of the", "X
// joined the") or "".
func groupLinkBefore(d *Document, i, j int) string {
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		l := low(d.Tokens[k])
		if negationWords[l] || reportingVerbs[l] || !d.Tokens[k].Word() && l != "," {
			return ""
		}
		words = append(words, l)
	}
	for n, w := range words {
		rest := words[n+1:]
		short := len(rest) <= 3
		switch {
		case groupLeadVerbs[w] && short && !(len(rest) > 0 && rest[0] == "by"):
			return "leads"
		case groupHeadNouns[w] && short && len(rest) > 0 && rest[0] == "of":
			return "leads"
		case (w == "member" || w == "members") && short && len(rest) > 0 && rest[0] == "of",
			(w == "joined" || w == "joins" || w == "join") && short:
			return "member"
		}
	}
	return ""
}
