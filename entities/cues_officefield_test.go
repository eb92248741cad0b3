package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestOfficeFieldIsNoPerson(t *testing.T) {
	x := New()
	for _, tt := range []struct{ text, person, not string }{
		{"Deputy Assistant Widget Secretary Harold Quimby said the talks would resume.", "Harold Quimby", "Assistant Widget"},
		{"Deputy Zarnow Minister Ella Brisk said the plan was sound.", "Ella Brisk", "Zarnow"},
	} {
		ex := x.Extract(tt.text)
		var found bool
		for _, e := range ex.Entities {
			if e.Type == graph.Person && e.Name == tt.not {
				t.Errorf("%q: person %q, the office's field", tt.text, e.Name)
			}
			found = found || e.Type == graph.Person && e.Name == tt.person
		}
		if !found {
			t.Errorf("%q: no person %q", tt.text, tt.person)
		}
	}
}
