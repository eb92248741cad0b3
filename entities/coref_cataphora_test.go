package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestCataphoricTitles checks that a title opening a story, or closing
// its first sentence as the speaker, is the person the next sentence
// opens on, on sentences written for this test.
func TestCataphoricTitles(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			// A possessor country names the office's country.
			text: "Norway's trade minister has opened a fishing fair in Bergen. Tom Rellsen said exports would grow.",
			want: []string{"holds_role Tom Rellsen -> Norway"},
		},
		{
			// The body after "at", past words that are no role words.
			text: "The former chief financial officer at shipping firm Brantex Holdings has admitted fraud. Jan Skovgaard told the court he was sorry.",
			want: []string{"holds_role Jan Skovgaard -> Brantex Holdings"},
		},
		{
			// "The former head of <body>" after a linking adverb.
			text: "Meanwhile, the former head of Dalvane Motors was charged with fraud. Ivo Marsh, 52, denies the charges.",
			want: []string{"leads Ivo Marsh -> Dalvane Motors"},
		},
		{
			// The closing speaker.
			text: "Fishing quotas must be cut, Norway's fisheries minister has said. Kari Vellan wants the cut agreed in Oslo.",
			want: []string{"holds_role Kari Vellan -> Norway"},
		},
	})
	checkWantCases(t, x, []wantCase{
		{
			// A person named before the description in its sentence is
			// its subject, not the next sentence's.
			text: "Rolf Adder said Norway's trade minister would open the fair. Tom Rellsen said exports would grow.",
			not:  []string{"holds_role Tom Rellsen -> Norway"},
		},
		{
			// Named before: the next sentence's opening name is no new one.
			text: "Tom Rellsen arrived in Bergen. Norway's trade minister has opened a fishing fair. Tom Rellsen said exports would grow.",
			not:  []string{"holds_role Tom Rellsen -> Norway"},
		},
		{
			// An unnamed speaker is seldom named next.
			text: "The Brantex Holdings spokesman has denied the reports. Jan Skovgaard said the firm was sound.",
			not:  []string{"affiliated_with Jan Skovgaard -> Brantex Holdings", "member_of Jan Skovgaard -> Brantex Holdings"},
		},
		{
			// Inside a quotation the title is the speaker's words.
			text: "\"Norway's trade minister has failed us,\" the union said. Tom Rellsen said exports would grow.",
			not:  []string{"holds_role Tom Rellsen -> Norway"},
		},
		{
			// A closing speaker in a sentence naming a person may be anyone's.
			text: "Jan Skov will lose his seat, Norway's fisheries minister has said. Kari Vellan wants the cut agreed.",
			not:  []string{"holds_role Kari Vellan -> Norway"},
		},
	})
}
