package entities

// Speaking at an event is attending it: the speaker is involved_in a
// meeting, conference, summit or talks when the wording puts the speech
// there, with X the speaker (a person, organization or country) and E the
// event:
//
//	X said (told reporters) at E           X said at the start of E
//	X told reporters during E
//	X told E; X addressed E                (E a gathering: "told the meeting",
//	X told delegates to E                  "told a Nikkei conference", events_addressed.go)
//	X, speaking at E, said ...
//	Speaking (to reporters) at E, X said ... (X right after the comma, with its title)
//
// A statement "after" or "following" E is not placed at it ("X told a
// news conference following the G7 meeting").

// gatheringHeads end the names of events one may speak at.
var gatheringHeads = map[string]bool{"meeting": true, "meetings": true, "conference": true, "summit": true,
	"talks": true, "session": true, "congress": true, "convention": true, "forum": true, "assembly": true}

// speechAtVerbs say where a statement was made when "at" follows them.
var speechAtVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"spoke": true, "speaks": true, "speaking": true, "added": true, "announced": true, "declared": true}

// addressVerbs take a gathering as their object: "X told the meeting".
var addressVerbs = map[string]bool{"told": true, "tells": true, "addressed": true, "addresses": true, "addressing": true,
	"address": true} // "X will address a meeting of Y"

// audienceWords may stand between "told" and "at": "told reporters at".
var audienceWords = map[string]bool{"reporters": true, "journalists": true, "delegates": true, "newsmen": true, "the": true}

// eventPartWords name a part of an event: "at the start of E".
var eventPartWords = map[string]bool{"start": true, "opening": true, "end": true, "close": true, "sidelines": true,
	"margins": true, "beginning": true, "conclusion": true}

// speaksAt reports whether participant in[xi] speaks at (or addresses)
// event m.
func (rb *relBuilder) speaksAt(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	// The words before E: "at (the start of) (the)", or a verb that
	// takes E as its object.
	k, ok := speechLead(d, x, m, determiners)
	if !ok {
		return false
	}
	if x.tokStart >= m.tokEnd {
		return rb.frontedSpeaker(in, xi, m)
	}
	if k > x.tokEnd+1 && (low(d.Tokens[k]) == "to" || low(d.Tokens[k]) == "at") && low(d.Tokens[k-1]) == "delegates" && addressVerbs[low(d.Tokens[k-2])] {
		k -= 2 // "X told delegates to a Y conference"
	}
	if k >= x.tokEnd && addressVerbs[low(d.Tokens[k])] {
		return rb.speakerBefore(in, xi, k)
	}
	if k > x.tokEnd+2 && low(d.Tokens[k]) == "of" && eventPartWords[low(d.Tokens[k-1])] && low(d.Tokens[k-2]) == "the" {
		k -= 3
	}
	if k <= x.tokEnd || low(d.Tokens[k]) != "at" && low(d.Tokens[k]) != "during" {
		return false
	}
	k--
	for k > x.tokEnd && audienceWords[low(d.Tokens[k])] {
		k--
	}
	if k < x.tokEnd || !speechAtVerbs[low(d.Tokens[k])] {
		return false
	}
	return rb.speakerBefore(in, xi, speakingComma(d, k, x.tokEnd)) // ", speaking at E"
}

// speechLead returns the token before gathering m, past one of dets
// when that stands after participant x: the word that ties a speech to m
// ("at", "to", "told"), which speaksAt and speaksTo
// (relations_gather_speakto.go) each read their own way. False when m is
// no gathering one speaks at or to (isGathering, isAddressedGathering).
// When x stands after m the token is of no use: a fronted phrase names
// the speaker.
func speechLead(d *Document, x, m placed, dets map[string]bool) (int, bool) {
	if !isGathering(d, m) && !isAddressedGathering(d, m) {
		return 0, false
	}
	k := m.tokStart - 1
	if k > x.tokEnd && dets[low(d.Tokens[k])] {
		k--
	}
	return k, true
}

// speakerBefore reports whether in[xi] is the subject of the verb at token
// v: right before it, or before an apposition closed by a comma (", the
// trade minister,"), and not a possessor nor the object of a preposition
// ("X, manager of Y told the conference": X speaks, not Y).
func (rb *relBuilder) speakerBefore(in []placed, xi, v int) bool {
	d := rb.d
	x := in[xi]
	if x.tokEnd < len(d.Tokens) && isPossessive(d.Tokens[x.tokEnd]) || prepositionBefore(d, x.tokStart) {
		return false
	}
	if x.tokEnd == v || appositiveSubject(d, x, v) { // relations_gather_speakto.go
		return true
	}
	return appositionEnd(d, x.tokEnd, v) == v
}

// frontedSpeaker reports whether in[xi] is the subject right after a
// fronted "Speaking at E," that opens its sentence.
func (rb *relBuilder) frontedSpeaker(in []placed, xi int, m placed) bool {
	d := rb.d
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	k := m.tokStart - 1
	if k > s.TokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= s.TokStart || low(d.Tokens[k]) != "at" && low(d.Tokens[k]) != "during" || low(d.Tokens[s.TokStart]) != "speaking" {
		return false
	}
	for j := s.TokStart + 1; j < k; j++ {
		if !audienceWords[low(d.Tokens[j])] && low(d.Tokens[j]) != "to" {
			return false // "Speaking to reporters at E, X said"
		}
	}
	return rb.firstAfterComma(in, xi, m)
}

// firstAfterComma reports whether in[xi] is the first participant after
// event m and stands right after a comma, its title between ("..., Energy
// Secretary X said"): the subject of the clause a fronted phrase on m
// opens.
func (rb *relBuilder) firstAfterComma(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	for _, q := range in {
		if q.tokStart < m.tokEnd || !rb.participant(q) || titleModifier(d, q) {
			continue
		}
		if q != x {
			return false
		}
		i := q.tokStart - 1
		for i > m.tokEnd && (d.Tokens[i].Word() && (d.Tokens[i].Cap() || isRelRoleWord(low(d.Tokens[i]))) || isPossessive(d.Tokens[i])) {
			i--
		}
		return d.Tokens[i].Text == ","
	}
	return false
}

// isGathering reports whether event m is one people meet at: a word of
// its name in lower case is a gathering head ("the Taupo meeting", "the
// annual meeting of the Y Bank").
func isGathering(d *Document, m placed) bool {
	for k := m.tokStart; k < m.tokEnd; k++ {
		if !d.Tokens[k].Cap() && gatheringHeads[low(d.Tokens[k])] {
			return true
		}
	}
	return capitalGathering(d, m) // relations_gather_speakto.go
}

// titleModifier reports whether mention q only qualifies a title or name
// after it: "British" in "British Finance Minister X", "Acme" in "Acme
// chief executive X", "Britain's" in "Britain's trade minister X".
func titleModifier(d *Document, q placed) bool {
	if q.coref || q.tokEnd >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[q.tokEnd]
	return isPossessive(t) || t.Word() && (t.Cap() || isRelRoleWord(low(t)))
}
