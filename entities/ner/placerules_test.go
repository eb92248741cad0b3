package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestFixPlaces(t *testing.T) {
	m := NewModel([]string{"LOC", "MISC", "ORG", "PER"}, Resources{Names: []GazName{
		{Text: "Marlby", Class: GazPlace}, {Text: "Velby", Class: GazPlace}, {Text: "Ostria", Class: GazCountry},
	}}, nil)
	for _, tc := range []struct {
		text     string
		in, want []Chunk
	}{{
		// A gazetteer place and a direction are a place; a name with an
		// organization head, or without a place, keeps its type.
		"Marlby East , North-West Velby , Central Marlby Bank and West Hamford and Velby Centre",
		[]Chunk{{FineOrganization, 0, 2}, {FinePerson, 3, 5}, {FineOrganization, 6, 9}, {FineOrganization, 10, 12}, {FineOrganization, 13, 15}},
		[]Chunk{{FinePlace, 0, 2}, {FinePlace, 3, 5}, {FineOrganization, 6, 9}, {FineOrganization, 10, 12}, {FinePlace, 13, 15}},
	}, {
		// Towns joined by dashes are one place: two with a place among
		// them, three or more with a gazetteer place.
		"in Marlby - Dunholt and Kessel - Velby - Arnfeld",
		[]Chunk{{FinePlace, 1, 2}, {FinePerson, 3, 4}, {FineOrganization, 5, 6}, {FineOrganization, 7, 8}, {FineMisc, 9, 10}},
		[]Chunk{{FinePlace, 1, 4}, {FinePlace, 5, 10}},
	}, {
		// Countries, two organizations (a fixture list) and names not
		// joined by a dash stay apart.
		"Ostria - Velby , Dunholt - Kessel and Marlby Arnfeld",
		[]Chunk{{FineCountry, 0, 1}, {FinePlace, 2, 3}, {FineOrganization, 4, 5}, {FineOrganization, 6, 7}, {FinePlace, 8, 9}, {FineOrganization, 9, 10}},
		[]Chunk{{FineCountry, 0, 1}, {FinePlace, 2, 3}, {FineOrganization, 4, 5}, {FineOrganization, 6, 7}, {FinePlace, 8, 9}, {FineOrganization, 9, 10}},
	}, {
		// An office of a place names the place; of a name the
		// gazetteer does not know, it stays.
		"the Governor of Ostria , the Velby Mayor and the Governor of Dunholt",
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 6, 8}, {FineOrganization, 10, 13}},
		[]Chunk{{FineCountry, 3, 4}, {FinePlace, 6, 7}, {FineOrganization, 10, 13}},
	}, {
		// A person's name after "Office of Place" is the person's; a
		// body's name after it keeps the whole; an office of a place's
		// own (Comptroller) names the place.
		"the Governor of Ostria Ada Quillby II met the Governor of Ostria Relief Fund and the Velby Comptroller",
		[]Chunk{{FineOrganization, 1, 7}, {FineOrganization, 9, 14}, {FineOrganization, 16, 18}},
		[]Chunk{{FineCountry, 3, 4}, {FinePerson, 4, 7}, {FineOrganization, 9, 14}, {FinePlace, 16, 17}},
	}, {
		// In a list of mostly places, a one-word name typed organization
		// or person is a place; a country counts for no place, and a
		// list of two is too short.
		"in Marlby , Velby , Arnfeld , Dunholt and Kessel met Ostria , Velby , Dunholt and Kessel near Velby and Arnfeld",
		[]Chunk{{FinePlace, 1, 2}, {FinePlace, 3, 4}, {FinePlace, 5, 6}, {FineOrganization, 7, 8}, {FinePerson, 9, 10}, {FineCountry, 11, 12}, {FinePlace, 13, 14}, {FineOrganization, 15, 16}, {FinePerson, 17, 18}, {FinePlace, 19, 20}, {FineOrganization, 21, 22}},
		[]Chunk{{FinePlace, 1, 2}, {FinePlace, 3, 4}, {FinePlace, 5, 6}, {FinePlace, 7, 8}, {FinePlace, 9, 10}, {FineCountry, 11, 12}, {FinePlace, 13, 14}, {FineOrganization, 15, 16}, {FinePerson, 17, 18}, {FinePlace, 19, 20}, {FineOrganization, 21, 22}},
	}} {
		s := strings.Fields(tc.text)
		got := [][]Chunk{tc.in}
		m.fixPlaces([][]string{s}, got)
		if !reflect.DeepEqual(got[0], tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got[0], tc.want)
		}
	}
}

func TestInstitution(t *testing.T) {
	m := NewModel([]string{"LOC", "MISC", "ORG", "PER"}, Resources{Names: []GazName{
		{Text: "Velland Workers Council", Class: GazParty},
		{Text: "OVTA", Class: GazOrg}, {Text: "VPO", Class: GazOrg}, {Text: "VPO", Class: GazPartyAlias},
	}}, nil)
	for _, tc := range []struct {
		typ, name, want string
	}{
		{FinePerson, "Velby Kennedy School", FineOrganization},
		{FinePerson, "Ostria Hindu Parishad", FineOrganization},
		{FinePerson, "Dana Court", FineOrganization},
		{FinePerson, "Dana Voss", FinePerson},
		{FinePerson, "Council", FinePerson}, // one word alone says too little
		{FineParty, "Ostrian National Committee", FineOrganization},
		{FineParty, "Central Committee of the Velland Party", FineOrganization},
		{FineParty, "Velland Party of the Council", FineParty},
		{FineParty, "Velland Workers Council", FineParty}, // the gazetteer's party
		{FineParty, "Velland Union", FineParty},
		{FinePlace, "Velby Council", FinePlace},
		{FineParty, "OVTA", FineOrganization}, // the gazetteer's organization
		{FineParty, "VPO", FineParty},         // an organization's and a party's
		// A misc name headed by a body's noun is the body's.
		{FineMisc, "World Economic Forum", FineOrganization},
		{FineMisc, "Velland Development Bank", FineOrganization},
		{FineMisc, "Court of Appeal", FineOrganization},
		{FineMisc, "Forum", FineMisc},                   // one word says too little
		{FineMisc, "Velland Premier League", FineMisc},  // a competition
		{FineMisc, "Ostrian Monetary Union", FineMisc},  // a currency union
		{FineMisc, "Velland Socialist Party", FineMisc}, // a party's head: not decided here
		{FineMisc, "Velland Trade Center", FineMisc},    // a building
		{FineMisc, "Velland Open", FineMisc},            // no head
	} {
		if got := m.institution(tc.typ, strings.Fields(tc.name)); got != tc.want {
			t.Errorf("institution(%s, %q) = %s, want %s", tc.typ, tc.name, got, tc.want)
		}
	}
}
