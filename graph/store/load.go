package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// LoadOptions say how much of the store Load reads.
type LoadOptions struct {
	// Evidence is the number of evidence sentences kept per relation:
	// 0 none, a negative number all of them.
	Evidence int
	// Unjoined leaves the joins (Txn.Join) and the names laid over the
	// records (Txn.SetUnionName) out: every entity joined into another stands
	// for itself, as linking left it.
	Unjoined bool
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

// relKeyT identifies a relation of the loaded graph: its ends (roots,
// co-mentions smaller ID first) and kind.
type relKeyT struct {
	a, b graph.ID
	k    graph.Kind
}

// loader is one Load in progress: what has been read so far.
type loader struct {
	t    *Txn
	o    LoadOptions
	ov   *overlay
	root func(graph.ID) graph.ID

	ents    map[graph.ID]*graph.Entity   // by root ID
	artEnts map[string]map[graph.ID]bool // article → the entities it mentions
	titles  map[string]string            // article → title
	rels    map[relKeyT]*graph.Relation  // relations remapped to roots
	split   [][]byte                     // evidence prefixes of relations a split divides
	splitRV map[string]relValue          // their stored values, by prefix
	g       *graph.Graph
}

func (t *Txn) load(o LoadOptions) (*graph.Graph, error) {
	redirect, err := t.redirects(!o.Unjoined)
	if err != nil {
		return nil, err
	}
	ov, err := t.loadOverlay() // the curation log, applied as an overlay (curate_load.go)
	if err != nil {
		return nil, err
	}
	ov.addRedirects(redirect)
	l := &loader{t: t, o: o, ov: ov, root: redirect.root, g: &graph.Graph{},
		ents: map[graph.ID]*graph.Entity{}, artEnts: map[string]map[graph.ID]bool{}, titles: map[string]string{},
		rels: map[relKeyT]*graph.Relation{}, splitRV: map[string]relValue{}}
	for _, step := range []func() error{l.entities, l.mentions, l.articles, l.relations, l.splitRelations, l.evidence} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return l.finish(), nil
}

// entities reads the entity records, merging each merged entity into its
// root, and adds the entities splits created.
func (l *loader) entities() error {
	var merged []*graph.Entity
	if err := l.t.scan(pEntity, true, func(k, v []byte) error {
		var e graph.Entity
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("graph: entity record %x: %w", k, err)
		}
		if l.root(e.ID) == e.ID {
			l.ents[e.ID] = &e
		} else {
			merged = append(merged, &e)
		}
		return nil
	}); err != nil {
		return err
	}
	l.ov.addVirtual(l.ents, l.root)
	foldMerged(l.ents, merged, l.root)
	if l.o.Unjoined {
		return nil
	}
	return l.t.applyUnionNames(l.ents)
}

// foldMerged adds each merged entity's name, aliases, mentions and the
// attributes its root lacks to its root in ents; a place or body adds no
// gazetteer facts to a person.
func foldMerged(ents map[graph.ID]*graph.Entity, merged []*graph.Entity, root func(graph.ID) graph.ID) {
	for _, e := range merged {
		r := ents[root(e.ID)]
		if r == nil {
			continue
		}
		r.Aliases = append(r.Aliases, e.Name)
		r.Aliases = append(r.Aliases, e.Aliases...)
		r.Mentions += e.Mentions
		if r.Type == graph.Person && e.Type != graph.Person && e.Attrs["gazetteer"] != "" {
			// A town read as a person's surname (ingest's weakJoin)
			// gives the person none of its gazetteer facts.
			addMissing(&r.Attrs, withoutGazetteer(e.Attrs))
			continue
		}
		addMissing(&r.Attrs, e.Attrs)
	}
}

// gazetteerAttrs are the attributes an entity takes from its gazetteer
// entry (see ingest's setEntry).
var gazetteerAttrs = []string{"gazetteer", "country", "wikidata"}

// withoutGazetteer returns attrs without the gazetteer's facts.
func withoutGazetteer(attrs map[string]string) map[string]string {
	out := make(map[string]string, len(attrs))
	for k, v := range attrs {
		if !slices.Contains(gazetteerAttrs, k) {
			out[k] = v
		}
	}
	return out
}

