package entities

import "testing"

func TestAllCaps(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"US", true}, {"U.S.", true}, {"G7", true}, {"Us", false}, {"us", false},
		{"123", false}, {"", false}, {"ÉCOLE", true}, {"École", false}, {"AÉ", true}, {"ΑΘΗΝΑ", true}, {"Αθηνα", false},
	} {
		if got := allCaps(tc.s); got != tc.want {
			t.Errorf("allCaps(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
