package ingest

// This file holds the indexes joins looks entities up in, by the names
// they own. joinAll runs joins in rounds, and a round changes only the
// entities it merges away and those they merge into: the indexes are
// built once and each round updates the entries of those entities alone,
// instead of indexing the 30,000 entities of a corpus again (four rounds
// on Reuters-21578, three of which change fewer than 2,100 entities).
//
// Each list holds an entity at most once and is read as a set: joins
// counts and filters them, so the order in which updates leave the IDs
// does not change its answer.

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// joinIndex indexes entities by the names they own, for joins.
type joinIndex struct {
	// owners maps a short form or surname to the entities that own it: a
	// person's surname, the short forms of a body without a sport.
	owners map[typedName][]graph.ID
	// named maps every name of every entity to the entities that have it.
	named map[typedName][]graph.ID
	// forms maps a variant form (variantForms) of an entity's fullest
	// name to the entities, of a type whose variants join, that have it.
	forms map[typedName][]graph.ID
	// initials maps the initial key (initialKey) of a person's fullest
	// name, given in full (no initial), to the persons of that name.
	initials map[string][]graph.ID
	// plain maps a one-word fullest name to the persons without a
	// gazetteer entry or role that have it.
	plain map[string][]graph.ID
	// variants keeps nearNames.variant's answers: an entity's answer
	// depends only on the entities that share a variant form with it, so
	// it stays until one of them enters or leaves the index (forget).
	variants map[graph.ID]variantOne
}

// variantOne is what nearNames.variant found for an entity.
type variantOne struct {
	id graph.ID
	ok bool
}

// newJoinIndex indexes ents. The maps are sized for them: grown from
// empty they would be rebuilt again and again.
func newJoinIndex(ents []graph.Entity, memo *joinMemo) *joinIndex {
	n := len(ents)
	ix := &joinIndex{
		owners:   make(map[typedName][]graph.ID, n),
		named:    make(map[typedName][]graph.ID, 2*n),
		forms:    make(map[typedName][]graph.ID, 8*n),
		initials: make(map[string][]graph.ID, n/4),
		plain:    make(map[string][]graph.ID, n/16),
	}
	for i := range ents {
		ix.add(&ents[i], memo)
	}
	ix.variants = make(map[graph.ID]variantOne, n)
	return ix
}

// forget drops variant's answers for the entities under key k of the
// variant forms, whose list is about to change.
func (ix *joinIndex) forget(k typedName) {
	if ix.variants == nil {
		return // being built
	}
	for _, id := range ix.forms[k] {
		delete(ix.variants, id)
	}
}

// add enters e under each of its keys.
func (ix *joinIndex) add(e *graph.Entity, memo *joinMemo) {
	delete(ix.variants, e.ID)
	typed := func(m map[typedName][]graph.ID, k typedName) {
		if !slices.Contains(m[k], e.ID) {
			m[k] = append(m[k], e.ID)
		}
	}
	ix.each(e, memo, typed, func(k typedName) {
		ix.forget(k)
		typed(ix.forms, k)
	}, func(m map[string][]graph.ID, k string) {
		m[k] = append(m[k], e.ID) // one key per entity
	})
}

// remove takes e out from under each of its keys. e must be as it was
// when it was added, and memo's canonical name of it still its own.
func (ix *joinIndex) remove(e *graph.Entity, memo *joinMemo) {
	delete(ix.variants, e.ID)
	typed := func(m map[typedName][]graph.ID, k typedName) {
		if ids := without(m[k], e.ID); len(ids) > 0 {
			m[k] = ids
		} else {
			delete(m, k)
		}
	}
	ix.each(e, memo, typed, func(k typedName) {
		ix.forget(k)
		typed(ix.forms, k)
	}, func(m map[string][]graph.ID, k string) {
		if ids := without(m[k], e.ID); len(ids) > 0 {
			m[k] = ids
		} else {
			delete(m, k)
		}
	})
}

// without removes id from ids, in place.
func without(ids []graph.ID, id graph.ID) []graph.ID {
	if i := slices.Index(ids, id); i >= 0 {
		return slices.Delete(ids, i, i+1)
	}
	return ids
}

// each calls typed for each typed key of e but its variant forms, with
// the map it goes in, form for each variant form, and plain for each key
// of the maps by word.
func (ix *joinIndex) each(e *graph.Entity, memo *joinMemo, typed func(map[typedName][]graph.ID, typedName), form func(typedName), plain func(map[string][]graph.ID, string)) {
	gz := gazetteer.Default()
	names := append([]string{e.Name}, e.Aliases...)
	for _, n := range names {
		switch {
		case e.Type == graph.Person:
			if w := memo.storedWords(n); len(w) >= 2 {
				typed(ix.owners, typedName{e.Type, surnameOf(w)})
			}
		case shortFormType(e.Type) && e.Attrs["sport"] == "":
			for _, s := range memo.shortForms(gz, n) {
				typed(ix.owners, typedName{e.Type, s})
			}
		}
	}
	for _, n := range names {
		typed(ix.named, typedName{e.Type, memo.key(n)})
	}
	switch {
	case variantType(e):
		for _, f := range memo.variantForms(memo.canonicalName(e)) {
			form(typedName{e.Type, f})
		}
	case e.Type == graph.Person:
		if w := memo.storedWords(memo.canonicalName(e)); len(w) >= 2 && !isInitial(w) {
			plain(ix.initials, initialKey(w))
		}
	}
	if e.Type == graph.Person && e.Attrs["role"] == "" && e.Attrs["gazetteer"] == "" {
		if w := memo.storedWords(memo.canonicalName(e)); len(w) == 1 {
			plain(ix.plain, w[0])
		}
	}
}
