package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestOrgListItems(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		in, want []Chunk
	}{{
		// Items cut at "for" and "the", missed, or typed by their look
		// become one organization each; "X and the Y" is two items.
		name: "org list",
		text: "members included the Velland Fund , Marl Voices for Peace , Save the Ostria Fund , Not In Our Town , Quillby , Freedom to Roam and the Ostria Trust .",
		in: []Chunk{{FineOrganization, 3, 5}, {FineOrganization, 6, 8}, {FineOrganization, 9, 10},
			{FineOrganization, 13, 15}, {FineMisc, 21, 22}, {FineOrganization, 28, 30}},
		want: []Chunk{{FineOrganization, 3, 5}, {FineOrganization, 6, 10}, {FineOrganization, 11, 15},
			{FineOrganization, 16, 20}, {FineOrganization, 21, 22}, {FineOrganization, 23, 26}, {FineOrganization, 28, 30}},
	}, {
		// A name of its own type keeps it: players' initials and
		// surnames the model half called organizations.
		name: "line-up",
		text: "G Velby , S Marl , P Quillby , R Ostria , K Dunholt .",
		in:   []Chunk{{FineOrganization, 0, 2}, {FineOrganization, 3, 5}, {FinePerson, 6, 8}, {FineOrganization, 9, 11}, {FinePlace, 12, 14}},
		want: []Chunk{{FineOrganization, 0, 2}, {FineOrganization, 3, 5}, {FinePerson, 6, 8}, {FineOrganization, 9, 11}, {FinePlace, 12, 14}},
	}, {
		// A list of parties is left alone, and a party's name keeps its
		// type in a list of organizations.
		name: "party list",
		text: "the Velland Party , Marl Front , Voices for Peace and the Ostria Union .",
		in:   []Chunk{{FineParty, 1, 3}, {FineParty, 4, 6}, {FineOrganization, 7, 8}, {FineParty, 12, 14}},
		want: []Chunk{{FineParty, 1, 3}, {FineParty, 4, 6}, {FineOrganization, 7, 8}, {FineParty, 12, 14}},
	}, {
		name: "party kept",
		text: "the Velland Fund , the Marl Party , Ostria Aid , and Quillby Trust .",
		in:   []Chunk{{FineOrganization, 1, 3}, {FineParty, 5, 7}, {FineOrganization, 8, 10}, {FineOrganization, 12, 14}},
		want: []Chunk{{FineOrganization, 1, 3}, {FineParty, 5, 7}, {FineOrganization, 8, 10}, {FineOrganization, 12, 14}},
	}, {
		// An item holding "and" is counted, not changed; a sentence's
		// own words end the list; a titled person keeps out.
		name: "and item",
		text: "the Velland Fund , Marl Gay and Lesbian Force , Senator Quillby , Ostria Aid , which said so .",
		in:   []Chunk{{FineOrganization, 1, 3}, {FineOrganization, 4, 6}, {FineOrganization, 7, 9}, {FineOrganization, 13, 15}},
		want: []Chunk{{FineOrganization, 1, 3}, {FineOrganization, 4, 6}, {FineOrganization, 7, 9}, {FineOrganization, 13, 15}},
	}, {
		// Two organizations in four items are not enough: more than
		// half must be organizations.
		name: "too few",
		text: "Velland Fund , Ada Quillby , Ostria , Marl Voices for Peace .",
		in:   []Chunk{{FineOrganization, 0, 2}, {FinePerson, 3, 5}, {FinePlace, 6, 7}, {FineOrganization, 8, 10}, {FineOrganization, 11, 12}},
		want: []Chunk{{FineOrganization, 0, 2}, {FinePerson, 3, 5}, {FinePlace, 6, 7}, {FineOrganization, 8, 10}, {FineOrganization, 11, 12}},
	}, {
		// A person and her firm are no organization's name.
		name: "person of firm",
		text: "charges face Ada Quillby of Marl Foods ; Ed Velby of Ostria Fish Corp ; Ian Dunholt of Velland Co and Bo Marl .",
		in: []Chunk{{FinePerson, 2, 4}, {FineOrganization, 5, 7}, {FinePerson, 8, 10}, {FineOrganization, 11, 14},
			{FinePerson, 15, 17}, {FineOrganization, 18, 20}, {FinePerson, 21, 23}},
		want: []Chunk{{FinePerson, 2, 4}, {FineOrganization, 5, 7}, {FinePerson, 8, 10}, {FineOrganization, 11, 14},
			{FinePerson, 15, 17}, {FineOrganization, 18, 20}, {FinePerson, 21, 23}},
	}, {
		// An office is no organization's name; "in" ends a list item
		// (a firm and its town).
		name: "office and town",
		text: "the Velland Fund , President of Marl , Ostria Aid , Dunholt Mills in Velby , Quillby Trust .",
		in:   []Chunk{{FineOrganization, 1, 3}, {FineOrganization, 8, 10}, {FineOrganization, 11, 13}, {FinePlace, 14, 15}, {FineOrganization, 16, 18}},
		want: []Chunk{{FineOrganization, 1, 3}, {FineOrganization, 8, 10}, {FineOrganization, 11, 13}, {FinePlace, 14, 15}, {FineOrganization, 16, 18}},
	}, {
		// A headline in capitals says nothing about names.
		name: "headline",
		text: "VELLAND FUND , MARL AID , OSTRIA TRUST , QUILLBY SAYS",
		in:   []Chunk{{FineOrganization, 0, 2}, {FineOrganization, 3, 5}, {FinePlace, 6, 7}},
		want: []Chunk{{FineOrganization, 0, 2}, {FineOrganization, 3, 5}, {FinePlace, 6, 7}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := orgListItems(strings.Fields(tc.text), append([]Chunk(nil), tc.in...))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s:\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"VELLAND , MARL SIGN TRADE PACT", true},
		{"the Velland Fund , Marl Aid and Ostria Trust met", false},
		{"U.S. says", false},
	} {
		if got := headline(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("headline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
