package entities

// Events whose agent a participle names: "a conference organised by the
// World Bank", "a symposium sponsored by Acme University", "the strike
// called by the Y union", "an agreement signed by X and Y", "a meeting
// attended by X, Y and Z", "a conference, held by Y, ...". The head is an
// event head of phraseHeads or a gathering (gatheringHeads, the
// occasions of byOccasionHeads); the participle is one of the acts that
// make their agent a participant (byParticiples: organising, hosting,
// chairing, attending, signing, calling a strike, launching a bid); the
// names after "by" are its participants, a list and titles before a name
// allowed (phraseList). The phrase is one occurrence because its agent is
// named, as a name after a head's own link word makes it one
// (phraseEvents); the event is the head and its modifiers.

// byParticiples are the past participles whose "by" names a participant
// of the event before them.
var byParticiples = map[string]bool{"held": true, "hosted": true, "co-hosted": true, "organised": true,
	"organized": true, "co-organised": true, "co-organized": true, "sponsored": true, "co-sponsored": true,
	"chaired": true, "convened": true, "arranged": true, "called": true, "staged": true, "launched": true,
	"brokered": true, "signed": true, "negotiated": true, "mediated": true, "attended": true, "led": true,
	"run": true, "initiated": true, "addressed": true}

// byOccasionHeads are occasions that are events only with their
// organiser or guests named: "a seminar organised by Y", "a dinner hosted
// by X".
var byOccasionHeads = map[string]bool{"seminar": true, "symposium": true, "luncheon": true, "lunch": true,
	"dinner": true, "reception": true, "ceremony": true, "workshop": true, "event": true, "rally": true}

// byEventHead reports whether the token at j is a lower-case head the
// participle rule reads.
func byEventHead(d *Document, j int) bool {
	t := d.Tokens[j]
	if t.Cap() || t.Break || !t.Word() {
		return false
	}
	l := low(t)
	if byBodyHeads[l] {
		return false
	}
	_, phrase := phraseHeads[l]
	return phrase || gatheringHeads[l] || byOccasionHeads[l]
}

// byBodyHeads are binding heads that a participle's "by" reads as a
// body's leader, not a participant of an occurrence: "a limited
// partnership led by Y", "a joint venture run by Y".
var byBodyHeads = map[string]bool{"partnership": true, "venture": true, "alliance": true}

// definiteRepeat reports whether the definite phrase whose head is at token
// j ("the strike, called by Y") may name again an event of an earlier
// sentence with the same head ("a UK-wide strike"): coref.go makes it a
// reference to that event, which a new event of its own would hide.
func definiteRepeat(d *Document, b, j int) bool {
	if b == 0 || low(d.Tokens[b-1]) != "the" {
		return false
	}
	h := low(d.Tokens[j])
	for k := sentenceStart(d, j) - 1; k >= 0; k-- {
		if low(d.Tokens[k]) == h {
			return true
		}
	}
	return false
}

// byAgentAt returns where the names after the "by" of a participle that
// follows the head at token j start ("organised by Y", ", held by Y",
// "jointly organised by Y"), or -1.
func byAgentAt(d *Document, j int) int {
	k := j + 1
	if k < len(d.Tokens) && d.Tokens[k].Text == "," {
		k++
	}
	if k < len(d.Tokens) && low(d.Tokens[k]) == "jointly" {
		k++
	}
	if k+2 >= len(d.Tokens) || d.Tokens[k].Break || d.Tokens[k+1].Break || !byParticiples[low(d.Tokens[k])] || low(d.Tokens[k+1]) != "by" {
		return -1
	}
	return k + 2
}

// byAgentEvents finds the events of byAgentAt whose agent is a named
// person, organization, country or party (phraseNameAt). A phrase only
// wanted, refused or reported ("calls for a conference organised by Y")
// is none. at are the tokens an event head may be (eventStartsOf).
func byAgentEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 || j+3 >= len(d.Tokens) || !byEventHead(d, j) {
			continue
		}
		at := byAgentAt(d, j)
		if at < 0 || !phraseNameAt(d, selected, j, at) {
			continue
		}
		s := phraseModifiersStart(d, j)
		b := phraseOpening(d, s)
		if b == 0 || phraseUnreal(d, b) || hopedClause(d, b) || reportedOnly(d, b) || definiteRepeat(d, b, j) {
			continue
		}
		out = append(out, descEventOver(d, s, j+1))
	}
	return out
}

// byAgentSides links each event of sentence si whose head a participle
// and "by" follow to every participant named after "by": "a conference
// organised by X and Y".
func (rb *relBuilder) byAgentSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd <= e.tokStart || !byEventHead(d, e.tokEnd-1) {
			continue
		}
		if at := byAgentAt(d, e.tokEnd-1); at >= 0 {
			rb.phraseList(span, in, e, at)
		}
	}
}
