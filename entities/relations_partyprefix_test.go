package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyBeforePerson checks a party word or nickname right before a
// person's name, on sentences written for this test: the word is no part
// of the name, and the person is a member of the party where the article
// lets the party be told (a country named, or the party named in full).
func TestPartyBeforePerson(t *testing.T) {
	cases := []struct {
		text, person, party string // party "" = no member_of wanted
	}{
		// No country named: an English-speaking country's nickname takes its
		// first reading (partynickprior.go); a translated one stays unread.
		{"Republican Vera Quill said the bill would pass the Senate.", "Vera Quill", "Republican Party"},
		{"Socialist Vera Quill said the bill would pass the Senate.", "Vera Quill", ""},
		{"Republican Vera Quill said the bill would pass in the United States.", "Vera Quill", "Republican Party"},
		{"The Republican Party holds a majority. Republican Vera Quill said the bill would pass.", "Vera Quill", "Republican Party"},
		{"Lib Dem Oren Tallis said the plan would fail in Britain.", "Oren Tallis", "Liberal Democrats"},
		{"In Britain, Tory Pia Dunmore agreed with the plan.", "Pia Dunmore", "Conservative Party"},
		{"Labour Kit Farrow Brand spoke in London on Monday.", "Kit Farrow Brand", "Labour Party"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		ex := x.Extract(c.text)
		var names []string
		found := false
		for _, e := range ex.Entities {
			names = append(names, e.Name)
			found = found || e.Name == c.person && e.Type == graph.Person
		}
		if !found {
			t.Errorf("%q: no person %q in %q", c.text, c.person, names)
			continue
		}
		var parties []string
		for _, r := range ex.Relations {
			if r.Kind == graph.MemberOf && ex.Entities[r.From].Name == c.person {
				parties = append(parties, ex.Entities[r.To].Name)
			}
		}
		switch {
		case c.party == "" && len(parties) > 0:
			t.Errorf("%q: %s member_of %q, want none", c.text, c.person, parties)
		case c.party != "" && !slices.Contains(parties, c.party):
			t.Errorf("%q: %s member_of %q, want %s", c.text, c.person, parties, c.party)
		}
	}
}

// TestPartyOfBody checks a party opening the name of a body whose title
// the person holds: the person is the party's member (sentences written
// for this test).
func TestPartyOfBody(t *testing.T) {
	checkIngestRelCases(t, graph.MemberOf, []relCase{
		{"Liberal Democrat home affairs committee chairman Mark Ostler said the plan was flawed.", "Mark Ostler", "Liberal Democrat", true},
		// A capitalised word after the party: a body named with the word.
		{"Labour Housing Trust chairman Mark Ostler said the plan was flawed.", "Mark Ostler", "Labour", false},
	})
}
