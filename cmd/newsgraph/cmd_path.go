package main

import (
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/cobra"
)

type pathOptions struct {
	names nameFlags
	kind  string
	json  bool
	// dgraph, when set, answers from this Dgraph alpha instead of the store.
	dgraph string
	tls    tlsFlags
}

func newPathCommand(g *globalOptions) *cobra.Command {
	o := &pathOptions{}
	c := &cobra.Command{
		Use:   "path A B",
		Short: "Show how one entity reaches another",
		Long: `Show the shortest chain of relations from A to B (fewest hops; among equally
short chains, the one with the most supporting sentences), with the evidence of
each hop. Exit status 1 when there is no chain.

With --json, prints {from, to, hops: [{from, to, kind, weight, evidence}]}.
` + dgraphHelp + namesHelp + exitHelp,
		Example: `  newsgraph path "Shashi Tharoor" "Shehbaz Sharif"
  newsgraph path "Angela Merkel" Paris --dgraph 127.0.0.1:9080`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error { return runPath(g, o, args[0], args[1]) },
	}
	c.Flags().StringVar(&o.kind, "kind", "", "only follow relations of these kinds (comma-separated)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().StringVar(&o.dgraph, "dgraph", "", "answer from the Dgraph alpha at HOST:PORT (gRPC)")
	o.tls.register(c.Flags())
	o.names.add(c.Flags(), true)
	return c
}

type pathHop struct {
	From     entityRef        `json:"from"`
	To       entityRef        `json:"to"`
	Kind     graph.Kind       `json:"kind"`
	Weight   int              `json:"weight"`
	Evidence []graph.Evidence `json:"evidence"`
}

type pathResult struct {
	From entityRef `json:"from"`
	To   entityRef `json:"to"`
	Hops []pathHop `json:"hops"`
}

// pathEvidence is the number of evidence sentences read per hop.
const pathEvidence = 2

// refs returns the entity references of r, for renumbering.
func (r *pathResult) refs() []*entityRef {
	out := []*entityRef{&r.From, &r.To}
	for i := range r.Hops {
		out = append(out, &r.Hops[i].From, &r.Hops[i].To)
	}
	return out
}

func runPath(g *globalOptions, o *pathOptions, a, b string) error {
	kinds, err := parseKinds(o.kind)
	if err != nil {
		return err
	}
	var res *pathResult
	if o.dgraph != "" {
		res, err = dgraphPath(o, a, b, kinds)
	} else {
		res, err = localPath(g, o, a, b, kinds)
	}
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, res)
	}
	fmt.Fprintf(g.stdout, "%s → %s: %d hop(s)\n", safe(res.From.Name), safe(res.To.Name), len(res.Hops))
	for _, h := range res.Hops {
		fmt.Fprintf(g.stdout, "  %s —%s (%d)→ %s\n", safe(h.From.Name), h.Kind, h.Weight, safe(h.To.Name))
		if len(h.Evidence) > 0 {
			fmt.Fprintf(g.stdout, "      “%s” [%s]\n", safe(truncate(h.Evidence[0].Sentence, 200)), safe(truncate(h.Evidence[0].Title, 50)))
		}
	}
	return nil
}

func localPath(g *globalOptions, o *pathOptions, a, b string, kinds []graph.Kind) (*pathResult, error) {
	gr, err := loadGraph(g, pathEvidence)
	if err != nil {
		return nil, err
	}
	ea, err := o.names.find(g, gr, a, 0)
	if err != nil {
		return nil, err
	}
	eb, err := o.names.find(g, gr, b, 1)
	if err != nil {
		return nil, err
	}
	return pathFrom(gr, ea, eb, kinds, nil)
}

// pathFrom finds the path from ea to eb in gr and describes each hop by
// the strongest relation between its ends. evidence, when not nil, is
// called with the path's IDs first, to read the hops' evidence into gr.
func pathFrom(gr *graph.Graph, ea, eb *graph.Entity, kinds []graph.Kind, evidence func([]graph.ID) error) (*pathResult, error) {
	ids := analytics.ShortestPath(gr, ea.ID, eb.ID, analytics.Options{Kinds: kinds})
	if ids == nil {
		return nil, failf(exitFailure, "no path from %s to %s", quote(ea.Name), quote(eb.Name))
	}
	if evidence != nil {
		if err := evidence(ids); err != nil {
			return nil, err
		}
	}
	res := &pathResult{From: ref(ea), To: ref(eb), Hops: []pathHop{}}
	for i := 0; i+1 < len(ids); i++ {
		hop := pathHop{From: ref(gr.Entity(ids[i])), To: ref(gr.Entity(ids[i+1])), Evidence: []graph.Evidence{}}
		// The strongest relation between the two carries the hop.
		for _, r := range gr.Relations {
			if (r.Source == ids[i] && r.Target == ids[i+1] || r.Source == ids[i+1] && r.Target == ids[i]) && r.Weight > hop.Weight {
				if len(kinds) > 0 && !slices.Contains(kinds, r.Kind) {
					continue
				}
				hop.Kind, hop.Weight, hop.Evidence = r.Kind, r.Weight, r.Evidence
			}
		}
		res.Hops = append(res.Hops, hop)
	}
	return res, nil
}
