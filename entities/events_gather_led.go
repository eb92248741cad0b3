package entities

import "github.com/newsgraph/newsgraph/graph"

// Gatherings a speech or attendance wording leads to, whatever their
// determiner and modifiers. The older gathering rules each take one
// shape of the gathering's phrase: "a"/"an" and lower-case modifiers
// after a participation verb (gatherObject), capitalised words after an
// address verb (addressedGatherings), "the <body> summit"
// (eventsOfBodies). The wordings that put someone at a gathering are the
// same for every shape, and news uses them all:
//
//	X told the conference in Chicago        X told a conference in Frankfurt
//	X told a meeting of the Y Forum         Speaking to an Agribusiness Education forum, X said
//	X made his remarks at a U.S.-Israeli trade meeting
//	X told his colleagues at a welcoming ceremony
//	X said in the same session              In an address at the opening session of Y, X said
//	X pledged at G-7 meetings               X attended the annual meeting
//
// ledGatherings makes the event (the modifiers and the head, a
// description: descEventOver) wherever a gathering head ends a phrase of
// a determiner ("a", "an", "the", an owner pronoun; none before a
// plural head) and at most three modifiers, and a lead stands before it
// (gatherLeadAt). A phrase with "the" is a new occurrence only where the
// article has not used the head before (an earlier "the meeting" names
// one already, which coreference and events_anaphora.go resolve). A news
// or press conference is a statement's occasion, not a gathering one
// takes part in (statementOccasions). The relation stage links the
// speaker or attendant by the existing wordings (speaksAt, speaksTo,
// actionBetween, ledAttendant).

// ledGatheringHeads are the lower-case heads of the gatherings of
// ledGatherings: one sitting of people brought together.
// "congress" and "assembly" are left out: in lower case they are as
// often a body ("at the bolivian congress", "the national assembly").
var ledGatheringHeads = map[string]bool{"meeting": true, "meetings": true, "conference": true, "session": true,
	"summit": true, "forum": true, "convention": true, "talks": true, "negotiations": true, "luncheon": true,
	"ceremony": true, "seminar": true, "symposium": true}

// ledPluralHeads may go without a determiner: "at G-7 meetings".
var ledPluralHeads = map[string]bool{"meetings": true, "talks": true, "negotiations": true}

// ledDeterminers open a gathering's phrase.
var ledDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true}

// ledSpeechNouns lead to a gathering by "to", "at" or "before": "his
// remarks at E", "a speech to E".
var ledSpeechNouns = map[string]bool{"remarks": true, "speech": true, "address": true, "comments": true, "testimony": true}

// ledAttendVerbs take a gathering as their object: "X attended the E",
// "X hosted the summit", "X joined the talks" (the action words link X,
// relations_events.go). "Held" is left to gatherObject: "held their last
// meeting" after a speaker's clause reads the speaker as the holder.
var ledAttendVerbs = map[string]bool{"attended": true, "attending": true, "attends": true, "chaired": true,
	"chairing": true, "chairs": true, "addressed": true, "addressing": true, "addresses": true, "told": true, "tells": true,
	"hosted": true, "hosting": true, "hosts": true, "joined": true, "joining": true, "joins": true, "organised": true,
	"organized": true, "organising": true, "organizing": true, "opened": true, "opens": true, "convened": true}

// ledGatherings finds the gatherings of the wordings above; at lists the
// tokens that may be their heads (eventStartsOf), prior the mentions and
// events found before it.
func ledGatherings(d *Document, prior [][]Mention, at []int) []Mention {
	var out []Mention
	for _, h := range at {
		t := d.Tokens[h]
		if !ledGatheringHeads[low(t)] || t.Cap() || t.Break {
			continue
		}
		det, start := ledPhraseStart(d, h)
		if start < 0 {
			continue
		}
		lead := start
		if det >= 0 {
			lead = det
		}
		if !gatherLeadAt(d, lead-1) && (det < 0 || !attendedBy(d, h)) {
			continue
		}
		if det >= 0 && low(d.Tokens[det]) == "the" && gatheringBefore(prior, d, h) || !ledIdentified(d, det, start, h) {
			continue
		}
		for start < h && (dateWord(d.Tokens[start]) || isNumber(d.Tokens[start].Text) && start > 0 && dateWord(d.Tokens[start-1])) {
			start++ // "the September Y meeting", "the April 23 meeting": the date is no part of its name
		}
		if eventOverlaps(prior, start, h+1) {
			continue // another rule read this gathering: it keeps its name
		}
		out = append(out, descEventOver(d, start, h+1))
	}
	return out
}

// ledPhraseStart returns the determiner (or -1 for a bare plural) and the
// first modifier of the gathering phrase whose head is token h, or -1, -1.
// Modifiers are words that are no function words, numbers, and the
// dashes and slashes that join names ("U.S.-Israeli", "IMF/World Bank"):
// at most three lower-case words and six capitalised ones ("a White
// House Economic Policy Council meeting").
func ledPhraseStart(d *Document, h int) (int, int) {
	k, lower, caps := h-1, 0, 0
	for ; k >= 0 && lower <= 3 && caps <= 6; k-- {
		t := d.Tokens[k]
		l := low(t)
		if ledDeterminers[l] {
			return k, k + 1
		}
		if t.Break || statementOccasions[l] {
			return -1, -1
		}
		if isDash(t.Text) || t.Text == "/" || t.Text == "." {
			continue
		}
		if !t.Word() && !isNumber(t.Text) || groupStopWords[l] || ledAttendVerbs[l] {
			break
		}
		switch {
		case t.Cap():
			caps++
		case t.Word():
			lower++
		}
	}
	// A bare plural takes capitalised modifiers only ("G-7 meetings"): a
	// lower-case word before it may be the verb's object ("speaking to
	// reporters after talks").
	if lower == 0 && caps <= 6 && ledPluralHeads[low(d.Tokens[h])] && k >= 0 && k+1 < h {
		return -1, k + 1
	}
	return -1, -1
}

