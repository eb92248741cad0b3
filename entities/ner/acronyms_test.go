package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestTypeAcronyms(t *testing.T) {
	split := func(text string) [][]string {
		var out [][]string
		for _, s := range strings.Split(text, " | ") {
			out = append(out, strings.Fields(s))
		}
		return out
	}
	for _, tc := range []struct {
		text     string
		in, want [][]Chunk
	}{{
		// The acronym after a party's name is a party, here and in the
		// next sentence; one the model missed is added.
		"the Velland Unity Front ( VUF ) won | VUF and the VUF rose",
		[][]Chunk{{{FineParty, 1, 4}, {FineOrganization, 5, 6}}, {{FineOrganization, 0, 1}, {FineOrganization, 3, 4}}},
		[][]Chunk{{{FineParty, 1, 4}, {FineParty, 5, 6}}, {{FineParty, 0, 1}, {FineParty, 3, 4}}},
	}, {
		"the Karst Relief Agency ( KRA ) said",
		[][]Chunk{{{FineOrganization, 1, 4}}},
		[][]Chunk{{{FineOrganization, 1, 4}, {FineOrganization, 5, 6}}},
	}, {
		// After a person, in parentheses: a title or party label, not
		// the person's acronym. Lower-case words are not acronyms.
		"Dana Voss ( MP ) and Orin Tal ( KRA ) met the Karst Agency ( staff )",
		[][]Chunk{{{FinePerson, 0, 2}, {FinePerson, 6, 8}, {FineOrganization, 13, 15}}},
		[][]Chunk{{{FinePerson, 0, 2}, {FinePerson, 6, 8}, {FineOrganization, 13, 15}}},
	}} {
		got := tc.in
		typeAcronyms(split(tc.text), got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	for w, want := range map[string]bool{"ADQ": true, "PML-N": true, "PdL": true, "CDU": true, "U": false, "Peace": false, "NATO": true, "ABCDEFGHI": false, "(X)": false} {
		if acronym(w) != want {
			t.Errorf("acronym(%q) = %v", w, !want)
		}
	}
}
