package dgraph

import (
	"context"
	"fmt"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

// Known is an entity node of the cluster as the stores that pushed it
// left it: what a store resolves its own entities against (see
// ingest.Converge).
type Known struct {
	Key string
	// Entity holds the node's name, type, aliases, mentions and
	// attributes (the last writer's); its ID is 0.
	Entity graph.Entity
	// First is the date of the earliest article in the cluster that
	// mentions the entity, whichever store pushed it; "" if none does.
	First string
	// Bases are the entities, as each store's linker left them, that the
	// stores which pushed the node with a share (Options.Store) hold
	// under its key: what the node is made of before any store's joins.
	// Empty when no store pushed a share.
	Bases []Base
}

// page is the number of nodes one query of Entities or Keys reads.
const page = 5000

// Entities reads every entity node of the cluster, page by page in uid
// order, with the date of the earliest article that mentions it.
func Entities(ctx context.Context, dg *dgo.Dgraph) ([]Known, error) {
	var out []Known
	err := pages(ctx, dg, "Entity", "ng_key ng_name ng_type ng_alias ng_mentions ng_attrs "+basePred+"\n\t\t"+
		"first: ~ng_entity (orderasc: ng_date, first: 1) { ng_date }", func(n *pageNode) {
		k := Known{Key: n.Key, Entity: graph.Entity{Name: n.Name, Type: graph.Type(n.Type), Aliases: n.Aliases,
			Mentions: n.Mentions, Attrs: parseAttrs(n.Attrs)}}
		if len(n.First) > 0 {
			k.First = n.First[0].Date
		}
		k.Bases = parseBases(n.Shares)
		out = append(out, k)
	})
	return out, err
}

// Keys reads the keys of every node of the given type ("Entity",
// "Relation", "Evidence", "Article").
func Keys(ctx context.Context, dg *dgo.Dgraph, typ string) (map[string]bool, error) {
	keys := map[string]bool{}
	err := pages(ctx, dg, typ, "ng_key", func(n *pageNode) { keys[n.Key] = true })
	return keys, err
}

// pageNode is a node as pages reads it.
type pageNode struct {
	nodeJSON
	Shares []string `json:"ng_base"`
	First  []struct {
		Date string `json:"ng_date"`
	} `json:"first"`
}

// pages reads fields of every node of type typ, page nodes a query, and
// calls fn on each node that has a key.
func pages(ctx context.Context, dg *dgo.Dgraph, typ, fields string, fn func(*pageNode)) error {
	if !validName(typ) {
		return fmt.Errorf("bad type name %q", typ)
	}
	after := "0x0"
	for {
		q := fmt.Sprintf("{\n\tq(func: type(%s), first: %d, after: %s) { uid %s }\n}", typ, page, after, fields)
		var res struct{ Q []pageNode }
		if err := query(ctx, dg, q, nil, &res); err != nil {
			return err
		}
		for i := range res.Q {
			if res.Q[i].Key != "" {
				fn(&res.Q[i])
			}
		}
		if len(res.Q) < page {
			return nil
		}
		after = res.Q[len(res.Q)-1].UID
		if !validUID(after) {
			return fmt.Errorf("bad uid %q from the cluster", after)
		}
	}
}

// validName reports whether s is a plain identifier, safe in a query's
// text.
func validName(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_") == ""
}
