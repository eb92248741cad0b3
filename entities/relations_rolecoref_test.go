package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestRoleCorefRules checks the person → body rules of
// relations_rolecoref_*.go on texts written for this test: a party
// office beside the head holds a role and is no membership, a bare
// company head's title is the article's company's when the other body
// of its sentence comes after a speech verb, an MSP is a member of the
// party before the title, a title after a comma that runs into a name
// is not the title of the person before the comma, and a state office
// after "as" is pended as a title before the name would be.
func TestRoleCorefRules(t *testing.T) {
	const tory = "Michael Hale launched the Conservative Party campaign on Monday. The Tory leader spoke in Brighton. "
	const acme = "Corvane Holdings posted higher profits. Corvane Holdings said sales rose. Analysts liked Corvane Holdings. "
	cases := []struct {
		text     string
		kind     graph.Kind
		from, to string
		want     bool
	}{
		// Party offices beside the head: holds_role, not member_of.
		{tory + "Tory co-chairman Liam Fane said the party would win.", graph.HoldsRole, "Liam Fane", "Conservative Party", true},
		{tory + "Tory co-chairman Liam Fane said the party would win.", graph.MemberOf, "Liam Fane", "Conservative Party", false},
		{tory + "Tory deputy leader Liam Fane said the party would win.", graph.MemberOf, "Liam Fane", "Conservative Party", false},
		{tory + "Tory deputy leader Liam Fane said the party would win.", graph.HoldsRole, "Liam Fane", "Conservative Party", true},
		// Other party offices are a member's too.
		{tory + "Tory MP Liam Fane said the party would win.", graph.MemberOf, "Liam Fane", "Conservative Party", true},
		{tory + "Tory shadow chancellor Liam Fane said the party would win.", graph.MemberOf, "Liam Fane", "Conservative Party", true},
		// A bare head whose sentence names another body after a verb.
		{acme + "Chief Executive Martin Sorvel on Friday told Reuters news agency that Corvane Holdings had made a bid.", graph.Leads, "Martin Sorvel", "Corvane Holdings", true},
		// A body before the title, or right after the name, may own it.
		{acme + "Brant Industries said on Friday that Chief Executive Martin Sorvel would retire.", graph.Leads, "Martin Sorvel", "Corvane Holdings", false},
		{acme + "Chief Executive Martin Sorvel, of Brant Industries, said he would retire.", graph.Leads, "Martin Sorvel", "Corvane Holdings", false},
		// A body after the name, with no speech verb between, may own it.
		{acme + "Chairman Gordon Caine, who previously led a buyout of Brant Industries, has spent heavily.", graph.Leads, "Gordon Caine", "Corvane Holdings", false},
		{acme + "Chairman Gordon Caine said the unit of Brant Industries was for sale.", graph.Leads, "Gordon Caine", "Corvane Holdings", true},
		// A title after a comma that runs into a name is that name's.
		{"Labour and the Tories campaigned. Mr Kenley's tour comes as he, Labour leader Tony Blane and Conservative leader Michael Hurd all step up campaigning in Britain.", graph.Leads, "Kenley", "Labour Party", false},
		{"Labour and the Tories campaigned. Mr Kenley's tour comes as he, Labour leader Tony Blane and Conservative leader Michael Hurd all step up campaigning in Britain.", graph.Leads, "Tony Blane", "Labour Party", true},
		{"Labour and the Tories campaigned. Tony Blane, Labour leader, said the vote would be close.", graph.Leads, "Tony Blane", "Labour Party", true},
		// A state office after "as" with no body.
		{"Labour leader Tom Blaine spoke in Britain. The Lib Dem leader said voters had a fundamental lack of trust of Tom Blaine as prime minister.", graph.HoldsRole, "Tom Blaine", "United Kingdom", true},
		{"Labour won in Britain. Mr Dave Blunt resigned as home secretary last week.", graph.HoldsRole, "Dave Blunt", "United Kingdom", true},
		{"Labour won in Britain. Mr Dave Blunt could not be trusted as a minister.", graph.HoldsRole, "Dave Blunt", "United Kingdom", false},
		{"Labour won in Britain. Mr Dave Blunt will step down as president at the end of the year.", graph.HoldsRole, "Dave Blunt", "United Kingdom", false},
		{"Labour won in Britain. Duncan Banner attacked the plan on Monday. His broadside came as ex-Foreign Secretary Robin Cooke said he hoped for a change.", graph.HoldsRole, "Duncan Banner", "United Kingdom", false},
		{"Labour won in Britain. TV presenter Anne Robins said as home secretary he gave the wrong impression.", graph.HoldsRole, "Anne Robins", "United Kingdom", false},
		// MSP is a legislator's title: a member of the party before it.
		{"The Green Party set out its plans in Scotland. Green MSP Mark Bellard said the plan was sound.", graph.MemberOf, "Mark Bellard", "Green Party of England and Wales", true},
		{"Labour won in Scotland. Labour MSP Ann Crae and Tory MSPs Jo Dee and Sam Lee voted.", graph.MemberOf, "Sam Lee", "Conservative Party", true},
	}
	x := parsingExtractor()
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), c.kind, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, c.kind, c.to, got, c.want)
		}
	}
}
