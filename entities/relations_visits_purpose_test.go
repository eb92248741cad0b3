package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPurposeVisits checks the visits of being in a place to do
// something there, on sentences written for this test.
func TestPurposeVisits(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "\"Prices will rise,\" said Tom Rell, who was in Houston to attend the annual oil congress.",
			want: []string{"visits Tom Rell -> Houston"},
		},
		{
			text: "Tom Rell was in Chicago for the National Cable Dealers Association meeting.",
			want: []string{"visits Tom Rell -> Chicago"},
		},
		{
			text: "Tom Rell should be in Lima on a visit next month.",
			want: []string{"visits Tom Rell -> Lima"},
		},
		{
			// A residence has no purpose of a visit.
			text: "Tom Rell lives in Chicago to be near his family.",
			not:  []string{"visits Tom Rell -> Chicago"},
		},
		{
			// A statement made somewhere.
			text: "Tom Rell said in Chicago to attend the show was fun.",
			not:  []string{"visits Tom Rell -> Chicago"},
		},
		{
			// A preposition's object does not travel.
			text: "Party leader Tom Rell said he will meet senior executives of Acme Petroleum Ltd in Calgary tomorrow to discuss the sale.",
			not:  []string{"visits Acme Petroleum Ltd -> Calgary", "visits Acme Petroleum -> Calgary"},
		},
		{
			text: "Tom Rell, who is a member of the Acme Trade Council, was in Indiana to visit several farms.",
			not:  []string{"visits Acme Trade Council -> Indiana"},
		},
		{
			// A verb between the place and the infinitive.
			text: "Tom Rell's main mission in Washington was to brief the secretary.",
			not:  []string{"visits Tom Rell -> Washington, D.C."},
		},
		{
			// "to" before a name is no infinitive.
			text: "Tom Rell was in Chicago to Open Markets Ltd's regret.",
			not:  []string{"visits Tom Rell -> Chicago"},
		},
	})
}

// TestReturnAndPlannedVisits checks "on his return from a visit to W" and
// "plans a July trip to W", on sentences written for this test.
func TestReturnAndPlannedVisits(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "Norwegian Trade Minister Tom Rell said on his return from a visit to Japan that the market was opening.",
			want: []string{"visits Tom Rell -> Japan"},
		},
		{
			text: "Trade Representative Tom Rell said he plans a July trip to China to discuss tariffs.",
			want: []string{"visits Tom Rell -> China"},
		},
		{
			text: "Trade Representative Tom Rell did not plan a trip to China.",
			not:  []string{"visits Tom Rell -> China"},
		},
	})
}
