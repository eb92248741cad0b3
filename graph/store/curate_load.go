package store

import (
	"cmp"
	"errors"
	"maps"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

// overlay is the active curation log in the form Load applies it.
type overlay struct {
	entries []Curation
	// merges maps an entity to the one it was merged into by a user.
	merges map[graph.ID]graph.ID
	// splits maps an entity to the surface forms split off it.
	splits map[graph.ID][]splitRule
	// virtual are the entities splits created.
	virtual map[graph.ID]*graph.Entity

	// Filled while mentions are read: per article, the spans of each
	// owner of a split entity's mentions; count, the mentions each split
	// entity lost (negative) or gained; texts, the article texts read.
	spans map[string]map[graph.ID][]graph.Span
	count map[graph.ID]int
	texts map[string]string
}

type splitRule struct {
	fold string // SurfaceFold of the form split off
	to   graph.ID
}

// loadOverlay reads the active curations. It returns nil when there are
// none, so an uncurated store loads exactly as before.
func (t *Txn) loadOverlay() (*overlay, error) {
	log, err := t.Curations()
	if err != nil {
		return nil, err
	}
	ov := &overlay{merges: map[graph.ID]graph.ID{}, splits: map[graph.ID][]splitRule{}, virtual: map[graph.ID]*graph.Entity{},
		spans: map[string]map[graph.ID][]graph.Span{}, count: map[graph.ID]int{}, texts: map[string]string{}}
	for _, c := range log {
		if !c.Active() {
			continue
		}
		ov.entries = append(ov.entries, c)
		switch c.Op {
		case OpMerge:
			for _, o := range c.Others {
				ov.merges[o] = c.Entity
			}
		case OpSplit:
			ov.splits[c.Entity] = append(ov.splits[c.Entity], splitRule{fold: names.SurfaceFold(c.Name), to: c.NewID})
			ov.virtual[c.NewID] = &graph.Entity{ID: c.NewID, Name: c.Name, Type: c.Type}
		}
	}
	if len(ov.entries) == 0 {
		return nil, nil
	}
	return ov, nil
}

// addRedirects lays the user's merges over the stored ones.
func (ov *overlay) addRedirects(redirect map[graph.ID]graph.ID) {
	if ov == nil {
		return
	}
	for _, from := range slices.Sorted(maps.Keys(ov.merges)) {
		to := ov.merges[from]
		// Skip a merge that would close a loop with the stored redirects.
		loop := false
		for at, n := to, 0; n < 64; n++ {
			if at == from {
				loop = true
				break
			}
			next, ok := redirect[at]
			if !ok {
				break
			}
			at = next
		}
		if !loop {
			redirect[from] = to
		}
	}
}

// splitting reports whether the mentions of entity id (a root) are
// divided by a split.
func (ov *overlay) splitting(id graph.ID) bool {
	return ov != nil && len(ov.splits[id]) > 0
}

// needSpans reports whether Load must read mention spans.
func (ov *overlay) needSpans() bool { return ov != nil && len(ov.splits) > 0 }

// owners returns the entities that own raw entity id's mentions in an
// article (v is the stored span list): normally just root(id); for a
// split entity, the entity each span's surface form says.
func (ov *overlay) owners(t *Txn, article string, id graph.ID, v []byte, root func(graph.ID) graph.ID) ([]graph.ID, error) {
	r := root(id)
	if !ov.splitting(r) {
		return []graph.ID{r}, nil
	}
	text, err := ov.text(t, article)
	if err != nil {
		return nil, err
	}
	if ov.spans[article] == nil {
		ov.spans[article] = map[graph.ID][]graph.Span{}
	}
	var out []graph.ID
	for _, sp := range decodeSpans(v) {
		owner := r
		if 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) {
			f := names.SurfaceFold(text[sp.Start:sp.End])
			for _, rule := range ov.splits[r] {
				if rule.fold == f {
					owner = root(rule.to)
					ov.count[rule.to]++
					ov.count[r]--
					break
				}
			}
		}
		ov.spans[article][owner] = append(ov.spans[article][owner], sp)
		if !slices.Contains(out, owner) {
			out = append(out, owner)
		}
	}
	return out, nil
}

func (ov *overlay) text(t *Txn, article string) (string, error) {
	if s, ok := ov.texts[article]; ok {
		return s, nil
	}
	b, err := getValue(t.txn, textKey(article))
	if err != nil && !errors.Is(err, badger.ErrKeyNotFound) {
		return "", err
	}
	ov.texts[article] = string(b)
	return string(b), nil
}

