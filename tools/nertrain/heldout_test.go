package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSplitHeldOut splits a made-up CoNLL file into folds: every
// sentence lands in exactly one held-out fold, each fold's training file
// holds the others, and the split is the same on a second run.
func TestSplitHeldOut(t *testing.T) {
	dir := t.TempDir()
	var src strings.Builder
	var sents []string
	for i := range 40 {
		s := "Ada\tB-person\nQuillby" + strings.Repeat("x", i) + "\tI-person\nspoke\tO"
		sents = append(sents, s)
		src.WriteString(s + "\n\n")
	}
	path := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for fold := range 5 {
		out := filepath.Join(dir, "f", string(rune('0'+fold)))
		train, held, nTrain, nHeld, err := splitHeldOut(path, out, fold, 5)
		if err != nil {
			t.Fatal(err)
		}
		if nTrain+nHeld != len(sents) {
			t.Errorf("fold %d: %d + %d sentences, want %d", fold, nTrain, nHeld, len(sents))
		}
		hb, _ := os.ReadFile(held)
		tb, _ := os.ReadFile(train)
		for _, s := range sents {
			inHeld, inTrain := strings.Contains(string(hb), s+"\n\n"), strings.Contains(string(tb), s+"\n\n")
			if inHeld == inTrain {
				t.Errorf("fold %d: %q held out %v, trained on %v", fold, s, inHeld, inTrain)
			}
			if inHeld {
				seen[s]++
			}
		}
		_, held2, _, _, _ := splitHeldOut(path, filepath.Join(dir, "again"), fold, 5)
		if hb2, _ := os.ReadFile(held2); string(hb2) != string(hb) {
			t.Errorf("fold %d: a second split holds out other sentences", fold)
		}
	}
	for _, s := range sents {
		if seen[s] != 1 {
			t.Errorf("%q held out %d times, want once", s, seen[s])
		}
	}
	if _, _, _, _, err := splitHeldOut(path, dir, 5, 5); err == nil {
		t.Error("fold 5 of 5: no error")
	}
}

// TestSplitLastDocs holds out the last fifth of a made-up file's
// documents, whole and in order, and trains on the rest.
func TestSplitLastDocs(t *testing.T) {
	dir := t.TempDir()
	var src strings.Builder
	var docs []string
	for i := range 10 {
		d := "-DOCSTART- -X- O O\n\nOrla\tB-PER\nVantree" + strings.Repeat("x", i) + "\tI-PER\nspoke\tO\n\n"
		docs = append(docs, d)
		src.WriteString(d)
	}
	path := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	train, held, nTrain, nHeld, err := splitLastDocs(path, filepath.Join(dir, "out"), 0.2)
	if err != nil {
		t.Fatal(err)
	}
	if nTrain != 8 || nHeld != 2 {
		t.Errorf("%d documents to train on, %d held out; want 8 and 2", nTrain, nHeld)
	}
	tb, _ := os.ReadFile(train)
	hb, _ := os.ReadFile(held)
	if string(tb) != strings.Join(docs[:8], "") || string(hb) != strings.Join(docs[8:], "") {
		t.Errorf("train:\n%s\nheld out:\n%s", tb, hb)
	}
	if _, _, _, _, err := splitLastDocs(path, dir, 1); err == nil {
		t.Error("fraction 1: no error")
	}
}
