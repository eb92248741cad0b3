package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/spf13/cobra"
)

type showOptions struct {
	names    nameFlags
	evidence int
	json     bool
	// dgraph, when set, answers from this Dgraph alpha instead of the store.
	dgraph string
	tls    tlsFlags
}

func newShowCommand(g *globalOptions) *cobra.Command {
	o := &showOptions{}
	c := &cobra.Command{
		Use:   "show NAME",
		Short: "Show one entity: aliases, articles, relations and their evidence",
		Long: `Show one entity: its type, aliases and attributes, the articles that mention it,
and each relation with the sentences that support it.

An unknown name gets suggestions and exit status 1.

With --json, prints {entity, articles: [{id, title, source, date}],
relations: [{kind, direction, weight, confidence, attrs, other: {id, name, type}, evidence:
[{article, title, sentence, start, end}]}]}.
` + dgraphHelp + namesHelp + exitHelp,
		Example: `  newsgraph show "Bilawal Bhutto Zardari"
  newsgraph show bjp --evidence 0 --json
  newsgraph show "Angela Merkel" --dgraph 127.0.0.1:9080`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runShow(g, o, args[0]) },
	}
	c.Flags().IntVar(&o.evidence, "evidence", 3, "evidence sentences per relation (-1: all)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().StringVar(&o.dgraph, "dgraph", "", "answer from the Dgraph alpha at HOST:PORT (gRPC)")
	o.tls.register(c.Flags())
	o.names.add(c.Flags(), false)
	return c
}

type showRelation struct {
	Kind       graph.Kind        `json:"kind"`
	Direction  string            `json:"direction"` // "out", "in" or "both"
	Weight     int               `json:"weight"`
	Confidence float64           `json:"confidence"`
	Attrs      map[string]string `json:"attrs,omitempty"`
	Other      entityRef         `json:"other"`
	Evidence   []graph.Evidence  `json:"evidence"`
}

type showArticle struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"`
}

type showResult struct {
	Entity    graph.Entity   `json:"entity"`
	Articles  []showArticle  `json:"articles"`
	Relations []showRelation `json:"relations"`
}

func runShow(g *globalOptions, o *showOptions, name string) error {
	var res *showResult
	var err error
	if o.dgraph != "" {
		res, err = dgraphShow(o, name)
	} else {
		res, err = localShow(g, o, name)
	}
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, res)
	}
	printShow(g.stdout, res)
	return nil
}

func localShow(g *globalOptions, o *showOptions, name string) (*showResult, error) {
	gr, err := loadGraph(g, o.evidence)
	if err != nil {
		return nil, err
	}
	e, err := o.names.find(g, gr, name, 0)
	if err != nil {
		return nil, err
	}
	return showFrom(gr, e), nil
}

// showFrom gathers what show prints about e, an entity of gr.
func showFrom(gr *graph.Graph, e *graph.Entity) *showResult {
	res := &showResult{Entity: *e, Articles: []showArticle{}, Relations: []showRelation{}}
	for _, a := range gr.Articles {
		if _, ok := slices.BinarySearch(a.Entities, e.ID); ok {
			res.Articles = append(res.Articles, showArticle{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date})
		}
	}
	for _, r := range gr.Relations {
		var other graph.ID
		dir := "both"
		switch e.ID {
		case r.Source:
			other = r.Target
			if r.Kind.Directed() {
				dir = "out"
			}
		case r.Target:
			other = r.Source
			if r.Kind.Directed() {
				dir = "in"
			}
		default:
			continue
		}
		oe := gr.Entity(other)
		res.Relations = append(res.Relations, showRelation{Kind: r.Kind, Direction: dir, Weight: r.Weight,
			Confidence: r.Confidence, Attrs: r.Attrs, Other: entityRef{ID: oe.ID, Name: oe.Name, Type: oe.Type}, Evidence: r.Evidence})
	}
	slices.SortStableFunc(res.Relations, func(a, b showRelation) int {
		return cmp.Or(cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Other.ID, b.Other.ID))
	})
	return res
}

func printShow(w io.Writer, res *showResult) {
	e := &res.Entity
	fmt.Fprintf(w, "%s  (%s, #%d)\n", safe(e.Name), e.Type, e.ID)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases:  %s\n", safe(strings.Join(e.Aliases, "; ")))
	}
	for _, k := range slices.Sorted(maps.Keys(e.Attrs)) {
		fmt.Fprintf(w, "  %s: %s\n", k, safe(e.Attrs[k]))
	}
	fmt.Fprintf(w, "  mentions: %d in %d article(s)\n", e.Mentions, e.Articles)
	fmt.Fprintf(w, "\nArticles\n")
	for _, a := range res.Articles {
		fmt.Fprintf(w, "  %s  %s  %s\n", a.ID, a.Date, safe(a.Title))
	}
	fmt.Fprintf(w, "\nRelations\n")
	for _, r := range res.Relations {
		arrow := "—"
		switch r.Direction {
		case "out":
			arrow = "→"
		case "in":
			arrow = "←"
		}
		var extra []string
		for _, k := range slices.Sorted(maps.Keys(r.Attrs)) {
			extra = append(extra, k+" "+strconv.Quote(r.Attrs[k]))
		}
		if r.Confidence < 1 {
			extra = append(extra, fmt.Sprintf("confidence %.2f", r.Confidence))
		}
		more := ""
		if len(extra) > 0 {
			more = "  " + safe(strings.Join(extra, ", "))
		}
		fmt.Fprintf(w, "  %s %s %s (%s)  weight %d%s\n", r.Kind, arrow, safe(r.Other.Name), r.Other.Type, r.Weight, more)
		for _, ev := range r.Evidence {
			fmt.Fprintf(w, "      “%s” [%s]\n", safe(truncate(ev.Sentence, 200)), safe(truncate(ev.Title, 50)))
		}
	}
}

// kindRank orders relation kinds for display: the specific ones first.
func kindRank(k graph.Kind) int {
	if k == graph.CoMention {
		return 1
	}
	return 0
}
