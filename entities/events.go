package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// placeEvents finds events named after a place or body: "the Pahalgam
// attack", "the April 22 Pahalgam terror attack", "the G7 summit", "the
// Horsham by-election", "the American war against drugs" (eventTarget),
// "Labour's spring conference", "the Labour party conference".
func placeEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, m := range selected {
		if m.Type != graph.Place && m.Type != graph.Country && m.Type != graph.Organization && m.Type != graph.Party {
			continue
		}
		j := m.TokEnd
		// A party named by its short form before "Party": "the Tory Party
		// spring conference", "the Green Party's conference".
		if m.Type == graph.Party && j+1 < len(d.Tokens) && low(d.Tokens[j]) == "party" {
			j++
		}
		// A body's or party's own event: "Labour's spring conference",
		// "the Fund's annual meeting" is definite by its owner.
		owned := false
		if (m.Type == graph.Party || m.Type == graph.Organization) && j+1 < len(d.Tokens) && isPossessive(d.Tokens[j]) {
			j++
			owned = true
		}
		// A pair of names: "the U.S.-Canada talks", "the U.S.-Japanese
		// agreement", "the U.S./Japan summit": the event starts at the
		// first.
		if j+1 < len(d.Tokens) && (isDash(d.Tokens[j].Text) || d.Tokens[j].Text == "/") {
			if n := mentionAt(selected, j+1); n != nil && (n.Type == graph.Country || n.Type == graph.Place) {
				j = n.TokEnd
			}
		}
		// Two bodies that hold it together: "the IMF and World Bank
		// annual meeting".
		if m.Type == graph.Organization && !owned && j+2 < len(d.Tokens) && low(d.Tokens[j]) == "and" {
			if n := mentionAt(selected, j+1); n != nil && n.Type == graph.Organization && n.TokEnd < len(d.Tokens) && gatheringWordsAfter(d, n.TokEnd) {
				j = n.TokEnd
			}
		}
		// Modifiers: event words ("terror", "annual") and at most two
		// other lower-case words ("free trade", "currency", "long-term
		// grains").
		other := 0
		for j < len(d.Tokens) {
			t := d.Tokens[j]
			l := low(t)
			if eventModifiersIx.of(t) || owned && months[l] > 0 && t.Cap() {
				j++ // "OPEC's December pact": a month after the owner
				continue
			}
			if compoundHeadAt(d, j) {
				j += 2 // "the Horsham by-election": the head is "election"
				break
			}
			// A party's event takes other words only after its
			// possessive: "Labour's spring conference", not "the DMK
			// described talks".
			if other < 2 && t.Word() && !t.Cap() && !groupStopWords[l] && !eventHeadsIx.of(t) && j+1 < len(d.Tokens) && (m.Type != graph.Party || owned) {
				other++
				j++
				// "long-term": a hyphenated word is one modifier.
				if j+2 < len(d.Tokens) && isDash(d.Tokens[j].Text) && d.Tokens[j+1].Word() && !d.Tokens[j+1].Cap() && !d.Tokens[j].Space && !d.Tokens[j+1].Space {
					j += 2
				}
				continue
			}
			break
		}
		if j >= len(d.Tokens) || !eventHeadsIx.of(d.Tokens[j]) || d.Tokens[j].Break {
			continue
		}
		// Only definite phrases name one event: "the ... attack".
		b := m.TokStart - 1
		for b >= 0 && (months[low(d.Tokens[b])] > 0 || isNumber(d.Tokens[b].Text) || d.Tokens[b].Text == ",") {
			b--
		}
		if b > 0 && low(d.Tokens[b-1]) == "the" && d.Tokens[b].Word() && !d.Tokens[b].Cap() && !groupStopWords[low(d.Tokens[b])] {
			b-- // "the ongoing U.S.-Canada talks"
		}
		if !owned && (b < 0 || low(d.Tokens[b]) != "the" && !strings.HasSuffix(d.Tokens[b].Text, "’s") && d.Tokens[b].Text != "’s" && d.Tokens[b].Text != "'s") {
			continue
		}
		// Two heads: the second names the event ("the general election
		// campaign").
		for j+1 < len(d.Tokens) && eventHeads[low(d.Tokens[j+1])] && !d.Tokens[j+1].Cap() && !d.Tokens[j+1].Break {
			j++
		}
		j = eventTarget(d, j)
		out = append(out, Mention{Start: m.Start, End: d.Tokens[j].End, TokStart: m.TokStart, TokEnd: j + 1, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return append(out, ruleEvents(d, selected, out)...)
}

// ruleEvents runs the other event rules, in this order (on a tie
// selectMentions keeps the earlier candidate). The token rules read only
// the tokens their first word allows (eventStartsOf, events_starts.go);
// named are the events of the definite phrases found before them.
func ruleEvents(d *Document, selected, named []Mention) []Mention {
	at := eventStartsOf(d)
	var out []Mention
	out = append(out, eventsOfBodies(d, selected)...)
	out = append(out, betweenEvents(d, selected, at.of(startBetween))...)
	out = append(out, actedEvents(d, selected, at.of(startActed))...)
	out = append(out, electionEvents(d, at.of(startElection))...)
	out = append(out, reelectionEvents(d, at.of(startReelection))...)   // events_reelection.go
	out = append(out, heldElectionEvents(d, at.of(startElection))...)   // events_election_hold.go
	out = append(out, electionResultEvents(d, at.of(startElection))...) // events_election_result.go
	out = append(out, declarationEvents(d, at.of(startDeclaration))...) // events_declarations.go
	out = append(out, trialEvents(d, selected, at.of(startTrial))...)   // events_trials.go
	out = append(out, talksEvents(d, selected, at.of(startTalks))...)   // events_talks.go
	out = append(out, cueEvents(d, selected, at.of(startCue))...)       // events_cues.go: dated, charges, trips, suffered
	out = append(out, hostedOccasions(d, at.of(startHosted))...)        // events_addressed_topic.go
	out = append(out, partyEvents(d, at.of(startParty))...)
	out = append(out, signedEvents(d, at.of(startSigned))...)
	out = append(out, pactEvents(d, selected, at.of(startPact))...)        // events_pacts.go
	out = append(out, madeDeals(d, selected, at.of(startMadeDeal))...)     // events_deal_made.go
	out = append(out, boughtCompanies(d, selected, at.of(startBought))...) // events_deal_bought.go
	out = append(out, mergedCompanies(d, selected, at.of(startMerged))...) // events_deal_merged.go
	out = append(out, wonDeals(d, selected, at.of(startWon))...)           // events_deal_won.go
	out = append(out, intentLetters(d, selected, at.of(startIntent))...)   // events_deal_intent.go
	out = append(out, offerEvents(d, selected, at.of(startOffer))...)      // events_corp_offers.go
	out = append(out, agreedEvents(d, selected, at.of(startAgreed))...)    // events_corp_agreed.go
	out = append(out, metMeetings(d, selected, at.of(startMet))...)        // events_meet_verb.go
	out = append(out, verbalEvents(d, selected)...)                        // events_verbal.go
	out = append(out, bodyMeetings(d, selected)...)                        // events_verbal_meet.go
	out = append(out, imposedEvents(d, selected)...)                       // events_verbal_imposed.go
	out = append(out, addressedGatherings(d, at.of(startAddressed))...)
	out = append(out, confidenceVotes(d, at.of(startConfidence))...)
	out = append(out, capitalisedEvents(d, selected, at.of(startCapitalised))...)
	out = append(out, lightVerbEvents(d, selected, at.of(startLightVerb))...) // events_nominal.go
	out = append(out, frontedUtterances(d, selected)...)                      // events_nominal.go
	out = append(out, gatherEvents(d, selected, named, out, at)...)           // events_gather.go
	out = append(out, pronounOwnerEvents(d, selected)...)                     // events_nominal_owner.go
	out = append(out, byAgentEvents(d, selected, at.of(startByAgent))...)     // events_nominal_by.go
	out = append(out, initialHeadEvents(d, selected)...)                      // events_nominal_initial.go
	out = append(out, ledEvents(d, selected, at.of(startLed))...)             // events_led.go
	return append(out, phraseEvents(d, selected, at.of(startPhrase))...)      // events_phrase.go: last, so others win ties
}

// seasonWords tell one of a body's recurring events from another ("the
// Labour spring conference", "the IMF autumn meetings"), so unlike
// eventModifiers they stay in the event's name.
var seasonWords = map[string]bool{"spring": true, "summer": true, "autumn": true, "winter": true}

// capitalisedEvents finds events named by capitalised words the other
// stages did not type, before a lower-case event head: "the Louvre
// accord", "the Hutton inquiry", "the Iran-contra scandal". A month before
// the name is left out ("the February Louvre accord"). An agreement's
// head may be capitalised too ("the Warwick Agreement", "the Tumbes
// Waters Treaty") when the name ends there (not "the General Agreement on
// Tariffs") and no other stage typed the same words ("the International
// Coffee Agreement" as an organization).
func capitalisedEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		t := d.Tokens[j]
		if j < 2 || !eventHeadsIx.of(t) || t.Cap() && !capitalAgreement(d, j) {
			continue
		}
		b := j - 1
		if b >= 2 && !d.Tokens[b].Cap() && isDash(d.Tokens[b-1].Text) && d.Tokens[b-2].Cap() {
			b -= 2 // "Iran-contra"
		}
		words := 0
		// "The" opening a sentence is capitalised too: it ends the name.
		for b >= 0 && d.Tokens[b].Cap() && d.Tokens[b].Word() && months[low(d.Tokens[b])] == 0 && low(d.Tokens[b]) != "the" && !d.Tokens[b].Break {
			b--
			words++
		}
		for b >= 0 && months[low(d.Tokens[b])] > 0 {
			b--
		}
		if words == 0 || words > 3 || b < 0 || low(d.Tokens[b]) != "the" {
			continue
		}
		start := b + 1
		for months[low(d.Tokens[start])] > 0 {
			start++
		}
		if t.Cap() && slices.ContainsFunc(selected, func(m Mention) bool { return m.TokStart <= start && j < m.TokEnd }) {
			continue
		}
		out = append(out, Mention{Start: d.Tokens[start].Start, End: t.End, TokStart: start, TokEnd: j + 1, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return out
}

// confidenceVotes finds votes of confidence, events without a name: "a
// vote of (no) confidence", "a vote of parliamentary confidence", "a
// confidence vote".
func confidenceVotes(d *Document, at []int) []Mention {
	var out []Mention
	for _, i := range at {
		t := d.Tokens[i]
		if i < 1 || !strings.EqualFold(t.Text, "confidence") {
			continue
		}
		start, end := -1, i+1
		switch {
		case i+1 < len(d.Tokens) && low(d.Tokens[i+1]) == "vote":
			start, end = i, i+2
		case i >= 2 && low(d.Tokens[i-1]) == "of" && low(d.Tokens[i-2]) == "vote":
			start = i - 2
		case i >= 3 && low(d.Tokens[i-2]) == "of" && low(d.Tokens[i-3]) == "vote" && d.Tokens[i-1].Word():
			start = i - 3 // "vote of parliamentary confidence", "vote of no confidence"
		}
		if start < 0 {
			continue
		}
		out = append(out, eventOver(d, start, end))
	}
	return out
}

// eventsOfBodies finds events named by their head and the body that holds
// them: "the annual meeting of the Asian Development Bank", "the 20th
// summit of the African Union", "the spring meeting of the Y Fund", and
// with "a" or "an" when a modifier tells which ("an annual meeting of the
// Y Bank", bodyEventOpens). The relation stage makes the body take part
// (bodyHolds, relations_events_bodies.go).
func eventsOfBodies(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, m := range selected {
		if m.Type != graph.Organization || m.TokStart < 3 {
			continue
		}
		k := m.TokStart - 1
		if low(d.Tokens[k]) == "the" {
			k--
		}
		if k < 1 || low(d.Tokens[k]) != "of" || !eventHeads[low(d.Tokens[k-1])] || strings.HasSuffix(low(d.Tokens[k-1]), "s") {
			continue
		}
		b := k - 2
		for b >= 0 && (eventModifiers[low(d.Tokens[b])] || isOrdinal(low(d.Tokens[b])) || seasonWords[low(d.Tokens[b])]) {
			b--
		}
		if b < 0 || !bodyEventOpens(d, b, k-1) || !wholeBodyAfter(d, b, m.TokEnd) { // relations_events_bodies.go, events_gather_bodies.go
			continue
		}
		out = append(out, Mention{Start: d.Tokens[b+1].Start, End: m.End, TokStart: b + 1, TokEnd: m.TokEnd, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return out
}

// isOrdinal reports whether w is a numeric ordinal: "20th", "1st".
func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && isNumber(n) {
			return true
		}
	}
	return false
}

// mentionAt returns the mention of ms that starts at token i, or nil.
func mentionAt(ms []Mention, i int) *Mention {
	for k := range ms {
		if ms[k].TokStart == i {
			return &ms[k]
		}
	}
	return nil
}

// compoundHeadAt reports whether tokens j, j+1, j+2 are a hyphenated
// compound ending in an event head: "by-election", "re-election".
func compoundHeadAt(d *Document, j int) bool {
	if j+2 >= len(d.Tokens) || !isDash(d.Tokens[j+1].Text) || d.Tokens[j+1].Space || d.Tokens[j+2].Space {
		return false
	}
	l := low(d.Tokens[j])
	return (l == "by" || l == "re") && eventHeads[low(d.Tokens[j+2])]
}

// targetedHeads name events against something: "the war against drugs",
// "the campaign on smoking".
var targetedHeads = map[string]bool{"war": true, "campaign": true, "fight": true, "crusade": true}

// eventTarget returns the last token of an event whose head is at token
// j: the head, or the one lower-case noun it is directed at ("war against
// drugs", "war on terror"). A phrase with a determiner ("the campaign
// against the government") is left out: its end is not known.
func eventTarget(d *Document, j int) int {
	if !targetedHeads[low(d.Tokens[j])] || j+2 >= len(d.Tokens) {
		return j
	}
	prep, obj := d.Tokens[j+1], d.Tokens[j+2]
	if l := low(prep); l != "against" && l != "on" || !obj.Word() || obj.Cap() || groupStopWords[low(obj)] || eventHeads[low(obj)] {
		return j
	}
	if j+3 < len(d.Tokens) && d.Tokens[j+3].Word() && !d.Tokens[j+3].Cap() && !clauseLinks[low(d.Tokens[j+3])] {
		return j // "the war on drug trafficking": a longer phrase
	}
	return j + 2
}

// eventOver returns the event mention of tokens [i, e) that an event rule
// found.
func eventOver(d *Document, i, e int) Mention {
	return Mention{Start: d.Tokens[i].Start, End: d.Tokens[e-1].End, TokStart: i, TokEnd: e, Type: graph.Event, Source: "event", Score: ScoreStrong}
}

// capitalAgreement reports whether the capitalised token j is an
// agreement head or "Round" (of trade talks: "the Uruguay Round") that
// ends a name: "Agreement", "Treaty", "Accord" not followed by a
// capitalised word or a preposition that continues the name.
func capitalAgreement(d *Document, j int) bool {
	if !agreementHeads[low(d.Tokens[j])] && low(d.Tokens[j]) != "round" || d.Tokens[j].Break {
		return false
	}
	if j+1 < len(d.Tokens) {
		n := d.Tokens[j+1]
		if n.Word() && n.Cap() && !n.Break || low(n) == "of" || low(n) == "for" || low(n) == "between" {
			return false
		}
		// "the Agreement on Tariffs", not "the Treaty on Monday".
		if low(n) == "on" && j+2 < len(d.Tokens) && d.Tokens[j+2].Cap() && !dateWord(d.Tokens[j+2]) {
			return false
		}
	}
	return true
}

// gatheringWordsAfter reports whether a gathering head follows token k
// after at most two event modifiers: "annual meeting", "joint
// conference".
func gatheringWordsAfter(d *Document, k int) bool {
	for n := 0; k < len(d.Tokens) && n < 2 && eventModifiers[low(d.Tokens[k])]; n++ {
		k++
	}
	return k < len(d.Tokens) && gatheringHeads[low(d.Tokens[k])] && !d.Tokens[k].Cap()
}
