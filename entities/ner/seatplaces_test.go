package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestSeatPlaces(t *testing.T) {
	for _, tc := range []struct {
		text     string
		in, want []Chunk
	}{{
		"contested the seat of St Marlby and the riding of Velland Quadra",
		[]Chunk{{FineOrganization, 4, 6}, {FineMisc, 10, 12}},
		[]Chunk{{FinePlace, 4, 6}, {FinePlace, 10, 12}},
	}, {
		// A body's head keeps its type; so do persons and other cues.
		"the seat of the Velland Parliament , the seat of Ada Quillby and the leader of Marl Voices",
		[]Chunk{{FineOrganization, 4, 6}, {FinePerson, 10, 12}, {FineOrganization, 16, 18}},
		[]Chunk{{FineOrganization, 4, 6}, {FinePerson, 10, 12}, {FineOrganization, 16, 18}},
	}} {
		cs := append([]Chunk(nil), tc.in...)
		seatPlaces([][]string{strings.Fields(tc.text)}, [][]Chunk{cs})
		if !reflect.DeepEqual(cs, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.text, cs, tc.want)
		}
	}
}
