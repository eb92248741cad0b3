package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestBoardsOf(t *testing.T) {
	for _, tc := range []struct {
		text     string
		in, want []Chunk
	}{{
		// The committee and the organization its board belongs to.
		"chairman of the Executive Committee of the Board of the Velland Agenda Foundation ;",
		[]Chunk{{FineOrganization, 3, 13}},
		[]Chunk{{FineOrganization, 3, 5}, {FineOrganization, 10, 13}},
	}, {
		// "Board of Trustees of X": the college alone.
		"a member of the Board of Trustees of Marl West Wesleyan ,",
		[]Chunk{{FineOrganization, 4, 11}},
		[]Chunk{{FineOrganization, 8, 11}},
	}, {
		// A body named "Board of X" stays whole; so does one whose
		// complement is short and has no head.
		"the Velland Board of Education and the Board of Public Works and the Board of Marl College",
		[]Chunk{{FineOrganization, 1, 5}, {FineOrganization, 7, 11}, {FineOrganization, 13, 17}},
		[]Chunk{{FineOrganization, 1, 5}, {FineOrganization, 7, 11}, {FineOrganization, 15, 17}},
	}, {
		// Other types are left alone.
		"the Board of the Velland Party Group",
		[]Chunk{{FineParty, 1, 7}},
		[]Chunk{{FineParty, 1, 7}},
	}} {
		got := boardsOf(strings.Fields(tc.text), append([]Chunk(nil), tc.in...))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}
