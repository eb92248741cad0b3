package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestAcronymParties(t *testing.T) {
	for _, tc := range []struct {
		text     string
		in, want []Chunk
	}{{
		// The model's party acronym types its long name.
		"the Centrists for Velland ( CfV ) won",
		[]Chunk{{FineOrganization, 1, 4}, {FineParty, 5, 6}},
		[]Chunk{{FineParty, 1, 4}, {FineParty, 5, 6}},
	}, {
		// A body's head keeps the name an organization's.
		"the Campaign for Marl Peace ( CMP ) marched",
		[]Chunk{{FineOrganization, 1, 5}, {FineParty, 6, 7}},
		[]Chunk{{FineOrganization, 1, 5}, {FineParty, 6, 7}},
	}, {
		// An acronym typed organization, or not in parentheses, changes
		// nothing.
		"the Velland Voices ( VV ) and Ostria Hope , OH",
		[]Chunk{{FineOrganization, 1, 3}, {FineOrganization, 4, 5}, {FineOrganization, 7, 9}, {FineParty, 10, 11}},
		[]Chunk{{FineOrganization, 1, 3}, {FineOrganization, 4, 5}, {FineOrganization, 7, 9}, {FineParty, 10, 11}},
	}, {
		// A name the gazetteer knows as an organization's keeps its type.
		"the European Community ( EC ) said",
		[]Chunk{{FineOrganization, 1, 3}, {FineParty, 4, 5}},
		[]Chunk{{FineOrganization, 1, 3}, {FineParty, 4, 5}},
	}, {
		// So does one whose acronym the gazetteer knows as an
		// organization's.
		"the Velland Food Program ( WFP ) said",
		[]Chunk{{FineOrganization, 1, 4}, {FineParty, 5, 6}},
		[]Chunk{{FineOrganization, 1, 4}, {FineParty, 5, 6}},
	}} {
		cs := append([]Chunk(nil), tc.in...)
		DefaultFine().acronymParties([][]string{strings.Fields(tc.text)}, [][]Chunk{cs})
		if !reflect.DeepEqual(cs, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.text, cs, tc.want)
		}
	}
}

func TestListOrgHeaded(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Union for Velland", false},
		{"Union of Democratic Forces", false},
		{"Marl Union", true},
		{"Velland Trade Union of Miners", false},
		{"Velland Election Commission", true},
		{"Velland Democrats", false},
	} {
		if got := listOrgHeaded(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("listOrgHeaded(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
