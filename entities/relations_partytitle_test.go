package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyTitleMember checks member_of from a party before a shadow,
// backbench or rebel title (relations_partytitle.go) and the trimming of
// "Veteran <party> MP" to the party (partytitles.go), on texts written for
// this test.
func TestPartyTitleMember(t *testing.T) {
	const uk = "Britain's Labour government and the Conservative Party argued in London. "
	cases := []struct {
		text, person, party string
		want                bool
	}{
		{uk + "Conservative shadow transport secretary Alan Brisk said the plan failed.", "Alan Brisk", "Conservative Party", true},
		{uk + "Meanwhile Labour backbencher Dora Quill called it a mistake.", "Dora Quill", "Labour Party", true},
		{uk + "The Tory shadow home secretary, Peter Vantle, said no.", "Peter Vantle", "Conservative Party", true},
		{uk + "Senior Labour backbencher Ruth Ambery agreed.", "Ruth Ambery", "Labour Party", true},
		{uk + "Labour rebel Simon Tarrow voted against.", "Simon Tarrow", "Labour Party", true},
		{uk + "Veteran Labour MP and former minister Hugh Callow will stand down.", "Hugh Callow", "Labour Party", true},
		// "Tory" names the Conservatives the article names in full.
		{"The Conservatives want discipline in schools. The plan did not impress Tory shadow schools secretary Tim Farrow.", "Tim Farrow", "Conservative Party", true},
		{uk + "Labour campaign spokesman Fred Kemble said no.", "Fred Kemble", "Labour Party", true},
		{uk + "Conservative family spokeswoman Tina Mayhew agreed.", "Tina Mayhew", "Conservative Party", true},
		// A portfolio of more than three words is another phrase.
		{uk + "Labour said the long awaited council budget spokesman Fred Kemble was wrong.", "Fred Kemble", "Labour Party", false},
		// No party word before the title: the shadow office alone names none.
		{uk + "Shadow transport secretary Alan Brisk said the plan failed.", "Alan Brisk", "Conservative Party", false},
		// The party word belongs to another phrase: "of the Labour".
		{uk + "The leader of the Labour rebels, Tom Ferrand, spoke.", "Tom Ferrand", "Labour Party", false},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		ex := x.Extract(c.text)
		if got := hasRel(ex, graph.MemberOf, c.person, c.party); got != c.want {
			t.Errorf("%q: %s member_of %s = %v, want %v", c.text, c.person, c.party, got, c.want)
		}
		for _, e := range ex.Entities {
			if e.Type == graph.Party && (e.Name == "Veteran Labour MP" || e.Name == "Senior Labour") {
				t.Errorf("%q: party %q read with its title", c.text, e.Name)
			}
		}
	}
}

// TestTrimPartyTitles checks that a party mention read with the title
// words around it keeps only the party's name, and that a mention whose
// last word may be a ministry's ("Labour Minister") is kept whole.
func TestTrimPartyTitles(t *testing.T) {
	cases := []struct {
		text      string
		end       int // the mention's tokens: [0, end)
		want      string
		wantParty bool
	}{
		{"Veteran Labour MP Hugh Callow spoke.", 3, "Labour", true},
		{"Senior Tory backbencher Ann Crane spoke.", 3, "Tory", true},
		{"Labour MP Hugh Callow spoke.", 2, "Labour", true},
		{"Labour Minister Hugh Callow spoke.", 2, "Labour Minister", false},
		{"Veteran Affairs Office head Hugh Callow spoke.", 3, "Veteran Affairs Office", false},
	}
	for _, c := range cases {
		d := text.Segment(c.text)
		ms := []Mention{{TokStart: 0, TokEnd: c.end, Start: 0, End: d.Tokens[c.end-1].End, Type: graph.Organization}}
		ms = trimPartyTitles(d, ms)
		if got := ms[0].Text(d); got != c.want || (ms[0].Type == graph.Party) != c.wantParty {
			t.Errorf("%q: mention %q (%v), want %q (party %v)", c.text, got, ms[0].Type, c.want, c.wantParty)
		}
	}
}
