package entities

import (
	"slices"
	"testing"
)

// TestCompassAbbreviation checks that a point of the compass abbreviated
// before a country's name reads as the country's full name, and an
// initial before a surname does not.
func TestCompassAbbreviation(t *testing.T) {
	got := names(New().ExtractArticle("Exports from S. Korea to N. Korea fell, said Senator S. Quillby on Monday.", ArticleInfo{}))
	for _, want := range []string{"country:South Korea", "country:North Korea"} {
		if !slices.Contains(got, want) {
			t.Errorf("entities %q: want %s", got, want)
		}
	}
	if slices.ContainsFunc(got, func(n string) bool { return n == "country:South Quillby" || n == "place:South Quillby" }) || !slices.Contains(got, "person:S. Quillby") {
		t.Errorf("entities %q: want the person S. Quillby", got)
	}
}

// TestAbbreviatedWordInName checks that a gazetteer name holding an
// abbreviation with its dot ("St. Louis") is read whole, not cut at the
// dot.
func TestAbbreviatedWordInName(t *testing.T) {
	got := names(New().ExtractArticle("The plant moved from St. Louis to Quillby in May.", ArticleInfo{}))
	if !slices.Contains(got, "place:St. Louis") {
		t.Errorf("entities %q: want place:St. Louis", got)
	}
}
