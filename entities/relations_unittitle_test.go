package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// relStrings spells every relation of ex as relString does.
func relStrings(ex *Extraction) []string {
	var out []string
	for _, r := range ex.Relations {
		out = append(out, relString(ex, r))
	}
	return out
}

// TestUnitAndClassTitles checks titles with unit words between the body
// and the title, firm class nouns after "of", named units after a
// possessive body and the role nouns of offices, on sentences written
// for this test.
func TestUnitAndClassTitles(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer())) // the model finds names before an apposition
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Baltic Shipping Corporation country director Tomas Berg said rates would rise.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Country Director}"},
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Rates will rise, said Tomas Berg, Baltic Shipping Corporation country director for Kenya.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Country Director}"},
		},
		{
			text: "Baltic Shipping Corporation's marketing director Tomas Berg said rates would rise.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Marketing Director}"},
		},
		{
			// A verb between the body and the title ends the reading.
			text: "Baltic Shipping Corporation hired director Tomas Berg last year.",
			not:  []string{"holds_role Tomas Berg -> Baltic Shipping Corporation", "leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Tomas Berg, of brokers Baltic Shipping Corporation, said rates would rise.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Tomas Berg of accounting firm Baltic Shipping Corporation said rates would rise.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			// The head of a named unit leads the unit and holds an office in
			// the body that owns it.
			text: "Tomas Berg, administrator of the Baltic Shipping Corporation's Nordic Freight Agency, said rates would rise.",
			want: []string{"leads Tomas Berg -> Nordic Freight Agency {role=Administrator}",
				"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Administrator}"},
			not: []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Tomas Berg, assistant chief constable of Baltic Shipping Corporation, said rates would rise.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Assistant Chief Constable}"},
		},
		{
			text: "Rates will rise, said Tomas Berg, a senior meteorologist with Baltic Shipping Corporation.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Tomas Berg, dean of the Baltic Shipping Corporation, said rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=Dean}"},
		},
	}
	for _, tc := range tests {
		got := relStrings(x.Extract(tc.text))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			for _, g := range got {
				if g == n || len(g) > len(n) && g[:len(n)+1] == n+" " {
					t.Errorf("%q: unwanted %q", tc.text, g)
				}
			}
		}
	}
}

// TestCapitalOffice checks that a minister's office in a story datelined
// in a capital is the capital's country's, and only then, on sentences
// written for this test.
func TestCapitalOffice(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	const want = "holds_role Tomas Berg -> Canada {role=Environment Minister}"
	tests := []struct {
		text, place string
		want        bool
	}{
		{"Japan and Canada signed a clean air pact for Japan's firms. Environment Minister Tomas Berg praised Canadian firms.", "Ottawa", true},
		{"Japan and Canada signed a clean air pact for Japan's firms. Environment Minister Tomas Berg said the pact was welcome.", "Ottawa", false},
		{"Japan and Canada signed a clean air pact for Japan's firms. Environment Minister Tomas Berg praised Canadian firms.", "", false},
		{"Japan and Canada signed a clean air pact for Japan's firms. Visiting Environment Minister Tomas Berg praised Canadian firms.", "Ottawa", false},
		{"Japan and Canada signed a clean air pact for Japan's firms. Officials met Environment Minister Tomas Berg to praise Canadian firms.", "Ottawa", false},
		{"Japan and Canada signed a clean air pact for Japan's firms. Japan's envoy and Environment Minister Tomas Berg praised Canadian firms.", "Ottawa", false},
	}
	for _, tc := range tests {
		got := relStrings(x.ExtractArticle(tc.text, ArticleInfo{Place: tc.place}))
		if slices.Contains(got, want) != tc.want {
			t.Errorf("%q datelined %q: %q: got %v, want %v", tc.text, tc.place, want, got, tc.want)
		}
	}
}

// TestPlacePartyApposition checks "X, a <place> <party word>" in a story
// the gazetteer ties to the party's country, on sentences written for
// this test.
func TestPlacePartyApposition(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text, rel string
		want      bool
	}{
		{"The bill passed the House. Congressman Tomas Berg, a Texas Democrat, said it would pass.", "member_of Tomas Berg -> Democratic Party", true},
		{"The bill passed the House. Congressman Tomas Berg, a New York Republican who chairs the panel, said it would pass.", "member_of Tomas Berg -> Republican Party", true},
		{"The bill passed the House. Congressman Tomas Berg, a Texas Democrat lawyer, said it would pass.", "member_of Tomas Berg -> Democratic Party", false},
		{"The bill passed the House. Congressman Tomas Berg, a Texas oilman, said it would pass.", "member_of Tomas Berg -> Democratic Party", false},
		// Adjectives before the party word, the seat after it.
		{"The bill passed the House. Rep. Tomas Berg, a conservative Republican from Ohio, opposed it.", "member_of Tomas Berg -> Republican Party", true},
		{"The bill passed the House. Rep. Tomas Berg, a conservative Republican, opposed it.", "member_of Tomas Berg -> Republican Party", true},
		// A role word among the adjectives: the role rules read it.
		{"The bill passed the House. Rep. Tomas Berg, a senior Republican aide, opposed it.", "member_of Tomas Berg -> Republican Party", false},
	}
	for _, tc := range tests {
		got := relStrings(x.ExtractArticle(tc.text, ArticleInfo{Place: "Washington"}))
		if slices.Contains(got, tc.rel) != tc.want {
			t.Errorf("%q: %q: got %v, want %v", tc.text, tc.rel, got, tc.want)
		}
	}
}
