package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPhraseEvents checks events named by a common noun whose own phrase
// names a participant (events_phrase.go, relations_events_phrase.go): the
// owner, the body before the head, a pair of countries, and every
// participant after the head's link word, on sentences written for this
// test.
func TestPhraseEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// The owner, grading words between allowed, and a bare apostrophe.
		{"Peru's latest trade talks with Chile ended on Friday.", "Peru", "trade talks", true},
		{"Peru's latest trade talks with Chile ended on Friday.", "Chile", "trade talks", true},
		{"Mr Tom Hale's trial is expected to last two months.", "Tom Hale", "trial", true},
		{"Mr Ola Brands' trial is expected to last two months.", "Ola Brands", "trial", true},
		{"Acme Motors' takeover of Borvex Holdings was approved on Monday.", "Acme Motors", "takeover", true},
		{"Acme Motors' takeover of Borvex Holdings was approved on Monday.", "Borvex Holdings", "takeover", true},
		// Link words after the head, lists distributing, titles skipped.
		{"Speaking to reporters after talks with President Tom Hale, he said prices would rise.", "Tom Hale", "talks", true},
		{"Investors welcomed the merger of Acme Motors Inc and the Borvex Group on Monday.", "Borvex Group", "merger", true},
		{"Investors welcomed the merger of Acme Motors Inc and the Borvex Group on Monday.", "Acme Motors Inc", "merger", true},
		{"Shareholders welcomed the bid by Acme Motors last week.", "Acme Motors", "bid", true},
		{"The lawyer leading the class action suit against Acme Motors said so.", "Acme Motors", "class action suit", true},
		{"Analysts said the fish dispute with Canada could last.", "Canada", "fish dispute", true},
		{"He welcomed a meeting between Senator Tom Hale, Acme Bank Governor Ola Brand and Premier Ana Ruiz in Lisbon.", "Ola Brand", "meeting", true},
		{"He welcomed a meeting between Senator Tom Hale, Acme Bank Governor Ola Brand and Premier Ana Ruiz in Lisbon.", "Acme Bank", "meeting", false},
		{"Prices fell after the U.S.-Japanese dispute over chip trade.", "United States", "dispute", true},
		{"Prices fell after the U.S.-Japanese dispute over chip trade.", "Japan", "dispute", true},
		// Only wanted, refused or denied; a name that only qualifies a
		// noun; a link word the head does not take.
		{"Premier Ana Ruiz hopes to reach a deal with Chile soon.", "Chile", "deal", false},
		{"Premier Ana Ruiz refused talks with Senator Tom Hale.", "Tom Hale", "talks", false},
		{"Acme Motors said it held talks with other Borvex shareholders.", "Borvex", "talks", false},
		{"The EU said it will start accession talks with Croatia in April.", "Croatia", "accession talks", true},
		{"It was Japan's largest takeover of a foreign firm.", "Japan", "takeover", false},
		{"In Peru's case the rules differ.", "Peru", "case", false},
		{"Officials said the trial with Acme Motors drugs failed.", "Acme Motors", "trial", false},
		{"Legal expert Tom Hale said there was no treaty between the US and Russia.", "Russia", "treaty", false},
		{"Shares in Acme rose on speculation that it could be the target of a takeover by France's Pernod Ricard.", "Pernod Ricard", "takeover", false},
		{"Acme Motors is seeking $2bn in a separate US lawsuit against Borvex Holdings.", "Borvex Holdings", "lawsuit", true},
		{"Acme Motors is seeking $2bn in a separate US lawsuit against Borvex Holdings.", "United States", "lawsuit", false},
		{"The winner will work in partnership with the Iraqi Telecommunications and Post Company.", "Iraqi Telecommunications and Post Company", "partnership", false},
		{"The group is strongly opposed to any takeover by Mr Tom Glazer.", "Tom Glazer", "takeover", false},
		{"Using back taxes to deal with firms like Acme Motors was a mistake.", "Acme Motors", "deal", false},
		{"Officials value Peru as an ally in the Andean Trade Council alliance.", "Andean Trade Council", "alliance", false},
		{"Acme Motors said it had agreed a £1.8bn takeover by Borvex Holdings.", "Borvex Holdings", "takeover", true},
		{"Former minister Ola Brand made the proposal at a meeting with Premier Tom Hale soon after his return.", "Tom Hale", "meeting", true},
		{"Shareholders welcomed the bid by Acme Motors Inc for the Borvex Group last week.", "Acme Motors Inc", "bid", true},
		{"Shareholders welcomed the bid by Acme Motors Inc for the Borvex Group last week.", "Borvex Group", "bid", true},
		{"Investors cheered Acme Motors Inc and Borvex Group's merger on Monday.", "Acme Motors Inc", "merger", true},
		{"He said claims of a clash between Peru and Chile were wrong.", "Chile", "clash", false},
		{"Acme Motors faces the threat of a strike at Borvex Holdings.", "Borvex Holdings", "strike", false},
		{"Mr Tom Hale was at the centre of the government's row with the Borvex Group.", "Borvex Group", "row", true},
		{"Acme Motors has held preliminary merger talks with Borvex Holdings, Reuters said.", "Reuters", "merger talks", false},
		{"Acme Motors has held preliminary merger talks with Borvex Holdings, Reuters said.", "Borvex Holdings", "merger talks", true},
		// Under a modal in a clause hoped for: not yet an occurrence.
		{"The foreign secretary said he hoped the talks next week could produce a date in 2007 for the beginning of negotiations with Peru about possible membership.", "Peru", "negotiation", false},
		{"The foreign secretary said the beginning of negotiations with Peru about possible membership could take years.", "Peru", "negotiation", true},
		// An owner pronoun after a nearer possessive noun is that noun's.
		{"Mr Tom Hale, Acme Corp's former deputy, is the government's chief witness in its case against Mr Ola Brand.", "Acme Corp", "case against Mr Ola Brand", false},
		{"Acme Corp said its case against Borvex Holdings would be heard in May.", "Acme Corp", "case against Borvex Holdings", true},
		{"Officials ignore the progress made when it talks with the Borvex Group.", "Borvex Group", "it talks", false},
		{"The Irish duo have cut off talks with Mr Tom Glazer over the sale.", "Tom Glazer", "talks", true},
		{"Aid donors pledged funds, a statement issued after a two day meeting of the World Bank said.", "World Bank", "meeting", true},
	})
}

// TestPhraseEventsOpeningText: a head whose modifiers open the text
// ("trade talks" as its first words) has no token before them to read.
func TestPhraseEventsOpeningText(t *testing.T) {
	x := New()
	for _, s := range []string{"trade talks resumed on Monday.", "farm talks", "talks"} {
		x.Extract(s) // must not panic
	}
	ex := x.Extract("trade talks with Chile ended on Friday. Peru and Chile signed.")
	found := false
	for _, e := range ex.Entities {
		found = found || e.Name == "Chile"
	}
	if !found {
		t.Errorf("Chile not extracted from a text opening with an event's modifier")
	}
}
