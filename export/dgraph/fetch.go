package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

// The fields queries read of entities: in full, and at the end of a
// relation.
const (
	entityFields = "uid ng_key ng_name ng_type ng_alias ng_mentions ng_articles ng_id ng_attrs"
	endFields    = "uid ng_key ng_name ng_type ng_id"
)

// chunk bounds the keys or uids one query names.
const chunk = 1000

// keysQuery returns a query that reads fields of the nodes with the given
// keys, and its variables (keys are never spliced into the text).
func keysQuery(keys []string, fields string) (string, map[string]string) {
	var decl, list strings.Builder
	vars := make(map[string]string, len(keys))
	for i, k := range keys {
		n := "$k" + strconv.Itoa(i)
		if i > 0 {
			decl.WriteString(", ")
			list.WriteString(", ")
		}
		decl.WriteString(n + ": string")
		list.WriteString(n)
		vars[n] = k
	}
	return "query q(" + decl.String() + ") {\n\tq(func: eq(ng_key, [" + list.String() + "])) { " + fields + " }\n}", vars
}

// evidenceField reads up to n evidence sentences (n < 0: all) of a
// relation in the store's order (the links' facet ng_seq).
func evidenceField(n int) string {
	const f = "{ ng_article ng_sentence ng_start ng_end }"
	switch {
	case n == 0:
		return ""
	case n < 0:
		return "ng_evidence @facets(orderasc: ng_seq) " + f
	}
	return fmt.Sprintf("ng_evidence (first: %d) @facets(orderasc: ng_seq) %s", n, f)
}

// relationFields reads the relations a node takes part in, with relFields
// of each and the entity at the other end.
func relationFields(relFields string) string {
	return "out: ~ng_source @filter(type(Relation)) { " + relFields + " end: ng_target { " + endFields + " } }\n" +
		"\t\tin: ~ng_target @filter(type(Relation)) { " + relFields + " end: ng_source { " + endFields + " } }"
}

// withRelations is an entity node with its relations.
type withRelations struct {
	nodeJSON
	Out  []relJSON     `json:"out"`
	In   []relJSON     `json:"in"`
	Arts []articleJSON `json:"arts"`
}

func query(ctx context.Context, dg *dgo.Dgraph, q string, vars map[string]string, out any) error {
	resp, err := dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
	if err != nil {
		return err
	}
	return json.Unmarshal(resp.Json, out)
}

// EntitySubgraph reads the entity with the given key, each relation it
// takes part in with up to evidence sentences (evidence < 0: all), the
// entities at their other ends and the articles that mention it: what
// the show command prints.
func EntitySubgraph(ctx context.Context, dg *dgo.Dgraph, key string, evidence int) (*Subgraph, error) {
	q, vars := keysQuery([]string{key}, entityFields+"\n\t\t"+
		relationFields("ng_key ng_kind ng_weight ng_confidence ng_attrs "+evidenceField(evidence))+
		"\n\t\tarts: ~ng_entity @filter(type(Article)) { ng_key ng_title ng_date ng_url ng_publisher }")
	var out struct{ Q []withRelations }
	if err := query(ctx, dg, q, vars, &out); err != nil {
		return nil, err
	}
	s := newSubgraph()
	for _, n := range out.Q {
		s.addNode(n.nodeJSON)
		for _, r := range append(n.Out, n.In...) {
			s.addRel(r)
		}
		for _, a := range n.Arts {
			s.addArticle(a, n.Key)
		}
	}
	if _, ok := s.nodes[key]; !ok {
		return nil, fmt.Errorf("no entity with key %q", key)
	}
	titles, err := s.missingTitles(ctx, dg, s.rels)
	if err != nil {
		return nil, err
	}
	s.build(titles)
	return s, nil
}

