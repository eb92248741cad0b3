package entities

// "on" and "from" before a trip or a meeting may belong to a verb ("commented
// on a visit", "benefited from talks"), which makes the trip the verb's
// object and no journey of the subject. A form of "be", a verb of going
// (tripLeadWords) or an adverb after a form of "be" ("is currently on a
// tour of W", "was still on a visit") leaves the trip the subject's, and
// so does a speech verb, with its audience or none ("said on a visit to
// W", "told reporters on his return from W").

// speechTripVerbs do not take "on" or "from" as their object: "X said on
// a visit to W" reports where X spoke, as "said during a visit" does.
var speechTripVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"adds": true}

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
	if !b.Word() || b.Cap() || beForms[l] || tripLeadWords[l] || speechTripVerbs[l] {
		return false
	}
	if audienceWords[l] && p >= 2 && speechTripVerbs[low(d.Tokens[p-2])] {
		return false // "X told reporters on a visit to W"
	}
	return !(beAdverbs[l] && p >= 2 && beForms[low(d.Tokens[p-2])])
}
