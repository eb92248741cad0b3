package store

import (
	"encoding/binary"

	"github.com/newsgraph/newsgraph/graph"
)

// pUnionName keys the names a convergence with other stores gave
// entities: u:<id> → the name. Like joins, they lie over the entity
// records rather than change them, so the entities as linking left them
// (BaseEntities, LoadOptions.Unjoined) stay what every store resolves,
// and each convergence recomputes them.
const pUnionName = "u:"

func unionNameKey(id graph.ID) []byte {
	return binary.BigEndian.AppendUint64([]byte(pUnionName), uint64(id))
}

// SetUnionName gives entity id the name name wherever the store's graph
// is read with its joins (Load, Entities): its own name becomes an
// alias. "" takes the name away again.
func (t *Txn) SetUnionName(id graph.ID, name string) error {
	if name == "" {
		return t.del(unionNameKey(id))
	}
	return t.set(unionNameKey(id), []byte(name))
}

// UnionNames returns every name SetUnionName gave, by entity.
func (t *Txn) UnionNames() (map[graph.ID]string, error) {
	out := map[graph.ID]string{}
	err := t.scan(pUnionName, true, func(k, v []byte) error {
		if len(k) == 10 {
			out[graph.ID(binary.BigEndian.Uint64(k[2:]))] = string(v)
		}
		return nil
	})
	return out, err
}

// applyUnionNames names the entities of ents (by root ID) as
// SetUnionName said, each keeping its own name as an alias.
func (t *Txn) applyUnionNames(ents map[graph.ID]*graph.Entity) error {
	names, err := t.UnionNames()
	if err != nil {
		return err
	}
	for id, name := range names {
		e := ents[id]
		if e == nil || e.Name == name {
			continue
		}
		e.Rename(name)
	}
	return nil
}
