package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

type nerOptions struct {
	conll  string
	types  string
	models string
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
	c.Flags().StringVar(&o.types, "types", "coarse", "tag set: coarse (PER, LOC, ORG, MISC), fine (newsgraph types) or recognizer (newsgraph types as ingest finds them)")
	c.Flags().StringVar(&o.models, "models", "", "read the models from this directory (model.bin.gz, fine.bin.gz as tools/nertrain writes them) instead of the embedded ones")
	c.MarkFlagRequired("conll")
	return c
}

func runNER(g *globalOptions, o *nerOptions) error {
	lines, err := readCoNLLFile(g, o.conll)
	if err != nil {
		return err
	}
	tags, err := tagLines(lines, o.types, o.models)
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
