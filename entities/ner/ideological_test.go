package ner

import (
	"strings"
	"testing"
)

func TestIdeological(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Solidary Democracy", true},
		{"Movement for the Left", true},                 // "left" names a current
		{"Marl Blue Tory", true},                        // so does "Tory"
		{"Left Socialist-Revolutionaries", true},        // a hyphen joins two words
		{"Velland Socialist-Revolutionary Fund", false}, // a fund is a body
		{"Christian Aid", false},
		{"Progressive", false}, // one word is too little
	} {
		if got := ideological(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("ideological(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
