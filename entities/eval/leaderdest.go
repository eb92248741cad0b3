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

// LeaderDestinations is the leader → destination measure. A fact is a
// leader and a destination: a gold visits relation noted
// LeaderDestinationNote, certain or uncertain, states one, from the
// person who leads (the
// relation's source when it is a person; when it is a group or another
// body, the person or persons the article's gold says lead it). A fact
// stated several times (by the group's visit and by the leader's own, or
// in several articles) counts once: facts are told apart by the matching
// keys of the leader's and the destination's gold names. A fact is
// reachable when the graph lets a reader get from the leader to the
// destination in one of the articles stating it: directly, person
// -visits-> place, or through a body the graph says the person leads,
// person -leads-> group -visits-> place. Both ends are matched to graph
// entities the article mentions with the scoring's matcher; the
// relations walked are the whole graph's, from any article, because the
// question is what the graph lets a reader find.
type LeaderDestinations struct {
	// Total counts the facts, Reachable those reachable, Noted the noted
	// visits relations that state them.
	Total     int `json:"total"`
	Reachable int `json:"reachable"`
	Noted     int `json:"noted"`
	// Facts lists every fact, reachable or not, in gold order.
	Facts []Reach `json:"facts"`
}

// Reach is one leader → destination fact and whether the graph reaches
// it.
type Reach struct {
	// Articles are the gold articles stating the fact, Split the first's
	// split, Evidence the first noted relation's evidence.
	Articles []string `json:"articles"`
	Split    string   `json:"split"`
	// Leader names the gold person (several joined by " or " when the
	// gold gives the group more than one leader); Group the gold source
	// of the first noted relation when it is not a person.
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
	key  string
}

// merge folds another statement of the same fact into r: reachable in
// one article is reachable.
func (r *Reach) merge(o Reach) {
	for _, a := range o.Articles {
		if !slices.Contains(r.Articles, a) {
			r.Articles = append(r.Articles, a)
		}
	}
	if r.Group == "" {
		r.Group = o.Group
	}
	switch {
	case r.Reachable:
	case o.Reachable:
		r.Reachable, r.Via, r.Note = true, o.Via, ""
	case noteRank(o.Note) > noteRank(r.Note):
		r.Note = o.Note // the more telling reason
	}
}

// Why a fact is not reachable, from the least telling: the gold names no
// leader, the graph lacks the leader, the graph has no path.
const (
	noteNoLeader = "the gold names no person who leads "
	noteAbsent   = "leader not in the graph"
	noteNoPath   = "no visits or leads-visits path to the destination"
)

func noteRank(n string) int {
	switch {
	case strings.HasPrefix(n, noteNoLeader):
		return 0
	case n == noteAbsent:
		return 1
	}
	return 2
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
		rc := Reach{Articles: []string{a.ID}, Split: cmp.Or(a.Split, Dev), Destination: ents[r.Target].Name, Evidence: r.Evidence}
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
		rc.key = factKey(names, rc.Group, rc.Destination)
		switch found := graphEntitiesOf(m, mentioned, leaders); {
		case len(leaders) == 0:
			rc.Note = noteNoLeader + rc.Group
		case len(found) == 0:
			rc.Note = noteAbsent
		default:
			rc.Via, rc.Reachable = x.reach(m, g, found, r.Target)
			if !rc.Reachable {
				rc.Note = noteNoPath
			}
		}
		out = append(out, rc)
	}
	return out
}

// factKey tells facts apart: the matching keys of the leaders' names
// (sorted), or of the group's when the gold names no leader, and of the
// destination's.
func factKey(leaders []string, group, dest string) string {
	var keys []string
	for _, n := range leaders {
		keys = append(keys, keyOf(n))
	}
	slices.Sort(keys)
	if len(keys) == 0 {
		keys = []string{"group " + keyOf(group)}
	}
	return strings.Join(keys, " | ") + " -> " + keyOf(dest)
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
	noted     int
}

func (l *leaderDestAcc) add(a *Article, g *graph.Graph, articles map[string]string, present map[string][]graph.ID) {
	if !slices.ContainsFunc(a.Relations, func(r Relation) bool { return r.Note == LeaderDestinationNote }) {
		return
	}
	if l.x == nil {
		l.x, l.mentioned = newReachIndex(g), mentionedEntities(g, articles, present)
	}
	for _, f := range leaderDestinations(a, g, l.x, l.mentioned[a.ID]) {
		l.noted++
		if i := slices.IndexFunc(l.facts, func(o Reach) bool { return o.key == f.key }); i >= 0 {
			l.facts[i].merge(f)
		} else {
			l.facts = append(l.facts, f)
		}
	}
}

// result returns the measure, or nil when no article noted a fact.
func (l *leaderDestAcc) result() *LeaderDestinations {
	if len(l.facts) == 0 {
		return nil
	}
	r := &LeaderDestinations{Total: len(l.facts), Noted: l.noted, Facts: l.facts}
	for _, f := range l.facts {
		if f.Reachable {
			r.Reachable++
		}
	}
	return r
}
