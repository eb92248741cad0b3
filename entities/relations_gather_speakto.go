package entities

// Speaking to a gathering. News places a speaker at a meeting or
// conference by the verb "speak" with "to" as often as by "at"
// (speaksAt), and names the speaker before a participle or after a
// fronted phrase:
//
//	X, speaking to a trade conference of Y, said ...
//	X spoke to the annual meeting of Y
//	X, speaking to oil executives at a breakfast meeting, said ...
//	Speaking to the Y convention here, X said ...
//	In an address to a conference of Y, he said ...
//
// Whatever the subject, speaking to a gathering is attending it (the
// guide's "addressed"). The speaker is the verb's subject (speakerBefore:
// right before it, or before the comma of ", speaking to"), or for a
// fronted phrase that opens the sentence, the first participant after a
// comma that follows the gathering (firstAfterComma). A gathering is
// named by a lower-case head (isGathering, isAddressedGathering) or by a
// capitalised one that ends an event's name ("the World Petroleum
// Congress", capitalGathering).

// speakToVerbs take a gathering, or an audience at one, after "to".
var speakToVerbs = map[string]bool{"speaking": true, "spoke": true, "speak": true, "speaks": true,
	"talking": true, "talked": true}

// addressNouns open a fronted "In an address to E," or "In a speech at E,".
var addressNouns = map[string]bool{"address": true, "speech": true, "remarks": true}

// capitalGatheringHeads end the names of gatherings written with a
// capital ("the World Petroleum Congress", "the Annual Meeting").
var capitalGatheringHeads = map[string]bool{"congress": true, "conference": true, "summit": true,
	"convention": true, "forum": true, "meeting": true, "meetings": true, "symposium": true, "seminar": true}

// capitalGathering reports whether event m's name ends in a capitalised
// gathering head: an event mention so named is a gathering, not a body
// (a body's "Congress" is an organization's mention, not an event's).
func capitalGathering(d *Document, m placed) bool {
	return m.tokEnd > m.tokStart && m.tokEnd <= len(d.Tokens) && d.Tokens[m.tokEnd-1].Cap() && capitalGatheringHeads[low(d.Tokens[m.tokEnd-1])]
}

// speaksTo reports whether in[xi] speaks to gathering m (see above).
func (rb *relBuilder) speaksTo(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	k, ok := speechLead(d, x, m, actedDeterminers) // relations_events_at.go
	if !ok {
		return false
	}
	if x.tokStart >= m.tokEnd {
		return rb.frontedAddress(in, xi, m)
	}
	if k <= x.tokEnd {
		return false
	}
	v := -1
	switch low(d.Tokens[k]) {
	case "to":
		if speakToVerbs[low(d.Tokens[k-1])] {
			v = k - 1
		}
	case "at":
		v = audienceVerb(d, x.tokEnd, k)
	}
	if v < x.tokEnd {
		return false
	}
	v = speakingComma(d, v, x.tokEnd) // "X, speaking to E"
	return !speakUnreal(d, v) && rb.speakerBefore(in, xi, v)
}

// speakingComma returns the comma before "speaking" at token v when it
// stands at or after token floor ("X, speaking to E": the speaker stands
// before the comma), else v.
func speakingComma(d *Document, v, floor int) int {
	if low(d.Tokens[v]) == "speaking" && v-1 >= floor && d.Tokens[v-1].Text == "," {
		return v - 1
	}
	return v
}

// audienceVerb returns the verb of "speaking to <audience> at" whose "at"
// is token at (the audience a few words with no comma or clause), or -1.
func audienceVerb(d *Document, from, at int) int {
	for j := at - 1; j > from && j >= at-6; j-- {
		t := d.Tokens[j]
		if !t.Word() || t.Break || subordinators[low(t)] {
			return -1
		}
		if low(t) == "to" && j-1 >= from && speakToVerbs[low(d.Tokens[j-1])] && j+1 < at {
			return j - 1
		}
	}
	return -1
}

// speakUnreal reports whether a negation, wish or modal stands in the few
// words before the verb v ("refused to speak to", "may speak to").
func speakUnreal(d *Document, v int) bool { return meetNegated(d, v) }

// frontedAddress reports whether in[xi] is the subject after a fronted
// phrase on gathering m that opens its sentence: "Speaking to E,",
// "Addressing E,", "In an address to E,", "In his speech at E,".
func (rb *relBuilder) frontedAddress(in []placed, xi int, m placed) bool {
	d := rb.d
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	k := m.tokStart - 1
	if k > s.TokStart && actedDeterminers[low(d.Tokens[k])] {
		k--
	}
	if k < s.TokStart || !frontedAddressOpens(d, s.TokStart, k) {
		return false
	}
	return rb.firstAfterComma(in, xi, m)
}

// frontedAddressOpens reports whether the words from the sentence's first
// token b to token k (the last word before the gathering's determiner)
// open a fronted address: "Speaking to", "Addressing", or "In"/"At", a
// determiner or "his"/"her", at most two modifiers, an address noun and
// "to", "at" or "before"; a conjunction may open the sentence ("But in
// an address to E, he said").
func frontedAddressOpens(d *Document, b, k int) bool {
	if b < k && openingConjunctions[low(d.Tokens[b])] {
		b++ // "But in an address to E, he said"
	}
	first := low(d.Tokens[b])
	switch {
	case first == "addressing":
		return k == b
	case first == "speaking":
		return k == b+1 && low(d.Tokens[k]) == "to"
	case first != "in" && first != "at":
		return false
	}
	if l := low(d.Tokens[k]); l != "to" && l != "at" && l != "before" {
		return false
	}
	j := b + 1
	if j < k && (actedDeterminers[low(d.Tokens[j])] || speakerPronouns[low(d.Tokens[j])]) {
		j++
	}
	for n := 0; n < 2 && j < k-1 && d.Tokens[j].Word() && !d.Tokens[j].Cap() && !addressNouns[low(d.Tokens[j])]; n++ {
		j++ // "an opening address", "a keynote speech"
	}
	return j == k-1 && addressNouns[low(d.Tokens[j])]
}

// openingConjunctions may open a sentence before its fronted phrase.
var openingConjunctions = map[string]bool{"but": true, "and": true, "yet": true, "also": true}

// appositiveSubject reports whether x is an apposition set off by commas
// right before the verb v, its titles inside: "the official, Assistant
// Secretary X, told a luncheon" (X names the subject).
func appositiveSubject(d *Document, x placed, v int) bool {
	if x.tokEnd+1 != v || d.Tokens[x.tokEnd].Text != "," || x.coref {
		return false
	}
	i := x.tokStart - 1
	for i > 0 && d.Tokens[i].Word() && (d.Tokens[i].Cap() || isRelRoleWord(low(d.Tokens[i]))) && !d.Tokens[i].Break {
		i--
	}
	return i > 0 && d.Tokens[i].Text == "," && d.Tokens[i-1].Word() && !d.Tokens[i-1].Cap()
}
