package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestShortCodeUnsupported checks the two readers of short codes and
// acronyms against one table: the gazetteer's own (codeUnsupported) and
// the recognizers' vetting (shortCodeUnsupported), which also asks a
// three-letter party acronym for its country spelled out.
func TestShortCodeUnsupported(t *testing.T) {
	country := &gazetteer.Entry{ID: "country:QX", Type: graph.Country, Country: "QX"}
	party := &gazetteer.Entry{ID: "party:qx-zed", Type: graph.Party, Country: "QX"}
	code := func(s string) gazetteer.Alias { return gazetteer.Alias{Text: s, Kind: gazetteer.KindCode} }
	short := func(s string) gazetteer.Alias { return gazetteer.Alias{Text: s, Kind: gazetteer.KindShort} }
	spelled := map[string]int{"QX": 2}
	tests := []struct {
		name         string
		e            *gazetteer.Entry
		a            gazetteer.Alias
		spelled      map[string]int
		gaz, vetting bool // want codeUnsupported, shortCodeUnsupported
	}{
		{"two-letter code", country, code("QX"), spelled, true, true},
		{"three-letter code, country spelled", country, code("QXA"), spelled, false, false},
		{"three-letter code, country not spelled", country, code("QXA"), nil, true, true},
		{"three-letter code, another country spelled", country, code("QXA"), map[string]int{"ZZ": 1}, true, true},
		{"two-letter party acronym", party, short("QZ"), spelled, true, true},
		{"two-letter party acronym with dots", party, short("Q.Z."), spelled, true, true},
		{"three-letter party acronym, country spelled", party, short("QZP"), spelled, false, false},
		{"three-letter party acronym, country not spelled", party, short("QZP"), nil, false, true},
		{"four-letter party acronym", party, short("QZPA"), nil, false, false},
		{"party name", party, gazetteer.Alias{Text: "Zed", Kind: gazetteer.KindName}, nil, false, false},
	}
	for _, tc := range tests {
		if got := codeUnsupported(tc.a, tc.e, tc.spelled); got != tc.gaz {
			t.Errorf("%s: codeUnsupported(%q) = %v, want %v", tc.name, tc.a.Text, got, tc.gaz)
		}
		if got := shortCodeUnsupported(gazetteer.Match{Entry: tc.e, Alias: tc.a}, tc.spelled); got != tc.vetting {
			t.Errorf("%s: shortCodeUnsupported(%q) = %v, want %v", tc.name, tc.a.Text, got, tc.vetting)
		}
	}
}
