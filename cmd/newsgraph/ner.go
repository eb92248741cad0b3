package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/spf13/cobra"
)

type nerOptions struct {
	conll string
	types string
}

func newNERCommand(g *globalOptions) *cobra.Command {
	o := &nerOptions{}
	c := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "Tag the names in a CoNLL column file with the trained recognizer",
		Long: `Tag the tokens of a CoNLL-2003 column file with newsgraph's trained
named-entity recognizer and write every line back with one more column: the
predicted tag.

The first column of each line is the token; blank lines separate sentences;
-DOCSTART- lines separate documents (the recognizer looks at the whole
document, so a name tagged in one sentence helps in another) and get the tag O.
Columns are separated as the file separates them (tab or space). FILE "-" is
standard input.

Tags are IOB2 (B- starts a name, I- continues it, O is outside) over PER, LOC,
ORG and MISC; with --types fine over newsgraph's types person, party, country,
organization, place, event and misc ("B-party").
` + exitHelp,
		Example: `  newsgraph ner --conll eng.testa > tagged.txt
  newsgraph ner --conll - --types fine < sentences.conll`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runNER(g, o) },
	}
	c.Flags().StringVar(&o.conll, "conll", "", "CoNLL column file to tag (- for standard input)")
	c.Flags().StringVar(&o.types, "types", "coarse", "tag set: coarse (PER, LOC, ORG, MISC) or fine (newsgraph types)")
	c.MarkFlagRequired("conll")
	return c
}

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
	default:
		return nil, failf(exitStore, "unknown --types %q (want coarse or fine)", types)
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

func runNER(g *globalOptions, o *nerOptions) error {
	lines, err := readCoNLLFile(g, o.conll)
	if err != nil {
		return err
	}
	tags, err := tagLines(lines, o.types)
	if err != nil {
		return err
	}
	sep := " "
	for _, l := range lines {
		if l.Token() {
			if strings.Contains(l.Text, "\t") {
				sep = "\t"
			}
			break
		}
	}
	w := bufio.NewWriter(g.stdout)
	for i, l := range lines {
		if l.Blank() {
			w.WriteString("\n")
			continue
		}
		fmt.Fprintf(w, "%s%s%s\n", strings.TrimRight(l.Text, " \t"), sep, tags[i])
	}
	return w.Flush()
}
