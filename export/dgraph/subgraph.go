package dgraph

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Subgraph is a part of the cluster read back as a [graph.Graph], so that
// a command answers from the cluster with the same code that answers from
// the store.
//
// Its entities are numbered in the order of the store IDs the nodes carry
// (ng_id, then key), so that the graph algorithms, which break ties by ID,
// break them as they do on the store; [Subgraph.StoreID] gives the stored
// ID back for output. Articles list only the entities of the subgraph that
// they were read with.
type Subgraph struct {
	Graph *graph.Graph

	nodes map[string]nodeJSON
	rels  map[string]relJSON
	arts  map[string]articleJSON
	// mentions: article key -> entity keys read as mentioned by it.
	mentions map[string][]string

	keys     []string // by ID-1
	ids      map[string]graph.ID
	storeIDs map[graph.ID]graph.ID
	relIndex map[string]int // relation key -> index in Graph.Relations
}

// nodeJSON is an entity node as queries read it.
type nodeJSON struct {
	UID      string   `json:"uid"`
	Key      string   `json:"ng_key"`
	Name     string   `json:"ng_name"`
	Type     string   `json:"ng_type"`
	Aliases  []string `json:"ng_alias"`
	Mentions int      `json:"ng_mentions"`
	Articles int      `json:"ng_articles"`
	ID       int64    `json:"ng_id"`
	Attrs    string   `json:"ng_attrs"`
}

type evidenceJSON struct {
	Article  string `json:"ng_article"`
	Sentence string `json:"ng_sentence"`
	Start    int    `json:"ng_start"`
	End      int    `json:"ng_end"`
}

// relJSON is a relation node as queries read it, with the entity at its
// other end.
type relJSON struct {
	Key        string         `json:"ng_key"`
	Kind       string         `json:"ng_kind"`
	Weight     int            `json:"ng_weight"`
	Confidence float64        `json:"ng_confidence"`
	Attrs      string         `json:"ng_attrs"`
	Evidence   []evidenceJSON `json:"ng_evidence"`
	End        nodeJSON       `json:"end"`
}

type articleJSON struct {
	Key       string `json:"ng_key"`
	Title     string `json:"ng_title"`
	Date      string `json:"ng_date"`
	URL       string `json:"ng_url"`
	Publisher string `json:"ng_publisher"`
}

func newSubgraph() *Subgraph {
	return &Subgraph{nodes: map[string]nodeJSON{}, rels: map[string]relJSON{}, arts: map[string]articleJSON{}, mentions: map[string][]string{}}
}

// addNode records an entity node; a fuller read of a node (one with a
// name) replaces a key-only one.
func (s *Subgraph) addNode(n nodeJSON) {
	if n.Key == "" {
		return
	}
	if old, ok := s.nodes[n.Key]; !ok || old.Name == "" {
		s.nodes[n.Key] = n
	}
}

// addRel records a relation node and the entity at its other end; a
// relation whose key names entities not read is dropped by build.
func (s *Subgraph) addRel(r relJSON) {
	s.addNode(r.End)
	if _, ok := s.rels[r.Key]; !ok && strings.HasPrefix(r.Key, "r:") {
		r.End = nodeJSON{}
		s.rels[r.Key] = r
	}
}

func (s *Subgraph) addArticle(a articleJSON, entity string) {
	s.arts[a.Key] = a
	s.mentions[a.Key] = append(s.mentions[a.Key], entity)
}

// build turns what was read into Graph; titles are those of articles
// evidence cites that were not read.
func (s *Subgraph) build(titles map[string]string) {
	keys := make([]string, 0, len(s.nodes))
	for k := range s.nodes {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(s.nodes[a].ID, s.nodes[b].ID), strings.Compare(a, b)) })
	g := &graph.Graph{}
	s.keys = keys
	s.ids = make(map[string]graph.ID, len(keys))
	s.storeIDs = make(map[graph.ID]graph.ID, len(keys))
	for i, k := range keys {
		n := s.nodes[k]
		id := graph.ID(i + 1)
		s.ids[k], s.storeIDs[id] = id, graph.ID(n.ID)
		aliases := append([]string{}, n.Aliases...) // [] for none, as the store loads it
		slices.Sort(aliases)
		g.Entities = append(g.Entities, graph.Entity{ID: id, Name: n.Name, Type: graph.Type(n.Type), Aliases: aliases,
			Mentions: n.Mentions, Articles: n.Articles, Attrs: parseAttrs(n.Attrs)})
	}
	for k, r := range s.rels {
		kind, src, dst, ok := splitRelationKey(k)
		a, okA := s.ids[src]
		b, okB := s.ids[dst]
		if !ok || !okA || !okB {
			continue
		}
		if !kind.Directed() && a > b {
			a, b = b, a // the store's order of an undirected pair
		}
		g.Relations = append(g.Relations, graph.Relation{Source: a, Target: b, Kind: kind, Weight: r.Weight,
			Confidence: r.Confidence, Attrs: parseAttrs(r.Attrs), Evidence: []graph.Evidence{}})
	}
	for k, a := range s.arts {
		art := graph.Article{ID: strings.TrimPrefix(k, "a:"), Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Publisher}
		for _, ek := range s.mentions[k] {
			if id, ok := s.ids[ek]; ok {
				art.Entities = append(art.Entities, id)
			}
		}
		slices.Sort(art.Entities)
		art.Entities = slices.Compact(art.Entities)
		g.Articles = append(g.Articles, art)
	}
	g.Canonical()
	s.relIndex = make(map[string]int, len(g.Relations))
	for i, r := range g.Relations {
		s.relIndex[s.relationKey(&r)] = i
	}
	for k, r := range s.rels {
		if i, ok := s.relIndex[k]; ok {
			s.setEvidence(&g.Relations[i], r.Evidence, titles)
		}
	}
	s.Graph = g
}

// relationKey is the cluster key of a relation of Graph.
func (s *Subgraph) relationKey(r *graph.Relation) string {
	return RelationKey(r.Kind, s.keys[r.Source-1], s.keys[r.Target-1])
}

func (s *Subgraph) setEvidence(r *graph.Relation, ev []evidenceJSON, titles map[string]string) {
	r.Evidence = make([]graph.Evidence, 0, len(ev))
	for _, e := range ev {
		title := titles[e.Article]
		if a, ok := s.arts["a:"+e.Article]; ok {
			title = a.Title
		}
		r.Evidence = append(r.Evidence, graph.Evidence{Article: e.Article, Title: title, Sentence: e.Sentence, Start: e.Start, End: e.End})
	}
}

// Entity returns the entity of the subgraph with the given cluster key.
func (s *Subgraph) Entity(key string) *graph.Entity {
	id, ok := s.ids[key]
	if !ok {
		return nil
	}
	return s.Graph.Entity(id)
}

// StoreID is the ID that the store which last pushed the entity gave it.
func (s *Subgraph) StoreID(id graph.ID) graph.ID { return s.storeIDs[id] }

func parseAttrs(js string) map[string]string {
	if js == "" || js == "{}" {
		return nil
	}
	var m map[string]string
	if json.Unmarshal([]byte(js), &m) != nil || len(m) == 0 {
		return nil
	}
	return m
}