// ends returns the entities that stand at one end of a relation in one
// evidence sentence: for a split entity, those of its owners mentioned in
// the sentence (all of the entity if none is).
func (ov *overlay) ends(article string, r graph.ID, start, end int) []graph.ID {
	if !ov.splitting(r) {
		return []graph.ID{r}
	}
	var out []graph.ID
	for owner, spans := range ov.spans[article] {
		if !ov.ownedBy(owner, r) {
			continue
		}
		for _, s := range spans {
			if s.Start >= start && s.End <= end {
				out = append(out, owner)
				break
			}
		}
	}
	if len(out) == 0 {
		return []graph.ID{r}
	}
	slices.Sort(out)
	return out
}

// splitRelations divides the relations of split entities: prefixes are
// the evidence key prefixes of the stored relations involved. Each
// evidence sentence counts for the relation between the owners mentioned
// in it at each end (rel returns it, or nil for none), and is kept as
// evidence up to the limit Load was given.
func (ov *overlay) splitRelations(t *Txn, prefixes [][]byte, limit int, titles map[string]string, root func(graph.ID) graph.ID, rel func(a graph.ID, k graph.Kind, b graph.ID, prefix []byte) *graph.Relation) error {
	for _, p := range prefixes {
		if err := t.scan(string(p), false, func(k, _ []byte) error {
			a, kind, b, art, start, end, err := evidenceParts(k)
			if err != nil {
				return err
			}
			for _, x := range ov.ends(art, root(a), start, end) {
				for _, y := range ov.ends(art, root(b), start, end) {
					r := rel(x, kind, y, p)
					if r == nil {
						continue
					}
					r.Weight++
					if limit == 0 || (limit > 0 && len(r.Evidence) >= limit) {
						continue
					}
					text, err := ov.text(t, art)
					if err != nil {
						return err
					}
					sentence := ""
					if start <= end && end <= len(text) {
						sentence = text[start:end]
					}
					r.Evidence = append(r.Evidence, graph.Evidence{Article: art, Title: titles[art], Sentence: sentence, Start: start, End: end})
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// ownedBy reports whether owner is r or was split off r.
func (ov *overlay) ownedBy(owner, r graph.ID) bool {
	if owner == r {
		return true
	}
	for _, rule := range ov.splits[r] {
		if rule.to == owner {
			return true
		}
	}
	return false
}

// addVirtual adds the entities splits created (those not merged away),
// before merged entities are folded into their roots, and keys the splits
// by root.
func (ov *overlay) addVirtual(ents map[graph.ID]*graph.Entity, root func(graph.ID) graph.ID) {
	if ov == nil {
		return
	}
	for id, v := range ov.virtual {
		src := ents[root(ov.splitSource(id))]
		if src != nil && root(id) == id {
			ents[id] = &graph.Entity{ID: id, Name: v.Name, Type: cmp.Or(v.Type, src.Type), Aliases: []string{}}
		}
	}
	// An entity split and then merged into another: the split applies to
	// the mentions of the entity that now stands for it.
	rekeyed := map[graph.ID][]splitRule{}
	for _, from := range slices.Sorted(maps.Keys(ov.splits)) {
		rekeyed[root(from)] = append(rekeyed[root(from)], ov.splits[from]...)
	}
	ov.splits = rekeyed
}

// applyEntities moves the mentions splits counted, drops split-off
// entities left without any, and applies renames, retypes and alias
// changes, in log order, to the merged entities.
func (ov *overlay) applyEntities(ents map[graph.ID]*graph.Entity, root func(graph.ID) graph.ID) {
	if ov == nil {
		return
	}
	for id, n := range ov.count {
		if e := ents[root(id)]; e != nil {
			e.Mentions += n
		}
	}
	for id, v := range ov.virtual {
		if r := root(id); r != id {
			if e := ents[r]; e != nil && ov.count[id] > 0 {
				e.Aliases = append(e.Aliases, v.Name)
			}
		} else if e := ents[id]; e != nil && e.Mentions == 0 {
			delete(ents, id)
		}
	}
	for _, c := range ov.entries {
		e := ents[root(c.Entity)]
		if e == nil {
			continue
		}
		own := root(c.Entity) == c.Entity
		switch c.Op {
		case OpRename:
			if own {
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = c.Name
			} else {
				e.Aliases = append(e.Aliases, c.Name)
			}
		case OpRetype:
			if own {
				e.Type = c.Type
			}
		case OpAliasAdd:
			e.Aliases = append(e.Aliases, c.Name)
		case OpAliasRemove:
			f := names.SurfaceFold(c.Name)
			e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return names.SurfaceFold(a) == f })
		}
	}
}

func (ov *overlay) splitSource(id graph.ID) graph.ID {
	for from, rules := range ov.splits {
		for _, r := range rules {
			if r.to == id {
				return from
			}
		}
	}
	return 0
}
