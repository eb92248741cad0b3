package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

func TestKinIntroduced(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Tomas Quill", true},
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Sarah Feig", true},
		{"Ada Quill was born in Lodz. His parents were Sarah Feig and Tomas Quill.", "Ada Quill", false},
		{"The show is hosted by Tomas Quill, the eldest son of President Quill.", "Tomas Quill", true},
		{"Her husband, Tomas Quill, said so.", "Tomas Quill", true},
		{"Her husband said Tomas Quill had left.", "Tomas Quill", false},
		{"Tomas Quill, a lawyer, said so.", "Tomas Quill", false},
	} {
		d := text.Segment(c.text)
		m := phraseMention(t, d, c.name, 0, "")
		if got := kinIntroduced(d, m); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.name, c.text, got, c.want)
		}
	}
}
