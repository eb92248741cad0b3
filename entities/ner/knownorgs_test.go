package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestKnownOrganizations(t *testing.T) {
	s := strings.Fields("Volkswagen and the Duma met VOLKSWAGEN and Ostria in the Storting")
	got := [][]Chunk{{{FinePlace, 0, 1}, {FinePerson, 3, 4}, {FinePlace, 5, 6}, {FinePlace, 7, 8}, {FineParty, 10, 11}}}
	knownOrganizations([][]string{s}, got)
	// A word in capitals is left as it is; a name of no list too.
	want := []Chunk{{FineOrganization, 0, 1}, {FineOrganization, 3, 4}, {FinePlace, 5, 6}, {FinePlace, 7, 8}, {FineOrganization, 10, 11}}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("got %v, want %v", got[0], want)
	}
}
