package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestPartyCuesAndPersonMentions(t *testing.T) {
	for _, tc := range []struct {
		text     []string // sentences
		in, want [][]Chunk
	}{{
		// A candidate's organization is a party, and so is its other
		// mention; a senate's candidate stays a body, and so does an
		// organization before other words.
		[]string{"the Velland First candidate lost to the Senate candidate", "Velland First won and Ostria Trust spent"},
		[][]Chunk{{{FineOrganization, 1, 3}, {FineOrganization, 7, 8}}, {{FineOrganization, 0, 2}, {FineOrganization, 4, 6}}},
		[][]Chunk{{{FineParty, 1, 3}, {FineOrganization, 7, 8}}, {{FineParty, 0, 2}, {FineOrganization, 4, 6}}},
	}, {
		// A surname the document gives a person is the person's; a
		// word alone before "was born" too; other names keep their type.
		[]string{"Ada Quillby met Marl", "Quillby and Tovar spoke ; Brenn was born in Marl"},
		[][]Chunk{{{FinePerson, 0, 2}, {FineOrganization, 3, 4}}, {{FineOrganization, 0, 1}, {FineOrganization, 2, 3}, {FineOrganization, 5, 6}, {FinePlace, 9, 10}}},
		[][]Chunk{{{FinePerson, 0, 2}, {FineOrganization, 3, 4}}, {{FinePerson, 0, 1}, {FineOrganization, 2, 3}, {FinePerson, 5, 6}, {FinePlace, 9, 10}}},
	}} {
		var sents [][]string
		for _, s := range tc.text {
			sents = append(sents, strings.Fields(s))
		}
		got := tc.in
		partyCues(sents, got)
		(&Model{}).personMentions(sents, got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
