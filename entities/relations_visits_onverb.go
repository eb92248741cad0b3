package entities

// "on" and "from" before a trip or a meeting may belong to a verb ("commented
// on a visit", "benefited from talks"), which makes the trip the verb's
// object and no journey of the subject. A form of "be", a verb of going
// (tripLeadWords) or an adverb after a form of "be" ("is currently on a
// tour of W", "was still on a visit") leaves the trip the subject's.

// beAdverbs may stand between a form of "be" and "on a visit".
var beAdverbs = map[string]bool{"currently": true, "now": true, "still": true, "already": true, "again": true,
	"presently": true, "also": true}

// verbTakesPrep reports whether the word before the preposition at token
// p is a verb (or another lower-case word) that takes the phrase after
// it as its object: not a form of "be", a going verb or an adverb after
// "be".
func verbTakesPrep(d *Document, p int) bool {
	if p < 1 {
		return false
	}
	b := d.Tokens[p-1]
	l := low(b)
	if !b.Word() || b.Cap() || beForms[l] || tripLeadWords[l] {
		return false
	}
	return !(beAdverbs[l] && p >= 2 && beForms[low(d.Tokens[p-2])])
}
