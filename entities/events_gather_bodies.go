package entities

// A meeting of a named body with "a": news names one sitting of a body
// as "a meeting of the Y Association", "a session of the Y Council", "a
// conference of the Y Federation" as often as with "the" ("X addressed a
// meeting of the Y Managers Association", "a meeting of the Group of
// Seven will be held"); the body meets at it whatever the sentence's
// verb. eventsOfBodies took "a" only with a modifier between ("an
// annual meeting of the Y Bank"); indefiniteGathering lets the singular
// gathering heads go without one. Plural heads ("meetings of the Y
// Fund") stay out: they are a series, not one occurrence.

// singleGatherings are the singular heads of one sitting of a body.
var singleGatherings = map[string]bool{"meeting": true, "session": true, "conference": true, "summit": true,
	"congress": true, "convention": true, "assembly": true, "forum": true}

// indefiniteGathering reports whether the head at token h, right after
// "a" or "an", names one sitting of the body its "of" names.
func indefiniteGathering(d *Document, h int) bool {
	return h < len(d.Tokens) && singleGatherings[low(d.Tokens[h])] && !d.Tokens[h].Cap()
}

// wholeBodyAfter reports whether the body's name that ends before token
// e is the whole "of" phrase of the gathering whose determiner is at
// token b: with "a" no lower-case noun, capitalised word, dash or slash
// may follow it ("a meeting of the Y Bank board", "of the Y Fund Board
// of Governors", "of the Y-led group", "of the Y/Z Committee" are
// another body's, whose end is not known); with "the" the older rule
// stands (bodyHolds tells the body's part).
func wholeBodyAfter(d *Document, b, e int) bool {
	if l := low(d.Tokens[b]); l != "a" && l != "an" || e >= len(d.Tokens) {
		return true
	}
	t := d.Tokens[e]
	if t.Word() && t.Cap() || isDash(t.Text) || t.Text == "/" {
		return false
	}
	return !bodyNounAfter(t) || talksWordsAfter[low(t)]
}
