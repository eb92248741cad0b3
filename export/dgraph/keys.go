package dgraph

import (
	"strings"

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

// ArticleKey is the stable key of an article.
func ArticleKey(a *graph.Article) string { return "a:" + a.ID }
