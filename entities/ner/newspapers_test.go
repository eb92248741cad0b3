package ner

import (
	"strings"
	"testing"
)

func TestNewspapers(t *testing.T) {
	m := Default() // its gazetteer names know Toronto
	for _, tc := range []struct {
		name string
		typ  string
		want string
	}{
		{"Toronto Star", FinePlace, FineOrganization},
		{"The Sunday Herald", FineMisc, FineOrganization},
		{"Daily Mirror", FinePerson, FineOrganization},
		{"Lone Star", FinePlace, FinePlace},           // no place before the word
		{"Toronto Star", FineEvent, FineEvent},        // an event keeps its type
		{"Toronto Harbour", FinePlace, FinePlace},     // no newspaper word
		{"Quillby Times", FinePerson, FinePerson},     // an unknown word before it
		{"The Velland Party", FineParty, FineParty},   // parties are left alone
		{"Times", FineOrganization, FineOrganization}, // one word
	} {
		s := strings.Fields(tc.name)
		cs := [][]Chunk{{{tc.typ, 0, len(s)}}}
		m.newspapers([][]string{s}, cs)
		if got := cs[0][0].Type; got != tc.want {
			t.Errorf("%s (%s): got %s, want %s", tc.name, tc.typ, got, tc.want)
		}
	}
}
