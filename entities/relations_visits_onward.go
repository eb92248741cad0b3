package entities

import "strings"

// onwardGap reports whether tokens [i, j) lead from one destination to
// the next of one journey: "to P and then to Q", "to P, then on to Q",
// "to P before going on to Q", "to P and later to Q". The later
// destination is read like the last item of a list "P and Q".
func onwardGap(d *Document, i, j int) bool {
	if j <= i || j-i > 5 {
		return false
	}
	var words []string
	for k := i; k < j; k++ {
		if d.Tokens[k].Break {
			return false
		}
		words = append(words, low(d.Tokens[k]))
	}
	return onwardWordings[strings.Join(words, " ")]
}

// onwardWordings are the token sequences of onwardGap.
var onwardWordings = map[string]bool{
	"and then to": true, ", then to": true, ", and then to": true, "then to": true, "and on to": true,
	", then on to": true, "and then on to": true, "before going on to": true, "before going to": true,
	"before travelling to": true, "before traveling to": true, "before flying to": true, "before moving on to": true,
	"and later to": true, ", and later to": true, "and finally to": true, ", and finally to": true,
}
