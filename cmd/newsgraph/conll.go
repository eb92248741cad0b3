package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// readCoNLLFile reads a CoNLL file, or standard input for "-".
func readCoNLLFile(g *globalOptions, path string) ([]ner.Line, error) {
	var r io.Reader = g.stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, failf(exitFailure, "%v", err)
		}
		defer f.Close()
		r, name = f, path
	}
	lines, err := ner.ReadCoNLL(r)
	if err != nil {
		return nil, failf(exitFailure, "%s: %v", name, err)
	}
	return lines, nil
}

// tagLines tags every document of a CoNLL file; the result has one tag
// per line ("" for blank lines, "O" for -DOCSTART-).
func tagLines(lines []ner.Line, types, models string) ([]string, error) {
	coarse, fine, err := nerModels(models, types == "fine")
	if err != nil {
		return nil, err
	}
	var tag func([][]string) [][]string
	switch types {
	case "coarse", "":
		tag = coarse.Tag
	case "fine":
		// TagFine: the fine model's names after the document's own
		// evidence (acronyms defined in parentheses; see FineChunks).
		tag = fine.TagFine
	case "recognizer":
		// The coarse model with the rules that type its names, as
		// ingest's recognizer (ner.DefaultRecognizer) tags.
		tag = coarse.TagFine
	default:
		return nil, failf(exitStore, "unknown --types %q (want coarse, fine or recognizer)", types)
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if l.DocStart() {
			out[i] = "O"
		}
	}
	for _, d := range ner.Documents(lines) {
		tags := tag(ner.Column(lines, d, 0))
		for si, s := range d.Sentences {
			for j, li := range s.Lines {
				out[li] = tags[si][j]
			}
		}
	}
	return out, nil
}

// nerModels returns the coarse model and, when withFine, the fine model:
// the embedded ones when dir is "", else model.bin.gz and fine.bin.gz of
// dir (as tools/nertrain writes them with -out and -fine-out), so that a
// model trained on part of the data can be scored on the rest.
func nerModels(dir string, withFine bool) (coarse, fine *ner.Model, err error) {
	if dir == "" {
		if withFine {
			fine = ner.DefaultFine()
		}
		return ner.Default(), fine, nil
	}
	coarse, err = loadNERModel(filepath.Join(dir, "model.bin.gz"), nil)
	if err == nil && withFine {
		fine, err = loadNERModel(filepath.Join(dir, "fine.bin.gz"), coarse)
	}
	return coarse, fine, err
}

// loadNERModel reads a model file; a stacked one on base.
func loadNERModel(path string, base *ner.Model) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, failf(exitFailure, "%v", err)
	}
	defer f.Close()
	var m *ner.Model
	if base != nil {
		m, err = ner.LoadStacked(f, base)
	} else {
		m, err = ner.Load(f)
	}
	if err != nil {
		return nil, failf(exitFailure, "%s: %v", path, err)
	}
	return m, nil
}
