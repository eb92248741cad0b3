package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type communitiesOptions struct {
	unweighted bool
	members    int
	cut        cutFlags
	json       bool
	slice      sliceFlags // --source, --since, --until, --weight, --min-confidence (slice.go)
}

func newCommunitiesCommand(g *globalOptions) *cobra.Command {
	o := &communitiesOptions{}
	c := &cobra.Command{
		Use:   "communities",
		Short: "Group entities into communities (Louvain, fixed seed)",
		Long: `Group entities into communities with the Louvain method (modularity
maximisation) over the relation graph weighted by supporting sentences. The
seed is fixed, so the same store gives the same communities. Communities are
numbered from the largest; members are listed by weighted degree. --top N
lists the N largest; --min-mentions N lists only members mentioned at least N
times (a community's size still counts all its members). Results are
cached in the store until the next ingest or curation.

With --json, prints {modularity, communities: [{id, size, members: [{id, name, type}]}]}.
` + sliceHelp + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runCommunities(g, o) },
	}
	c.Flags().BoolVar(&o.unweighted, "unweighted", false, "ignore relation weights")
	c.Flags().IntVar(&o.members, "members", 10, "members to list per community in the table (0: all)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document (always with all members)")
	o.cut.add(c.Flags(), "list only the N largest communities (0: all)", "list only members mentioned at least N times, and the communities that have one")
	o.slice.add(c.Flags())
	return c
}

type community struct {
	ID      int         `json:"id"`
	Size    int         `json:"size"`
	Members []entityRef `json:"members"`
}

func runCommunities(g *globalOptions, o *communitiesOptions) error {
	if err := o.slice.check(); err != nil {
		return err
	}
	if err := o.cut.check(); err != nil {
		return err
	}
	ao := analytics.Options{Unweighted: o.unweighted}
	var (
		member map[graph.ID]int
		q      float64
		deg    map[graph.ID]float64
		gr     *graph.Graph
		err    error
	)
	if o.slice.o.Active() {
		// A slice is its own graph: computed afresh, not cached.
		if gr, err = o.slice.load(g, 0); err != nil {
			return err
		}
		if member, q, err = analytics.Communities(gr, ao); err != nil {
			return err
		}
		if deg, err = analytics.Centrality(gr, analytics.WeightedDegree, ao); err != nil {
			return err
		}
	} else if member, q, deg, gr, err = cachedCommunities(g, ao); err != nil {
		return err
	}
	var comms []community
	for _, e := range gr.Entities {
		c := member[e.ID]
		for len(comms) <= c {
			comms = append(comms, community{ID: len(comms), Members: []entityRef{}})
		}
		comms[c].Members = append(comms[c].Members, ref(&e))
	}
	for i := range comms {
		comms[i].Size = len(comms[i].Members)
		slices.SortStableFunc(comms[i].Members, func(a, b entityRef) int {
			return cmp.Or(cmp.Compare(deg[b.ID], deg[a.ID]), cmp.Compare(a.ID, b.ID))
		})
	}
	total := len(comms)
	comms = o.cutCommunities(gr, comms)
	if o.json {
		return writeJSON(g.stdout, struct {
			Modularity  float64     `json:"modularity"`
			Communities []community `json:"communities"`
		}{q, comms})
	}
	fmt.Fprintf(g.stdout, "%d communities, modularity %.3f", total, q)
	if len(comms) < total {
		fmt.Fprintf(g.stdout, " (%d listed)", len(comms))
	}
	fmt.Fprintln(g.stdout)
	for _, c := range comms {
		names := make([]string, 0, len(c.Members))
		for i, m := range c.Members {
			if o.members > 0 && i == o.members {
				names = append(names, fmt.Sprintf("… %d more", len(c.Members)-i))
				break
			}
			names = append(names, safe(m.Name))
		}
		fmt.Fprintf(g.stdout, "%3d  (%d)  %s\n", c.ID, c.Size, strings.Join(names, ", "))
	}
	return nil
}

// cutCommunities keeps the members mentioned at least --min-mentions
// times, drops the communities left without one, and keeps the --top
// largest. Size stays the community's whole size.
func (o *communitiesOptions) cutCommunities(gr *graph.Graph, comms []community) []community {
	out := []community{}
	for _, c := range comms {
		if o.cut.minMentions > 0 {
			c.Members = slices.DeleteFunc(c.Members, func(m entityRef) bool {
				e := gr.Entity(m.ID)
				return e == nil || e.Mentions < o.cut.minMentions
			})
			if len(c.Members) == 0 {
				continue
			}
		}
		out = append(out, c)
	}
	return out[:o.cut.limit(len(out))]
}

// cachedCommunities reads the communities and weighted degrees of the
// whole graph from the store's cache, computing and saving them when the
// graph changed since they were cached.
func cachedCommunities(g *globalOptions, ao analytics.Options) (map[graph.ID]int, float64, map[graph.ID]float64, *graph.Graph, error) {
	s, err := openRead(g)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	rc := s.Results(store.LoadOptions{})
	member, q, loaded, err := analytics.CachedCommunities(rc, ao)
	if err != nil {
		s.Close()
		return nil, 0, nil, nil, err
	}
	deg, dloaded, err := analytics.CachedCentrality(rc, analytics.WeightedDegree, ao)
	if err != nil {
		s.Close()
		return nil, 0, nil, nil, err
	}
	gr := cmp.Or(loaded, dloaded)
	if gr == nil {
		// Both came from the cache: read just the entity records.
		gr = &graph.Graph{}
		err = s.View(func(tx *store.Txn) error {
			for id := range member {
				e, err := tx.Entity(id)
				if err != nil {
					return err
				}
				gr.Entities = append(gr.Entities, *e)
			}
			return nil
		})
		gr.Sort()
	}
	s.Close()
	if err != nil {
		return nil, 0, nil, nil, err
	}
	saveCache(g, rc.Unsaved())
	return member, q, deg, gr, nil
}
