package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestMonarchOffice checks that a king's or queen's title takes the
// country the article is plainly about, as other state offices do (see
// lexicon office_nouns), on an article written for this test.
func TestMonarchOffice(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithGazetteer(gazetteer.Default()))
	checkWantCases(t, x, []wantCase{{
		text: "Belgium's coalition collapsed on Thursday over a language row.\n\n" +
			"King Tomaso is expected to accept the resignation, Belgian radio said. Belgium has had four governments in five years.",
		want: []string{"holds_role Tomaso -> Belgium {role=King}"},
	}})
}
