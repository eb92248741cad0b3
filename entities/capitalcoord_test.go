package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestCapitalAfterPerson checks that a capital listed after a person
// ("Dara and Lima said") is not read as its country's government, while
// a capital alone before a reporting verb still is.
func TestCapitalAfterPerson(t *testing.T) {
	checkTyped(t, New(WithRecognizer(ner.DefaultRecognizer())), []typedCase{
		{"Ossian Tarrow and Lima said they would marry in the spring .", "", "country:Peru"},
		{"Lima said the talks with its neighbours would continue .", "country:Peru", ""},
	})
}
