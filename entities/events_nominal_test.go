package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// TestNominalEvents checks events named by a verb's noun (events_nominal.go):
// the owner, the names after the noun's own link words, a later link after
// a complement that names no one, and the subject of a participation verb
// over a noun alone, on sentences written for this test.
func TestNominalEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Acme Motors' purchase of Borvex Holdings was approved on Monday.", "Acme Motors", "purchase of Borvex Holdings", true},
		{"Acme Motors' purchase of Borvex Holdings was approved on Monday.", "Borvex Holdings", "purchase", true},
		{"Quux Corp welcomed the sale of its Zed unit to Borvex Holdings.", "Borvex Holdings", "sale", true},
		{"Acme Motors said the sale of its Zed unit to Borvex Holdings was complete.", "Acme Motors", "sale", true},
		{"Investors cheered the sale of Acme Motors to Borvex Holdings last week.", "Acme Motors", "sale of Acme Motors", true},
		{"The inquiry into Acme Motors was opened by the Trade Commission.", "Acme Motors", "inquiry into Acme Motors", true},
		{"The Trade Commission's investigation into Borvex Holdings widened.", "Trade Commission", "investigation", true},
		{"The Trade Commission's investigation into Borvex Holdings widened.", "Borvex Holdings", "investigation", true},
		{"Acme Motors made an offer for Borvex Holdings on Friday.", "Borvex Holdings", "offer for Borvex Holdings", true},
		{"Senator Tom Hale gave a speech to the Assembly of Ruritania on Monday.", "Tom Hale", "speech to the Assembly of Ruritania", true},
		{"Chancellor Tom Hale delivered the Budget on Wednesday.", "Tom Hale", "Budget", true},
		{"Acme Motors attended the air show in Lisbon.", "Acme Motors", "air show", true},
		{"Acme Motors will attend the air show in Lisbon.", "Acme Motors", "air show", true},
		{"Chancellor Tom Hale will deliver the Budget on Wednesday.", "Tom Hale", "Budget", true},
		{"Acme Motors hopes it will attend the air show in Lisbon.", "Acme Motors", "air show", false},
		{"President Tom Hale's veto of the highway bill angered Congress.", "Tom Hale", "veto of the highway bill", true},
		{"Peru's referendum on the constitution was held in May.", "Peru", "referendum on the constitution", true},
		{"The American raid on its oil platforms angered Iran.", "United States", "raid on its oil platforms", true},
		{"The UK referendum on the constitution was delayed.", "United Kingdom", "UK referendum", true},
		{"Acme Motors faces tough talks with unions this week.", "Acme Motors", "tough talks with unions", true},
		{"Acme Motors placed an order for 30 planes with Borvex Holdings.", "Borvex Holdings", "order", true},
		{"Acme Motors placed an order for 30 planes with Borvex Holdings.", "Acme Motors", "order", true},
		{"The Trade Commission opened an in-depth investigation into whether Acme Motors broke the rules.", "Trade Commission", "in-depth investigation", true},
		{"In a speech to the European Parliament, Senator Tom Hale said taxes would fall.", "Tom Hale", "speech to the European Parliament", true},
		{"In a speech to the European Parliament, Senator Tom Hale said taxes would fall.", "European Parliament", "speech", false},
		{"The Labour Party will fight the next general election on its record.", "Labour Party", "next general election", true},
		{"Tory leader Michael Howard is campaigning for the next general election.", "Michael Howard", "next general election", true},
		{"Mr Tom Hale said he would quit if the Green Party won the next election.", "Green Party", "next election", false},
		{"The Green Party said it could fight the next general election alone.", "Green Party", "next general election", false},
		{"Mr Tom Hale arrived in Lisbon on Monday. He gave a speech to the Assembly of Portugal.", "Tom Hale", "speech", true},
		// A purpose complement tells one agreement from others
		// (events_purpose.go).
		{"Peru and Chile signed an agreement to reschedule their debts.", "Chile", "agreement to reschedule their debts", true},
		{"Acme Motors struck a deal to acquire 36 planes from Borvex Holdings.", "Borvex Holdings", "deal", true},
		{"Acme Motors struck a deal to acquire 36 planes from Borvex Holdings.", "Acme Motors", "deal", true},
		{"Investors doubted the agreement to buy Borvex Holdings.", "Borvex Holdings", "agreement to buy Borvex Holdings", true},
		{"Peru agreed the deal had failed.", "Peru", "deal", false},
		// A manner or a state, a wish, a negation, a verb's own "by": no
		// occurrence or no part in it.
		{"The Leeds inquiry was criticised by Mr Tom Hale.", "Tom Hale", "Leeds inquiry", false},
		{"In a speech before the Acme Growers Association, Peru Farm Secretary Tom Hale said prices fell.", "Tom Hale", "speech", true},
		{"Labour staged a show of unity at its poster launch.", "Labour Party", "show", false},
		{"Chancellor Tom Hale has made an appeal for unity.", "Tom Hale", "appeal", false},
		{"Voters say the Labour Party appeal to the same instincts.", "Labour Party", "appeal", false},
		{"The Acme Motors appeal against the fine was rejected.", "Acme Motors", "appeal", true},
		{"Voters are demanding an investigation by the Trade Commission.", "Trade Commission", "investigation", false},
		{"There was speculation that Mr Tom Hale had held talks with potential buyers.", "Tom Hale", "talks with potential buyers", false},
		{"Acme Motors has won the case in Lima.", "Acme Motors", "case", false},
		{"Borvex Holdings said the Zed unit was for sale to Acme Motors.", "Acme Motors", "sale", false},
		{"Acme Motors hopes to make an offer for Borvex Holdings.", "Borvex Holdings", "offer", false},
		{"Acme Motors did not attend the air show in Lisbon.", "Acme Motors", "air show", false},
		{"Senator Tom Hale said the speech was too long.", "Tom Hale", "speech", false},
	})
}

// TestEventNominalsDerive: every noun of event_nominals with a verb is
// that verb's act by the suffix rules (derivesFrom), so the list stays a
// class of nominalisations rather than a list of words.
func TestEventNominalsDerive(t *testing.T) {
	for _, line := range lexicon.Words("event_nominals") {
		f := strings.Fields(line)
		if f[1] != "-" && !derivesFrom(f[0], f[1]) {
			t.Errorf("event_nominals: %q is not a nominalisation of %q", f[0], f[1])
		}
	}
	for _, c := range []struct {
		noun, verb string
		want       bool
	}{{"purchase", "purchase", true}, {"acquisition", "acquire", false}, {"investigation", "investigate", true},
		{"invasion", "invade", true}, {"admission", "admit", true}, {"closure", "close", true}, {"government", "govern", true},
		{"sale", "sell", true}, {"table", "tab", false}} {
		if got := derivesFrom(c.noun, c.verb); got != c.want {
			t.Errorf("derivesFrom(%q, %q) = %v, want %v", c.noun, c.verb, got, c.want)
		}
	}
}
