package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCountryDescribedObject checks that a deal's object or partner
// named after a country word and a description of a firm ("US rival Y",
// "Dutch firm Y") is still the named firm (countryDescribedStart), on
// sentences written for this test.
func TestCountryDescribedObject(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Halvard Mining Corp acquired Canadian rival Tarrow Metals Inc last year.", "Tarrow Metals Inc", "acquisition of Tarrow Metals Inc", true},
		{"Halvard Mining Corp acquired Canadian rival Tarrow Metals Inc last year.", "Halvard Mining Corp", "acquisition of Tarrow Metals Inc", true},
		{"WPP Group bought US rival Grey Global Group Inc for 1.5 billion dlrs.", "Grey Global Group Inc", "purchase of Grey Global Group Inc", true},
		{"Santander took over the British bank Abbey National in November.", "Abbey National", "takeover of Abbey National", true},
		{"Quill Holdings merged with Dutch firm Ispar last year.", "Ispar", "merger of Quill Holdings and Ispar", true},
		{"Quill Holdings merged with South Korean steel maker Ispar Steel Co last year.", "Quill Holdings", "merger of Quill Holdings and Ispar Steel Co", true},
		{"Halvard Mining Corp completed the acquisition of Canadian rival Tarrow Metals Inc.", "Tarrow Metals Inc", "acquisition of Canadian rival Tarrow Metals Inc", true},
		{"Halvard Mining Corp has agreed a takeover of US retailer Tarrow Stores Inc.", "Tarrow Stores Inc", "takeover of US retailer Tarrow Stores Inc", true},
		{"Halvard Mining Corp has agreed to sell its Zed unit to US firm Tarrow Metals Inc.", "Tarrow Metals Inc", "sale of its Zed unit", true},
		{"Halvard Mining Corp has agreed to sell its Zed unit to US firm Tarrow Metals Inc.", "United States", "sale of its Zed unit", false},
		// The description must end in a firm's noun: assets or a stake of
		// a firm, or a name that is itself capitalised, are no such case.
		{"Vantor Corp bought US assets of Tarrow Metals Inc.", "Tarrow Metals Inc", "purchase of Tarrow Metals Inc", false},
		{"Vantor Corp sued British Airways over the crash.", "British Airways", "lawsuit against British Airways", true},
	})
}

// TestCountryDescribedStart checks the token countryDescribedStart
// returns, on phrases written for this test.
func TestCountryDescribedStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"US rival Grey Global", 2},
		{"Dutch firm Ispar", 2},
		{"South Korean steel maker Ispar", 4},
		{"British Airways", 0},
		{"US assets of Tarrow", 0},
		{"Japanese rival nissan", 0},
		{"Grey Global", 0},
	} {
		d := Segment(c.text)
		if got := countryDescribedStart(d, 0); got != c.want {
			t.Errorf("countryDescribedStart(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
