package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestFamilies(t *testing.T) {
	s := strings.Fields("the Quillby family met the Ada Quillby family trust , Velland family courts and the Brenn Marl family")
	cs := [][]Chunk{{{FinePerson, 1, 2}, {FinePerson, 5, 7}, {FinePlace, 10, 11}, {FineParty, 15, 17}}}
	families([][]string{s}, cs)
	want := []Chunk{{FineOrganization, 1, 3}, {FineOrganization, 5, 8}, {FineOrganization, 10, 12}, {FineParty, 15, 17}}
	if !reflect.DeepEqual(cs[0], want) {
		t.Errorf("got %v, want %v", cs[0], want)
	}
}
