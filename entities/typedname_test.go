package entities

import (
	"slices"
	"testing"
)

// checkTypedName extracts text with x and checks that an entity with a
// mention reads want as "type:name" and none reads not ("" asks
// nothing): the one check of the table tests of names and their types.
func checkTypedName(t *testing.T, x *Extractor, text, want, not string) {
	t.Helper()
	var got []string
	for _, e := range x.Extract(text).Entities {
		if len(e.Mentions) > 0 {
			got = append(got, string(e.Type)+":"+e.Name)
		}
	}
	if want != "" && !slices.Contains(got, want) {
		t.Errorf("%q: got %q, want %s", text, got, want)
	}
	if not != "" && slices.Contains(got, not) {
		t.Errorf("%q: got %q, do not want %s", text, got, not)
	}
}
