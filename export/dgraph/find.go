package dgraph

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

// Match is an entity of the cluster found by name.
type Match struct {
	Key      string     `json:"key"`
	Name     string     `json:"name"`
	Type     graph.Type `json:"type"`
	Mentions int        `json:"mentions"`
	// ID is the store ID of the entity in the store that last pushed it.
	ID graph.ID `json:"id"`
}

// FindEntities returns the entities of the cluster whose name or an alias
// is name as typed (outer spaces aside), or, for "#N", whose store ID is
// N: the exact stage of the store's name resolver. They come most
// mentioned first, then by store ID and key, as the resolver ranks them.
func FindEntities(ctx context.Context, dg *dgo.Dgraph, name string) ([]Match, error) {
	name = strings.TrimSpace(name)
	const fields = "{ ng_key ng_name ng_type ng_mentions ng_id }"
	q := "query q($n: string) {\n\tbyName(func: eq(ng_name, $n)) @filter(type(Entity)) " + fields +
		"\n\tbyAlias(func: eq(ng_alias, $n)) @filter(type(Entity)) " + fields + "\n}"
	vars := map[string]string{"$n": name}
	if id, err := strconv.ParseUint(strings.TrimPrefix(name, "#"), 10, 32); err == nil && strings.HasPrefix(name, "#") {
		q = "query q($id: int) {\n\tbyID(func: eq(ng_id, $id)) @filter(type(Entity)) " + fields + "\n}"
		vars = map[string]string{"$id": strconv.FormatUint(id, 10)}
	}
	var out map[string][]nodeJSON
	if err := query(ctx, dg, q, vars, &out); err != nil {
		return nil, err
	}
	var ms []Match
	seen := map[string]bool{}
	for _, group := range out {
		for _, n := range group {
			if !seen[n.Key] {
				seen[n.Key] = true
				ms = append(ms, Match{Key: n.Key, Name: n.Name, Type: graph.Type(n.Type), Mentions: n.Mentions, ID: graph.ID(n.ID)})
			}
		}
	}
	slices.SortFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID), strings.Compare(a.Key, b.Key))
	})
	return ms, nil
}

// MentioningArticles returns, for each of the entities with the given
// keys, the articles of the cluster that mention it (key without its "a:"
// prefix, title, date, URL and outlet; Entities left empty), so that a
// name can be looked for among the entities some articles mention.
func MentioningArticles(ctx context.Context, dg *dgo.Dgraph, keys []string) (map[string][]graph.Article, error) {
	arts := map[string][]graph.Article{}
	for lo := 0; lo < len(keys); lo += chunk {
		q, vars := keysQuery(keys[lo:min(lo+chunk, len(keys))], "ng_key arts: ~ng_entity @filter(type(Article)) { "+articleFields+" }")
		var out struct{ Q []withRelations }
		if err := query(ctx, dg, q, vars, &out); err != nil {
			return nil, err
		}
		for _, n := range out.Q {
			for _, a := range n.Arts {
				arts[n.Key] = append(arts[n.Key], graph.Article{ID: strings.TrimPrefix(a.Key, "a:"), Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Publisher})
			}
		}
	}
	return arts, nil
}
