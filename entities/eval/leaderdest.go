package eval

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// LeaderDestinationNote is the note that marks a gold visits relation as a
// leader → destination fact: where a delegation's leader, or the
// delegation, goes. Such facts are measured by whether the graph lets a
// reader get from the leader to the destination (see LeaderDestinations),
// not only by whether the one relation was extracted.
const LeaderDestinationNote = "leader-destination"

// LeaderDestinations is the leader → destination measure: of Total gold
// visits relations noted LeaderDestinationNote, Reachable are reachable in
// the graph from the person who leads (the relation's source when it is a
// person; when it is a group or another body, a person the article's gold
// says leads it): directly, person -visits-> place, or through a body the
// graph says the person leads, person -leads-> group -visits-> place. Both
// ends are matched to graph entities the article mentions with the
// scoring's matcher; the relations walked are the whole graph's, from any
// article, because the question is what the graph lets a reader find.
type LeaderDestinations struct {
	Total     int `json:"total"`
	Reachable int `json:"reachable"`
	// Facts lists every noted relation, reachable or not, in gold order.
	Facts []Reach `json:"facts"`
}

// Reach is one leader → destination fact and whether the graph reaches
// it.
type Reach struct {
	Article string `json:"article"`
	Split   string `json:"split"`
	// Leader names the gold person (several joined by " or " when the
	// gold gives the group more than one leader); Group the gold source
	// when it is not a person.
	Leader      string `json:"leader"`
	Group       string `json:"group,omitempty"`
	Destination string `json:"destination"`
	Evidence    string `json:"evidence,omitempty"`
	Reachable   bool   `json:"reachable"`
	// Via is how it was reached: "visits", or "leads NAME, visits" with
	// the graph name of the body led. Note says why it was not: no gold
	// leader, the leader not in the graph, no path.
	Via  string `json:"via,omitempty"`
	Note string `json:"note,omitempty"`
}

// reachIndex holds the graph's visits and leads relations by source.
type reachIndex struct {
	visits, leads map[graph.ID][]graph.ID
}

func newReachIndex(g *graph.Graph) *reachIndex {
	x := &reachIndex{visits: map[graph.ID][]graph.ID{}, leads: map[graph.ID][]graph.ID{}}
	for i := range g.Relations {
		r := &g.Relations[i]
		switch r.Kind {
		case graph.Visits:
			x.visits[r.Source] = append(x.visits[r.Source], r.Target)
		case graph.Leads:
			x.leads[r.Source] = append(x.leads[r.Source], r.Target)
		}
	}
	return x
}

// leaderDestinations measures the noted visits relations of one article.
// mentioned are the graph entities the article mentions (its graph
// articles' entity lists and the ends of relations with evidence in it).
func leaderDestinations(a *Article, g *graph.Graph, x *reachIndex, mentioned []graph.ID) []Reach {
	var out []Reach
	ents := map[string]*Entity{}
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	var m *matcher
	for _, r := range a.Relations {
		if r.Kind != graph.Visits || r.Note != LeaderDestinationNote || ents[r.Source] == nil || ents[r.Target] == nil {
			continue
		}
		if m == nil {
			m = newMatcher(a, g)
		}
		rc := Reach{Article: a.ID, Split: cmp.Or(a.Split, Dev), Destination: ents[r.Target].Name, Evidence: r.Evidence}
		leaders := []string{r.Source}
		if ents[r.Source].Type != graph.Person {
			rc.Group = ents[r.Source].Name
			leaders = goldLeaders(a, r.Source, ents)
		}
		var names []string
		for _, l := range leaders {
			names = append(names, ents[l].Name)
		}
		rc.Leader = strings.Join(names, " or ")
		switch found := graphEntitiesOf(m, mentioned, leaders); {
		case len(leaders) == 0:
			rc.Note = "the gold names no person who leads " + rc.Group
		case len(found) == 0:
			rc.Note = "leader not in the graph"
		default:
			rc.Via, rc.Reachable = x.reach(m, g, found, r.Target)
			if !rc.Reachable {
				rc.Note = "no visits or leads-visits path to the destination"
			}
		}
		out = append(out, rc)
	}
	return out
}

// goldLeaders returns the gold persons that lead body in the article, in
// gold order, each once.
func goldLeaders(a *Article, body string, ents map[string]*Entity) []string {
	var out []string
	for _, r := range a.Relations {
		if r.Kind == graph.Leads && r.Target == body && ents[r.Source] != nil &&
			ents[r.Source].Type == graph.Person && !slices.Contains(out, r.Source) {
			out = append(out, r.Source)
		}
	}
	return out
}

// graphEntitiesOf returns the mentioned graph entities the matcher takes
// for one of the gold entities, each once, in ID order.
func graphEntitiesOf(m *matcher, mentioned []graph.ID, gold []string) []graph.ID {
	var out []graph.ID
	for _, id := range mentioned {
		if slices.Contains(gold, m.gold(id)) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// reach reports whether one of the persons visits the gold destination,
// or leads a body that does, and how.
func (x *reachIndex) reach(m *matcher, g *graph.Graph, persons []graph.ID, dest string) (via string, ok bool) {
	visitsDest := func(src graph.ID) bool {
		return slices.ContainsFunc(x.visits[src], func(t graph.ID) bool { return m.gold(t) == dest })
	}
	for _, p := range persons {
		if visitsDest(p) {
			return "visits", true
		}
	}
	for _, p := range persons {
		for _, body := range x.leads[p] {
			if visitsDest(body) {
				return "leads " + entityName(g, body) + ", visits", true
			}
		}
	}
	return "", false
}

// mentionedEntities gives, per gold article, the graph entities its graph
// articles list and those present (see presentEntities).
func mentionedEntities(g *graph.Graph, articles map[string]string, present map[string][]graph.ID) map[string][]graph.ID {
	out := map[string][]graph.ID{}
	for _, a := range g.Articles {
		if aid := articles[a.ID]; aid != "" {
			out[aid] = append(out[aid], a.Entities...)
		}
	}
	for aid, ids := range present {
		out[aid] = append(out[aid], ids...)
	}
	return out
}

// leaderDestAcc gathers the measure over the articles of a Score; the
// graph is indexed only once an article notes a fact.
type leaderDestAcc struct {
	x         *reachIndex
	mentioned map[string][]graph.ID
	facts     []Reach
}

func (l *leaderDestAcc) add(a *Article, g *graph.Graph, articles map[string]string, present map[string][]graph.ID) {
	if !slices.ContainsFunc(a.Relations, func(r Relation) bool { return r.Note == LeaderDestinationNote }) {
		return
	}
	if l.x == nil {
		l.x, l.mentioned = newReachIndex(g), mentionedEntities(g, articles, present)
	}
	l.facts = append(l.facts, leaderDestinations(a, g, l.x, l.mentioned[a.ID])...)
}

// result returns the measure, or nil when no article noted a fact.
func (l *leaderDestAcc) result() *LeaderDestinations {
	if len(l.facts) == 0 {
		return nil
	}
	r := &LeaderDestinations{Total: len(l.facts), Facts: l.facts}
	for _, f := range l.facts {
		if f.Reachable {
			r.Reachable++
		}
	}
	return r
}
