package main

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
	"github.com/spf13/cobra"
)

type evalParseOptions struct {
	conllu string
	json   bool
}

func newEvalParseCommand(g *globalOptions) *cobra.Command {
	o := &evalParseOptions{}
	c := &cobra.Command{
		Use:   "parse --conllu FILE",
		Short: "Score the tagger and dependency parser on a CoNLL-U treebank",
		Long: `Parse the words of a gold CoNLL-U file (its tokenization and sentences are
kept) and compare the result with the file's own UPOS, HEAD and DEPREL.

Scores are over all words, punctuation included, as the CoNLL 2018 shared
task's scorer computes them with gold tokenization:
  UAS   words whose HEAD is right, in per cent of all words;
  LAS   words whose HEAD and relation are both right; the relation is
        compared without its subtype ("nmod:poss" counts as "nmod");
  UPOS  words whose universal part of speech is right.
Multiword-token lines and empty nodes are not words and are not scored.

With --json, prints {file, sentences, words, uas, las, upos}.
` + exitHelp,
		Example: `  newsgraph eval parse --conllu ../shared/ud/ewt-dev.conllu
  newsgraph eval parse --conllu ../shared/ud/gum-dev.conllu --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runEvalParse(g, o) },
	}
	c.Flags().StringVar(&o.conllu, "conllu", "", "gold CoNLL-U file")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.MarkFlagRequired("conllu")
	return c
}

type evalParseResult struct {
	File      string  `json:"file"`
	Sentences int     `json:"sentences"`
	Words     int     `json:"words"`
	UAS       float64 `json:"uas"`
	LAS       float64 `json:"las"`
	UPOS      float64 `json:"upos"`
}

func runEvalParse(g *globalOptions, o *evalParseOptions) error {
	f, err := os.Open(o.conllu)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	defer f.Close()
	gold, err := syntax.ReadCoNLLU(f, o.conllu)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	s := embedded.Parser().Evaluate(gold)
	res := evalParseResult{File: o.conllu, Sentences: len(gold), Words: s.Words, UAS: s.UAS(), LAS: s.LAS(), UPOS: s.UPOSAcc()}
	if o.json {
		return writeJSON(g.stdout, res)
	}
	fmt.Fprintf(g.stdout, "%s: %d sentences, %d words\nUAS  %.2f\nLAS  %.2f\nUPOS %.2f\n",
		safe(o.conllu), res.Sentences, res.Words, res.UAS, res.LAS, res.UPOS)
	return nil
}
