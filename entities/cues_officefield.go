package entities

import "strings"

// officeField reports whether the capitalised run a role cue reads as a
// name ends right before another role noun of the same title: "Deputy
// Assistant Treasury Secretary James Conrow", "Deputy Trade Minister
// X". The run then names the office's rank and field, not a person;
// the name, if any, follows the last role noun, where the rule anchored
// at that noun finds it.
func officeField(d *Document, s Sentence, e int) bool {
	if e >= s.TokEnd {
		return false
	}
	t := d.Tokens[e]
	return t.Cap() && t.Word() && roleNouns[strings.TrimSuffix(low(t), ".")]
}
