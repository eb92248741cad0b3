package main

import (
	"github.com/newsgraph/newsgraph/entities/eval"
)

// agreementHelp is the part of "eval relations --help" that teaches the
// agreement mode.
const agreementHelp = `With --annotation B, nothing is ingested: B, a second annotation of the
gold's articles (same format, same article IDs and texts; an article of one
file missing from the other is an error naming it), is scored against the
--gold A as if it were newsgraph's graph: each of B's entities (name, aliases,
type) becomes a graph entity and each certain relation of B (kind, role,
former, its evidence as the sentence) a predicted relation, and the same
matcher and scorer compare them with A. Precision is the share of B's
relations A holds, recall the share of A's B holds: how far two readers
agree, the ceiling an extractor can reach against one of them. B's uncertain
relations are B's doubt and are not predictions; A's are handled as always
(neither required nor counted). Names align by A's names and aliases (and an
event by its head noun), so the figures are not symmetric: --symmetric also
prints A against B after it (swapping the files gives that direction
alone; with --json the two reports come as an array). A miss whose end B
relates nowhere in the article is marked "[target in no certain relation of
the annotation]". Both files must pass the checks of --gold.`

// runEvalAgreement scores the annotation o.annotation against the gold
// o.gold, and with o.symmetric the other way round too. With --json one
// direction is one report, as the ordinary eval prints it; both are an
// array of the two.
func runEvalAgreement(g *globalOptions, o *evalRelationsOptions) error {
	gold, err := eval.LoadGold(o.gold, o.corpus)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	ann, err := eval.LoadGold(o.annotation, o.corpus)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	rep, err := eval.Agreement(gold, ann, o.gold, o.annotation)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	reps := []*eval.Report{rep}
	if o.symmetric {
		back, err := eval.Agreement(ann, gold, o.annotation, o.gold)
		if err != nil {
			return failf(exitFailure, "%v", err)
		}
		reps = append(reps, back)
	}
	if o.json {
		if len(reps) == 1 {
			return writeJSON(g.stdout, rep)
		}
		return writeJSON(g.stdout, reps)
	}
	for i, r := range reps {
		if i > 0 {
			if _, err := g.stdout.Write([]byte("\n")); err != nil {
				return err
			}
		}
		if err := eval.WriteText(g.stdout, r, o.loose, o.verbose); err != nil {
			return err
		}
	}
	return nil
}
