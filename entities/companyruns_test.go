package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// companyRunCases are sentences written for this test: company names the
// recognizer reads in pieces or as a party, organization names whose last
// words the "X said" cue would take for a person, and names that must
// keep their reading.
var companyRunCases = []struct{ name, text string }{
	{"demonym-inside", "Tom Green of Basic American Foods said sales were weak."},
	{"place-inside", "Prices fell, said Ann Kerr, a trader at Leeds Harbour Securities."},
	{"party-word-first", "Anna Berg, a bond strategist at Popular Securities, said rates would rise."},
	{"new-name", "Shares in Corvane Holdings rose 4% on Monday."},
	{"bank-of", "The Bank of England kept rates on hold, said Ivo Marsh."},
	{"sentence-initial-the", "The Steel Industries of the north were closed."},
	{"gazetteer-party", "Mariano Rajoy of the Popular Party spoke in Madrid."},
	{"single-word", "Airlines cut fares in Spain."},
	{"ampersand", "Ann Kerr of Marsh & Hale Partners said so."},
	// "<Name> <head> <role> <Person>": the name and its head are one company.
	{"lower-head-person", "\"Demand is weak,\" said Halvern bank economist Tom Hale."},
	{"lower-head-code", "\"Demand is weak,\" said KE bank analyst Tom Hale."},
	{"lower-head-demonym", "\"Demand is weak,\" said German bank economist Tom Hale."},
	{"lower-head-country", "\"Demand is weak,\" said US bank analyst Tom Hale."},
	// An industry noun ending the name; a person's name in it is the firm's.
	{"industry-head", "Tom Hale, executive vice-president of RJ Halvern Tobacco, said so."},
	// "d'" and a capital inside a person's name; a quantifier opening a sentence is no name.
	{"elided-particle", "The deal was backed by former French President Jean-Pierre d'Aubigny and others."},
	{"quantifier-opening", "Much of the party's money came from Yorkshire millionaire Sir Tom Hale."},
	// A listed broadcaster whose name ends in a number.
	{"known-number", "Ivo Marsh made three films for Channel 4 in Leeds."},
	// A rank abbreviation does not end an organization's name.
	{"rank-after-org", "The panel questioned retired Air Force Maj. Gen. Tom Hale on Monday."},
	{"rank-after-head", "Army Col. Ann Kerr led the inquiry."},
	{"sector-after-head", "\"Demand is weak,\" said Halvern Capital energy analyst Tom Hale."},
	{"tail-of-longer-name", "Ann Kerr of Bank of Halvern Securities said so."},
	{"hyphened-head", "Leaders of the Asia Pacific Economic Co-operation forum met in Leeds."},
	// "<Head> for <Name> said": the name ends the organization's name.
	{"campaign-for", "Ivo Marsh of the Campaign for Cleaner Rivers said the plan was late."},
	{"hyphened-tail", "Ivo Marsh of the Fund for Drug-Free Schools said the plan was late."},
	{"plain-said", "Ivo Marsh said the Fund would pay."},
	{"of-party-said", "Ivo Marsh of the Labour Party said the plan was late."},
}

func TestCompanyRunsGolden(t *testing.T) {
	entitiesGolden(t, "company_runs.golden", companyRunCases)
}

// partyOpeningCases are sentences written for this test: a party's
// nickname after a count that opens the sentence, or before a legislator
// noun, is the party of the country the article supports.
var partyOpeningCases = []struct{ name, text string }{
	{"count-opening", "Two Republican senators in Ohio voted against the bill."},
	{"the-opening", "The Labour candidate in Leeds lost his seat."},
	{"legislator-noun", "Three Democratic congressmen from Texas opposed the plan."},
	{"capitalised-before", "Shares of Acme Republican Bancorp rose in Ohio."},
	{"no-country", "Two Republican senators voted against the bill."},
}

func TestPartyOpeningGolden(t *testing.T) {
	entitiesGolden(t, "party_opening.golden", partyOpeningCases)
}

// entitiesGolden extracts each case and compares the named entities and
// their types with the golden file in testdata.
func entitiesGolden(t *testing.T, file string, cases []struct{ name, text string }) {
	t.Helper()
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	var b strings.Builder
	for _, c := range cases {
		ex := x.ExtractArticle(c.text, ArticleInfo{})
		fmt.Fprintf(&b, "== %s\n%s\n", c.name, c.text)
		for _, e := range ex.Entities {
			if !e.Implied {
				fmt.Fprintf(&b, "  %s [%s]\n", e.Name, e.Type)
			}
		}
	}
	checkGolden(t, file, b.String())
}
