package entities

// The heads of agreements and lawsuits, listed once for the three rules
// that read them: signedEvents ("X and Y signed E"), pactEvents ("X's E",
// "E between X and Y") and phraseEvents ("talks with Y", "a suit against
// Y"). The first two take a head in the plural as well ("signed two
// accords", "their supply contracts"); phraseEvents takes the singular
// only, since a participant after a plural ("deals with X and Y") is as
// often one of several events.

// agreementNouns name a signed agreement whatever its wording.
var agreementNouns = []string{"treaty", "accord", "pact", "agreement"}

// bindingNouns bind parties as an agreement does: "deal", which other rules
// do not take for an event head ("the Nissan deal" is as often a
// purchase), contracts, alliances, partnerships and joint ventures.
var bindingNouns = []string{"deal", "contract", "alliance", "partnership", "venture"}

// suitNouns name a lawsuit or court case.
var suitNouns = []string{"lawsuit", "suit", "case", "complaint"}

// agreementHeads end the name of a signed agreement, singular or plural.
var agreementHeads = wordSet(agreementNouns, true, "convention")

// signedHeads end the name of an agreement a verb signs or makes: the
// agreement heads, the binding nouns and "merger".
var signedHeads = wordSet(append(append([]string{}, agreementNouns...), bindingNouns...), true, "convention", "merger")

// suitHeads end the name of a lawsuit or court case: the suit nouns, the
// plurals of the first two ("cases" are as often instances) and
// "litigation".
var suitHeads = wordSet(suitNouns, false, "lawsuits", "suits", "litigation")

// pactHeadWord reports whether l ends the name of a pact or lawsuit.
func pactHeadWord(l string) bool { return signedHeads[l] || suitHeads[l] }

// wordSet returns the set of words ws, with their plurals when plurals
// is set ("treaty": "treaties"), and the words extra as they are.
func wordSet(ws []string, plurals bool, extra ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
		if plurals {
			m[pluralOf(w)] = true
		}
	}
	for _, w := range extra {
		m[w] = true
	}
	return m
}

// pluralOf returns the regular plural of noun w: "treaty" "treaties",
// "deal" "deals".
func pluralOf(w string) string {
	if n := len(w); n > 1 && w[n-1] == 'y' && !isVowelByte(w[n-2]) {
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// isVowelByte reports whether c is a lower-case vowel.
func isVowelByte(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
