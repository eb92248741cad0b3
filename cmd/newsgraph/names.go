package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/spf13/pflag"
)

// nameResolver finds entities by the names users type, dropping titles
// the extractor knows ("Mr", "Prime Minister").
var nameResolver = names.Resolver{Title: entities.TitleWord}

// maxCandidates is how many candidates an ambiguous name lists.
const maxCandidates = 10

// namesHelp explains name matching in a command's help.
const namesHelp = `
Names: an entity is found by its exact name or alias, then case-insensitively
("s jaishankar"), then by a prefix or by some of its words ("bilawal bhutto"),
then by spelling ("bilawal zardary"); "#12" names entity 12. A name that
matches several entities is not guessed: they are listed, most mentioned first,
with a fact that tells them apart, and the exit status is 1; --pick N takes the
Nth of them.
`

// nameFlags is the --pick option of a command that takes names.
type nameFlags struct {
	pick []int
}

// add registers --pick; several says the command takes several names,
// each of which gets its own number.
func (n *nameFlags) add(f *pflag.FlagSet, several bool) {
	usage := "take the Nth candidate when the name matches several entities"
	if several {
		usage = "take the Nth candidate of each ambiguous name, in order (comma-separated; 0 leaves a name as it is)"
	}
	f.IntSliceVar(&n.pick, "pick", nil, usage)
}

// find resolves the i-th name the command was given.
func (n *nameFlags) find(g *globalOptions, gr *graph.Graph, name string, i int) (*graph.Entity, error) {
	pick := 0
	if i < len(n.pick) {
		pick = n.pick[i]
	}
	return findOne(g, gr, name, pick)
}

// findOne resolves a name given on the command line to one entity. A name
// matching several entities fails with exit status 1 and the candidates,
// unless pick (1-based) chooses one; a name matching none fails with
// suggestions. A name found only by its words or spelling is said on
// stderr, so a user sees which entity the command acted on.
func findOne(g *globalOptions, gr *graph.Graph, name string, pick int) (*graph.Entity, error) {
	res := nameResolver.Resolve(gr, name)
	if len(res.Candidates) == 0 {
		msg := "no entity named " + quote(name)
		if sug := nameResolver.Suggest(gr, name, 5); len(sug) > 0 {
			names := make([]string, len(sug))
			for i, e := range sug {
				names[i] = quote(e.Name)
			}
			msg += "; did you mean " + strings.Join(names, ", ") + "?"
		}
		return nil, failf(exitFailure, "%s", msg)
	}
	switch {
	case pick < 0 || pick > len(res.Candidates):
		return nil, failf(exitStore, "--pick %d: %s matches %d entities", pick, quote(name), len(res.Candidates))
	case pick > 0:
		return res.Candidates[pick-1], nil
	case len(res.Candidates) > 1:
		return nil, failf(exitFailure, "%s", ambiguous(gr, res))
	}
	e := res.Candidates[0]
	if res.Stage >= names.Token && g != nil {
		fmt.Fprintf(g.stderr, "newsgraph: %s is %s\n", quote(name), describe(e))
	}
	return e, nil
}

// ambiguous lists the candidates of a name that matched several entities.
func ambiguous(gr *graph.Graph, res names.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s matches %d entities; give a fuller name, \"#ID\", or --pick N:", quote(res.Query), len(res.Candidates))
	for i, e := range res.Candidates {
		if i == maxCandidates {
			fmt.Fprintf(&b, "\n  ... and %d more", len(res.Candidates)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %d. %s (#%d, %s, %d mentions)", i+1, safe(e.Name), e.ID, e.Type, e.Mentions)
		if f := names.Fact(gr, e); f != "" {
			fmt.Fprintf(&b, ": %s", safe(f))
		}
	}
	return b.String()
}
