package main

import (
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/pflag"
)

// sliceFlags are the options that cut the graph down to what some
// articles tell (--source, --since, --until), weigh its relations
// (--weight) and filter them by confidence (--min-confidence). Commands
// embed one, call add on their flag set, load with evidence(n) and pass
// the graph through apply.
type sliceFlags struct {
	o      analytics.SliceOptions
	weight string
}

// sliceHelp explains the flags in a command's help.
const sliceHelp = `
Slicing: --source S keeps what the articles of outlet S say; --since and --until
(YYYY-MM-DD, inclusive) keep what the articles of those days say. Each relation
keeps only their evidence and is weighed again; relations left without evidence,
and entities those articles do not mention, are dropped. --weight counts a
relation's supporting sentences (default), articles, or sources (outlets).
--min-confidence F drops relations extraction is less than F sure of.
`

func (s *sliceFlags) add(f *pflag.FlagSet) {
	f.StringVar(&s.o.Source, "source", "", "only what articles from this outlet say")
	f.StringVar(&s.o.Since, "since", "", "only articles dated on or after this day (YYYY-MM-DD)")
	f.StringVar(&s.o.Until, "until", "", "only articles dated on or before this day (YYYY-MM-DD)")
	f.StringVar(&s.weight, "weight", "sentences", "relation weight: sentences, articles or sources")
	f.Float64Var(&s.o.MinConfidence, "min-confidence", 0, "drop relations less confident than this (0 to 1)")
}

// check validates the flags; call it before loading.
func (s *sliceFlags) check() error {
	s.o.Weight = analytics.Weighting(s.weight)
	if err := s.o.Validate(); err != nil {
		return failf(exitStore, "%v", err)
	}
	return nil
}

// evidence is how many evidence sentences per relation to load when the
// command itself wants n: all of them when slicing needs them.
func (s *sliceFlags) evidence(n int) int {
	if s.o.Active() {
		return -1
	}
	return n
}

// apply slices gr as the flags say and caps its evidence at n again.
func (s *sliceFlags) apply(gr *graph.Graph, n int) *graph.Graph {
	if !s.o.Active() {
		return gr
	}
	gr = analytics.Slice(gr, s.o)
	gr.CapEvidence(n)
	return gr
}

// load checks the flags, then loads the graph and slices it, keeping up
// to n evidence sentences per relation (negative: all).
func (s *sliceFlags) load(g *globalOptions, n int) (*graph.Graph, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	gr, err := loadGraph(g, s.evidence(n))
	if err != nil {
		return nil, err
	}
	s.noteUndated(g.stderr, gr)
	return s.apply(gr, n), nil
}

// noteUndated says, in one line on w, when a date slice leaves out
// articles because they have no date, so that an empty or thin result is
// not taken for a quiet period.
func (s *sliceFlags) noteUndated(w io.Writer, gr *graph.Graph) {
	if s.o.Since == "" && s.o.Until == "" {
		return
	}
	switch n := analytics.Undated(gr); {
	case n == 0:
	case n == len(gr.Articles):
		fmt.Fprintf(w, "newsgraph: none of the %d articles has a date, so --since and --until keep none of them\n", n)
	default:
		fmt.Fprintf(w, "newsgraph: %d of the %d articles have no date; --since and --until leave them out\n", n, len(gr.Articles))
	}
}

// scope passes on what finding a name in a sliced graph gave, saying when
// the name was looked for only in the selected articles.
func (s *sliceFlags) scope(e *graph.Entity, err error) (*graph.Entity, error) {
	if err != nil && (s.o.Source != "" || s.o.Since != "" || s.o.Until != "") {
		return nil, failf(exitFailure, "%v (looking only at articles selected by --source, --since and --until)", err)
	}
	return e, err
}
