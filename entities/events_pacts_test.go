package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
	"github.com/newsgraph/newsgraph/graph"
)

// checkParsedRelCases runs relation cases with the relation parse on.
func checkParsedRelCases(t *testing.T, k graph.Kind, cases []relCase) {
	t.Helper()
	x := New(WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), k, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, k, c.to, got, c.want)
		}
	}
}

// TestPactParties checks the parties of agreements, contracts, alliances
// and joint ventures made specific by their owner, their sides or a pair
// of countries, and of those a verb makes or ends, on made-up sentences.
func TestPactParties(t *testing.T) {
	checkParsedRelCases(t, graph.InvolvedIn, []relCase{
		// Ended, formed, won: the subject and every conjunct of it.
		{"Acme Corp and Bolt Industries ended their ten-year alliance on Monday.", "Bolt Industries", "ten-year alliance", true},
		{"Acme Corp and Bolt Industries ended their ten-year alliance on Monday.", "Acme Corp", "ten-year alliance", true},
		// A contract won is one of its article (wonDeals, events_deal_won.go),
		// named by its amount too; a bare one as well, as an article-local event.
		{"Acme Corp won a 40 mln dlr defence contract from the navy.", "Acme Corp", "40 mln dlr defence contract", true},
		{"Acme Corp won a contract from the navy.", "Acme Corp", "contract", true},
		{"Acme Corp formed a marketing alliance with Bolt Industries.", "Acme Corp", "marketing alliance", true},
		{"Acme Corp formed a marketing alliance with Bolt Industries.", "Bolt Industries", "marketing alliance", true},
		{"Acme Corp criticised the marketing alliance.", "Acme Corp", "marketing alliance", false},
		// Named by the sides when nothing else tells it apart.
		{"The dispute concerns a contract between Acme Corp and Bolt Industries.", "Acme Corp", "contract between Acme Corp and Bolt Industries", true},
		{"The dispute concerns a contract between Acme Corp and Bolt Industries.", "Bolt Industries", "contract between Acme Corp and Bolt Industries", true},
		{"Acme Corp set up a joint venture with Bolt Industries in Lagos.", "Bolt Industries", "joint venture with Bolt Industries", true},
		{"Acme Corp set up a joint venture with Bolt Industries in Lagos.", "Acme Corp", "joint venture with Bolt Industries", true},
		// Owned: a possessive before it, an amount between.
		{"Acme Corp's 20 mln dlr supply contract expires in May.", "Acme Corp", "supply contract", true},
		// The pronoun after a reporting verb stands for the speaker.
		{"Acme Corp said it signed a supply agreement with Bolt Industries.", "Acme Corp", "supply agreement", true},
		{"Acme Corp said it has formed a joint venture with Bolt Industries.", "Acme Corp", "joint venture with Bolt Industries", true},
		{"Acme Corp said its 20 mln dlr supply contract with Bolt Industries expires in May.", "Acme Corp", "supply contract", true},
		{"Acme Corp said Bolt Industries signed a supply agreement with Cole Inc.", "Acme Corp", "supply agreement", false},
		// Sought or hoped for, not made.
		{"Officials are trying to strike a deal with Bolt Industries.", "Bolt Industries", "deal with Bolt Industries", false},
		{"A new agreement between Ghana and Togo would pave the way for talks.", "Togo", "agreement between Ghana and Togo", false},
		{"Acme Corp won a contract with Bolt Industries that could be worth 1 bln dlrs.", "Bolt Industries", "contract with Bolt Industries", true},
		// A side is the name the phrase ends with, not a possessor or a
		// modifier.
		{"Acme Corp formed a joint venture with Ghana's Bolt Industries.", "Ghana", "joint venture with Ghana's Bolt Industries", false},
		{"Acme Corp formed a joint venture with Ghana's Bolt Industries.", "Bolt Industries", "joint venture with Ghana's Bolt Industries", true},
		{"The Lima exchange listed the May futures contract with Bolt Industries.", "Bolt Industries", "futures contract", false},
		// A pair of countries names both parties.
		{"Officials said a long-term Ghana-Togo fishing agreement would lapse.", "Ghana", "Ghana-Togo fishing agreement", true},
		{"Officials said a long-term Ghana-Togo fishing agreement would lapse.", "Togo", "Ghana-Togo fishing agreement", true},
	})
}

// TestSuitParties checks the parties of lawsuits: who brings one and
// whom it is against.
func TestSuitParties(t *testing.T) {
	checkParsedRelCases(t, graph.InvolvedIn, []relCase{
		{"Acme Corp's 90 mln dlr patent case against Bolt Industries was dismissed.", "Acme Corp", "patent case", true},
		{"Acme Corp's 90 mln dlr patent case against Bolt Industries was dismissed.", "Bolt Industries", "patent case", true},
		{"Acme Corp filed a copyright suit against Bolt Industries.", "Acme Corp", "copyright suit", true},
		{"Acme Corp filed a copyright suit against Bolt Industries.", "Bolt Industries", "copyright suit", true},
		{"Shareholders led by Ann Vole brought a lawsuit against Bolt Industries.", "Bolt Industries", "lawsuit against Bolt Industries", true},
		{"Bolt Industries said it would fight the lawsuit against Acme Corp.", "Acme Corp", "lawsuit against Acme Corp", true},
		{"Acme Corp made the case for lower rates.", "Acme Corp", "case", false},
		{"In the case of Acme Corp, sales fell.", "Acme Corp", "case", false},
		{"Acme Corp filed suit against 27 Lima University students.", "Lima University", "suit against 27 Lima University", false},
	})
}

// TestPactCoordinatedSubjects checks, on the parse, that a coordinated
// subject carries to the agreement the verb it shares with another backs
// ("X and Y met Z and agreed to support E": X and Y, not Z).
func TestPactCoordinatedSubjects(t *testing.T) {
	checkParsedRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru and Chile met Ghana and agreed to support the Lima accord.", "Chile", "Lima accord", true},
		{"Peru and Chile met Ghana and agreed to support the Lima accord.", "Ghana", "Lima accord", false},
		{"Peru met Chile and Ghana and agreed to support the Lima accord.", "Ghana", "Lima accord", false},
		{"Acme Corp and Bolt Industries met Cole Inc and agreed to support the Lima accord.", "Bolt Industries", "Lima accord", true},
	})
}

// TestSuitRoles checks that the parties named by their part in the one
// lawsuit of an article are involved in it, and that two lawsuits leave
// them alone.
func TestSuitRoles(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Acme Corp filed a patent suit against Bolt Industries. Lead plaintiff, the University of Lima, welcomed the ruling.", "University of Lima", "patent suit", true},
		{"Acme Corp filed a patent suit. The defendants include the firms Cole Inc, Dorn Ltd and Eyre Corp.", "Dorn Ltd", "patent suit", true},
		{"Acme Corp filed a patent suit. The defendants include the firms Cole Inc, Dorn Ltd and Eyre Corp.", "Eyre Corp", "patent suit", true},
		{"Acme Corp filed a patent suit. Cole Bank, a defendant in the case, declined to comment.", "Cole Bank", "patent suit", true},
		{"Acme Corp filed a patent suit. Cole Bank said the defendant would appeal.", "Cole Bank", "patent suit", false},
		{"Acme Corp filed a patent suit and Bolt Industries filed a copyright suit. Cole Bank, a defendant, declined to comment.", "Cole Bank", "patent suit", false},
		{"Cole Bank, a defendant, declined to comment.", "Cole Bank", "case", false},
	})
}
