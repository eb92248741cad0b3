package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEventCompoundsAndTargets checks events named by a hyphenated head
// or by what they are directed at, and a country's demonym opening a
// conflict's name, on sentences written for this test.
func TestEventCompoundsAndTargets(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Finance Minister Ivo Marsh, who won the Oxford by-election in May, said taxes would fall.", "Ivo Marsh", "Oxford by-election", true},
		{"The Senate said Mexico was failing to cooperate fully with the American war against drugs.", "United States", "American war against drugs", true},
		// A party's own event, called by its last head later.
		{"Britain's Labour Party launched Labour's general election campaign on Monday. Finance Minister Ivo Marsh will be part of the election campaign, Labour said.", "Ivo Marsh", "Labour's general election campaign", true},
		// A place in the name of an election does not take part in it.
		{"Finance Minister Ivo Marsh attended the Oxford by-election count.", "Oxford", "Oxford by-election", false},
	})
}

// TestPartyEventNeedsPossessive checks that a party's name before a verb
// and an event head names no event ("the DMK described talks"), while its
// possessive does ("Labour's spring conference").
func TestPartyEventNeedsPossessive(t *testing.T) {
	x := New()
	for text, want := range map[string]string{
		"Britain's Labour Party is ahead. Finance Minister Ivo Marsh of the Tories described talks in Paris.": "",
		"Britain's Labour Party is ahead. Finance Minister Ivo Marsh spoke at Labour's spring conference.":    "Labour's spring conference",
	} {
		got := ""
		for _, e := range x.Extract(text).Entities {
			if e.Type == graph.Event {
				got = e.Name
			}
		}
		if got != want {
			t.Errorf("%q: event %q, want %q", text, got, want)
		}
	}
}

// TestPhraseModifiersAtTextStart checks a head whose modifiers open the
// text: there is no token before them to read (this indexed token -1).
func TestPhraseModifiersAtTextStart(t *testing.T) {
	for _, s := range []string{"trade talks resumed on Monday.", "farm talks", "talks"} {
		New().Extract(s)
	}
}
