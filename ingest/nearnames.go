package ingest

// This file holds two joins Resolve makes that linking used to make on
// what the store held when a mention was read: a misspelling to the one
// name of its type one edit away ("Sheffied", "Sheffield"; variants.go),
// and an initial and surname to the one full name with them ("S. Lowe",
// "Sara Lowe"). Linking joined a name to the one close name stored so
// far, so a store that had read the other close name first, or not at
// all, decided otherwise: the answer depended on reading order, and
// stores that each read part of a corpus disagreed with one that read it
// all. Over every entity known, both are functions of the entities.

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// nearNames finds entities by the names close to theirs.
type nearNames struct {
	byID map[graph.ID]*graph.Entity
	memo *joinMemo
	// forms, initials and variants are joinIndex's.
	forms    map[typedName][]graph.ID
	initials map[string][]graph.ID
	variants map[graph.ID]variantOne
}

// join returns the entity e stands for, if it is a spelling variant or
// an initial of exactly one other entity:
//   - an organization, place or event without a gazetteer entry or sport
//     whose fullest name is one edit from the fullest name of one other
//     such entity of its type (variantOf) joins it, unless that one is
//     as close to e alone and has the higher ID (of two spellings of one
//     name, the older entity stays);
//   - a person without a gazetteer entry whose fullest name is an initial
//     and surname ("S. Lowe") joins the one person whose fullest name has
//     a first name of that initial and that surname ("Sara Lowe").
func (n *nearNames) join(e *graph.Entity) (graph.ID, bool) {
	switch {
	case variantType(e):
		o, ok := n.variant(e)
		if !ok {
			return 0, false
		}
		if back, ok := n.variant(n.byID[o]); ok && back == e.ID && o > e.ID {
			return 0, false
		}
		return o, true
	case e.Type == graph.Person && e.Attrs["gazetteer"] == "":
		w := n.memo.storedWords(n.memo.canonicalName(e))
		if !isInitial(w) {
			return 0, false
		}
		cands := slices.DeleteFunc(slices.Clone(n.initials[initialKey(w)]), func(id graph.ID) bool { return id == e.ID })
		return first(cands), len(cands) == 1
	}
	return 0, false
}

// variant returns the one other entity whose fullest name is a spelling
// variant of e's.
func (n *nearNames) variant(e *graph.Entity) (graph.ID, bool) {
	if v, ok := n.variants[e.ID]; ok {
		return v.id, v.ok
	}
	id, ok := n.findVariant(e)
	if n.variants != nil {
		n.variants[e.ID] = variantOne{id, ok}
	}
	return id, ok
}

// findVariant is variant without the answers kept.
func (n *nearNames) findVariant(e *graph.Entity) (graph.ID, bool) {
	key := n.memo.key(n.memo.canonicalName(e))
	var found []graph.ID
	for _, f := range n.memo.variantForms(n.memo.canonicalName(e)) {
		for _, id := range n.forms[typedName{e.Type, f}] {
			if id == e.ID || slices.Contains(found, id) {
				continue
			}
			if variantOf(key, n.memo.key(n.memo.canonicalName(n.byID[id]))) {
				found = append(found, id)
			}
		}
	}
	return first(found), len(found) == 1
}
