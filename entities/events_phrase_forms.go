package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// titleOpens reports whether tokens [at, s) are a title before a
// person's name after an event head's "of": "the" at most, then one to
// three capitalised role words or honorifics ("the killing of President
// X", "the arrest of Mr X", "the murder of Deputy Minister X"). A title
// names the person who follows it, not a body of its own, so the name is
// the complement's first side as if it followed "of" directly
// (phraseSideAt); "a meeting of the board of Y" has no capitalised title
// and stays Y's board.
func titleOpens(d *Document, at, s int) bool {
	k := at
	if low(d.Tokens[k]) == "the" {
		k++
	}
	if k == s || s-k > 3 {
		return false
	}
	for ; k < s; k++ {
		t := d.Tokens[k]
		l := strings.TrimSuffix(low(t), ".")
		if t.Break || !t.Word() || !t.Cap() || !isRelRoleWord(l) && !honorifics[l] {
			return false
		}
	}
	return true
}

// gerundObjectAt reports whether token k is the object of a gerund
// nominal right before it (gerundNominals), which makes the head a verb's gerund rather
// than an event's noun: a determiner, a number or a participle in "-ed"
// before a noun ("includes rescheduling secured debt", "killing 12
// people", "bombing their positions"); "the rescheduling was agreed" and
// "the killing shocked the country" keep their nouns.
func gerundObjectAt(d *Document, k int) bool {
	if k < 1 || k >= len(d.Tokens) || d.Tokens[k].Break || !gerundNominals[low(d.Tokens[k-1])] {
		return false
	}
	t := d.Tokens[k]
	l := low(t)
	if actedDeterminers[l] || isNumber(t.Text) || numberWords[l] {
		return true
	}
	// A participle before a noun modifies the object ("rescheduling
	// secured debt"); before a determiner or a preposition it is the
	// sentence's verb ("the killing shocked the country", "the hearing
	// ended in uproar").
	if t.Cap() || !t.Word() || len(l) <= 4 || !strings.HasSuffix(l, "ed") || edNouns[l] || k+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[k+1]
	return n.Word() && !n.Cap() && !n.Break && !groupStopWords[low(n)] && !actedDeterminers[low(n)]
}

// gerundNominals are the event nominals that are their verb's form in
// "-ing" ("killing", "rescheduling", "restructuring"), which is a verb's
// gerund as often as a noun; "meeting" is no verb's act in
// event_nominals, so "its annual meeting approved" keeps its noun.
var gerundNominals = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range lexicon.Words("event_nominals") {
		f := strings.Fields(line)
		if v := f[1]; v != "-" && (f[0] == v+"ing" || f[0] == strings.TrimSuffix(v, "e")+"ing") {
			m[f[0]] = true
		}
	}
	return m
}()

// afterPreposition reports whether the name starting at token i follows
// "of", "in", "at", "from" or "for" (with "the" between allowed): it
// completes the noun before it ("the Y Bank of the Netherlands has
// signed", "civil servants in Wales joined the strike"), so it is not
// the subject of the verb after it.
func afterPreposition(d *Document, i int) bool {
	if i > 0 && low(d.Tokens[i-1]) == "the" {
		i--
	}
	return i > 0 && nounPrepositions[low(d.Tokens[i-1])]
}

// nounPrepositions open a complement of the noun before them.
var nounPrepositions = map[string]bool{"of": true, "in": true, "at": true, "from": true, "for": true}
