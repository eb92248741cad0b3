package ingest

// This file chooses the name an entity is known by from all the names it
// was seen under, by a rule that does not depend on the order articles
// were read in: a store that read a corpus in any order, and stores that
// each read part of it (see Converge), name the same entity alike, so a
// Dgraph push keys it alike (export/dgraph EntityKey keys an entity
// without a gazetteer entry or Wikidata ID by type and name).

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// nameRank orders the names of an entity of type t: the fullest first
// (more words; for a person, more words without titles, then without
// initials, then without a title), then the name written more often
// (freq, by name key; nil when unknown), then by name key, so the first
// name of any set of names is a function of the set and the counts alone.
func nameRank(t graph.Type, a, b string, freq map[string]int) int {
	ka, kb := gazetteer.Key(a), gazetteer.Key(b)
	return cmp.Or(nameOrder(t, a, b, ka, kb), cmp.Compare(freq[freqKey(t, b)], freq[freqKey(t, a)]), strings.Compare(ka, kb))
}

// freqKey is the key names are counted by: a person's without titles.
func freqKey(t graph.Type, name string) string {
	if t == graph.Person {
		return strings.Join(storedWords(name), " ")
	}
	return gazetteer.Key(name)
}

// nameOrder is nameRank without the counts and the keys: 0 for names
// equally full.
func nameOrder(t graph.Type, a, b, ka, kb string) int {
	if t == graph.Person {
		wa, wb := storedWords(a), storedWords(b)
		if c := cmp.Compare(len(wb), len(wa)); c != 0 {
			return c
		}
		if c := cmp.Compare(boolInt(isInitial(wa)), boolInt(isInitial(wb))); c != 0 {
			return c
		}
		return cmp.Compare(len(strings.Fields(ka)), len(strings.Fields(kb))) // without a title
	}
	return cmp.Compare(len(strings.Fields(kb)), len(strings.Fields(ka)))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// canonicalName returns the name, among e's name and aliases, that
// nameRank puts first; e's own name when it has the same key (the key is
// what identifies the entity; the spelling of a key is kept as first
// seen). Entities keyed by a gazetteer entry or a Wikidata ID keep their
// name: it is not part of their identity.
func canonicalName(e *graph.Entity, freq map[string]int) string {
	if !nameKeyed(e) {
		return e.Name
	}
	best := e.Name
	for _, a := range e.Aliases {
		if a != "" && nameRank(e.Type, a, best, freq) < 0 {
			best = a
		}
	}
	if gazetteer.Key(best) == gazetteer.Key(e.Name) {
		return e.Name
	}
	return best
}

// tied reports whether e has names of different keys that only the
// counts or the keys tell apart at the top of nameRank.
func tied(e *graph.Entity) bool {
	if !nameKeyed(e) {
		return false
	}
	best := canonicalName(e, nil)
	kb := gazetteer.Key(best)
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if ka := gazetteer.Key(a); ka != kb && nameOrder(e.Type, a, best, ka, kb) == 0 {
			return true
		}
	}
	return false
}

// fullestKeys returns the key of e's fullest name (canonicalName without
// the counts), or, when names of different keys tie for it (tied), all of
// them, sorted and joined by "|": which of two equally full names the key
// order puts first says nothing about the entity ("U.S. House" before
// "White House"), so an entity named both is not the same name as one
// named only one of them.
func fullestKeys(e *graph.Entity, memo *joinMemo) string {
	best := memo.canonicalName(e)
	kb := memo.key(best)
	if !nameKeyed(e) {
		return kb
	}
	keys := []string{kb}
	for i := -1; i < len(e.Aliases); i++ {
		a := e.Name
		if i >= 0 {
			a = e.Aliases[i]
		}
		if ka := memo.key(a); !slices.Contains(keys, ka) && nameOrder(e.Type, a, best, ka, kb) == 0 {
			keys = append(keys, ka)
		}
	}
	if len(keys) == 1 {
		return kb
	}
	slices.Sort(keys)
	return strings.Join(keys, "|")
}

// nameKeyed reports whether e is identified by its type and name: it has
// no gazetteer entry and no Wikidata ID.
func nameKeyed(e *graph.Entity) bool {
	return e.Attrs["gazetteer"] == "" && e.Attrs["wikidata"] == "" && e.Name != ""
}
