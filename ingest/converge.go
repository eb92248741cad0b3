package ingest

// This file resolves a store's entities against entities known elsewhere
// (the other stores of a Dgraph cluster), with the rules Link applies
// across articles, so that stores that each ingested part of a corpus end
// with the entities one store that ingested all of it would hold.

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Resolution says what Converge changed in a store.
type Resolution struct {
	// Known is the number of entities known elsewhere that were resolved.
	Known int `json:"known"`
	// Local is the number of the store's entities.
	Local int `json:"local"`
	// Merged counts local entities joined into another local entity the
	// union resolves them to, that were not joined into it before.
	Merged int `json:"merged"`
	// Unjoined counts local entities joined into another before (by the
	// store's own end-of-ingest pass or an earlier convergence) that the
	// union keeps apart: they stand for themselves again.
	Unjoined int `json:"unjoined"`
	// Renamed counts local entities given the name of the entity the
	// union resolves them to ("Coast Guard" → "U.S. Coast Guard"), or
	// another one than an earlier convergence gave them, or their own
	// again.
	Renamed int `json:"renamed"`
	// Entries counts local entities given the gazetteer entry of the
	// entity the union resolves them to.
	Entries int `json:"entries"`
}

// Changed reports whether the store changed.
func (r *Resolution) Changed() bool { return r.Merged+r.Unjoined+r.Renamed+r.Entries > 0 }

// Known is an entity known elsewhere: in a cluster, the union of what
// the stores that pushed it hold under its key.
type Known struct {
	graph.Entity
	// First is the date of the earliest article that mentions it (ISO
	// 8601, compared as text), or "" when unknown.
	First string
	// Surfaces counts the texts the articles write it as (nil when
	// unknown): between names equally full, the union is named by the
	// spelling written most, as one store names an entity.
	Surfaces map[string]int
}

// unknownFirst sorts an unknown first mention after every date.
const unknownFirst = "\uffff"

// convergeBatch is the number of entities resolved per transaction of the
// scratch store.
const convergeBatch = 512

