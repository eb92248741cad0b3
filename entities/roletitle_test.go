package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

func TestRoleTitle(t *testing.T) {
	for _, c := range []struct {
		text, cue, want string
	}{
		{"Congress sent to President Quarnby a bill.", "President", "President"},
		{"He wrote a letter to the Prime Minister Ada Quill.", "Minister", "Prime Minister"},
		{"It was an Foreign Minister Ada Quill who spoke.", "Minister", "Foreign Minister"},
		{"Former Foreign Minister Ada Quill spoke.", "Minister", "Foreign Minister"},
		{"Deputy Prime Minister Ada Quill spoke.", "Minister", "Deputy Prime Minister"},
		{"It may force President Quarnby to act.", "President", "President"},
		{"The former foreign minister Ada Quill spoke.", "minister", "Foreign Minister"},
	} {
		d := text.Segment(c.text)
		i := -1
		for k, tk := range d.Tokens {
			if tk.Text == c.cue {
				i = k
			}
		}
		if got := roleTitle(d, d.Sentences[0], i); got != c.want {
			t.Errorf("%q: role %q, want %q", c.text, got, c.want)
		}
	}
}