// PathSubgraph reads what a shortest path from the entity with key from to
// the one with key to depends on: a breadth-first search from to, over the
// relations follow accepts, level by level until from is reached (or
// every reachable entity is). It reads every relation of the entities
// nearer to to than from is, so the fewest-hop, heaviest paths over the
// subgraph are those over the whole cluster. Evidence is not read (see
// LoadEvidence).
func PathSubgraph(ctx context.Context, dg *dgo.Dgraph, from, to string, follow func(graph.Kind) bool) (*Subgraph, error) {
	return reach(ctx, dg, []string{from, to}, to, -1, from, follow, false)
}

// NeighbourSubgraph reads what the neighbours within depth relations of
// the entity with the given key depend on: every relation that follow
// accepts of the entities fewer than depth relations away.
//
// With sliceable, it also reads what slicing the result by articles,
// weighting or confidence needs (analytics.Slice): each relation's
// confidence and all its evidence, every article that mentions an entity
// read, and every article the evidence cites. Slicing only removes
// relations and entities, so an entity within depth relations in the
// sliced graph is within depth in the cluster, and every relation of the
// entities nearer than depth in the slice has been read: the slice of
// this subgraph answers as the slice of the whole cluster would.
func NeighbourSubgraph(ctx context.Context, dg *dgo.Dgraph, key string, depth int, follow func(graph.Kind) bool, sliceable bool) (*Subgraph, error) {
	return reach(ctx, dg, []string{key}, key, depth, "", follow, sliceable)
}

// reach reads the entities with the given keys in full, then searches
// breadth-first from start over the relations follow accepts, reading
// every relation of each level's entities: depth levels (depth < 0: no
// limit), or up to the level that reaches stop. With sliceable it reads
// what slicing needs too (see NeighbourSubgraph).
func reach(ctx context.Context, dg *dgo.Dgraph, keys []string, start string, depth int, stop string, follow func(graph.Kind) bool, sliceable bool) (*Subgraph, error) {
	relFields := "ng_key ng_kind ng_weight"
	if sliceable {
		relFields += " ng_confidence " + evidenceField(-1)
	}
	q, vars := keysQuery(keys, entityFields)
	var ends struct{ Q []nodeJSON }
	if err := query(ctx, dg, q, vars, &ends); err != nil {
		return nil, err
	}
	s := newSubgraph()
	for _, n := range ends.Q {
		s.addNode(n)
	}
	for _, k := range keys {
		if _, ok := s.nodes[k]; !ok {
			return nil, fmt.Errorf("no entity with key %q", k)
		}
	}
	seen := map[string]bool{start: true}
	frontier := []string{s.nodes[start].UID}
	for level, found := 0, stop == start; len(frontier) > 0 && !found && level != depth; level++ {
		var next []string
		for lo := 0; lo < len(frontier); lo += chunk {
			nodes, err := expand(ctx, dg, frontier[lo:min(lo+chunk, len(frontier))], relFields)
			if err != nil {
				return nil, err
			}
			for _, n := range nodes {
				for _, r := range append(n.Out, n.In...) {
					if !follow(graph.Kind(r.Kind)) {
						continue
					}
					end := r.End
					s.addRel(r)
					if end.Key != "" && !seen[end.Key] && validUID(end.UID) {
						seen[end.Key] = true
						next = append(next, end.UID)
						found = found || end.Key == stop
					}
				}
			}
		}
		frontier = next
	}
	if sliceable {
		if err := s.readArticles(ctx, dg); err != nil {
			return nil, err
		}
	}
	s.build(nil)
	return s, nil
}

// articleFields are the fields of an article node queries read.
const articleFields = "ng_key ng_title ng_date ng_url ng_publisher"

