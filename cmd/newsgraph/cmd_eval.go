package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/spf13/cobra"
)

func newEvalCommand(g *globalOptions) *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "Measure newsgraph's components against annotated data",
		Long: `Measure newsgraph's components against annotated data. See "newsgraph eval ner --help" and
"newsgraph eval relations --help", "newsgraph eval entities --help" and
"newsgraph eval parse --help".
` + exitHelp,
		Args: cobra.NoArgs,
	}
	c.AddCommand(newEvalNERCommand(g), newEvalRelationsCommand(g), newEvalEntitiesCommand(g), newEvalParseCommand(g))
	return c
}

type evalNEROptions struct {
	conll  string
	types  string
	models string
	json   bool
}

func newEvalNERCommand(g *globalOptions) *cobra.Command {
	o := &evalNEROptions{}
	c := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "Score the named-entity recognizer on a CoNLL column file",
		Long: `Tag a CoNLL column file with the trained recognizer and compare its tags with
the gold tags in the file's LAST column (CoNLL-2003 has four columns, CrossNER
two). Gold tags may be IOB1 (as in CoNLL-2003) or IOB2.

Counting follows the CoNLL shared task's conlleval script: a name is correct
only when its type and both its boundaries match. Precision is correct names
over names found, recall correct names over gold names, F1 their harmonic
mean; all in per cent.

With --types fine the recognizer reports newsgraph's types and the gold
labels are read as CrossNER's: politician and person → person,
politicalparty → party, country → country, location → place, organisation →
organization, event and election → event, misc → misc. The overall line then
leaves misc out (it still gets its own line). --types recognizer scores the
same types as ingest finds them: the coarse model's names typed by rules (the
fine model is for this benchmark only).

With --json, prints {file, types, tokens, token_accuracy, overall,
overall_excludes, by_type},
each score as {type, gold, predicted, correct, precision, recall, f1}.
` + exitHelp,
		Example: `  newsgraph eval ner --conll ../shared/ner/conll2003/eng.testa
  newsgraph eval ner --conll ../shared/ner/crossner_politics/dev.txt --types fine --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runEvalNER(g, o) },
	}
	c.Flags().StringVar(&o.conll, "conll", "", "CoNLL column file with gold tags in the last column (- for standard input)")
	c.Flags().StringVar(&o.types, "types", "coarse", "tag set: coarse (PER, LOC, ORG, MISC), fine (newsgraph types) or recognizer (newsgraph types as ingest finds them)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().StringVar(&o.models, "models", "", "read the models from this directory (model.bin.gz, fine.bin.gz as tools/nertrain writes them) instead of the embedded ones")
	c.MarkFlagRequired("conll")
	return c
}

type evalResult struct {
	File          string      `json:"file"`
	Types         string      `json:"types"`
	Tokens        int         `json:"tokens"`
	TokenAccuracy float64     `json:"token_accuracy"`
	Overall       ner.Score   `json:"overall"`
	Excluded      []string    `json:"overall_excludes,omitempty"` // types left out of overall
	ByType        []ner.Score `json:"by_type"`
}

func runEvalNER(g *globalOptions, o *evalNEROptions) error {
	lines, err := readCoNLLFile(g, o.conll)
	if err != nil {
		return err
	}
	for _, l := range lines {
		if l.Token() {
			if len(l.Fields) < 2 {
				return failf(exitFailure, "%s: no gold column (one column per line)", o.conll)
			}
			break
		}
	}
	tags, err := tagLines(lines, o.types, o.models)
	if err != nil {
		return err
	}
	var ev ner.Evaluation
	var ignore []string
	fine := o.types == "fine" || o.types == "recognizer"
	if fine {
		ignore = []string{ner.FineMisc}
	}
	for _, d := range ner.Documents(lines) {
		gold := ner.Column(lines, d, -1)
		for si, s := range d.Sentences {
			pred := make([]string, len(s.Lines))
			for j, li := range s.Lines {
				pred[j] = tags[li]
			}
			g := gold[si]
			if fine {
				g = ner.MapTypes(g, ner.CrossNERTypes)
			}
			ev.Add(g, pred)
		}
	}
	res := evalResult{File: o.conll, Types: o.types, Tokens: ev.Tokens}
	if ev.Tokens > 0 {
		res.TokenAccuracy = 100 * float64(ev.TokensCorrect) / float64(ev.Tokens)
	}
	res.ByType = ev.ByType()
	res.Overall = ev.Overall(ignore...)
	res.Excluded = ignore
	if o.json {
		return writeJSON(g.stdout, res)
	}
	w := table(g.stdout)
	fmt.Fprintf(g.stdout, "%s: %d tokens, %d gold names, %d found, %d correct; token accuracy %.2f%%\n",
		safe(o.conll), res.Tokens, res.Overall.Gold, res.Overall.Predicted, res.Overall.Correct, res.TokenAccuracy)
	fmt.Fprintln(w, "TYPE\tGOLD\tFOUND\tCORRECT\tPRECISION\tRECALL\tF1")
	for _, s := range append(res.ByType, res.Overall) {
		name := s.Type
		if name == "overall" && len(ignore) > 0 {
			name = "overall (without misc)"
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\n", safe(name), s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	return w.Flush()
}