// Converge resolves the entities of s against known, entities other
// stores hold (read from a cluster), and changes s to agree.
//
// The rules are Link's and Resolve's, run by them: known is linked,
// entity by entity, into an empty scratch store at dir, as if each entity
// were an article naming it with its name and aliases, so that entities
// that reached the same gazetteer entry or name become one, whichever
// store they came from; then Resolve makes, over that union, the joins
// that depend on every entity known (a short form to the one full name it
// shortens, a lone surname to the one person) and names each union entity
// by nameRank, as one store does over its own entities at the end of an
// ingest. The earliest mentioned come first, then the most mentioned, ties
// broken by type and name, so every store that reads the same known
// entities builds the same union. Then each entity of s is looked up in
// that union the same way, and s is told what the union found: local
// entities that resolve to one union entity are joined (the one with the
// lowest ID stays, as the linker keeps the older), and each takes the
// union entity's name (its own becomes an alias) and gazetteer entry, so
// a push keys it as every other store keys the same entity. Entity
// records and the name index change as linking changes them; the
// curation log does not.
//
// The local entities are those linking left, the joins (store.Txn.Join)
// left out: the joins s holds, its own end-of-ingest pass's or an earlier
// convergence's, are replaced by those the union gives. So a short form
// the store joined to the one full name it knew stands alone again when
// the union knows two, and what s ends with depends on the union, not on
// what s had decided before. For that, known should hold every store's
// entities as linking left them (the cluster keeps them; see
// dgraph.Known), not as their joins made them.
//
// Converge changes nothing when s already agrees with the union, so a
// second run after every store converged and pushed is a no-op.
func Converge(s *store.Store, known []Known, dir string) (*Resolution, error) {
	scratch, err := store.Open(dir, store.Options{Create: true})
	if err != nil {
		return nil, fmt.Errorf("scratch store: %w", err)
	}
	defer scratch.Close()
	// Linking reads back what it wrote: without the write cache each name
	// lookup would sort the transaction's pending writes (see Engine.Run).
	scratch.CacheWrites(writeCacheBytes)
	g, err := s.Load(store.LoadOptions{Evidence: 0, Unjoined: true})
	if err != nil {
		return nil, err
	}
	res := &Resolution{Known: len(known), Local: len(g.Entities)}
	// The local entities made from a weakly typed mention are linked as
	// such, as the other stores' shares say theirs are (Bases).
	if err := s.View(func(t *store.Txn) error { return markWeakAttrs(t, g.Entities) }); err != nil {
		return nil, err
	}
	byFirst := make([]*Known, len(known))
	for i := range known {
		byFirst[i] = &known[i]
	}
	slices.SortStableFunc(byFirst, func(a, b *Known) int {
		return cmp.Or(strings.Compare(cmp.Or(a.First, unknownFirst), cmp.Or(b.First, unknownFirst)),
			cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Type, b.Type),
			strings.Compare(gazetteer.Key(a.Name), gazetteer.Key(b.Name)), strings.Compare(a.Name, b.Name))
	})
	order := make([]*graph.Entity, len(known))
	for i, k := range byFirst {
		order[i] = &k.Entity
	}
	knownIDs, err := linkEach(scratch, order)
	if err != nil {
		return nil, err
	}
	// The joins that depend on every entity known, over the union.
	if _, err := Resolve(scratch); err != nil {
		return nil, err
	}
	local := make([]*graph.Entity, len(g.Entities))
	for i := range g.Entities {
		local[i] = &g.Entities[i]
	}
	ids, err := linkEach(scratch, local)
	if err != nil {
		return nil, err
	}
	// Linking the local entities can add names (and so a fuller name) to
	// union entities; they are the union's names again afterwards.
	if _, err := Resolve(scratch); err != nil {
		return nil, err
	}
	groups := map[graph.ID][]graph.ID{} // union entity → local entities
	var roots []graph.ID
	if err := scratch.View(func(t *store.Txn) error {
		for i, id := range ids {
			r, err := t.Resolve(id)
			if err != nil {
				return err
			}
			if _, ok := groups[r]; !ok {
				roots = append(roots, r)
			}
			groups[r] = append(groups[r], local[i].ID)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	canon, err := unionNames(scratch, roots, byFirst, knownIDs)
	if err != nil {
		return nil, err
	}
	into := map[graph.ID]graph.ID{}
	for _, r := range roots {
		ids := groups[r]
		slices.Sort(ids)
		for _, o := range ids[1:] {
			into[o] = ids[0]
		}
	}
	err = s.Update(func(t *store.Txn) error {
		var err error
		if res.Merged, res.Unjoined, err = setJoins(t, into); err != nil {
			return err
		}
		named, err := t.UnionNames()
		if err != nil {
			return err
		}
		typed, err := t.UnionTypes()
		if err != nil {
			return err
		}
		for _, r := range roots {
			if err := agree(t, canon[r], groups[r][0], named, typed, res); err != nil {
				return err
			}
		}
		// Names and types an earlier pass (a convergence, the store's
		// own Resolve) gave entities that the union does not give.
		n, err := takeAway(named, t.SetUnionName)
		res.Renamed += n
		if err != nil {
			return err
		}
		n, err = takeAway(typed, t.SetUnionType)
		res.Renamed += n
		return err
	})
	return res, err
}

// takeAway takes away, with set (store.Txn.SetUnionName or
// SetUnionType), what an earlier pass laid over the entities of left,
// and returns how many it took away.
func takeAway[V ~string](left map[graph.ID]V, set func(graph.ID, V) error) (int, error) {
	n := 0
	for _, id := range slices.Sorted(maps.Keys(left)) {
		if err := set(id, ""); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// unionNames returns the records of the union entities roots, each named
// as Resolve names an entity, over every name joined into it, but with
// the counts of the texts that every store's articles write (the known
// entities' Surfaces, known[i] linked as ids[i]) where names are equally
// full: the scratch store holds no articles to count.
func unionNames(scratch *store.Store, roots []graph.ID, known []*Known, ids []graph.ID) (map[graph.ID]*graph.Entity, error) {
	ents, err := scratch.Entities()
	if err != nil {
		return nil, err
	}
	byID := make(map[graph.ID]*graph.Entity, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	freq := map[graph.ID]map[string]int{}
	if err := scratch.View(func(t *store.Txn) error {
		for i, k := range known {
			if len(k.Surfaces) == 0 {
				continue
			}
			r, err := t.Resolve(ids[i])
			if err != nil {
				return err
			}
			if freq[r] == nil {
				freq[r] = map[string]int{}
			}
			for text, n := range k.Surfaces {
				freq[r][freqKey(k.Type, text)] += n
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	canon := make(map[graph.ID]*graph.Entity, len(roots))
	err = scratch.View(func(t *store.Txn) error {
		named, err := t.UnionNames() // the names Resolve laid over the records
		if err != nil {
			return err
		}
		for _, r := range roots {
			rec, err := t.Entity(r)
			if err != nil {
				return err
			}
			if n := named[r]; n != "" {
				rec.Rename(n)
				slices.Sort(rec.Aliases)
			}
			if u, f := byID[r], freq[r]; u != nil && f != nil && tied(u) {
				rec.Name = canonicalName(u, f)
			}
			canon[r] = rec
		}
		return nil
	})
	return canon, err
}

// linkEach links each entity into s as Link links an article's entity, in
// order, and returns the ID each was linked to.
func linkEach(s *store.Store, ents []*graph.Entity) ([]graph.ID, error) {
	ids := make([]graph.ID, len(ents))
	for lo := 0; lo < len(ents); lo += convergeBatch {
		hi := min(lo+convergeBatch, len(ents))
		err := s.Update(func(t *store.Txn) error {
			for i := lo; i < hi; i++ {
				ex := &entities.Extraction{Entities: []*entities.Entity{asExtracted(ents[i])}}
				got, err := Link(t, "", ex)
				if err != nil {
					return err
				}
				ids[i] = got[0]
				// The union counts the mentions each store counted, as
				// Resolve weighs them (weakJoin).
				if err := addMentionCount(t, got[0], ents[i].Mentions); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// addMentionCount adds n to the mentions counted for entity id.
func addMentionCount(t *store.Txn, id graph.ID, n int) error {
	if n == 0 {
		return nil
	}
	rec, err := t.Entity(id)
	if err != nil {
		return err
	}
	rec.Mentions += n
	return t.SaveEntity(rec)
}

// asExtracted turns an entity of a graph into the extraction of an
// article that names it by its name and aliases: what Link matches.
func asExtracted(e *graph.Entity) *entities.Entity {
	x := &entities.Entity{Name: e.Name, Type: e.Type, Aliases: append([]string{e.Name}, e.Aliases...), WeakType: e.Attrs[weakAttr] != ""}
	if u := e.Attrs[entities.UnnamedAttr]; u != "" {
		x.Attrs = map[string]string{entities.UnnamedAttr: u}
	}
	if gid := e.Attrs["gazetteer"]; gid != "" {
		x.Entry = gazetteer.Default().ByID(gid)
	}
	if e.Type == graph.Person {
		x.Words = storedWords(e.Name)
		if len(x.Words) == 0 {
			x.Words = []string{gazetteer.Key(e.Name)}
		}
		if r := e.Attrs["role"]; r != "" {
			x.Roles = []string{r}
		}
	}
	for k, v := range e.Attrs {
		switch k {
		case "gazetteer", "country", "wikidata":
			continue // they come with the entry
		case weakAttr:
			continue // WeakType
		}
		if x.Attrs == nil {
			x.Attrs = map[string]string{}
		}
		x.Attrs[k] = v
	}
	return x
}

// agree gives the local entity keep, which the union resolves to the
// entity u (the others u stands for are joined into it), u's name and
// type, as a name and type laid over its record (store.Txn.SetUnionName,
// SetUnionType; named and typed, those it had from an earlier
// convergence are in named and typed), and u's gazetteer entry.
func agree(t *store.Txn, u *graph.Entity, keep graph.ID, named map[graph.ID]string, typed map[graph.ID]graph.Type, res *Resolution) error {
	rec, err := t.Entity(keep)
	if err != nil {
		return err
	}
	var wantType graph.Type
	if rec.Type != u.Type {
		wantType = u.Type
	}
	if typed[keep] != wantType {
		if err := t.SetUnionType(keep, wantType); err != nil {
			return err
		}
		res.Renamed++
	}
	delete(typed, keep)
	want := ""
	if gazetteer.Key(rec.Name) != gazetteer.Key(u.Name) {
		want = u.Name
	}
	if named[keep] != want {
		if err := t.SetUnionName(keep, want); err != nil {
			return err
		}
		if want != "" {
			if err := indexNames(t, keep, asExtracted(u)); err != nil {
				return err
			}
		}
		res.Renamed++
	}
	delete(named, keep)
	if gid := u.Attrs["gazetteer"]; gid != "" && gid != rec.Attrs["gazetteer"] {
		if entry := gazetteer.Default().ByID(gid); entry != nil {
			delete(rec.Attrs, "gazetteer") // the union's entry, even if it sorts after rec's
			setEntry(rec, entry)
			if err := t.SetGazetteer(gid, keep); err != nil {
				return err
			}
			res.Entries++
			return t.SaveEntity(rec)
		}
	}
	return nil
}

// Bases returns, for each entity of s, the entities as linking left them
// that it stands for through joins (store.Txn.Join), itself first, each
// with the date of its first article, the weak mark (weakAttr) if a
// weakly typed mention made it, and the texts the articles write it as:
// what a push records as the store's share of the entity's node, so that
// stores converging on a cluster resolve the entities their linkers
// made, not what each store's own joins made of them, in the order one
// store would have read them, and name them by the spelling all their
// articles write most.
func Bases(s *store.Store) (map[graph.ID][]Known, error) {
	out := map[graph.ID][]Known{}
	err := s.View(func(t *store.Txn) error {
		// Each entity's own first article, not its node's: the node an
		// entity is pushed under moves with the joins, and a union linked
		// in an order that moved with them would move them again.
		g, err := t.Load(store.LoadOptions{Unjoined: true})
		if err != nil {
			return err
		}
		first := FirstDates(g)
		into, err := t.Joins()
		if err != nil {
			return err
		}
		ents, err := t.BaseEntities()
		if err != nil {
			return err
		}
		surf, err := t.AllSurfaces()
		if err != nil {
			return err
		}
		if err := markWeakAttrs(t, ents); err != nil {
			return err
		}
		for _, e := range ents { // roots first: an entity is joined into one of a lower ID or a higher
			if _, joined := into[e.ID]; !joined {
				out[e.ID] = append(out[e.ID], Known{Entity: e, First: first[e.ID], Surfaces: surf[e.ID]})
			}
		}
		for _, e := range ents {
			if _, joined := into[e.ID]; joined {
				r := endOf(into, e.ID)
				out[r] = append(out[r], Known{Entity: e, First: first[e.ID], Surfaces: surf[e.ID]})
			}
		}
		return nil
	})
	return out, err
}

// FirstDates returns the date of the first article (ISO 8601, compared
// as text) that mentions each entity of g, articles without a date left
// out.
func FirstDates(g *graph.Graph) map[graph.ID]string {
	first := map[graph.ID]string{}
	for _, a := range g.Articles {
		for _, id := range a.Entities {
			if f, ok := first[id]; a.Date != "" && (!ok || a.Date < f) {
				first[id] = a.Date
			}
		}
	}
	return first
}
