package ner

import (
	"bytes"
	"strings"
	"testing"
)

// TestTrainWordDropout trains with the word-identity features left out
// of half the tokens: the same seed writes the same bytes, the model
// differs from one trained without dropout, and it still tags a
// sentence of the kind it learnt.
func TestTrainWordDropout(t *testing.T) {
	train := tinyTrain()
	res := Resources{Names: []GazName{{"Kestrel Bay", GazPlace}}}
	save := func(dropout float64) (*Model, []byte) {
		m := NewModel([]string{"LOC", "PER"}, res, nil)
		if _, err := Train(m, train, nil, TrainOptions{Epochs: 5, Seed: 1, History: true, WordDropout: dropout}); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return m, buf.Bytes()
	}
	m, a := save(0.5)
	_, b := save(0.5)
	_, plain := save(0)
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed differ")
	}
	if bytes.Equal(a, plain) {
		t.Error("dropout changed nothing")
	}
	sent := [][]string{strings.Fields("Mayor Mira Osei visited Kestrel Bay on Monday .")}
	if got, want := strings.Join(m.Tag(sent)[0], " "), "O B-PER I-PER O B-LOC I-LOC O O O"; got != want {
		t.Errorf("Tag = %q, want %q", got, want)
	}
}
