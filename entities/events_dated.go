package entities

// Dated gatherings. A gathering's head after a day in the possessive
// names one occurrence, as a name would: "Wednesday's meetings of
// leading industrial nations", "yesterday's G-7 meeting", "next week's
// IMF meetings", "Tuesday's Ecofin meeting", and so does the weekend of
// "this weekend meeting". The day tells the occurrence from every other
// of its kind, so no participant needs to be named in the phrase (as
// phraseEvents asks of a bare "meeting"); participants come from the
// predicates of the relation stage ("X will attend Wednesday's
// meeting", "X said at yesterday's talks") and, through the anaphora of
// coref.go ("the meeting" later resolves to it by its head), from the
// sentences that follow ("The meeting, which will be attended by A, B
// and C"). The event is a description of one article (descEventOver):
// two articles' "Wednesday's meeting" are two meetings.

// datedHeads are the gathering heads a dated possessive makes one
// occurrence.
var datedHeads = map[string]bool{"meeting": true, "meetings": true, "talks": true, "summit": true,
	"conference": true, "negotiations": true, "discussions": true, "session": true}

// dayWords name a day by itself before a possessive ("yesterday's").
var dayWords = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "tonight": true}

// spanWords name a span of days after "next", "last" or "this" ("next
// week's").
var spanWords = map[string]bool{"week": true, "weekend": true, "month": true}

// datedAt returns the dated gathering that opens at token k (a day in
// the possessive or "this/last/next weekend", at most two modifiers,
// lower-case topic words or capitalised bodies: "G-7", "Ecofin", before
// the head), and whether there is one.
func datedAt(d *Document, k int) (Mention, bool) {
	s, j := datedOpening(d, k)
	if s < 0 {
		return Mention{}, false
	}
	for n := 0; n < 2 && j < len(d.Tokens) && !datedHeads[low(d.Tokens[j])] && datedModifier(d.Tokens[j]); n++ {
		j++
		for j < len(d.Tokens) && !d.Tokens[j].Space && (isDash(d.Tokens[j].Text) || d.Tokens[j].Word()) {
			j++ // "G-7" as one word
		}
	}
	if j >= len(d.Tokens) || !datedHeads[low(d.Tokens[j])] || d.Tokens[j].Cap() || d.Tokens[j].Break {
		return Mention{}, false
	}
	return descEventOver(d, s, j+1), true
}

// datedOpening reads the day that opens a dated gathering at token k and
// returns the event's first token and the token after the day, or -1:
// "Wednesday 's", "yesterday 's", "next week 's", "this weekend".
func datedOpening(d *Document, k int) (int, int) {
	t := d.Tokens[k]
	l := low(t)
	switch {
	case (weekdays[l] && t.Cap() || dayWords[l]) && possessiveAt(d, k+1):
		return k, k + 2
	case k+1 < len(d.Tokens) && (l == "next" || l == "last" || l == "this") && spanWords[low(d.Tokens[k+1])]:
		if k+2 < len(d.Tokens) && possessiveAt(d, k+2) {
			return k, k + 3
		}
		if low(d.Tokens[k+1]) == "weekend" { // "this weekend meeting"
			return k, k + 2
		}
	}
	return -1, -1
}

// datedModifier reports whether t may stand between the day and the head
// of a dated gathering: a topic word ("farm", "ministerial") or a
// capitalised body ("G-7", "IMF"), not a function word.
func datedModifier(t Token) bool {
	return !t.Break && (t.Cap() && t.Word() || talksModifier(t))
}
