package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPronounOwnerEvents checks events owned by a pronoun the article
// resolves (events_nominal_owner.go), on sentences written for this
// test: the owner takes part; a wish, a negation, a superlative, a head
// read as a state or an amount, a pronoun with no referent of its kind
// and an owner's noun that goes on ("its offer price") make none.
func TestPronounOwnerEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"President Tom Hale of Ruritania said his veto of the highway bill would stand.", "Tom Hale", "veto of the highway bill", true},
		{"The Acme Growers Association agreed the plan ahead of its meeting on 12 January.", "Acme Growers Association", "meeting", true},
		{"The Labour Party will hold its autumn conference in Manchester.", "Labour Party", "autumn conference", true},
		{"President Tom Hale said his campaign would focus on jobs.", "Tom Hale", "campaign", true},
		{"Shares of Acme Motors rose after its 1984 takeover was approved.", "Acme Motors", "takeover", true},
		{"Mr Tom Hale was released two years after his arrest in Lima.", "Tom Hale", "arrest", true},
		{"Brazil said the loan would help it work its way out of its debt crisis.", "Brazil", "debt crisis", true},
		{"The Green Party elected a new leader. The vote was held during the party's conference in Leeds.", "Green Party of England and Wales", "conference", true},
		{"Chancellor Gordon Brown said on Sunday that his Budget would help families.", "Gordon Brown", "Budget", true},
		{"Support for Chancellor Gordon Brown rose after his ninth Budget last week.", "Gordon Brown", "ninth Budget", true},
		// no occurrence, or no part in it
		{"Acme Motors said its Budget plans were cut.", "Acme Motors", "Budget", false},
		{"Shares in Acme Motors rose on Monday. Analysts welcomed the company's restructuring.", "Acme Motors", "restructuring", false},
		{"President Tom Hale said he hoped his campaign would not be needed.", "Tom Hale", "campaign", false},
		{"Acme Motors said its biggest takeover had failed.", "Acme Motors", "biggest takeover", false},
		{"Acme Motors said its agreement to the plan was needed.", "Acme Motors", "agreement", false},
		{"Acme Motors said its budget was cut by 10 pct.", "Acme Motors", "budget", false},
		{"Acme Motors said its offer price was too low.", "Acme Motors", "offer", false},
		{"Mr Tom Hale resigned as president after his election as chief executive of Acme Motors.", "Tom Hale", "election", false},
		{"Acme Motors said it is escalating its war with counterfeiters.", "Acme Motors", "war", false},
		{"The report said his veto of the highway bill would stand.", "Tom Hale", "veto of the highway bill", false},
	})
}

// TestByAgentEvents checks events whose agent a participle names
// (events_nominal_by.go) and heads opening a sentence
// (events_nominal_initial.go), on sentences written for this test.
func TestByAgentEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The chancellor spoke at a conference organised by the World Bank on Wednesday.", "World Bank", "conference", true},
		{"Senator Tom Hale told a symposium, sponsored by Acme University, that taxes would fall.", "Acme University", "symposium", true},
		{"Mr Tom Hale spoke at a dinner hosted by Peru and Chile.", "Chile", "dinner", true},
		{"Peru and Chile signed an agreement brokered by the World Bank.", "World Bank", "agreement", true},
		{"The summit, chaired by the European Commission, ended on Friday.", "European Commission", "summit", true},
		// a body led by Y, a wish, a participle that makes no participant
		{"Borvex Capital, a limited partnership led by Acme Motors, said it sold the unit.", "Acme Motors", "partnership", false},
		{"Unions demanded a meeting organised by the World Bank.", "World Bank", "meeting", false},
		{"The conference was criticised by the World Bank.", "World Bank", "conference", false},
		// a head opening its sentence
		{"Negotiations between Argentina and the banks have been stuck for weeks.", "Argentina", "Negotiation", true},
		{"Talks with Peru will resume on Monday in Lima.", "Peru", "Talks", true},
		{"TALKS WITH PERU RESUME", "Peru", "TALKS", false},
	})
}
