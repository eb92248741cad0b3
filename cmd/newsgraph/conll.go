package main

import (
	"io"
	"os"

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
func tagLines(lines []ner.Line, types string) ([]string, error) {
	var tag func([][]string) [][]string
	switch types {
	case "coarse", "":
		tag = ner.Default().Tag
	case "fine":
		// TagFine: the fine model's names after the document's own
		// evidence (acronyms defined in parentheses; see FineChunks).
		tag = ner.DefaultFine().TagFine
	case "recognizer":
		// The coarse model with the rules that type its names, as
		// ingest's recognizer (ner.DefaultRecognizer) tags.
		tag = ner.Default().TagFine
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
