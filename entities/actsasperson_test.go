package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestActsAsPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Quarnby joined negotiations with the government.", true},
		{"In 1950 Quarnby was born there.", true},
		{"Quarnby said the talks would go on.", true},
		{"Woodhouse, Drake and Quarnby said prices would fall.", false},
		{"Woodhouse, Quarnby and Drake said prices would fall.", false},
		{"During his lifetime, Quarnby occupied many posts.", true},
		{"Later, Quarnby escaped through a pass.", true},
		{"Japan will load Quarnby crude oil at the port.", false},
		{"The price of its Quarnby sport vehicle rises.", false},
		{"He quoted Quarnby's Familiar Quotations.", false},
		{"Quarnby Mills sold the unit.", false},
	} {
		d := text.Segment(c.text)
		m := wordMention(t, d, "Quarnby", 0, graph.Place)
		if got := actsAsPerson(d, m); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
