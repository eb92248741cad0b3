package entities

import (
	"cmp"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Event anaphora by a head of the same kind: an event named once ("the
// Tory Party spring conference", "the Iraq war") is often called by
// another head later ("the forum", "the conflict"). When "the <head>"
// finds no event ending in the same head (findEvent, coref.go), it refers
// to the one event of its reach whose head is of the same family as its
// own (eventFamilies), and to none when two events of that family are in
// reach, or when the text has brought in an unnamed one of its own head
// ("At a conference hosted by X, ... he told the conference"; "ministers
// met in Rome ... X attended the meeting"): the reference is then
// ambiguous or names the unnamed one.

// eventFamilies give the heads that may name one event: a gathering is
// also "the meeting" or "the forum", an agreement "the pact", a conflict
// "the war", an attack "the blast". Elections are left out: "the poll" is
// as often an opinion poll as the vote; and so are talks: "the
// conference" in an article on debt talks is more often another event.
var eventFamilies = map[string]string{
	"summit": "gathering", "conference": "gathering", "forum": "gathering", "meeting": "gathering",
	"meetings": "gathering", "gathering": "gathering", "congress": "gathering",
	"accord": "agreement", "agreement": "agreement", "pact": "agreement", "treaty": "agreement",
	"war": "conflict", "conflict": "conflict", "invasion": "conflict",
	"attack": "attack", "bombing": "attack", "blast": "attack", "explosion": "attack", "massacre": "attack",
	"shooting": "attack",
	"scandal":  "scandal", "affair": "scandal",
	"inquiry": "inquiry", "investigation": "inquiry", "probe": "inquiry",
}

// eventFamilyOf returns the family of an event's or a reference's head,
// or "".
func eventFamilyOf(head string) string { return cmp.Or(eventFamilies[head], pactFamilies[head]) }

// eventOfReach returns the event "the <head>" at token k refers to, in
// sentence si or the corefEventReach sentences before it, named before k,
// in one scan: the latest whose name has head for its head (the last
// word, or the word before a complement: "deal with Y"), else the one
// whose head is of head's family, and none when two of the family are in
// reach or the text brings in an unnamed event the reference may name
// instead (unnamedBefore). Beyond the reach, the reference still names
// the article's one event of its head (articleEvent).
func eventOfReach(d *Document, ex *Extraction, by [][]corefMention, si, k int, head string) (int, bool) {
	fam := eventFamilyOf(head)
	related, ambiguous := -1, false
	for sj := si; sj >= 0 && sj >= si-corefEventReach; sj-- {
		ms := by[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			e := ex.Entities[m.ent]
			if m.tokStart >= k || e.Type != graph.Event {
				continue
			}
			f := strings.Fields(strings.ToLower(e.Name))
			last := f[sidedHead(f)] // "deal with Y": the deal (events_pacts.go)
			if last == head && (len(f) > 1 || e.Attrs[UnnamedAttr] != "") {
				return m.ent, true // a description of one word ("fraud", "deal") is the article's own
			}
			if len(f) < 2 {
				continue
			}
			if fam == "" || eventFamilyOf(last) != fam || m.ent == related {
				continue
			}
			if related >= 0 {
				ambiguous = true // two events the reference may name
			}
			related = m.ent
		}
	}
	if related < 0 && !ambiguous {
		return articleEvent(d, ex, by, si-corefEventReach-1, k, head)
	}
	if related < 0 || ambiguous || unnamedBefore(d, k, head) {
		return 0, false
	}
	return related, true
}

// articleEvent returns the one event named in sentences 0 to last whose
// head is head, when the article names exactly one: a definite "the
// accord", "the deal" or "the meeting" far from its antecedent still
// names the article's accord, deal or meeting, as a reader takes it, so
// the participant rules apply to the anaphor's sentence ("The agreement
// was signed by X"). Two events of that head, or an unnamed one the text
// brings in after the named one ("a deal", "ministers met";
// unnamedBetween), leave the reference unresolved.
func articleEvent(d *Document, ex *Extraction, by [][]corefMention, last, k int, head string) (int, bool) {
	found, at := -1, 0
	for sj := 0; sj <= last && sj < len(by); sj++ {
		for _, m := range by[sj] {
			e := ex.Entities[m.ent]
			if e.Type != graph.Event || m.ent == found {
				continue
			}
			f := strings.Fields(strings.ToLower(e.Name))
			if f[sidedHead(f)] != head || len(f) < 2 && e.Attrs[UnnamedAttr] == "" {
				continue
			}
			if found >= 0 {
				return 0, false // two events of the head
			}
			found, at = m.ent, m.tokEnd
		}
	}
	if found < 0 || unnamedBetween(d, at, k, head) {
		return 0, false
	}
	return found, true
}

// unnamedBefore reports whether the text before token k brings in an
// unnamed event the reference "the <head>" may name instead: an
// indefinite noun phrase with that head ("a conference", "a Washington
// meeting"), or for "the meeting" a form of "meet" ("ministers met
// today").
func unnamedBefore(d *Document, k int, head string) bool { return unnamedBetween(d, 0, k, head) }

// unnamedBetween is unnamedBefore over the tokens [from, k).
func unnamedBetween(d *Document, from, k int, head string) bool {
	for j := from; j < k; j++ {
		l := low(d.Tokens[j])
		if (head == "meeting" || head == "meetings") && (l == "met" || l == "meet" || l == "meets") {
			return true
		}
		if l != head {
			continue
		}
		for b := j - 1; b >= from && b >= j-3; b-- {
			if l := low(d.Tokens[b]); l == "a" || l == "an" || l == "another" {
				return true
			}
		}
	}
	return false
}

// anaphorHead returns the token of the head of "the <modifiers> <head>"
// whose "the" is token k, before end: the token after "the", or after the
// modifiers that do not tell one event from another ("the annual
// summit", "the two-day summit", "the weekend meeting"); "the last
// summit" and "the next round" are left alone, as they name another
// event of a series.
func anaphorHead(d *Document, k, end int) int {
	j := k + 1
	for n := 0; n < 2 && j+1 < end; n++ {
		l := low(d.Tokens[j])
		switch {
		case eventModifiers[l] || seasonWords[l] || anaphorModifiers[l]:
			j++
		case j+3 < end && isDash(d.Tokens[j+1].Text) && !d.Tokens[j+1].Space && !d.Tokens[j+2].Space && durationUnits[low(d.Tokens[j+2])] && (isNumber(l) || numberWords[l]):
			j += 3 // "two-day"
		default:
			return j
		}
	}
	return j
}

// anaphorModifiers may stand between "the" and an event head that refers
// back to a named event.
var anaphorModifiers = map[string]bool{"weekend": true, "upcoming": true, "forthcoming": true, "planned": true,
	"ongoing": true, "current": true, "scheduled": true, "proposed": true}

// durationUnits end a duration before an event head: "the two-day summit".
var durationUnits = map[string]bool{"day": true, "week": true, "month": true, "hour": true, "year": true}
