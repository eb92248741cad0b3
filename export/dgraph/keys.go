package dgraph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// EntityKey is the stable key of e in the cluster: its gazetteer ID when
// it has one (the same place or person found by any machine), else its
// Wikidata ID, else its type and normalised name.
func EntityKey(e *graph.Entity) string {
	if id := e.Attrs["gazetteer"]; id != "" {
		return "g:" + id
	}
	if id := e.Attrs["wikidata"]; id != "" {
		return "w:" + id
	}
	return "n:" + string(e.Type) + ":" + gazetteer.Key(e.Name)
}

// oneArticleKey is the key of an event that stands for itself in the one
// article that describes it (entities.UnnamedAttr: "talks" between two
// named sides), which no store links to any other: its article's ID
// (a hash of the text, the same in every store), type and name. Keyed by
// name alone, every store's "talks" would be twins told apart by ID
// order, which depends on the order the articles were read in, so stores
// that each read part of a corpus would give one article's talks another
// article's key.
func oneArticleKey(e *graph.Entity, article string) string {
	return "u:" + article + ":" + string(e.Type) + ":" + gazetteer.Key(e.Name)
}

// EntityKeys gives every entity of g its key in the cluster. That is its
// EntityKey (for an event of one article, oneArticleKey), unless the store keeps several entities apart under one key
// (the same type and name: four different "Mr Jackson"s, or an acronym
// the resolver left unlinked beside its expanded twin). Then the one with
// the lowest ID keeps the key and the others get "#2", "#3"... in ID
// order, so the cluster holds as many entities as the store, and a key
// does not change as more articles come in (new entities get higher IDs).
// Another store may hold only some of the twins: its first one meets this
// store's first one, the rest stay apart, as in each store.
func EntityKeys(g *graph.Graph) map[graph.ID]string {
	articleOf := map[graph.ID]string{}
	for i := range g.Articles {
		for _, id := range g.Articles[i].Entities {
			articleOf[id] = cmp.Or(articleOf[id], g.Articles[i].ID)
		}
	}
	groups := make(map[string][]graph.ID, len(g.Entities))
	for i := range g.Entities {
		e := &g.Entities[i]
		k := EntityKey(e)
		if a := articleOf[e.ID]; a != "" && e.Attrs[entities.UnnamedAttr] != "" && !strings.HasPrefix(k, "g:") && !strings.HasPrefix(k, "w:") {
			k = oneArticleKey(e, a)
		}
		groups[k] = append(groups[k], e.ID)
	}
	keys := make(map[graph.ID]string, len(g.Entities))
	for k, ids := range groups {
		slices.SortFunc(ids, func(a, b graph.ID) int { return cmp.Compare(a, b) })
		for i, id := range ids {
			if i == 0 {
				keys[id] = k
			} else {
				keys[id] = k + "#" + strconv.Itoa(i+1)
			}
		}
	}
	return keys
}

// keySep separates the parts of a relation key; names never hold it
// because extraction cleans control characters out of them.
const keySep = "\x1f"

// RelationKey is the stable key of a relation of kind k between entities
// with keys src and dst.
func RelationKey(k graph.Kind, src, dst string) string {
	if !k.Directed() && dst < src {
		src, dst = dst, src
	}
	return "r:" + string(k) + keySep + src + keySep + dst
}

// splitRelationKey undoes RelationKey.
func splitRelationKey(key string) (k graph.Kind, src, dst string, ok bool) {
	parts := strings.Split(strings.TrimPrefix(key, "r:"), keySep)
	if len(parts) != 3 || !strings.HasPrefix(key, "r:") {
		return "", "", "", false
	}
	return graph.Kind(parts[0]), parts[1], parts[2], true
}

// SentenceKey is the stable key of an evidence sentence: its article and
// byte span.
func SentenceKey(e graph.Evidence) string {
	return "s:" + e.Article + keySep + strconv.Itoa(e.Start) + keySep + strconv.Itoa(e.End)
}

// ArticleKey is the stable key of an article.
func ArticleKey(a *graph.Article) string { return "a:" + a.ID }

// checkKeys reports the first entity of g without a usable key, and the
// first relation with an end that is not among g's entities. Such a key
// must never be sent: an empty one, bound as a link, makes the lookup ask
// for ng_key "" and the mutation a node without a key, which no later
// lookup finds and no upsert conflict guards.
func checkKeys(g *graph.Graph, keys map[graph.ID]string) error {
	for i := range g.Entities {
		e := &g.Entities[i]
		if !usableKey(EntityKey(e)) {
			return fmt.Errorf("entity #%d %q (%s) has no key: its name is empty once normalised and it has no gazetteer or Wikidata ID", e.ID, e.Name, e.Type)
		}
	}
	for i := range g.Relations {
		r := &g.Relations[i]
		for _, id := range []graph.ID{r.Source, r.Target} {
			if keys[id] == "" {
				return fmt.Errorf("relation %s #%d -> #%d: entity #%d is not among the graph's entities, so it has no key", r.Kind, r.Source, r.Target, id)
			}
		}
	}
	return nil
}

// usableKey reports whether an EntityKey names something: "n:<type>:"
// with nothing after the type is the key of every nameless entity.
func usableKey(k string) bool {
	switch {
	case strings.HasPrefix(k, "g:"), strings.HasPrefix(k, "w:"):
		return len(k) > 2
	case strings.HasPrefix(k, "n:"):
		_, name, ok := strings.Cut(k[2:], ":")
		return ok && name != ""
	}
	return false
}
