package syntax

import "fmt"

// Score counts, over all words (punctuation included), how many a parse
// got right, as the CoNLL 2018 shared task scorer does with gold
// tokenization: Head counts the right HEAD, Label the right HEAD and the
// right universal relation (subtypes after ':' ignored), UPOS the right
// universal part of speech.
type Score struct {
	Words, Head, Label, UPOS int
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// UAS is the unlabelled attachment score, in percent.
func (s Score) UAS() float64 { return pct(s.Head, s.Words) }

// LAS is the labelled attachment score, in percent.
func (s Score) LAS() float64 { return pct(s.Label, s.Words) }

// UPOSAcc is the UPOS accuracy, in percent.
func (s Score) UPOSAcc() float64 { return pct(s.UPOS, s.Words) }

// Add counts the words of pred against gold, which must have the same
// words.
func (s *Score) Add(gold, pred *Sentence) error {
	if len(gold.Words) != len(pred.Words) {
		return fmt.Errorf("syntax: sentence of %d words scored against %d", len(pred.Words), len(gold.Words))
	}
	for i := range gold.Words {
		g, p := &gold.Words[i], &pred.Words[i]
		s.Words++
		if g.UPOS == p.UPOS {
			s.UPOS++
		}
		if g.Head == p.Head {
			s.Head++
			if Universal(g.Deprel) == Universal(p.Deprel) {
				s.Label++
			}
		}
	}
	return nil
}

// Evaluate parses copies of gold sentences (their words only) and scores
// them.
func (m *Parser) Evaluate(gold []*Sentence) Score {
	var s Score
	for _, g := range gold {
		p := &Sentence{Words: make([]Word, len(g.Words))}
		for i, w := range g.Words {
			p.Words[i] = Word{ID: w.ID, Form: w.Form}
		}
		m.Annotate(p)
		s.Add(g, p)
	}
	return s
}
