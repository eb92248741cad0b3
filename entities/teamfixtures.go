package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Two more ways a sports report names a side by its country, read after
// the teams stage's other rules (teamReadings):
//
//   - a fixture told as a journey: "Spain travels to Belgium", "the U.S.
//     team heads to the Netherlands" in a draw for a team competition.
//     The country a team travels to is the side it plays there, the
//     host (travelHosts). A town so named stays the town: "England
//     travel to Cardiff" names where they play, and a club is rarely
//     named by the town it visits.
//   - a nation's people for its side: "The Irish, under new manager X,
//     took a 4-0 lead", "give the Irish their biggest win" (nationSides).
//     A demonym after "the" and before no noun names the side in a
//     report that reads the country as a team or gives a score; the
//     demonym's other mentions that qualify no noun ("IRISH ERASE
//     PAINFUL MEMORIES" in the headline) go with it. Linking joins the
//     demonym's team to the team named by the country (ingest's demonym
//     teams), never to the country.

// travelVerbs are the verbs of a journey whose destination, after "to",
// is the side a team plays there.
var travelVerbs = map[string]bool{
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"head": true, "heads": true, "headed": true, "heading": true,
	"go": true, "goes": true, "went": true, "going": true,
	"fly": true, "flies": true, "flew": true,
}

// travelHosts reads as a team, in a sports report, a country after a
// travel verb and "to" (the article between) whose subject is a team: a
// mention the teams stage read as one, or a word of a side ("the U.S.
// team heads to ...").
func travelHosts(d *Document, mentions []Mention) {
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Country {
			continue
		}
		k := m.TokStart - 1
		if k > 0 && low(d.Tokens[k]) == "the" {
			k--
		}
		if k < 2 || low(d.Tokens[k]) != "to" || !travelVerbs[low(d.Tokens[k-1])] {
			continue
		}
		subj := k - 2 // the last token of the verb's subject
		if teamParts[low(d.Tokens[subj])] || teamEndsAt(mentions, subj+1) {
			m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
		}
	}
}

// teamEndsAt reports whether a mention the teams stage read as a team
// ends right before token k.
func teamEndsAt(mentions []Mention, k int) bool {
	for _, o := range mentions {
		if o.TokEnd == k && o.Source == teamSource {
			return true
		}
	}
	return false
}

// sideFollowers are the words that may follow a nation's people named as
// its side ("the Irish their biggest win", "the Dutch , who", "the
// Danes have"): a pronoun, a relative or an auxiliary, where a
// lower-case noun would make the demonym an adjective ("the Irish
// government"). "And" is none: "the British and Irish Lions" is one
// side's name.
var sideFollowers = map[string]bool{
	"their": true, "them": true, "they": true, "who": true, "which": true, "have": true, "has": true,
	"had": true, "are": true, "were": true, "will": true, "would": true, "could": true, "can": true,
	"must": true, "should": true, "might": true, "did": true, "do": true, "again": true, "too": true,
	"also": true, "now": true, "then": true, "still": true, "in": true, "on": true, "at": true,
}

// nationSides reads as the side, in a sports report, the demonym of a
// country or nation after "the" that qualifies no noun (sideFollowers or
// punctuation after it), and then its other mentions that qualify no
// lower-case word, when the report reads a team (the country's or
// another): "the Irish", then "IRISH ERASE PAINFUL MEMORIES".
func nationSides(d *Document, mentions []Mention) {
	if !hasTeam(mentions) {
		return
	}
	sides := map[string]bool{} // demonyms, in lower case, read as a side
	for i := range mentions {
		m := &mentions[i]
		if !demonymMention(d, m) {
			continue
		}
		if k := m.TokStart - 1; k < 0 || low(d.Tokens[k]) != "the" || !sideEnd(d, m.TokEnd, true) {
			continue
		}
		sides[low(d.Tokens[m.TokStart])] = true
		m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
	}
	if len(sides) == 0 {
		return
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Source != teamSource && demonymMention(d, m) && sides[low(d.Tokens[m.TokStart])] && sideEnd(d, m.TokEnd, false) {
			m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
		}
	}
}

// demonymMention reports whether m is one word, a country's demonym or a
// nation's adjective ("Irish", "Scottish") of the entry it was matched
// to, that names a people: a plural ("Germans", "Danes") or a word
// whose noun is a plural ("the Irish", "the Dutch", "the French"). "The
// German, hampered by a hamstring injury" is one player.
func demonymMention(d *Document, m *Mention) bool {
	if m.TokEnd-m.TokStart != 1 || !nationType(*m) {
		return false
	}
	w := d.Tokens[m.TokStart].Text
	l := strings.ToLower(w)
	people := strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
	return people && demonymOf(m.Entry, w)
}

