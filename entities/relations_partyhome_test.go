package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyTitlesNamingNone checks party titles that name no party
// (relations_partyhome.go) and the adjectives before a party in an
// apposition or copula, which a preposition ends (roleAfter), on texts
// written for this test.
func TestPartyTitlesNamingNone(t *testing.T) {
	const tory = "The Conservative Party set out its plans on Monday. The Conservative Party wants lower taxes. "
	const libdem = "The Liberal Democrats promised lower taxes. The Lib Dems would cut fuel bills. "
	const acmeNews = "Corvane Industries agreed to pay a fine on Monday. Corvane Industries sold guns without checks, and Corvane Industries stores broke state rules. "
	const labour = "Labour launched new posters on Monday. Labour said the posters were popular. "
	cases := []struct {
		text     string
		kind     graph.Kind
		from, to string
		want     bool
	}{
		{tory + "Party chairman Sue Kell agreed.", graph.Leads, "Sue Kell", "Conservative Party", true},
		{tory + "Deputy chairman Ian Roe opened the forum and party leader Tom Vance is due to speak later.", graph.Leads, "Tom Vance", "Conservative Party", true},
		{libdem + `Mr Dan Frey said: "We have never been stronger under [party leader] Martin Hale."`, graph.Leads, "Martin Hale", "Liberal Democrats", true},
		// A shadow office speaking for the party the sentence names after it.
		{libdem + `Shadow local government secretary Dan Frey said: "This new Liberal Democrat approach will go further."`, graph.MemberOf, "Dan Frey", "Liberal Democrats", true},
		// The article's party may be the government's: a shadow office
		// named beside one of its people, or after its name, is not its.
		{labour + "Labour chairman Ian Corr described shadow chancellor Neil Bratt as a Labour target.", graph.MemberOf, "Neil Bratt", "Labour Party", false},
		{labour + "Labour's posters showed shadow chancellor Neil Bratt with a blackboard.", graph.MemberOf, "Neil Bratt", "Labour Party", false},
		{labour + "Tory Shadow Chancellor Neil Bratt called Labour a machine for talking.", graph.MemberOf, "Neil Bratt", "Labour Party", false},
		// "company" stands for the article's company.
		{acmeNews + "The firm has not decided whether to resume sales, company spokesman Gus Marley said.", graph.AffiliatedWith, "Gus Marley", "Corvane Industries", true},
		{acmeNews + "Company spokesman Gus Marley said Holt Brothers was to blame.", graph.AffiliatedWith, "Gus Marley", "Corvane Industries", false},
		// A preposition ends the adjectives before a party: the title is
		// the object's.
		{tory + "Home Office minister Ann Pelt, responding to Tory spokesman Jim Corran, said the figures were wrong.", graph.MemberOf, "Ann Pelt", "Conservative Party", false},
		{tory + "Home Office minister Ann Pelt, responding to Tory spokesman Jim Corran, said the figures were wrong.", graph.MemberOf, "Jim Corran", "Conservative Party", true},
		{"Labour defended its posters on Monday amid Tory claims they were unfair. Mr Alan Reed said he respected the concerns. He was responding to Tory spokesman Jim Corran who said the ads were a smear.", graph.MemberOf, "Alan Reed", "Conservative Party", false},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), c.kind, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, c.kind, c.to, got, c.want)
		}
	}
}
