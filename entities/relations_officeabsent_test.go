package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// TestOfficesAbsentCodes checks that every code of offices_absent names a
// country of the gazetteer under the code lacksOffice looks it up by: the
// country's own entry, whose Country is the code.
func TestOfficesAbsentCodes(t *testing.T) {
	gz := gazetteer.Default()
	for code, offices := range officesAbsent {
		e := gz.CountryByCode(code)
		if e == nil || e.Country != code {
			t.Errorf("offices_absent: code %q (offices %v) is no country of the gazetteer", code, offices)
		}
	}
	if len(officesAbsent["JP"]) == 0 {
		t.Error("offices_absent: no office absent in Japan")
	}
}