// attendedBy reports whether a passive of attendance follows the
// gathering head h: "the meeting was attended by X", "the summit, which
// will be chaired by X" (byAfter links X).
func attendedBy(d *Document, h int) bool {
	k := h + 1
	if k < len(d.Tokens) && d.Tokens[k].Text == "," {
		k++
	}
	if k < len(d.Tokens) && low(d.Tokens[k]) == "which" {
		k++
	}
	n := k
	for k < len(d.Tokens) && k < n+3 && (beForms[low(d.Tokens[k])] || relativeModals[low(d.Tokens[k])] || passiveAdverb(low(d.Tokens[k]))) {
		k++
	}
	return k > n && k+1 < len(d.Tokens) && ledAttendVerbs[low(d.Tokens[k])] && low(d.Tokens[k+1]) == "by"
}

// gatherLeadAt reports whether the words ending at token k lead to a
// gathering after them: an attendance or address verb ("attended",
// "told"), a speaking verb or speech noun with "to", "at" or "before"
// ("speaking to", "remarks at"), a verb of saying with "at", "in" or
// "during" ("said in"), "took part in", or "told" and at most two words
// of audience before "at" ("told his colleagues at"); no negation or wish
// before it (speakUnreal).
func gatherLeadAt(d *Document, k int) bool {
	if k < 0 {
		return false
	}
	l := low(d.Tokens[k])
	if l == "at" && sentenceStart(d, k) == k {
		return true // "At the talks, X promised"
	}
	if k < 1 {
		return false
	}
	if ledAttendVerbs[l] {
		return !speakUnreal(d, k)
	}
	p := low(d.Tokens[k-1])
	switch l {
	case "to", "before":
		return (speakToVerbs[p] || ledSpeechNouns[p]) && !speakUnreal(d, k-1)
	case "at":
		if speakToVerbs[p] || ledSpeechNouns[p] || speechAtVerbs[p] {
			return !speakUnreal(d, k-1)
		}
		// Any act at a gathering puts its subject there ("Japan pledged
		// at G-7 meetings", "At the talks, X promised"); the parse tells
		// the act's subject (relations_evpart_atgathering.go).
		if t := d.Tokens[k-1]; t.Word() && !t.Cap() && !t.Break {
			return !speakUnreal(d, k-1)
		}
		for j := k - 1; j >= 1 && j >= k-3; j-- {
			if w := low(d.Tokens[j]); w == "told" || w == "tells" {
				return !speakUnreal(d, j)
			}
			if !d.Tokens[j].Word() || d.Tokens[j].Cap() || d.Tokens[j].Break {
				break
			}
		}
	case "in", "during":
		if p == "part" || p == "participated" || p == "participate" || p == "participating" || speechAtVerbs[p] {
			return !speakUnreal(d, k-1)
		}
	}
	return false
}

// gatheringBefore reports whether an event of mentions ms that ends in a
// gathering's word ("the Lima conference", "the G7 summit") stands before
// token h: "the forum" after it is that gathering again (events_anaphora.go
// resolves it), not a new one. A gathering word before h that no rule
// made an event ("the council meeting" of a wording none reads) does not
// count: "the meeting" later is then the first event of it.
func gatheringBefore(prior [][]Mention, d *Document, h int) bool {
	for _, ms := range prior {
		for _, m := range ms {
			if m.Type != graph.Event || m.TokEnd > h || m.TokEnd <= m.TokStart {
				continue
			}
			if l := low(d.Tokens[m.TokEnd-1]); ledGatheringHeads[l] || gatheringHeads[l] || capitalGatheringHeads[l] || occasionHeads[l] {
				return true
			}
		}
	}
	return false
}

// eventOverlaps reports whether an event of prior overlaps tokens [s, e).
func eventOverlaps(prior [][]Mention, s, e int) bool {
	for _, ms := range prior {
		for _, m := range ms {
			if m.Type == graph.Event && m.TokStart < e && s < m.TokEnd {
				return true
			}
		}
	}
	return false
}

// ledIdentified reports whether the gathering phrase of head h, opened
// by determiner det at token start, tells one gathering from another.
// "The" or an owner ("its annual meeting") makes it a particular one;
// after "a" or "an" (or none) a capitalised modifier ("a Nikkei
// conference"), a topic (topicGatheringEnd: "a fixed-income conference",
// "a welcoming ceremony") or a complement after the head ("a conference
// in Frankfurt", "a meeting of analysts") must say which: "told a
// meeting" or "told a closed meeting" alone names none (a speaker may
// tell a meeting of many what he heard elsewhere).
func ledIdentified(d *Document, det, start, h int) bool {
	if det >= 0 && !indefiniteAt(d, det) {
		return true
	}
	for k := start; k < h; k++ {
		if d.Tokens[k].Cap() {
			return true
		}
	}
	if low(d.Tokens[h]) == "ceremony" && start < h && topicWord(d.Tokens[start]) {
		return true // "a welcoming ceremony" (topicGatheringEnd takes the heads of gatheringHeads)
	}
	if e := topicGatheringEnd(d, start); e == h+1 {
		return true
	}
	if n := h + 1; n+1 < len(d.Tokens) && !d.Tokens[n].Break {
		switch low(d.Tokens[n]) {
		case "of", "on", "in", "at", "for":
			return !d.Tokens[n+1].Break
		case "sponsored", "organised", "organized", "hosted":
			return true
		}
	}
	return false
}