// Entities reads the stored entities as Load does, each merged entity
// folded into the one it was merged into, but not the curations (see
// Curations), the articles or the relations: for a pass over every
// entity that needs only names, types and attributes, at a small part of
// Load's cost. Entities are in ID order.
func (s *Store) Entities() ([]graph.Entity, error) {
	var out []graph.Entity
	err := s.View(func(t *Txn) error {
		var err error
		out, err = t.entities(true)
		return err
	})
	return out, err
}

// BaseEntities reads the stored entities as Entities does but with the
// joins (Join) and the names laid over the records (SetUnionName) left out:
// each entity as linking left it, linking's own merges folded in, for a
// pass that recomputes them.
func (t *Txn) BaseEntities() ([]graph.Entity, error) { return t.entities(false) }

// entities reads the entity records, each merged entity folded into its
// root; joins counts the joins as merges.
func (t *Txn) entities(joins bool) ([]graph.Entity, error) {
	redirect, err := t.redirects(joins)
	if err != nil {
		return nil, err
	}
	all, err := t.decodeEntities()
	if err != nil {
		return nil, err
	}
	ents := make(map[graph.ID]*graph.Entity, len(all))
	var roots, merged []*graph.Entity
	for i := range all {
		e := &all[i]
		if redirect.root(e.ID) == e.ID {
			ents[e.ID] = e
			roots = append(roots, e)
		} else {
			merged = append(merged, e)
		}
	}
	foldMerged(ents, merged, redirect.root)
	if joins {
		if err := t.applyUnionNames(ents); err != nil {
			return nil, err
		}
	}
	out := make([]graph.Entity, len(roots))
	for i, e := range roots {
		out[i] = *e
	}
	return out, nil
}

// decodeEntities returns the entity records in key order, decoded on
// every core: the JSON decoding is most of the time of a read of all
// entities (Resolve's, after each ingest). The error is that of the first
// record in key order that does not decode.
func (t *Txn) decodeEntities() ([]graph.Entity, error) {
	var keys, vals [][]byte
	if err := t.scan(pEntity, true, func(k, v []byte) error {
		keys, vals = append(keys, slices.Clone(k)), append(vals, v)
		return nil
	}); err != nil {
		return nil, err
	}
	out := make([]graph.Entity, len(vals))
	errs := make([]error, len(vals))
	workers := min(runtime.GOMAXPROCS(0), len(vals)/512+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * len(vals) / workers; i < (w+1)*len(vals)/workers; i++ {
				if err := json.Unmarshal(vals[i], &out[i]); err != nil {
					errs[i] = fmt.Errorf("graph: entity record %x: %w", keys[i], err)
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// addMissing copies into *dst the attributes of src it does not have.
func addMissing(dst *map[string]string, src map[string]string) {
	for k, v := range src {
		if _, ok := (*dst)[k]; !ok {
			if *dst == nil {
				*dst = map[string]string{}
			}
			(*dst)[k] = v
		}
	}
}

// mentions builds the article → entity index, which also gives each
// entity's article count, then applies the curations to the entities and
// adds them to the graph.
func (l *loader) mentions() error {
	if err := l.t.scan(pMention, l.ov.needSpans(), func(k, v []byte) error {
		if len(k) != 2+articleIDLen+8 {
			return fmt.Errorf("graph: bad mention key %x", k)
		}
		a := string(k[2 : 2+articleIDLen])
		stored := graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:]))
		id := l.root(stored)
		if l.artEnts[a] == nil {
			l.artEnts[a] = map[graph.ID]bool{}
		}
		if l.ov.splitting(id) {
			owners, err := l.ov.owners(l.t, a, stored, v, l.root)
			for _, o := range owners {
				l.artEnts[a][o] = true
			}
			return err
		}
		l.artEnts[a][id] = true
		return nil
	}); err != nil {
		return err
	}
	l.ov.applyEntities(l.ents, l.root)
	for _, set := range l.artEnts {
		for id := range set {
			if e := l.ents[id]; e != nil {
				e.Articles++
			}
		}
	}
	for _, e := range l.ents {
		slices.Sort(e.Aliases)
		e.Aliases = slices.Compact(e.Aliases)
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Name })
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		l.g.Entities = append(l.g.Entities, *e)
	}
	return nil
}

