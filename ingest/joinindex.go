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
	"sync"

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
// empty they would be rebuilt again and again. The variant forms are
// indexed on another goroutine, with a memo of its own that memo takes in
// after, which then finds every entity's variant (nearNames.variant) for
// the first round of joins: a third of Resolve's work on a second core.
func newJoinIndex(ents []graph.Entity, memo *joinMemo) *joinIndex {
	n := len(ents)
	ix := &joinIndex{
		owners:   make(map[typedName][]graph.ID, n),
		named:    make(map[typedName][]graph.ID, 2*n),
		forms:    make(map[typedName][]graph.ID, 8*n),
		initials: make(map[string][]graph.ID, n/4),
		plain:    make(map[string][]graph.ID, n/16),
	}
	own := newJoinMemo(n / 2)
	var variants map[graph.ID]variantOne
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range ents {
			ix.eachForm(&ents[i], own, func(k typedName) { insert(ix.forms, k, ents[i].ID) })
		}
		variants = firstVariants(ents, ix.forms, own)
	})
	for i := range ents {
		ix.eachName(&ents[i], memo, func(m map[typedName][]graph.ID, k typedName) { insert(m, k, ents[i].ID) },
			func(m map[string][]graph.ID, k string) { insert(m, k, ents[i].ID) })
	}
	wg.Wait()
	memo.takeIn(own)
	ix.variants = variants
	return ix
}

// firstVariants returns nearNames.variant's answer for each entity of
// ents whose variants join, forms being ents' variant forms.
func firstVariants(ents []graph.Entity, forms map[typedName][]graph.ID, memo *joinMemo) map[graph.ID]variantOne {
	byID := make(map[graph.ID]*graph.Entity, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	near := &nearNames{byID: byID, memo: memo, forms: forms}
	out := make(map[graph.ID]variantOne, len(ents))
	for i := range ents {
		if e := &ents[i]; variantType(e) {
			id, ok := near.findVariant(e)
			out[e.ID] = variantOne{id, ok}
		}
	}
	return out
}

// forget drops variant's answers for the entities under key k of the
// variant forms, whose list is about to change.
func (ix *joinIndex) forget(k typedName) {
	for _, id := range ix.forms[k] {
		delete(ix.variants, id)
	}
}

// add enters e under each of its keys.
func (ix *joinIndex) add(e *graph.Entity, memo *joinMemo) {
	ix.update(e, memo, insert[typedName], insert[string])
}

// remove takes e out from under each of its keys. e must be as it was
// when it was added, and memo's canonical name of it still its own.
func (ix *joinIndex) remove(e *graph.Entity, memo *joinMemo) {
	ix.update(e, memo, drop[typedName], drop[string])
}

// update applies typed and plain (insert or drop) to e under each of its
// keys, first dropping the variant answers the change may alter.
func (ix *joinIndex) update(e *graph.Entity, memo *joinMemo, typed func(map[typedName][]graph.ID, typedName, graph.ID), plain func(map[string][]graph.ID, string, graph.ID)) {
	delete(ix.variants, e.ID)
	ix.eachForm(e, memo, func(k typedName) {
		ix.forget(k)
		typed(ix.forms, k, e.ID)
	})
	ix.eachName(e, memo, func(m map[typedName][]graph.ID, k typedName) { typed(m, k, e.ID) },
		func(m map[string][]graph.ID, k string) { plain(m, k, e.ID) })
}

// insert adds id to the list of k, unless it is there.
func insert[K comparable](m map[K][]graph.ID, k K, id graph.ID) {
	if !slices.Contains(m[k], id) {
		m[k] = append(m[k], id)
	}
}

// drop removes id from the list of k, and k when its list empties.
func drop[K comparable](m map[K][]graph.ID, k K, id graph.ID) {
	ids := m[k]
	if i := slices.Index(ids, id); i >= 0 {
		ids = slices.Delete(ids, i, i+1)
	}
	if len(ids) > 0 {
		m[k] = ids
	} else {
		delete(m, k)
	}
}

// eachForm calls form for each variant form of e.
func (ix *joinIndex) eachForm(e *graph.Entity, memo *joinMemo, form func(typedName)) {
	if variantType(e) {
		for _, f := range memo.variantForms(memo.canonicalName(e)) {
			form(typedName{e.Type, f})
		}
	}
}

// eachName calls typed for each key of e in the maps by typed name, with
// the map it goes in, and plain for each key in those by word. It uses
// no memo entry of the variant forms or of an entity whose variants join
// (eachForm's, which newJoinIndex makes on another goroutine).
func (ix *joinIndex) eachName(e *graph.Entity, memo *joinMemo, typed func(map[typedName][]graph.ID, typedName), plain func(map[string][]graph.ID, string)) {
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
	if e.Type != graph.Person {
		return
	}
	w := memo.storedWords(memo.canonicalName(e))
	if len(w) >= 2 && !isInitial(w) {
		plain(ix.initials, initialKey(w))
	}
	if len(w) == 1 && e.Attrs["role"] == "" && e.Attrs["gazetteer"] == "" {
		plain(ix.plain, w[0])
	}
}
