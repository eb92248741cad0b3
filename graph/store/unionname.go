package store

import (
	"encoding/binary"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// pUnionName keys the names the last pass over every entity gave
// entities (ingest's Resolve, over the store's, or a convergence with
// other stores, over theirs): u:<id> → the name. Like joins, they lie
// over the entity records rather than change them, so the entities as
// linking left them (BaseEntities, LoadOptions.Unjoined) stay what every
// store resolves, whatever an earlier pass chose, and each pass
// recomputes them.
const pUnionName = "u:"

// pUnionType keys the types a convergence gave entities: U:<id> → the
// type ("Wells Fargo", a person to the store that read only "Wells Fargo
// said", is the organization other stores know).
const pUnionType = "U:"

// SetUnionName gives entity id the name name wherever the store's graph
// is read with its joins (Load, Entities): its own name becomes an
// alias. "" takes the name away again.
func (t *Txn) SetUnionName(id graph.ID, name string) error {
	return setUnion(t, pUnionName, id, name)
}

// UnionNames returns every name SetUnionName gave, by entity.
func (t *Txn) UnionNames() (map[graph.ID]string, error) {
	return unions[string](t, pUnionName)
}

// SetUnionType gives entity id the type typ wherever the store's graph
// is read with its joins, as SetUnionName gives a name; "" takes it away.
func (t *Txn) SetUnionType(id graph.ID, typ graph.Type) error {
	return setUnion(t, pUnionType, id, typ)
}

// UnionTypes returns every type SetUnionType gave, by entity.
func (t *Txn) UnionTypes() (map[graph.ID]graph.Type, error) {
	return unions[graph.Type](t, pUnionType)
}

// setUnion sets, under prefix (pUnionName, pUnionType), what a
// convergence laid over entity id; "" deletes it.
func setUnion[V ~string](t *Txn, prefix string, id graph.ID, v V) error {
	k := binary.BigEndian.AppendUint64([]byte(prefix), uint64(id))
	if v == "" {
		return t.del(k)
	}
	return t.set(k, []byte(v))
}

// unions returns everything setUnion set under prefix, by entity.
func unions[V ~string](t *Txn, prefix string) (map[graph.ID]V, error) {
	out := map[graph.ID]V{}
	err := t.scan(prefix, true, func(k, v []byte) error {
		if len(k) == len(prefix)+8 {
			out[graph.ID(binary.BigEndian.Uint64(k[len(prefix):]))] = V(v)
		}
		return nil
	})
	return out, err
}

// applyUnionNames names and types the entities of ents (by root ID) as
// SetUnionName and SetUnionType said, each keeping its own name as an
// alias.
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
		slices.Sort(e.Aliases) // as a record's (SaveEntity)
	}
	types, err := t.UnionTypes()
	if err != nil {
		return err
	}
	for id, typ := range types {
		if e := ents[id]; e != nil {
			e.Type = typ
		}
	}
	return nil
}
