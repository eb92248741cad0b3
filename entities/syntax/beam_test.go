package syntax

import (
	"slices"
	"testing"
)

// TestBeamWidthOne checks the beam's machinery (copying states, ranking
// by summed log-probabilities): with width 1 it must make the greedy
// parse's every move.
func TestBeamWidthOne(t *testing.T) {
	m := Default()
	sc := m.getScratch()
	for _, s := range readSample(t) {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		m.run(words, sc, 1)
		head, label := slices.Clone(sc.st.head), slices.Clone(sc.st.label)
		m.parseBeam(sc, 1)
		if !slices.Equal(head, sc.st.head) || !slices.Equal(label, sc.st.label) {
			t.Fatalf("%q: beam of width 1 parsed differently from the greedy parser", words)
		}
	}
}

// TestBeamScores checks that a beam of width 4 parses ewt-dev better
// than the greedy parser (it was tuned there; gum-dev is reported in
// README).
func TestBeamScores(t *testing.T) {
	m := Default()
	dev := readShared(t, "ewt-dev.conllu")
	greedy, beam := m.evaluateWidth(dev, 1), m.evaluateWidth(dev, 4)
	t.Logf("ewt-dev greedy UAS %.2f LAS %.2f; beam 4 UAS %.2f LAS %.2f", greedy.UAS(), greedy.LAS(), beam.UAS(), beam.LAS())
	if beam.UAS() < greedy.UAS()+0.2 || beam.LAS() < greedy.LAS()+0.2 {
		t.Errorf("beam of width 4 gains less than 0.2 UAS and LAS on ewt-dev")
	}
	if gum := readSharedOptional("gum-dev.conllu"); gum != nil {
		g, b := m.evaluateWidth(gum, 1), m.evaluateWidth(gum, 4)
		t.Logf("gum-dev greedy UAS %.2f LAS %.2f; beam 4 UAS %.2f LAS %.2f", g.UAS(), g.LAS(), b.UAS(), b.LAS())
	}
}

// evaluateWidth is Evaluate with a beam of the given width.
func (m *Parser) evaluateWidth(gold []*Sentence, width int) Score {
	var s Score
	for _, g := range gold {
		words := make([]string, len(g.Words))
		p := &Sentence{Words: make([]Word, len(g.Words))}
		for i, w := range g.Words {
			words[i] = w.Form
			p.Words[i] = Word{ID: w.ID, Form: w.Form}
		}
		t := m.ParseSentenceBeam(words, width)
		for i := range p.Words {
			tk := &t.Tokens[i]
			p.Words[i].UPOS, p.Words[i].Head, p.Words[i].Deprel = tk.UPOS, tk.Head+1, tk.Deprel
		}
		s.Add(g, p)
	}
	return s
}
