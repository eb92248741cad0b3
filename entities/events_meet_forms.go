package entities

// Further wordings of a meeting stated by the verb "meet" (metMeetings,
// events_meet_verb.go), as news reports them:
//
//	X met here today with Y            X met for more than an hour with Y
//	X met last night with Y officials  X met on Monday with Y
//	X and Y are meeting on Thursday    X has been meeting Y
//	X, who met Y on Monday, said ...
//
// A time or a place between the verb and "with" leaves the side the
// object of "with" (meetWithAfter); the progressive "meeting" after a
// form of "be" is the verb as "met" is (meetingBeStart); the subject of
// ", who met" is the name before the comma (meetRelativeSubject). All feed
// meetSubjectAt and meetSideStart, so the event stage and the relation
// stage (metSides) read the same subject and side.

// meetTimeWords may stand between the verb and "with": adverbs of time
// and place (talksAdverbs, meetAdverbs: "here", "today", "privately")
// and the words of a time ("last night", "on Monday", "for more than an
// hour", "for two hours"). Not an adverb of frequency ("met frequently
// with Y", "met regularly with Y"): many meetings, not one occurrence.
var meetTimeWords = map[string]bool{"last": true, "this": true, "next": true, "night": true, "morning": true,
	"afternoon": true, "evening": true, "week": true, "weekend": true, "on": true, "for": true, "more": true,
	"than": true, "an": true, "a": true, "hour": true, "hours": true, "two": true, "three": true, "several": true,
	"about": true, "nearly": true, "almost": true, "over": true, "the": true}

// meetTimeNames are the capitalised words of a time: "on Monday".
var meetTimeNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// meetWithAfter returns the token of the "with" that follows the verb at
// v after one to six words of a time or place ("met here today with
// Y"), or -1. A run of "the" and "a" alone is no time ("met the press
// with Y").
func meetWithAfter(d *Document, v int) int {
	timed := false
	for k := v + 1; k < len(d.Tokens) && k <= v+7; k++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Break {
			return -1
		}
		if l == "with" {
			if timed && k > v+1 {
				return k
			}
			return -1
		}
		switch {
		case talksAdverbs[l] || meetAdverbs[l] || meetTimeNames[l]:
			timed = true
		case meetTimeWords[l] && !t.Cap() || meetTimeWords[l] && k == v+1:
			timed = timed || l != "the" && l != "a" && l != "an"
		default:
			return -1
		}
	}
	return -1
}

// meetingBeStart returns the token the subject of the progressive
// "meeting" ends before, when a form of "be" (with "has", "have" or
// "had" before "been") stands right before token k, or -1: "X are
// meeting", "X have been meeting".
func meetingBeStart(d *Document, k int) int {
	if k < 1 {
		return -1
	}
	switch low(d.Tokens[k-1]) {
	case "is", "are", "was", "were":
		return k - 1
	case "been":
		if k >= 2 {
			switch low(d.Tokens[k-2]) {
			case "has", "have", "had":
				return k - 2
			}
		}
	}
	return -1
}

// meetRelativeSubject returns where the subject of a verb whose clause
// opens at token k ends: before the comma of ", who" right before k ("X,
// who met Y"), else k. Only "who": ", which met" is as often a body
// meeting a demand or a target ("the company, which met forecasts").
func meetRelativeSubject(d *Document, k int) int {
	if k >= 3 && low(d.Tokens[k-1]) == "who" && d.Tokens[k-2].Text == "," {
		return k - 2
	}
	return k
}