// sideEnd reports whether the token at k (the one after a demonym) lets
// the demonym stand for a nation's people: the end of the text,
// punctuation, or a word of sideFollowers; with strict false any word
// but a lower-case one (a headline's "IRISH ERASE ...").
func sideEnd(d *Document, k int, strict bool) bool {
	if k >= len(d.Tokens) {
		return true
	}
	t := d.Tokens[k]
	if !t.Word() {
		return !isNumber(t.Text)
	}
	if sideFollowers[low(t)] {
		return true
	}
	return !strict && t.Text == strings.ToUpper(t.Text) && !teamParts[low(t)] && !teamRoles[low(t)] && !sportsWords[low(t)]
}

// hasTeam reports whether a mention was read as a team.
func hasTeam(mentions []Mention) bool {
	for _, m := range mentions {
		if m.Source == teamSource {
			return true
		}
	}
	return false
}

// stateWords are the things a country owns as a state, not as a side:
// "France's hosting of the World Cup", "Kenya's government", "Peru's
// sports minister".
var stateWords = map[string]bool{
	"hosting": true, "staging": true, "government": true, "president": true, "prime": true,
	"minister": true, "ministry": true, "parliament": true, "economy": true, "capital": true,
	"embassy": true, "ambassador": true, "police": true, "army": true, "military": true,
	"foreign": true, "interior": true, "currency": true, "central": true, "sports": true,
}

// stateOwner reports whether country mention m is in the possessive
// before a word of stateWords (with a hyphenated or plain modifier
// between at most): the report's side is never so written, so a name
// the report reads as a team stays the country there.
func stateOwner(d *Document, m *Mention) bool {
	if m.Type != graph.Country {
		return false
	}
	k := afterPossessive(d, m.TokEnd)
	return k > 0 && stateWords[low(d.Tokens[k])]
}

// clubShortForms reads as an organization, in a sports report, a party
// of no gazetteer entry named by the first word of an organization the
// report names ("Real" beside "Real Madrid"): the recognizer takes such
// a word for a party's, and resolve then joins the short form to the
// club; as a side it carries the report's sport.
func clubShortForms(d *Document, mentions []Mention) {
	firsts := map[string]bool{}
	for _, m := range mentions {
		if m.Type == graph.Organization && m.TokEnd-m.TokStart >= 2 {
			firsts[low(d.Tokens[m.TokStart])] = true
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Type == graph.Party && m.Entry == nil && m.TokEnd-m.TokStart == 1 && firsts[low(d.Tokens[m.TokStart])] {
			m.Type, m.Source = graph.Organization, teamSource
		}
	}
}

// trimHeadlineVerbs cuts a result verb off the end of an organization of
// no gazetteer entry written in capitals ("REAL SCRAPE 1-1 DRAW"): a
// headline runs the side into its verb, and the trained recognizer may
// take both for one name. The side then reads as a team by its verb.
func trimHeadlineVerbs(d *Document, mentions []Mention) {
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Organization || m.Entry != nil || m.TokEnd-m.TokStart < 2 {
			continue
		}
		last := d.Tokens[m.TokEnd-1]
		if teamVerbs[low(last)] && last.Text == strings.ToUpper(last.Text) {
			m.TokEnd--
			m.End = d.Tokens[m.TokEnd-1].End
		}
	}
}

// transferVerbs move a player between clubs: the town after them, with
// "to", "from" or "for" ("transferred to Milan", "joined Milan from
// Torino", "signed for Leeds"), or right after "join" ("joined Milan"),
// is the club.
var transferVerbs = map[string]bool{
	"join": true, "joins": true, "joined": true, "joining": true, "rejoined": true, "rejoin": true,
	"sign": true, "signs": true, "signed": true, "signing": true,
	"move": true, "moves": true, "moved": true, "moving": true,
	"transfer": true, "transfers": true, "transferred": true, "loaned": true, "sold": true, "bought": true,
}

// transferClubs reads as a team, in a sports report, a town (not a
// country: "returned to Brazil" says where a player lives) in a transfer:
// after a transfer verb and "to", "for" or "from", after "join" itself,
// or after "from" within four words of a transfer verb ("joined Milan
// from Torino").
func transferClubs(d *Document, mentions []Mention) {
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Place || m.Source == teamSource || strings.HasPrefix(entryID(m), "area:") || m.TokStart < 1 {
			continue
		}
		if m.Entry == nil && m.TokEnd-m.TokStart > 1 {
			continue // a name the recognizer guessed a place: "signed to Island Records"
		}
		prev := low(d.Tokens[m.TokStart-1])
		switch {
		case prev == "joined" || prev == "join" || prev == "joins" || prev == "joining" || prev == "rejoined":
		case (prev == "to" || prev == "for") && m.TokStart >= 2 && transferVerbs[low(d.Tokens[m.TokStart-2])]:
		case prev == "from" && transferBefore(d, m.TokStart-1):
		default:
			continue
		}
		m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
	}
}

// transferBefore reports whether a transfer verb stands within the four
// tokens before token k, in its sentence.
func transferBefore(d *Document, k int) bool {
	si := sentenceOf(d, d.Tokens[k].Start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if si >= 0 && j < d.Sentences[si].TokStart {
			break
		}
		if transferVerbs[low(d.Tokens[j])] {
			return true
		}
	}
	return false
}
