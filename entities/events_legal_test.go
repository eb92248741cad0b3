package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestLegalVerbEvents checks the fines, investigations and trials a verb
// states (events_legal.go, relations_events_legal.go), and that a modal
// of possibility, a negation or an attempt gives none, on sentences
// written for this test.
func TestLegalVerbEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Barclays was fined 5m pounds by the Financial Services Authority.", "Barclays", "fine", true},
		{"Barclays was fined 5m pounds by the Financial Services Authority.", "Financial Services Authority", "fine", true},
		{"Acme Motors and its former chief executive Mr John Jones were each fined 1m euros ($1.3m) by the Financial Services Authority.", "Acme Motors", "fine", true},
		{"Acme Motors and its former chief executive Mr John Jones were each fined 1m euros ($1.3m) by the Financial Services Authority.", "John Jones", "fine", true},
		{"The Financial Services Authority fined Barclays 5m pounds.", "Barclays", "fine", true},
		{"Barclays could be fined up to 5m pounds by the Financial Services Authority.", "Barclays", "fine", false},
		{"Microsoft was not fined by the European Commission.", "Microsoft", "fine", false},
		{"Microsoft is being investigated by the Securities and Exchange Commission.", "Microsoft", "investigation", true},
		{"Microsoft is being investigated by the Securities and Exchange Commission.", "Securities and Exchange Commission", "investigation", true},
		{"The Securities and Exchange Commission is investigating Microsoft.", "Microsoft", "investigation", true},
		{"Microsoft is under investigation by the Securities and Exchange Commission.", "Microsoft", "investigation by the Securities and Exchange Commission", true},
		{"Mr John Jones was tried for fraud in 1999.", "John Jones", "trial", true},
		{"Mr John Jones tried to sell Microsoft shares.", "John Jones", "trial", false},
		{"Mitsubishi Motors is suing Microsoft for damages.", "Microsoft", "lawsuit", true},
		{"Mitsubishi Motors is suing Microsoft for damages.", "Mitsubishi Motors", "lawsuit", true},
		{"Traders at Citigroup are facing a criminal investigation.", "Citigroup", "criminal investigation", false},
	})
}

// TestLegalRoleEvents checks the parties an inquiry, a lawsuit or a
// trial names by their part in it (events_legal_roles.go,
// relations_events_legal_roles.go) on sentences written for this test.
func TestLegalRoleEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Microsoft faces a Securities and Exchange Commission investigation.", "Microsoft", "investigation", true},
		{"Microsoft faces a Securities and Exchange Commission investigation.", "Securities and Exchange Commission", "investigation", true},
		{"Microsoft is the subject of a Securities and Exchange Commission investigation.", "Microsoft", "investigation", true},
		{"Microsoft said it is co-operating fully with the Securities and Exchange Commission investigation.", "Microsoft", "investigation", true},
		{"Gazprom is facing a 1bn rouble back-tax claim.", "Gazprom", "1bn rouble back-tax claim", true},
		{"Mr Bill Gates, a key witness in the trial, said he lied.", "Bill Gates", "trial", true},
		{"Mr Bill Gates gave evidence to the inquiry on Monday.", "Bill Gates", "inquiry", true},
		{"Microsoft could face a lawsuit.", "Microsoft", "lawsuit", false},
		{"Microsoft does not face a lawsuit.", "Microsoft", "lawsuit", false},
		{"Microsoft faces a possible inquiry.", "Microsoft", "inquiry", false},
		{"Microsoft is the target of a takeover bid.", "Microsoft", "bid", false},
		{"Mr Tony Blair is at the centre of a row over school funding.", "Tony Blair", "row over school funding", true},
		{"Microsoft has settled a lawsuit brought by Sun Microsystems.", "Microsoft", "lawsuit", true},
		{"The European Commission is conducting an investigation into the deal.", "European Commission", "investigation into the deal", true},
		{"Mr Tony Blair led the row over school funding.", "Tony Blair", "row over school funding", false},
		{"Microsoft said a Securities and Exchange Commission probe into its accounts had ended.", "Securities and Exchange Commission", "probe into its accounts", true},
		{"Mr William Lerach, the lawyer leading the class action suit against Microsoft, said he would appeal.", "William Lerach", "class action suit", true},
		{"Mr Liam Fox has opened proceedings with a speech.", "Liam Fox", "proceedings", false},
		{"Mitsubishi Motors has begun legal proceedings against Microsoft.", "Mitsubishi Motors", "legal proceedings", true},
		{"Microsoft said in response to a Reuters inquiry that it knew of no reason for the fall.", "Reuters", "inquiry", false},
	})
}

// TestTrialSubjects checks the defendants of "go on trial" and "stand
// trial" before a relative "who" or beside an unnamed counted group
// (trialSubjectEnd), on sentences written for this test.
func TestTrialSubjects(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Mr John Smith, who is on trial for fraud, denied the charges.", "John Smith", "trial", true},
		{"Acme Motors and five railway managers are to go on trial for manslaughter.", "Acme Motors", "trial", true},
		{"Acme Motors and railway managers will not go on trial.", "Acme Motors", "trial", false},
	})
}