// readArticles reads the articles that mention each entity read, then
// those that the evidence read cites and that mention none of them, so
// that the subgraph can be sliced by article.
func (s *Subgraph) readArticles(ctx context.Context, dg *dgo.Dgraph) error {
	keys := make([]string, 0, len(s.nodes))
	for k := range s.nodes {
		keys = append(keys, k)
	}
	for lo := 0; lo < len(keys); lo += chunk {
		q, vars := keysQuery(keys[lo:min(lo+chunk, len(keys))], "ng_key arts: ~ng_entity @filter(type(Article)) { "+articleFields+" }")
		var out struct{ Q []withRelations }
		if err := query(ctx, dg, q, vars, &out); err != nil {
			return err
		}
		for _, n := range out.Q {
			for _, a := range n.Arts {
				s.addArticle(a, n.Key)
			}
		}
	}
	var cited []string
	seen := map[string]bool{}
	for _, r := range s.rels {
		for _, e := range r.Evidence {
			if k := "a:" + e.Article; s.arts[k].Key == "" && !seen[k] {
				seen[k] = true
				cited = append(cited, k)
			}
		}
	}
	for lo := 0; lo < len(cited); lo += chunk {
		q, vars := keysQuery(cited[lo:min(lo+chunk, len(cited))], articleFields)
		var out struct{ Q []articleJSON }
		if err := query(ctx, dg, q, vars, &out); err != nil {
			return err
		}
		for _, a := range out.Q {
			s.arts[a.Key] = a
		}
	}
	return nil
}

// expand reads the relations of the nodes with the given uids, with
// relFields of each.
func expand(ctx context.Context, dg *dgo.Dgraph, uids []string, relFields string) ([]withRelations, error) {
	q := "{\n\tq(func: uid(" + strings.Join(uids, ", ") + ")) { uid ng_key\n\t\t" + relationFields(relFields) + " }\n}"
	var out struct{ Q []withRelations }
	if err := query(ctx, dg, q, nil, &out); err != nil {
		return nil, err
	}
	return out.Q, nil
}

// validUID reports whether u is a uid as Dgraph writes them ("0x1f"), so
// that it can go into a query's text.
func validUID(u string) bool {
	if len(u) < 3 || !strings.HasPrefix(u, "0x") {
		return false
	}
	_, err := strconv.ParseUint(u[2:], 16, 64)
	return err == nil
}

// LoadEvidence reads up to n evidence sentences (n < 0: all) of the
// relations of the subgraph that keep accepts, replacing what they held.
func (s *Subgraph) LoadEvidence(ctx context.Context, dg *dgo.Dgraph, keep func(*graph.Relation) bool, n int) error {
	want := map[string]int{}
	var keys []string
	for i := range s.Graph.Relations {
		if r := &s.Graph.Relations[i]; keep(r) {
			k := s.relationKey(r)
			want[k] = i
			keys = append(keys, k)
		}
	}
	read := map[string]relJSON{}
	for lo := 0; lo < len(keys) && n != 0; lo += chunk {
		q, vars := keysQuery(keys[lo:min(lo+chunk, len(keys))], "ng_key "+evidenceField(n))
		var out struct{ Q []relJSON }
		if err := query(ctx, dg, q, vars, &out); err != nil {
			return err
		}
		for _, r := range out.Q {
			read[r.Key] = r
		}
	}
	titles, err := s.missingTitles(ctx, dg, read)
	if err != nil {
		return err
	}
	for k, i := range want {
		s.setEvidence(&s.Graph.Relations[i], read[k].Evidence, titles)
	}
	return nil
}

// missingTitles reads the titles of the articles the evidence of rels
// cites that the subgraph has not read.
func (s *Subgraph) missingTitles(ctx context.Context, dg *dgo.Dgraph, rels map[string]relJSON) (map[string]string, error) {
	var keys []string
	seen := map[string]bool{}
	for _, r := range rels {
		for _, e := range r.Evidence {
			k := "a:" + e.Article
			if _, ok := s.arts[k]; !ok && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	titles := map[string]string{}
	for lo := 0; lo < len(keys); lo += chunk {
		q, vars := keysQuery(keys[lo:min(lo+chunk, len(keys))], "ng_key ng_title")
		var out struct{ Q []articleJSON }
		if err := query(ctx, dg, q, vars, &out); err != nil {
			return nil, err
		}
		for _, a := range out.Q {
			titles[strings.TrimPrefix(a.Key, "a:")] = a.Title
		}
	}
	return titles, nil
}
