package entities

// Two small readings of where a destination's phrase ends, for the
// visits and presence rules:
//
//	X will arrive in Moscow April 13; X is due in London Monday
//	In London on Thursday ahead of the meeting, X said ...
//
// Reuters' style puts a bare date after the place: a capitalised word
// after a destination otherwise makes the place a modifier ("London
// Bridge"), but a weekday, or a month with its day, ends the place.
// A fronted "In W," may hold a time and a purpose before its comma.

// dateAfterPlace reports whether token k, right after a destination,
// opens a date: a capitalised weekday, or a capitalised month followed
// by a number ("April 13"; "May" alone may be a name or a verb).
func dateAfterPlace(d *Document, k int) bool {
	if k >= len(d.Tokens) || !d.Tokens[k].Cap() {
		return false
	}
	l := low(d.Tokens[k])
	if weekdays[l] {
		return true
	}
	return months[l] != 0 && k+1 < len(d.Tokens) && isNumber(d.Tokens[k+1].Text)
}

// frontedPlaceMax bounds the words between a fronted "In W" and its comma.
const frontedPlaceMax = 6

// frontedTimeWords may stand between a fronted "In W" and its comma: a
// time ("on Thursday", "last week") and what the time is before or after
// ("ahead of the meeting").
var frontedTimeWords = map[string]bool{"on": true, "last": true, "this": true, "next": true, "earlier": true,
	"today": true, "yesterday": true, "week": true, "month": true, "ahead": true, "of": true, "the": true,
	"before": true, "after": true, "meeting": true, "talks": true, "summit": true, "conference": true}

// frontedPlaceEnds reports whether the fronted place phrase "In W" whose
// place ends before token k closes with a comma right after W or after a
// time (frontedTimeWords, weekdays, at most frontedPlaceMax words).
func frontedPlaceEnds(d *Document, s Sentence, k int) bool {
	for i := k; i < s.TokEnd && i <= k+frontedPlaceMax; i++ {
		t := d.Tokens[i]
		switch l := low(t); {
		case t.Text == ",":
			return true
		case frontedTimeWords[l], weekdays[l] && t.Cap():
		default:
			return false
		}
	}
	return false
}