// articles reads the article records, each with the entities it mentions.
func (l *loader) articles() error {
	return l.t.scan(pArticle, true, func(k, v []byte) error {
		var a storedArticle
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("graph: article record %x: %w", k, err)
		}
		art := a.Article
		art.Entities = slices.Sorted(maps.Keys(l.artEnts[art.ID]))
		if art.Entities == nil {
			art.Entities = []graph.ID{}
		}
		l.titles[art.ID] = art.Title
		l.g.Articles = append(l.g.Articles, art)
		return nil
	})
}

// relKey returns the key of the relation a -k-> b after merges, false
// when both ends are one entity.
func (l *loader) relKey(a graph.ID, k graph.Kind, b graph.ID) (relKeyT, bool) {
	a, b = l.root(a), l.root(b)
	if a == b {
		return relKeyT{}, false
	}
	if !k.Directed() && a > b {
		a, b = b, a
	}
	return relKeyT{a, b, k}, true
}

// relation returns the loaded relation rk, created if needed, with the
// confidence and attributes of the stored relation rv folded in.
func (l *loader) relation(rk relKeyT, rv relValue) *graph.Relation {
	r := l.rels[rk]
	if r == nil {
		r = &graph.Relation{Source: rk.a, Target: rk.b, Kind: rk.k, Confidence: rv.confidence, Evidence: []graph.Evidence{}}
		l.rels[rk] = r
	}
	r.Confidence = max(r.Confidence, rv.confidence)
	addMissing(&r.Attrs, rv.attrs)
	return r
}

// relations reads the relation records, remapped to roots and summed;
// those of a split entity are set aside for splitRelations.
func (l *loader) relations() error {
	return l.t.scan(pRel, true, func(k, v []byte) error {
		a, kind, b, err := relParts(k)
		if err != nil {
			return err
		}
		rv, err := decodeRelValue(v)
		if err != nil {
			return fmt.Errorf("graph: relation record %x: %w", k, err)
		}
		if l.ov.splitting(l.root(a)) || l.ov.splitting(l.root(b)) {
			prefix := relKey(pEvidence, a, kind, b)
			l.split = append(l.split, prefix)
			l.splitRV[string(prefix)] = rv
			return nil
		}
		if rk, ok := l.relKey(a, kind, b); ok {
			l.relation(rk, rv).Weight += int(rv.weight)
		}
		return nil
	})
}

// splitRelations divides the relations of a split entity sentence by
// sentence (curate_load.go).
func (l *loader) splitRelations() error {
	return l.ov.splitRelations(l.t, l.split, l.o.Evidence, l.titles, l.root, func(a graph.ID, k graph.Kind, b graph.ID, prefix []byte) *graph.Relation {
		rk, ok := l.relKey(a, k, b)
		if !ok {
			return nil
		}
		return l.relation(rk, l.splitRV[string(prefix)])
	})
}

// evidence reads up to LoadOptions.Evidence sentences per relation.
func (l *loader) evidence() error {
	if l.o.Evidence == 0 {
		return nil
	}
	texts := map[string]string{}
	return l.t.scan(pEvidence, false, func(k, _ []byte) error {
		a, kind, b, art, start, end, err := evidenceParts(k)
		if err != nil {
			return err
		}
		if l.ov.splitting(l.root(a)) || l.ov.splitting(l.root(b)) {
			return nil // divided by splitRelations
		}
		rk, ok := l.relKey(a, kind, b)
		if !ok {
			return nil
		}
		r := l.rels[rk]
		if r == nil || (l.o.Evidence > 0 && len(r.Evidence) >= l.o.Evidence) {
			return nil
		}
		text, ok := texts[art]
		if !ok {
			b, err := getValue(l.t.txn, textKey(art))
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
		r.Evidence = append(r.Evidence, graph.Evidence{Article: art, Title: l.titles[art], Sentence: sentence, Start: start, End: end})
		return nil
	})
}

// finish returns the loaded graph in canonical order, with empty slices
// rather than nil ones.
func (l *loader) finish() *graph.Graph {
	g := l.g
	for _, r := range l.rels {
		g.Relations = append(g.Relations, *r)
	}
	g.Canonical()
	return g
}

// scan calls fn for every key with the prefix, in key order. The slices are
// valid only during the call.
func (t *Txn) scan(prefix string, values bool, fn func(k, v []byte) error) error {
	p := []byte(prefix)
	it := t.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: values, PrefetchSize: 100})
	t.iters++ // a write in parts does not end a part under an open iterator
	defer func() { it.Close(); t.iters-- }()
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
