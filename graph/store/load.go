package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// LoadOptions say how much of the store Load reads.
type LoadOptions struct {
	// Evidence is the number of evidence sentences kept per relation:
	// 0 none, a negative number all of them.
	Evidence int
}

// Load reads the whole store into a Graph with merges applied: an entity
// that was merged into another contributes its aliases, mentions, articles
// and relations to the entity that stands for it.
func (s *Store) Load(o LoadOptions) (*graph.Graph, error) {
	var g *graph.Graph
	err := s.View(func(t *Txn) error {
		var err error
		g, err = t.load(o)
		return err
	})
	return g, err
}

func (t *Txn) load(o LoadOptions) (*graph.Graph, error) {
	redirect, err := t.redirects()
	if err != nil {
		return nil, err
	}
	ov, err := t.loadOverlay() // the curation log, applied as an overlay (curate_load.go)
	if err != nil {
		return nil, err
	}
	ov.addRedirects(redirect)
	root := redirect.root

	// Entities, merged into their roots.
	ents := map[graph.ID]*graph.Entity{}
	var merged []*graph.Entity
	if err := t.scan(pEntity, true, func(k, v []byte) error {
		var e graph.Entity
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("graph: entity record %x: %w", k, err)
		}
		if root(e.ID) == e.ID {
			ents[e.ID] = &e
		} else {
			merged = append(merged, &e)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	ov.addVirtual(ents, root)
	for _, e := range merged {
		r := ents[root(e.ID)]
		if r == nil {
			continue
		}
		r.Aliases = append(r.Aliases, e.Name)
		r.Aliases = append(r.Aliases, e.Aliases...)
		r.Mentions += e.Mentions
		for k, v := range e.Attrs {
			if _, ok := r.Attrs[k]; !ok {
				if r.Attrs == nil {
					r.Attrs = map[string]string{}
				}
				r.Attrs[k] = v
			}
		}
	}

	// Article → entity index, which also gives each entity's article count.
	artEnts := map[string]map[graph.ID]bool{}
	if err := t.scan(pMention, ov.needSpans(), func(k, v []byte) error {
		if len(k) != 2+articleIDLen+8 {
			return fmt.Errorf("graph: bad mention key %x", k)
		}
		a := string(k[2 : 2+articleIDLen])
		id := root(graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:])))
		if artEnts[a] == nil {
			artEnts[a] = map[graph.ID]bool{}
		}
		if ov.splitting(id) {
			owners, err := ov.owners(t, a, graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:])), v, root)
			for _, o := range owners {
				artEnts[a][o] = true
			}
			return err
		}
		artEnts[a][id] = true
		return nil
	}); err != nil {
		return nil, err
	}
	ov.applyEntities(ents, root)
	for _, set := range artEnts {
		for id := range set {
			if e := ents[id]; e != nil {
				e.Articles++
			}
		}
	}

	g := &graph.Graph{}
	for _, e := range ents {
		slices.Sort(e.Aliases)
		e.Aliases = slices.Compact(e.Aliases)
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Name })
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		g.Entities = append(g.Entities, *e)
	}

	// Articles.
	titles := map[string]string{}
	if err := t.scan(pArticle, true, func(k, v []byte) error {
		var a storedArticle
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("graph: article record %x: %w", k, err)
		}
		art := a.Article
		art.Entities = slices.Sorted(maps.Keys(artEnts[art.ID]))
		if art.Entities == nil {
			art.Entities = []graph.ID{}
		}
		titles[art.ID] = art.Title
		g.Articles = append(g.Articles, art)
		return nil
	}); err != nil {
		return nil, err
	}

	// Relations, remapped to roots and summed.
	type relKeyT struct {
		a, b graph.ID
		k    graph.Kind
	}
	norm := func(a graph.ID, k graph.Kind, b graph.ID) (relKeyT, bool) {
		a, b = root(a), root(b)
		if a == b {
			return relKeyT{}, false
		}
		if !k.Directed() && a > b {
			a, b = b, a
		}
		return relKeyT{a, b, k}, true
	}
	rels := map[relKeyT]*graph.Relation{}
	var split [][]byte // evidence prefixes of relations a split divides
	splitInfo := map[string]relValue{}
	if err := t.scan(pRel, true, func(k, v []byte) error {
		a, kind, b, err := relParts(k)
		if err != nil {
			return err
		}
		rv, err := decodeRelValue(v)
		if err != nil {
			return fmt.Errorf("graph: relation record %x: %w", k, err)
		}
		if ov.splitting(root(a)) || ov.splitting(root(b)) {
			split = append(split, relKey(pEvidence, a, kind, b))
			splitInfo[string(relKey(pEvidence, a, kind, b))] = rv
			return nil
		}
		rk, ok := norm(a, kind, b)
		if !ok {
			return nil
		}
		r := rels[rk]
		if r == nil {
			r = &graph.Relation{Source: rk.a, Target: rk.b, Kind: kind, Confidence: rv.confidence, Evidence: []graph.Evidence{}}
			rels[rk] = r
		}
		r.Weight += int(rv.weight)
		r.Confidence = max(r.Confidence, rv.confidence)
		for key, val := range rv.attrs {
			if _, ok := r.Attrs[key]; !ok {
				if r.Attrs == nil {
					r.Attrs = map[string]string{}
				}
				r.Attrs[key] = val
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// Relations of a split entity are divided sentence by sentence
	// (curate_load.go).
	if err := ov.splitRelations(t, split, o.Evidence, titles, root, func(a graph.ID, k graph.Kind, b graph.ID, prefix []byte) *graph.Relation {
		rk, ok := norm(a, k, b)
		if !ok {
			return nil
		}
		info := splitInfo[string(prefix)]
		r := rels[rk]
		if r == nil {
			r = &graph.Relation{Source: rk.a, Target: rk.b, Kind: k, Confidence: info.confidence, Evidence: []graph.Evidence{}}
			rels[rk] = r
		}
		r.Confidence = max(r.Confidence, info.confidence)
		for key, val := range info.attrs {
			if _, ok := r.Attrs[key]; !ok {
				if r.Attrs == nil {
					r.Attrs = map[string]string{}
				}
				r.Attrs[key] = val
			}
		}
		return r
	}); err != nil {
		return nil, err
	}
	if o.Evidence != 0 {
		texts := map[string]string{}
		if err := t.scan(pEvidence, false, func(k, _ []byte) error {
			a, kind, b, art, start, end, err := evidenceParts(k)
			if err != nil {
				return err
			}
			if ov.splitting(root(a)) || ov.splitting(root(b)) {
				return nil // divided above
			}
			rk, ok := norm(a, kind, b)
			if !ok {
				return nil
			}
			r := rels[rk]
			if r == nil || (o.Evidence > 0 && len(r.Evidence) >= o.Evidence) {
				return nil
			}
			text, ok := texts[art]
			if !ok {
				b, err := getValue(t.txn, textKey(art))
				if err != nil && err != badger.ErrKeyNotFound {
					return err
				}
				text = string(b)
				texts[art] = text
			}
			sentence := ""
			if start <= end && end <= len(text) {
				sentence = text[start:end]
			}
			r.Evidence = append(r.Evidence, graph.Evidence{Article: art, Title: titles[art], Sentence: sentence, Start: start, End: end})
			return nil
		}); err != nil {
			return nil, err
		}
	}
	for _, r := range rels {
		g.Relations = append(g.Relations, *r)
	}
	g.Sort()
	if g.Entities == nil {
		g.Entities = []graph.Entity{}
	}
	if g.Relations == nil {
		g.Relations = []graph.Relation{}
	}
	if g.Articles == nil {
		g.Articles = []graph.Article{}
	}
	return g, nil
}

// scan calls fn for every key with the prefix, in key order. The slices are
// valid only during the call.
func (t *Txn) scan(prefix string, values bool, fn func(k, v []byte) error) error {
	p := []byte(prefix)
	it := t.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: values, PrefetchSize: 100})
	defer it.Close()
	for it.Rewind(); it.ValidForPrefix(p); it.Next() {
		item := it.Item()
		var v []byte
		if values {
			var err error
			if v, err = item.ValueCopy(v); err != nil {
				return err
			}
		}
		if err := fn(item.Key(), v); err != nil {
			return err
		}
	}
	return nil
}
