package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestModelPartyInitials(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"QXR said its profits rose 12 pct in the year.", "QXR", true},
		{"Traders said the QXR would cut its coffee prices.", "QXR", true},
		// Politics around it: the recognizer's party stands.
		{"The QXR won the election with a large majority.", "QXR", false},
		{"A QXR party leader resigned.", "QXR", false},
		// A faction in brackets after it: a party's name.
		{"Ada Brisk of the QXR(B) flew to Zarnow on Monday.", "QXR", false},
		// Not in capitals: a name, not initials.
		{"Quorvex said its profits rose 12 pct in the year.", "Quorvex", false},
	}
	for _, tt := range tests {
		d := text.Segment(tt.text)
		if got := unknownPartyAcronym(d, spanMention(t, d, tt.name, graph.Party), nil); got != tt.want {
			t.Errorf("unknownPartyAcronym(%q in %q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
