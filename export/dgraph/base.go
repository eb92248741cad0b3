package dgraph

// This file keeps, on each entity node, every store's share of it as
// linking left it (ng_base), so that stores converging on one cluster
// resolve the same entities: the union of what each store's linker made,
// not of what each store's own joins made of it. A store that joined
// "Coast Guard" into the one full name it knew pushes the node "U.S.
// Coast Guard" with the alias "Coast Guard"; its share says "Coast Guard"
// was an entity of its own, so a store that reads the cluster can join it
// again, or not, over every store's entities.

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// basePred is the predicate of the stores' shares of an entity node: one
// value per store, "<store tag> 0x1F <JSON list of base entities>".
const basePred = "ng_base"

// baseSep ends the store tag of a share.
const baseSep = "\x1f"

// Base is one entity of a store's share of a node: an entity as the
// store's linker left it, with the texts its articles write it as.
type Base struct {
	graph.Entity
	// Surfaces counts the texts of the entity's mentions.
	Surfaces map[string]int
	// First is the date of the store's earliest article that mentions
	// the entity ("" when unknown).
	First string
}

// baseEntity is one entity of a share, as the JSON of ng_base holds it.
type baseEntity struct {
	Name     string            `json:"n"`
	Type     graph.Type        `json:"t"`
	Aliases  []string          `json:"a,omitempty"`
	Mentions int               `json:"m,omitempty"`
	Attrs    map[string]string `json:"x,omitempty"`
	Surfaces map[string]int    `json:"f,omitempty"`
	First    string            `json:"d,omitempty"`
}

// baseValue is the ng_base value of the store tagged tag for an entity
// that stands for the entities ents (as linking left them).
func baseValue(tag string, ents []Base) string {
	list := make([]baseEntity, len(ents))
	for i, e := range ents {
		list[i] = baseEntity{Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: e.Mentions, Attrs: e.Attrs, Surfaces: e.Surfaces, First: e.First}
	}
	slices.SortFunc(list, func(a, b baseEntity) int { return strings.Compare(a.Name, b.Name) })
	b, _ := json.Marshal(list)
	return tag + baseSep + string(b)
}

// parseBases reads the ng_base values of a node: the entities of every
// store's share, in the order of the values' text (so the same values
// give the same list whatever order the cluster returns them in). Values
// that do not parse are skipped.
func parseBases(values []string) []Base {
	values = slices.Sorted(slices.Values(values))
	var out []Base
	for _, v := range values {
		_, js, ok := strings.Cut(v, baseSep)
		if !ok {
			continue
		}
		var list []baseEntity
		if json.Unmarshal([]byte(js), &list) != nil {
			continue
		}
		for _, b := range list {
			out = append(out, Base{Entity: graph.Entity{Name: b.Name, Type: b.Type, Aliases: b.Aliases, Mentions: b.Mentions, Attrs: b.Attrs},
				Surfaces: b.Surfaces, First: b.First})
		}
	}
	return out
}

// ownBase reports whether an ng_base value is the share of the store
// tagged tag.
func ownBase(tag, value string) bool { return strings.HasPrefix(value, tag+baseSep) }
