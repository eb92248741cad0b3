package entities

import "testing"

// TestGatheringVisits checks that the participants of a gathering held
// in a place visit it, on sentences written for this test (made-up
// names).
func TestGatheringVisits(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			// The place named after the gathering in one sentence, the
			// participant in another that names it.
			text: "The G7 summit in Alpbach opened on Monday. Norwegian Prime Minister Tom Rell attended the G7 summit.",
			want: []string{"visits Tom Rell -> Alpbach"},
		},
		{
			text: "Leaders met at the G7 summit in Alpbach on Monday. At the G7 summit, Norwegian Prime Minister Tom Rell said prices would rise.",
			want: []string{"visits Tom Rell -> Alpbach"},
		},
		{
			// The host's own minister.
			text: "The G7 summit in Alpbach opened on Monday. Austrian Prime Minister Franz Huber attended the G7 summit.",
			not:  []string{"visits Franz Huber -> Alpbach"},
		},
		{
			// No country served.
			text: "The G7 summit in Alpbach opened on Monday. Tom Rell attended the G7 summit.",
			not:  []string{"visits Tom Rell -> Alpbach"},
		},
	})
}

// TestPlaceDescribed checks the description a place may follow.
func TestPlaceDescribed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"in the Swiss resort of Davos", true},
		{"in the northern town of Kiel", true},
		{"in the very long and winding valley road of Kiel", false},
		{"in the resort Davos", false},
	} {
		d := Segment(c.text)
		if got := placeDescribed(d, 1, len(d.Tokens)-1); got != c.want {
			t.Errorf("placeDescribed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
