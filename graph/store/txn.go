package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// Txn is one transaction on a Store, valid only inside the function given
// to Store.Update or Store.View. Its methods are the primitives the ingest
// and linking code build on; they never commit by themselves.
type Txn struct {
	txn   *badger.Txn
	write bool
	dirty bool
	// curNames caches whether the curated name index has entries: 0
	// unknown, 1 no, 2 yes (curate.go).
	curNames int8
	// wc is the transaction's side of the store's write cache, when it
	// is on (writecache.go).
	wc *txnCache
	// size is what the transaction has written, as Badger counts it
	// against its limits, and valueThreshold the value size from which
	// Badger counts a value as a pointer (txnsize.go).
	size           TxnSize
	valueThreshold int64
	// parts is the write in parts t belongs to, if any (parts.go), and
	// iters the iterators open on t, during which a part may not end.
	parts *parts
	iters int
}

func (t *Txn) set(k, v []byte) error {
	if !t.write {
		return errors.New("graph: write in a read-only transaction")
	}
	t.dirty = true
	if t.wc != nil && t.wc.holds(k, v) {
		return nil // the store already holds this value
	}
	if t.parts != nil {
		if err := t.parts.journal(t, k, v); err != nil {
			return err
		}
	}
	if t.wc != nil {
		t.wc.wrote(k, v, true)
	}
	t.count(k, v)
	return t.txn.Set(k, v)
}

func (t *Txn) bumpVersion() error {
	v, err := t.meta64(metaVersion)
	if err != nil {
		return err
	}
	return t.set(metaKey(metaVersion), binary.BigEndian.AppendUint64(nil, v+1))
}

func (t *Txn) meta64(name string) (uint64, error) {
	b, err := t.get(metaKey(name))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("graph: corrupt meta %q", name)
	}
	return binary.BigEndian.Uint64(b), nil
}

// HasContent reports whether an article with this content hash is stored.
func (t *Txn) HasContent(hash string) (string, bool, error) {
	b, err := t.get(hashKey(hash))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return string(b), true, nil
}

// PutArticle stores an article's record, its cleaned text and its content
// hash. a.Entities is ignored: AddMentions builds that index.
func (t *Txn) PutArticle(a *graph.Article, text, hash string) error {
	if len(a.ID) != articleIDLen {
		return fmt.Errorf("graph: article ID %q is not %d characters", a.ID, articleIDLen)
	}
	if t.wc != nil {
		if _, err := t.txn.Get(articleKey(a.ID)); errors.Is(err, badger.ErrKeyNotFound) {
			t.wc.articles[a.ID] = true
		} else if err != nil {
			return err
		}
	}
	rec := storedArticle{Article: *a, Hash: hash}
	rec.Entities = nil
	if err := t.set(articleKey(a.ID), marshal(rec)); err != nil {
		return err
	}
	if err := t.set(textKey(a.ID), []byte(text)); err != nil {
		return err
	}
	return t.set(hashKey(hash), []byte(a.ID))
}

// NewEntity stores e under a fresh ID, which it returns (and sets in e).
func (t *Txn) NewEntity(e *graph.Entity) (graph.ID, error) {
	seq, err := t.meta64(metaSeq)
	if err != nil {
		return 0, err
	}
	if seq == 0 {
		seq = 1
	}
	e.ID = graph.ID(seq)
	if err := t.set(metaKey(metaSeq), binary.BigEndian.AppendUint64(nil, seq+1)); err != nil {
		return 0, err
	}
	return e.ID, t.SaveEntity(e)
}

// SaveEntity writes e's record.
func (t *Txn) SaveEntity(e *graph.Entity) error {
	slices.Sort(e.Aliases)
	e.Aliases = slices.Compact(e.Aliases)
	k := entityKey(e.ID)
	if err := t.set(k, marshal(e)); err != nil {
		return err
	}
	t.wc.keepEntity(k, e)
	return nil
}

