package main

import (
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// splitHeldOut writes the sentences of the CoNLL file src to
// dir/train.txt and dir/heldout.txt: a sentence is held out when the
// first four bytes of the SHA-1 of its tokens joined by spaces, read as
// a big-endian number, are fold modulo folds. The split is fixed by the
// text alone, so the same fold is held out by every run, and the folds
// 0 to folds-1 cover the file once. It returns the two paths and how
// many sentences each holds.
func splitHeldOut(src, dir string, fold, folds int) (train, held string, nTrain, nHeld int, err error) {
	if folds < 2 || fold < 0 || fold >= folds {
		return "", "", 0, 0, fmt.Errorf("held-out fold %d of %d: want 0 <= fold < folds, folds >= 2", fold, folds)
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return "", "", 0, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", 0, 0, err
	}
	train, held = filepath.Join(dir, "train.txt"), filepath.Join(dir, "heldout.txt")
	var tw, hw strings.Builder
	for sent := range strings.SplitSeq(strings.Trim(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"), "\n\n") {
		var toks []string
		for line := range strings.SplitSeq(sent, "\n") {
			if f := strings.Fields(line); len(f) > 0 {
				toks = append(toks, f[0])
			}
		}
		if len(toks) == 0 {
			continue
		}
		sum := sha1.Sum([]byte(strings.Join(toks, " ")))
		w := &tw
		if int(binary.BigEndian.Uint32(sum[:4])%uint32(folds)) == fold {
			w, nHeld = &hw, nHeld+1
		} else {
			nTrain++
		}
		w.WriteString(sent)
		w.WriteString("\n\n")
	}
	for _, f := range []struct{ path, text string }{{train, tw.String()}, {held, hw.String()}} {
		if err := os.WriteFile(f.path, []byte(f.text), 0o644); err != nil {
			return "", "", 0, 0, err
		}
	}
	return train, held, nTrain, nHeld, nil
}

// splitLastDocs writes the documents of the CoNLL file src (each begins
// at a -DOCSTART- line) to dir/conll-train.txt and dir/conll-heldout.txt:
// the last frac of them (at least one) are held out. The split is fixed
// by the file's order alone. It returns the two paths and how many
// documents each holds.
func splitLastDocs(src, dir string, frac float64) (train, held string, nTrain, nHeld int, err error) {
	if frac <= 0 || frac >= 1 {
		return "", "", 0, 0, fmt.Errorf("held-out fraction %g: want 0 < frac < 1", frac)
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return "", "", 0, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", 0, 0, err
	}
	var docs []string
	for line := range strings.SplitAfterSeq(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		if strings.HasPrefix(line, "-DOCSTART-") || len(docs) == 0 {
			docs = append(docs, "")
		}
		docs[len(docs)-1] += line
	}
	nHeld = max(1, int(float64(len(docs))*frac+0.5))
	if nHeld >= len(docs) {
		return "", "", 0, 0, fmt.Errorf("%s: %d documents, too few to hold out %g of them", src, len(docs), frac)
	}
	nTrain = len(docs) - nHeld
	train, held = filepath.Join(dir, "conll-train.txt"), filepath.Join(dir, "conll-heldout.txt")
	for _, f := range []struct {
		path string
		docs []string
	}{{train, docs[:nTrain]}, {held, docs[nTrain:]}} {
		if err := os.WriteFile(f.path, []byte(strings.Join(f.docs, "")), 0o644); err != nil {
			return "", "", 0, 0, err
		}
	}
	return train, held, nTrain, nHeld, nil
}
