package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestMisspeltTitle checks that a title misspelt by two swapped letters is
// no part of the name after it, on sentences written for this test.
func TestMisspeltTitle(t *testing.T) {
	tests := []wantCase{
		{
			text: "Trade Minsiter Colm Ardle said exports rose in March.",
			want: []string{"person:Colm Ardle"},
			not:  []string{"person:Trade Minsiter Colm Ardle", "person:Minsiter Colm Ardle"},
		},
		{
			text: "Exports rose, Energy Secertary Ilse Varga Morn said on Friday.",
			want: []string{"person:Ilse Varga Morn"},
			not:  []string{"person:Energy Secertary Ilse Varga Morn", "person:Secertary Ilse Varga Morn"},
		},
	}
	checkNameCases(t, New(WithRecognizer(ner.DefaultRecognizer())), tests)
}

// TestSwappedRole checks the swap test on its own.
func TestSwappedRole(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"minsiter", true}, {"secertary", true}, {"minister", false}, {"ministers", false}, {"martin", false}, {"mister", false},
	} {
		if got := swappedRole(c.w); got != c.want {
			t.Errorf("swappedRole(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