// Entity reads the record of id itself (redirects are not followed; see
// Resolve).
func (t *Txn) Entity(id graph.ID) (*graph.Entity, error) {
	k := entityKey(id)
	if e := t.wc.entity(k); e != nil {
		return e, nil
	}
	b, err := t.get(k)
	if err != nil {
		return nil, fmt.Errorf("graph: entity %d: %w", id, err)
	}
	var e graph.Entity
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("graph: entity %d: %w", id, err)
	}
	t.wc.keepEntity(k, &e)
	return &e, nil
}

// Resolve follows merge redirects from id to the entity that now stands
// for it.
func (t *Txn) Resolve(id graph.ID) (graph.ID, error) { return t.resolve(id, true) }

// resolve follows merge redirects from id; without joins it stops at a
// join (see Join): the entity as linking left it.
func (t *Txn) resolve(id graph.ID, joins bool) (graph.ID, error) {
	for range 64 {
		b, err := t.get(redirectKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return id, nil
		}
		if err != nil {
			return 0, err
		}
		if !joins && len(b) == 9 {
			return id, nil
		}
		id = graph.ID(binary.BigEndian.Uint64(b))
	}
	return 0, fmt.Errorf("graph: redirect chain too long at entity %d", id)
}

// redirectTable maps merged entities to the entities they were merged into.
type redirectTable map[graph.ID]graph.ID

// joinMark ends the value of a redirect that is a join (see Join): eight
// bytes of ID, then this byte.
const joinMark = 'j'

