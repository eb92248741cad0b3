package entities

// The holder of a meeting named by its other side ("talks with Y",
// withEvents): talks with someone have a second side, the subject of the
// clause that places its speaker or actor in them. With X the holder:
//
//	X said (to reporters) after|following|during E     X, speaking after E, ...
//	X had|has E; X is|was in E; X made progress in E   ("X held E": the action rules)
//	Speaking (to reporters) after E, X said ...
//	At a news conference following E, X said ...
//
// Unlike a named gathering ("X told a news conference following the G7
// meeting" does not place X at the meeting, relations_events_at.go),
// talks with Y that X comments on right after are X's own. A negation
// before the verb gives nothing ("X has not had talks with Y").

// afterMeetingWords place a statement or an outcome right after, during
// or in a meeting.
var afterMeetingWords = map[string]bool{"after": true, "following": true, "during": true, "in": true}

// meetingHaveWords take talks with Y as their object or state: "X had
// talks with Y", "X is in talks with Y".
var meetingHaveWords = map[string]bool{"had": true, "has": true, "have": true, "is": true, "are": true,
	"was": true, "were": true, "been": true}

// meetingModifier reports whether t may stand between the words that
// place the holder and the meeting head: a determiner, a possessive
// pronoun or a lower-case modifier ("brief", "separate").
func meetingModifier(t Token) bool {
	l := low(t)
	return l == "the" || isPossessivePronoun(l) ||
		t.Word() && !t.Cap() && !afterMeetingWords[l] && !meetingHaveWords[l] && !speechAtVerbs[l] && !groupStopWords[l] && !negationWords[l]
}

// holdsMeeting reports whether participant in[xi] is the holder of the
// meeting m that is named by its other side.
func (rb *relBuilder) holdsMeeting(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref || m.tokStart+1 >= m.tokEnd || !withHeads[low(d.Tokens[m.tokStart])] || low(d.Tokens[m.tokStart+1]) != "with" {
		return false
	}
	if x.tokStart >= m.tokEnd {
		return rb.frontedAfterMeeting(in, xi, m)
	}
	k := m.tokStart - 1
	for n := 0; k > x.tokEnd && n < 2 && meetingModifier(d.Tokens[k]); n++ {
		k-- // "after (the) (brief) talks with", "in his talks with"
	}
	if k < x.tokEnd || k == x.tokEnd && afterMeetingWords[low(d.Tokens[k])] {
		return false
	}
	if afterMeetingWords[low(d.Tokens[k])] {
		k--
		for k > x.tokEnd && (audienceWords[low(d.Tokens[k])] || low(d.Tokens[k]) == "to") {
			k-- // "said to reporters after"
		}
		if low(d.Tokens[k]) == "progress" && k-1 > x.tokEnd && low(d.Tokens[k-1]) == "made" {
			k-- // "X made progress in talks with Y"
		} else if !speechAtVerbs[low(d.Tokens[k])] && !meetingHaveWords[low(d.Tokens[k])] {
			return false
		}
		if low(d.Tokens[k]) == "speaking" && k-1 >= x.tokEnd && d.Tokens[k-1].Text == "," {
			k-- // ", speaking after E"
		}
	} else if !meetingHaveWords[low(d.Tokens[k])] {
		return false
	}
	// Auxiliaries before the verb: "X has had talks", "X had made
	// progress"; a negation gives nothing.
	for k-1 > x.tokEnd && (meetingHaveWords[low(d.Tokens[k-1])] || negationWords[low(d.Tokens[k-1])]) {
		if negationWords[low(d.Tokens[k-1])] {
			return false
		}
		k--
	}
	return rb.speakerBefore(in, xi, k)
}

// isPossessivePronoun reports whether w is a possessive determiner ("his
// talks with Y").
func isPossessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our":
		return true
	}
	return false
}

// frontedAfterMeeting reports whether in[xi] is the subject after a
// fronted "Speaking (to reporters) after E," or "At a news conference
// following E," opening its sentence.
func (rb *relBuilder) frontedAfterMeeting(in []placed, xi int, m placed) bool {
	d := rb.d
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	if l := low(d.Tokens[s.TokStart]); l != "speaking" && l != "at" {
		return false
	}
	k := m.tokStart - 1
	for n := 0; k > s.TokStart && n < 2 && meetingModifier(d.Tokens[k]); n++ {
		k--
	}
	if k <= s.TokStart || !afterMeetingWords[low(d.Tokens[k])] || low(d.Tokens[k]) == "in" {
		return false
	}
	for k--; k > s.TokStart; k-- {
		if l := low(d.Tokens[k]); !audienceWords[l] && !pressWords[l] {
			return false
		}
	}
	return rb.subjectAfterComma(in, xi, m)
}

// pressWords open a fronted phrase that places a statement: "Speaking to
// reporters", "At a news conference".
var pressWords = map[string]bool{"to": true, "a": true, "news": true, "press": true, "conference": true, "briefing": true}
