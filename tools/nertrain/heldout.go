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