// redirects reads every merge redirect of the store; without joins, the
// joins (see Join) are left out: the entities as linking left them.
func (t *Txn) redirects(joins bool) (redirectTable, error) {
	redirect := redirectTable{}
	err := t.scan(pRedirect, true, func(k, v []byte) error {
		if len(k) != 10 || !validRedirect(v) {
			return fmt.Errorf("graph: bad redirect key %x", k)
		}
		if joins || len(v) == 8 {
			redirect[graph.ID(binary.BigEndian.Uint64(k[2:]))] = graph.ID(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	return redirect, err
}

// validRedirect reports whether v is the value of a redirect: an ID, or
// an ID and joinMark.
func validRedirect(v []byte) bool {
	return len(v) == 8 || len(v) == 9 && v[8] == joinMark
}

// root follows the redirects from id to the entity that stands for it, as
// Resolve does in the store.
func (r redirectTable) root(id graph.ID) graph.ID {
	for range 64 {
		next, ok := r[id]
		if !ok {
			break
		}
		id = next
	}
	return id
}

// Redirect records that entity from has been merged into entity to: from
// then stands for to wherever it appears. The records of both stay.
func (t *Txn) Redirect(from, to graph.ID) error {
	if from == to {
		return nil
	}
	return t.set(redirectKey(from), binary.BigEndian.AppendUint64(nil, uint64(to)))
}

// Join records a merge that is recomputed rather than kept: a join the
// end-of-ingest pass or a convergence with other stores decided over all
// the entities known, which a later pass, knowing more, may undo
// (Unjoin). Everything that follows redirects follows joins alike; only
// Joins, BaseEntities and LoadOptions.Unjoined tell them apart.
func (t *Txn) Join(from, to graph.ID) error {
	if from == to {
		return nil
	}
	return t.set(redirectKey(from), append(binary.BigEndian.AppendUint64(nil, uint64(to)), joinMark))
}

// Unjoin undoes the join of entity from, which must be one (see Joins):
// it stands for itself again, with the mentions, relations and names
// stored under it.
func (t *Txn) Unjoin(from graph.ID) error {
	return t.del(redirectKey(from))
}

// Joins returns every join of the store (see Join): entity → the entity
// it was joined into.
func (t *Txn) Joins() (map[graph.ID]graph.ID, error) {
	out := map[graph.ID]graph.ID{}
	err := t.scan(pRedirect, true, func(k, v []byte) error {
		if len(k) == 10 && len(v) == 9 && v[8] == joinMark {
			out[graph.ID(binary.BigEndian.Uint64(k[2:]))] = graph.ID(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	return out, err
}

// AddName indexes key (a normalised name) as referring to id.
func (t *Txn) AddName(key string, id graph.ID, kind graph.NameKind) error {
	if key == "" {
		return nil
	}
	return t.set(nameKey(key, id), encodeNameKind(kind))
}

// Names returns the entities indexed under key, redirects resolved, each
// once (with the strongest kind, the smallest NameKind), sorted by ID.
// Aliases users added with a curation count (as NameFull); aliases they
// removed no longer name their entity.
func (t *Txn) Names(key string) ([]graph.NameRef, error) { return t.names(key, true) }

// BaseNames is Names with the entities as linking left them: linking's
// merges followed, joins (see Join) not. A name Resolve decides which
// entity it stands for (a lone surname) is linked to the entity linking
// keeps under it, so its mentions follow whatever the next pass joins
// that entity into, or not.
func (t *Txn) BaseNames(key string) ([]graph.NameRef, error) { return t.names(key, false) }

// NameKeys returns the name keys of the index that start with prefix,
// each once, in order: one scan, for keys a caller made for a kind of
// entity (a mark) rather than for a name.
func (t *Txn) NameKeys(prefix string) ([]string, error) {
	var out []string
	err := t.scan(pName+prefix, false, func(k, _ []byte) error {
		if key, _, ok := nameParts(k); ok && (len(out) == 0 || out[len(out)-1] != key) {
			out = append(out, key)
		}
		return nil
	})
	return out, err
}

func (t *Txn) names(key string, joins bool) ([]graph.NameRef, error) {
	if key == "" {
		return nil, nil
	}
	refs, err := t.rawNames(key)
	if err != nil {
		return nil, err
	}
	best := map[graph.ID]graph.NameKind{}
	for _, r := range refs {
		id, err := t.resolve(r.id, joins)
		if err != nil {
			return nil, err
		}
		if old, ok := best[id]; !ok || r.kind < old {
			best[id] = r.kind
		}
	}
	if err := t.curatedNames(key, best, joins); err != nil { // aliases users added or removed (curate.go)
		return nil, err
	}
	out := make([]graph.NameRef, 0, len(best))
	for id, k := range best {
		out = append(out, graph.NameRef{ID: id, Kind: k})
	}
	slices.SortFunc(out, func(a, b graph.NameRef) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

// ByGazetteer returns the entity linked to a gazetteer entry.
func (t *Txn) ByGazetteer(gid string) (graph.ID, bool, error) {
	b, err := t.get(gazKey(gid))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	id, err := t.Resolve(graph.ID(binary.BigEndian.Uint64(b)))
	return id, err == nil, err
}

// SetGazetteer links a gazetteer entry to an entity.
func (t *Txn) SetGazetteer(gid string, id graph.ID) error {
	return t.set(gazKey(gid), binary.BigEndian.AppendUint64(nil, uint64(id)))
}

// FirstMention returns the first mention span stored for entity id in an
// article, and false when none is stored under id (the entity was merged
// or split: its mention is stored under another ID) or the record is bad.
func (t *Txn) FirstMention(article string, id graph.ID) (graph.Span, bool) {
	v, err := getValue(t.txn, mentionKey(article, id))
	if err != nil {
		return graph.Span{}, false
	}
	spans := decodeSpans(v)
	if len(spans) == 0 {
		return graph.Span{}, false
	}
	return spans[0], true
}

// Text returns an article's cleaned text, and false when it is not stored.
func (t *Txn) Text(article string) (string, bool) {
	b, err := getValue(t.txn, textKey(article))
	if err != nil {
		return "", false
	}
	return string(b), true
}

// AddMentions records the spans where entity id is mentioned in an article.
func (t *Txn) AddMentions(article string, id graph.ID, spans []graph.Span) error {
	if err := t.set(mentionKey(article, id), encodeSpans(spans)); err != nil {
		return err
	}
	return t.set(mentionRevKey(id, article), nil)
}

// AddRelation adds evidence sentences (spans of the article's text) to the
// relation src -kind-> dst, creating it if needed. Evidence already stored
// is not counted twice. Co-mentions are stored with the smaller ID first.
func (t *Txn) AddRelation(src graph.ID, k graph.Kind, dst graph.ID, article string, sentences []graph.Span) error {
	return t.AddRelationInfo(src, k, dst, article, sentences, graph.RelationInfo{})
}

// AddRelationInfo is AddRelation with the relation's confidence and
// attributes. The stored confidence is the highest seen; an attribute
// keeps the first value stored for its key.
func (t *Txn) AddRelationInfo(src graph.ID, k graph.Kind, dst graph.ID, article string, sentences []graph.Span, info graph.RelationInfo) error {
	if _, ok := kindCodes[k]; !ok {
		return fmt.Errorf("graph: unknown relation kind %q", k)
	}
	if src == dst {
		return nil
	}
	if !k.Directed() && src > dst {
		src, dst = dst, src
	}
	added := 0
	for _, s := range sentences {
		ek := evidenceKey(src, k, dst, article, s.Start, s.End)
		if t.wc != nil && t.wc.articles[article] {
			// A new article's evidence can only be this transaction's.
			if t.wc.evidence[string(ek)] {
				continue
			}
			t.wc.evidence[string(ek)] = true
		} else if _, err := t.txn.Get(ek); err == nil {
			continue
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if err := t.set(ek, nil); err != nil {
			return err
		}
		added++
	}
	if added == 0 {
		return nil
	}
	rk := relKey(pRel, src, k, dst)
	var old relValue
	b, err := t.get(rk)
	switch {
	case err == nil:
		old, err = decodeRelValue(b)
		if err != nil {
			return fmt.Errorf("graph: relation record %x: %w", rk, err)
		}
	case !errors.Is(err, badger.ErrKeyNotFound):
		return err
	}
	old.weight += uint64(added)
	conf := info.Confidence
	if conf <= 0 || conf > 1 {
		conf = 1
	}
	if b == nil || conf > old.confidence {
		old.confidence = conf
	}
	for key, v := range info.Attrs {
		if _, ok := old.attrs[key]; !ok {
			if old.attrs == nil {
				old.attrs = map[string]string{}
			}
			old.attrs[key] = v
		}
	}
	if err := t.set(rk, old.encode()); err != nil {
		return err
	}
	if b != nil {
		return nil // the reverse key was written with the relation
	}
	return t.set(relKey(pRelRev, dst, k, src), nil)
}

// relValue is the stored value of a relation: its weight, confidence and
// attributes. Encoding: uvarint weight; then, when present, one byte of
// confidence in hundredths, a uvarint count of attributes and each key and
// value as a uvarint length and bytes, keys sorted. A value holding only
// the weight has confidence 1 and no attributes.
type relValue struct {
	weight     uint64
	confidence float64
	attrs      map[string]string
}

func (r relValue) encode() []byte {
	b := binary.AppendUvarint(nil, r.weight)
	if r.confidence >= 1 && len(r.attrs) == 0 {
		return b
	}
	b = append(b, byte(min(100, max(0, int(r.confidence*100+0.5)))))
	keys := slices.Sorted(maps.Keys(r.attrs))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
		b = binary.AppendUvarint(b, uint64(len(r.attrs[k])))
		b = append(b, r.attrs[k]...)
	}
	return b
}

func decodeRelValue(b []byte) (relValue, error) {
	w, n := binary.Uvarint(b)
	if n <= 0 {
		return relValue{}, errors.New("bad weight")
	}
	r := relValue{weight: w, confidence: 1}
	b = b[n:]
	if len(b) == 0 {
		return r, nil
	}
	r.confidence = float64(b[0]) / 100
	b = b[1:]
	count, n := binary.Uvarint(b)
	if n <= 0 || count > uint64(len(b)) {
		return relValue{}, errors.New("bad attribute count")
	}
	b = b[n:]
	str := func() (string, bool) {
		l, n := binary.Uvarint(b)
		if n <= 0 || l > uint64(len(b)-n) {
			return "", false
		}
		s := string(b[n : n+int(l)])
		b = b[n+int(l):]
		return s, true
	}
	if count > 0 {
		r.attrs = make(map[string]string, count)
	}
	for range count {
		k, ok1 := str()
		v, ok2 := str()
		if !ok1 || !ok2 {
			return relValue{}, errors.New("bad attribute")
		}
		r.attrs[k] = v
	}
	return r, nil
}
