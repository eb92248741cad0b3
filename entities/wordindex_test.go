package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

// TestWordIndexAgreesWithLists checks that every indexed list answers by
// number what its map answers by string, for numbered tokens and for
// tokens made by hand (unnumbered), on words of the lists and others.
func TestWordIndexAgreesWithLists(t *testing.T) {
	d := text.Segment("The Minister signed the treaty . Mr Blent said the election was a quixotic zorble , and its sports pages Went on .")
	numberTokens(d.Tokens)
	numbered, other := 0, 0
	for _, w := range indexedLists {
		for _, k := range w.keys() {
			tok := text.Segment(k).Tokens
			if len(tok) != 1 {
				continue // a phrase or a dotted abbreviation: no one token
			}
			numberTokens(tok)
			if !w.of(tok[0]) {
				t.Errorf("%q: in its list by string, not by number", k)
			}
		}
		for _, tok := range d.Tokens {
			byHand := text.Token{Text: tok.Text}
			want := w.has(tok.LowerText())
			if got := w.of(tok); got != want {
				t.Errorf("%q: numbered %v, map %v", tok.Text, got, want)
			}
			if got := w.of(byHand); got != want {
				t.Errorf("%q by hand: %v, map %v", tok.Text, got, want)
			}
		}
	}
	for _, tok := range d.Tokens {
		switch tok.Vocab {
		case vocabNone:
			t.Errorf("%q not numbered", tok.Text)
		case vocabOther:
			other++
		default:
			numbered++
		}
	}
	// "zorble" and "quixotic" are in no list, "signed" and "treaty" are.
	if numbered == 0 || other == 0 {
		t.Errorf("numbered %d, other %d: want some of each", numbered, other)
	}
	if !signingIx.of(d.Tokens[2]) || !signedHeadsIx.of(d.Tokens[4]) || eventHeadsIx.of(d.Tokens[13]) {
		t.Errorf("signed %v, treaty %v, quixotic %v", signingIx.of(d.Tokens[2]), signedHeadsIx.of(d.Tokens[4]), eventHeadsIx.of(d.Tokens[13]))
	}
}
