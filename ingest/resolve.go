package ingest

// This file holds the joins whose answer depends on what else a store
// knows: a short form ("Treasury", "FOMC") joins the one full name it
// shortens, a lone surname ("Lowe") the one person of several words with
// that surname, a misspelling or an initial the one name it is close to
// (nearnames.go). Decided at link time they would depend on what had been
// read so far: "Treasury" read before "Sydney Treasury" joins the U.S.
// one, read after it stays alone, so the graph would depend on the order
// articles came in. They are decided here instead, once per ingest, over
// every entity of the store, so that any order gives the same graph; and
// Converge decides them the same way over a cluster's entities, so that
// stores that each read part of a corpus agree with one that read it all.

import (
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Resolved says what Resolve changed.
type Resolved struct {
	// Merged counts entities joined into the one entity they shorten
	// that were not joined into it before.
	Merged int `json:"merged"`
	// Unjoined counts entities an earlier pass joined into another that
	// stand for themselves again (what the store knows now gives their
	// short form two full names).
	Unjoined int `json:"unjoined"`
	// Renamed counts entities given the name canonicalName chooses.
	Renamed int `json:"renamed"`
}

// Resolve joins, over all the entities of s, each short form and each
// lone surname to the one entity it shortens (see joins), then gives every
// entity the name canonicalName chooses from all its names, its old name
// staying an alias: a name laid over its record (setNames), so the
// record keeps the name linking gave it. Both depend only on the store's entities, never on
// the order they were linked in. Ingest runs it after each run.
//
// The joins are recorded as joins (store.Txn.Join), not as linking's
// merges, and each pass recomputes them from the entities as linking left
// them: a join an earlier pass made that the store no longer supports
// (the short form now shortens two full names) is undone. Mentions that
// later ingests linked through a join stay where they were linked.
func Resolve(s *store.Store) (*Resolved, error) {
	fixed, err := curated(s)
	if err != nil {
		return nil, err
	}
	res := &Resolved{}
	err = s.Update(func(t *store.Txn) error {
		ents, err := t.BaseEntities()
		if err != nil {
			return err
		}
		weak, err := weakOnes(t, ents)
		if err != nil {
			return err
		}
		// A described event stands for itself (entities.UnnamedAttr).
		ents = slices.DeleteFunc(ents, func(e graph.Entity) bool { return e.Attrs[entities.UnnamedAttr] != "" })
		into, cur := joinAll(ents, fixed, weak)
		members := map[graph.ID][]graph.ID{} // entities merged, by the entity they end in
		for from := range into {
			r := endOf(into, from)
			members[r] = append(members[r], from)
		}
		// Every name is chosen before anything is written: surfaceKeys
		// scans, and each scan of a write transaction first sorts all the
		// writes pending in it, which would grow with every join and
		// rename made so far. The choice reads only mentions and texts,
		// which neither joins nor renames change.
		names := map[graph.ID]string{}
		for i := range cur {
			u := &cur[i]
			if fixed[u.ID] {
				continue
			}
			var freq map[string]int
			if tied(u) {
				// Names equally full: the one the articles write most.
				if freq, err = surfaceKeys(t, u.Type, append(members[u.ID], u.ID)); err != nil {
					return err
				}
			}
			if name := canonicalName(u, freq); name != u.Name {
				names[u.ID] = name
			}
		}
		if res.Merged, res.Unjoined, err = setJoins(t, into); err != nil {
			return err
		}
		res.Renamed, err = setNames(t, names, fixed)
		return err
	})
	return res, err
}

// setNames makes names the names laid over the entity records
// (store.Txn.SetUnionName), as setJoins makes the joins: the records
// keep the names linking gave, so the entities a store shares (Bases)
// are as linking left them, whatever an earlier pass named them. Names
// laid over an entity in fixed stay. It returns how many entities it
// named otherwise than before.
func setNames(t *store.Txn, names map[graph.ID]string, fixed map[graph.ID]bool) (int, error) {
	old, err := t.UnionNames()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range slices.Sorted(maps.Keys(names)) {
		if old[id] != names[id] {
			if err := t.SetUnionName(id, names[id]); err != nil {
				return n, err
			}
			n++
		}
		delete(old, id)
	}
	maps.DeleteFunc(old, func(id graph.ID, _ string) bool { return fixed[id] })
	m, err := takeAway(old, t.SetUnionName)
	return n + m, err
}

// setJoins makes into the store's joins: it undoes the joins not in it
// and makes those it adds. It returns how many entities it joined that
// were not joined there before, and how many joins it undid.
func setJoins(t *store.Txn, into map[graph.ID]graph.ID) (joined, undone int, err error) {
	old, err := t.Joins()
	if err != nil {
		return 0, 0, err
	}
	for _, from := range slices.Sorted(maps.Keys(old)) {
		if _, keep := into[from]; !keep {
			if err := t.Unjoin(from); err != nil {
				return 0, 0, err
			}
			undone++
		}
	}
	for _, from := range slices.Sorted(maps.Keys(into)) {
		to := into[from]
		if was, ok := old[from]; ok && was == to {
			continue
		}
		if err := t.Join(from, to); err != nil {
			return 0, 0, err
		}
		joined++
	}
	return joined, undone, nil
}

// joinAll applies joins until they join nothing more (a merge can leave
// one owner where there were two: "Securities and Exchange Commission"
// joined into "US Securities and Exchange Commission" leaves it the one
// entity with the alias "SEC"), so that a second Resolve finds nothing to
// do. It returns every join made and the entities left, each with the
// names, aliases and mentions of those merged into it.
func joinAll(ents []graph.Entity, fixed, weak map[graph.ID]bool) (map[graph.ID]graph.ID, []graph.Entity) {
	into := map[graph.ID]graph.ID{}
	cur := slices.Clone(ents)
	memo := newJoinMemo(len(ents))
	ix := newJoinIndex(cur, memo)
	for range 64 { // each round merges at least one entity
		step := joins(cur, fixed, weak, memo, ix)
		if len(step) == 0 {
			break
		}
		maps.Copy(into, step)
		cur = mergeStep(cur, step, memo, ix)
	}
	return into, cur
}

// mergeStep returns the entities of cur left by one round of joins
// (step), each with the names, aliases and mentions of those merged into
// it, and updates ix and memo to them.
func mergeStep(cur []graph.Entity, step map[graph.ID]graph.ID, memo *joinMemo, ix *joinIndex) []graph.Entity {
	byID := make(map[graph.ID]int, len(cur))
	var next []graph.Entity
	for _, e := range cur {
		if _, merged := step[e.ID]; !merged {
			byID[e.ID] = len(next)
			next = append(next, e)
		}
	}
	// The entities merged leave the index, and those they merge into go
	// back in it under their new names.
	var grown []int
	seen := make([]bool, len(next))
	for i := range cur {
		if to, merged := step[cur[i].ID]; merged {
			ix.remove(&cur[i], memo)
			if r := byID[endOf(step, to)]; !seen[r] {
				ix.remove(&next[r], memo)
				seen[r] = true
				grown = append(grown, r)
			}
		}
	}
	for _, e := range cur {
		if _, merged := step[e.ID]; merged {
			r := &next[byID[endOf(step, e.ID)]]
			delete(memo.canon, r.ID) // its names change
			r.Aliases = append(slices.Clip(r.Aliases), e.Name)
			r.Aliases = append(r.Aliases, e.Aliases...)
			r.Mentions += e.Mentions
		}
	}
	for _, r := range grown {
		ix.add(&next[r], memo)
	}
	return next
}

// endOf follows joins from id to the entity it ends in.
func endOf(into map[graph.ID]graph.ID, id graph.ID) graph.ID {
	for range 64 { // joins go to fuller names, so they end
		next, ok := into[id]
		if !ok {
			break
		}
		id = next
	}
	return id
}

// joins returns, for each entity of ents that is a short form or a lone
// surname of exactly one other entity of ents, or was made from a weakly
// typed mention of one (weak; see weakJoin), that entity:
//   - an organization or place without a gazetteer entry or sport whose
//     fullest name (canonicalName) is a short form (shortForms) of a name
//     of one other entity of its type ("Navy", "U.S. Navy"; "FOMC",
//     "Federal Open Market Committee");
//   - a person without a gazetteer entry whose fullest name is one word,
//     the surname of one other person's name of two words or more, or of
//     several, the one whose role the lone surname carries (titledAs), or
//     without a role, the one no article introduces as a relative
//     (notRelatives); of a woman's lone surname, none whose given name
//     the list gives a man (sexCands), and of a man's, no woman
//     (sexJoins); of a lone surname of sports news, none named only
//     in other news, and the other way round (newsCands); a
//     lone surname with a role that reaches no one person this way, the
//     lone surname without a role;
//   - else a spelling variant or an initial and surname of one other
//     entity (nearNames);
//   - before these, but after the two rules below, a long form with an
//     acronym: the other long form with that acronym that shares most
//     of its words, of a gazetteer entry or else named more fully
//     (acronymJoin);
//   - before these, an entity made from a weakly typed mention: the one
//     organization of its name, or the one person of its surname
//     (weakJoin);
//   - first of all, any entity but a person without a gazetteer entry or
//     sport whose fullest name is a name or alias of one other entity of
//     its type whose fullest name ranks before it (nameRank);
//   - before everything, any entity but a person without a gazetteer
//     entry whose fullest name is another such entity's of its type and
//     sport: the one with the lowest ID (sameNames).
//
// A team (a sport, or a nation's team of a report of no known sport:
// readingClass) is joined only by teamJoins, and no team is the fuller
// entity these rules join a name into.
//
// Every name of every entity counts, so the answer is the same whatever
// order the entities were linked in. Entities in fixed (a curation acts
// on them) are not joined into others: what users decided stands, and
// their curations apply to what joins them.
func joins(ents []graph.Entity, fixed, weak map[graph.ID]bool, memo *joinMemo, ix *joinIndex) map[graph.ID]graph.ID {
	owners, named := ix.owners, ix.named
	byID := make(map[graph.ID]*graph.Entity, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	into := sameNames(ents, fixed, memo)
	same := maps.Clone(into)
	// join joins e into to unless to already ends in e: two rules can
	// each join one of two entities into the other (a weakly typed
	// person "Romilly Quillby" into the organization "Quillby" that has
	// that alias, which is weakly typed and that person's surname), and a
	// cycle of joins is one no read of the store can follow.
	join := func(e *graph.Entity, to graph.ID) {
		if endOf(into, to) != e.ID {
			into[e.ID] = to
		}
	}
	for _, j := range teamJoins(ents, fixed, byID, memo) { // teamnames.go
		if _, ok := into[j.from]; !ok {
			join(byID[j.from], j.to)
		}
	}
	near := &nearNames{byID: byID, memo: memo, forms: ix.forms, initials: ix.initials, variants: ix.variants}
	plain, acr := ix.plain, acronymOwners(ents, memo)
	for i := range ents {
		e := &ents[i]
		if e.Attrs["gazetteer"] != "" && !weakTown(e, weak) || readingClass(e.Attrs) != "" || fixed[e.ID] {
			continue
		}
		if _, ok := into[e.ID]; ok {
			continue
		}
		if to, ok := weakJoin(e, named, owners, byID, weak, same, memo); ok {
			if e.Type == graph.Person && endOf(into, to) == e.ID {
				unjoinSurnameWord(into, byID, e.ID, to)
			}
			join(e, to)
			continue
		}
		if e.Attrs["gazetteer"] != "" {
			continue // a town is a surname only by weakJoin
		}
		name := memo.canonicalName(e)
		if nationOrg(e, name, memo) {
			continue // teamreadings.go
		}
		// Another name of one entity named more fully ("IBM", an alias of
		// "International Business Machines"): what linking gives a mention
		// read after that entity took the alias.
		var fuller []graph.ID
		if e.Type != graph.Person { // a person's aliases hold the surnames of its mentions
			fuller = named[typedName{e.Type, memo.key(name)}]
		}
		fuller = slices.DeleteFunc(slices.Clone(fuller), func(id graph.ID) bool {
			o := byID[id]
			return id == e.ID || readingClass(o.Attrs) != "" || nameRank(e.Type, memo.canonicalName(o), name, nil) >= 0
		})
		if len(fuller) == 1 {
			join(e, fuller[0])
			continue
		}
		if to, ok := acronymJoin(e, acr, byID, memo); ok {
			join(e, to)
			continue
		}
		var cands []graph.ID
		switch {
		case e.Type == graph.Person:
			if w := memo.storedWords(name); len(w) == 1 {
				cands = owners[typedName{e.Type, w[0]}]
			}
		case shortFormType(e.Type):
			key := memo.key(name)
			cands = owners[typedName{e.Type, key}]
			if abbreviation(name) {
				for _, id := range owners[typedName{e.Type, acronymMark + key}] {
					if !slices.Contains(cands, id) {
						cands = append(cands, id)
					}
				}
			}
		}
		cands = slices.DeleteFunc(slices.Clone(cands), func(id graph.ID) bool { return id == e.ID })
		if e.Type == graph.Person {
			cands = bearerOf(e, newsCands(e, cands, byID), byID, memo) // sportsnews.go // gender.go
		}
		if len(cands) != 1 && e.Type == graph.Person && e.Attrs["role"] != "" {
			// A titled surname of no one person in particular gathers
			// with the surname without a title: one node per surname.
			if w := memo.storedWords(name); len(w) == 1 {
				cands = slices.DeleteFunc(slices.Clone(plain[w[0]]), func(id graph.ID) bool {
					return id == e.ID || byID[id].Attrs[sexAttr] != e.Attrs[sexAttr] || newsOf(byID[id].Attrs) != newsOf(e.Attrs) // a woman's, sports news' apart
				})
			}
		}
		if len(cands) == 1 {
			join(e, cands[0])
		}
	}
	// Spelling variants and initials last, and never into an entity that
	// another rule joins into e: "Scandinavian Airline System" is a
	// variant of the "Scandinavian Airlines System" that has it as an alias.
	for i := range ents {
		e := &ents[i]
		if _, ok := into[e.ID]; ok || fixed[e.ID] {
			continue
		}
		if to, ok := near.join(e); ok {
			join(e, to)
		}
	}
	return into
}

// unjoinSurnameWord undoes the join into person id that the chain of
// joins from to (an organization) ends with, when the weakly typed person
// id joins that organization: a weakly typed one-word name in it
// ("House", a name of "White House") joined the person as its surname.
// Of the two guesses, the organization's name stands: that join goes, the
// person's is made, so the answer does not depend on which came first.
func unjoinSurnameWord(into map[graph.ID]graph.ID, byID map[graph.ID]*graph.Entity, id, to graph.ID) {
	for y := to; ; y = into[y] {
		if into[y] == id {
			if byID[y].Type != graph.Person {
				delete(into, y)
			}
			return
		}
	}
}

// titledAs returns the persons of cands of two or more words whose role
// (the "role" attribute) is the lone surname e's: of several people with
// that surname, the one the articles give the role a title gave the
// surname ("President Lowe"), not the first lady of that name; of
// several, the one the articles name far more often (dominant). Linking
// keeps a surname with a role apart from the surname without (matchPerson).
func titledAs(e *graph.Entity, cands []graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) []graph.ID {
	role := e.Attrs["role"]
	if role == "" {
		return nil
	}
	var out []graph.ID
	for _, id := range cands {
		if o := byID[id]; strings.EqualFold(o.Attrs["role"], role) && len(memo.storedWords(o.Name)) >= 2 {
			out = append(out, id)
		}
	}
	return dominant(out, byID) // dominant.go
}

// typedName is a name key of an entity of a type.
type typedName struct {
	t   graph.Type
	key string
}

// sameNames returns, for each entity but a person that has no gazetteer
// entry and whose fullest name (canonicalName; all of them where two tie,
// fullestKeys) is also another such entity's of its type and reading
// (its sport, else a nation's or a town's team mark: readingClass), the
// one of them with the lowest ID:
// same name and type are one entity, as linking has it, but two articles
// linked at once, or an entity named by an acronym first and by its long
// form later, can leave two ("IAAF" renamed "International Association
// of Athletics Federations" beside the one created by that name). People
// are left apart: two people may share a name.
func sameNames(ents []graph.Entity, fixed map[graph.ID]bool, memo *joinMemo) map[graph.ID]graph.ID {
	type same struct {
		t           graph.Type
		sport, name string
	}
	lowest := make(map[same]graph.ID, len(ents))
	keys := make([]same, len(ents))
	for i := range ents {
		e := &ents[i]
		if e.Type == graph.Person || e.Attrs["gazetteer"] != "" {
			continue
		}
		k := same{e.Type, readingClass(e.Attrs), fullestKeys(e, memo)}
		keys[i] = k
		if id, ok := lowest[k]; !ok || e.ID < id {
			lowest[k] = e.ID
		}
	}
	into := map[graph.ID]graph.ID{}
	for i := range ents {
		e := &ents[i]
		if e.Type == graph.Person || e.Attrs["gazetteer"] != "" || fixed[e.ID] || keys[i].name == "" {
			continue
		}
		if id := lowest[keys[i]]; id != e.ID {
			into[e.ID] = id
		}
	}
	return into
}

// surfaceKeys counts the mentions of the entities ids, of type typ, by
// the freqKey of the text the articles write.
func surfaceKeys(t *store.Txn, typ graph.Type, ids []graph.ID) (map[string]int, error) {
	freq := map[string]int{}
	for _, id := range ids {
		surf, err := t.Surfaces(id)
		if err != nil {
			return nil, err
		}
		for text, n := range surf {
			freq[freqKey(typ, text)] += n
		}
	}
	return freq, nil
}

// curated returns the entities an active curation acts on: Resolve
// leaves them as users left them.
func curated(s *store.Store) (map[graph.ID]bool, error) {
	fixed := map[graph.ID]bool{}
	err := s.View(func(t *store.Txn) error {
		cs, err := t.Curations()
		if err != nil {
			return err
		}
		for _, c := range cs {
			if !c.Active() {
				continue
			}
			fixed[c.Entity] = true
			for _, o := range c.Others {
				fixed[o] = true
			}
			if c.NewID != 0 {
				fixed[c.NewID] = true
			}
		}
		return nil
	})
	return fixed, err
}
