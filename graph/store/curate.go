package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// Curation key prefixes (see doc.go). The log is the truth; the name
// index under pCurName is derived from the active entries and rebuilt
// whenever the log changes.
const (
	pCuration = "c:" // c:<n>                     → curation entry (JSON)
	pCurName  = "k:" // k:<name key> 0x00 <id>    → NameKind, or 0: the key no longer names id
)

// Op is the kind of a curation.
type Op string

// Curation operations.
const (
	// OpMerge merges the entities in Others into Entity.
	OpMerge Op = "merge"
	// OpSplit moves the mentions of Entity whose surface form is Name to
	// a new entity, NewID, of the same type.
	OpSplit Op = "split"
	// OpRename gives Entity the name Name; the old name becomes an alias.
	OpRename Op = "rename"
	// OpRetype gives Entity the type Type.
	OpRetype Op = "retype"
	// OpAliasAdd adds the alias Name to Entity.
	OpAliasAdd Op = "alias_add"
	// OpAliasRemove removes the alias Name from Entity.
	OpAliasRemove Op = "alias_remove"
)

// Curation is one entry of the curation log: a correction a user made to
// the graph. Curations never change what extraction stored; [Store.Load]
// applies the active ones, in order, as an overlay, so undoing one
// restores the graph exactly, and articles ingested later are curated too
// (their mentions join the same stored entities).
type Curation struct {
	// N numbers the entry, from 1, in the order entries were made.
	N  int `json:"n"`
	Op Op  `json:"op"`
	// Time is when the entry was made (RFC 3339, UTC).
	Time string `json:"time"`
	// Entity is the entity the curation acts on (for a merge, the one
	// that stays).
	Entity graph.ID `json:"entity"`
	// Others are the entities merged into Entity.
	Others []graph.ID `json:"others,omitempty"`
	// Name is the new name (rename), the alias (alias_add,
	// alias_remove) or the surface form split off (split).
	Name string `json:"name,omitempty"`
	// Type is the new type (retype), or the type of the entity split off
	// (split; empty: the type of the entity it is split from).
	Type graph.Type `json:"type,omitempty"`
	// Keys are the name keys under which later ingests should find (or,
	// for alias_remove, no longer find) Entity. The caller computes them
	// with the linker's normalisation.
	Keys []string `json:"keys,omitempty"`
	// NewID is the entity a split creates; AddCuration assigns it.
	NewID graph.ID `json:"new_id,omitempty"`
	// Summary describes the entry for people ("merged "U.S." into
	// "United States"").
	Summary string `json:"summary"`
	// Undone is when the entry was undone, or empty while it is active.
	Undone string `json:"undone,omitempty"`
}

// Active reports whether the curation is in effect.
func (c *Curation) Active() bool { return c.Undone == "" }

// ErrNoCuration means there is no such curation entry, or none to undo.
var ErrNoCuration = errors.New("no such curation")

func curationKey(n int) []byte { return binary.BigEndian.AppendUint64([]byte(pCuration), uint64(n)) }

func curNameKey(key string, id graph.ID) []byte {
	return binary.BigEndian.AppendUint64(appendNamePrefix([]byte(pCurName), key), uint64(id))
}

// now is the clock curation entries are stamped with (tests replace it).
var now = func() time.Time { return time.Now().UTC() }

// Curations returns the curation log, oldest first, undone entries
// included.
func (t *Txn) Curations() ([]Curation, error) {
	var out []Curation
	err := t.scan(pCuration, true, func(k, v []byte) error {
		var c Curation
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("graph: curation record %x: %w", k, err)
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// AddCuration validates c, numbers it, assigns a split's new entity ID,
// appends it to the log and updates the curated name index. It returns
// the stored entry.
func (t *Txn) AddCuration(c Curation) (*Curation, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	log, err := t.Curations()
	if err != nil {
		return nil, err
	}
	c.N = len(log) + 1
	c.Time = now().Format(time.RFC3339)
	c.Undone = ""
	if c.Op == OpSplit {
		seq, err := t.meta64(metaSeq)
		if err != nil {
			return nil, err
		}
		seq = max(seq, 1)
		if err := t.set(metaKey(metaSeq), binary.BigEndian.AppendUint64(nil, seq+1)); err != nil {
			return nil, err
		}
		c.NewID = graph.ID(seq)
	}
	if err := t.set(curationKey(c.N), marshal(c)); err != nil {
		return nil, err
	}
	return &c, t.reindexCurations(append(log, c))
}

// UndoCuration marks entry n undone (n = 0: the last active entry) and
// returns it. Undoing an entry already undone is an error.
func (t *Txn) UndoCuration(n int) (*Curation, error) {
	log, err := t.Curations()
	if err != nil {
		return nil, err
	}
	i := -1
	for j := len(log) - 1; j >= 0; j-- {
		if (n == 0 && log[j].Active()) || (n != 0 && log[j].N == n) {
			i = j
			break
		}
	}
	switch {
	case i < 0 && n == 0:
		return nil, fmt.Errorf("%w: nothing to undo", ErrNoCuration)
	case i < 0:
		return nil, fmt.Errorf("%w: entry %d (the log has %d)", ErrNoCuration, n, len(log))
	case !log[i].Active():
		return nil, fmt.Errorf("curation %d was already undone at %s", n, log[i].Undone)
	}
	log[i].Undone = now().Format(time.RFC3339)
	if err := t.set(curationKey(log[i].N), marshal(log[i])); err != nil {
		return nil, err
	}
	return &log[i], t.reindexCurations(log)
}

func (c *Curation) validate() error {
	switch c.Op {
	case OpMerge:
		if len(c.Others) == 0 || slices.Contains(c.Others, c.Entity) {
			return errors.New("graph: a merge needs entities other than the one kept")
		}
	case OpSplit, OpRename, OpAliasAdd, OpAliasRemove:
		if c.Name == "" {
			return fmt.Errorf("graph: %s needs a name", c.Op)
		}
		if c.Type != "" && !graph.ValidType(c.Type) {
			return fmt.Errorf("graph: unknown type %q", c.Type)
		}
	case OpRetype:
		if !graph.ValidType(c.Type) {
			return fmt.Errorf("graph: unknown type %q", c.Type)
		}
	default:
		return fmt.Errorf("graph: unknown curation %q", c.Op)
	}
	if c.Entity == 0 {
		return fmt.Errorf("graph: %s needs an entity", c.Op)
	}
	return nil
}

// reindexCurations rewrites the curated name index from the active
// entries of log: renames and added aliases name their entity, removed
// aliases stop naming it. Entities that exist only as curations (split
// off) are not indexed: the linker needs a stored record, and the overlay
// finds their mentions by surface form anyway.
func (t *Txn) reindexCurations(log []Curation) error {
	var old [][]byte
	if err := t.scan(pCurName, false, func(k, _ []byte) error {
		old = append(old, slices.Clone(k))
		return nil
	}); err != nil {
		return err
	}
	for _, k := range old {
		if err := t.del(k); err != nil {
			return err
		}
	}
	virtual := map[graph.ID]bool{}
	index := map[string]graph.NameKind{}
	for _, c := range log {
		if !c.Active() {
			continue
		}
		if c.Op == OpSplit {
			virtual[c.NewID] = true
			continue
		}
		if virtual[c.Entity] {
			continue
		}
		var kind graph.NameKind
		switch c.Op {
		case OpRename, OpAliasAdd:
			kind = graph.NameFull
		case OpAliasRemove:
			kind = 0
		default:
			continue
		}
		for _, key := range c.Keys {
			index[string(curNameKey(key, c.Entity))] = kind
		}
	}
	for k, kind := range index {
		if err := t.set([]byte(k), encodeNameKind(kind)); err != nil {
			return err
		}
	}
	t.curNames = 0
	return nil
}

func (t *Txn) del(k []byte) error {
	if !t.write {
		return errors.New("graph: write in a read-only transaction")
	}
	t.dirty = true
	if t.parts != nil {
		if err := t.parts.journal(t, k, nil); err != nil {
			return err
		}
	}
	if t.wc != nil {
		t.wc.wrote(k, nil, false)
	}
	t.count(k, nil)
	return t.txn.Delete(k)
}

// curatedNames adjusts the result of a name lookup by the curated name
// index: a curated alias adds its entity, a removed alias takes it away.
func (t *Txn) curatedNames(key string, best map[graph.ID]graph.NameKind, joins bool) error {
	if t.curNames == 0 && t.wc != nil && !t.wc.curTouched {
		t.curNames = t.wc.c.curNames // known for the committed store
	}
	if t.curNames == 0 {
		t.curNames = 1
		it := t.txn.NewIterator(badger.IteratorOptions{Prefix: []byte(pCurName)})
		if it.Rewind(); it.ValidForPrefix([]byte(pCurName)) {
			t.curNames = 2
		}
		it.Close()
		if t.wc != nil && !t.wc.curTouched {
			t.wc.c.curNames = t.curNames
		}
	}
	if t.curNames == 1 {
		return nil
	}
	prefix := appendNamePrefix([]byte(pCurName), key)
	return scanNames(t.txn, prefix, func(id graph.ID, kind graph.NameKind) error {
		id, err := t.resolve(id, joins)
		if err != nil {
			return err
		}
		if kind == 0 {
			delete(best, id)
		} else if old, ok := best[id]; !ok || kind < old {
			best[id] = kind
		}
		return nil
	})
}

// Load reads the whole store into a Graph as [Store.Load] does, inside
// this transaction: in a read-write transaction it sees the transaction's
// own writes, so a curation can be previewed and then discarded.
func (t *Txn) Load(o LoadOptions) (*graph.Graph, error) { return t.load(o) }

// AllSurfaces counts, for every entity, the texts of the stored mentions
// of the entity itself, as Surfaces does for one, in one pass over the
// mentions that reads each article's text once.
func (t *Txn) AllSurfaces() (map[graph.ID]map[string]int, error) {
	out := map[graph.ID]map[string]int{}
	var article, text string
	err := t.scan(pMention, true, func(k, v []byte) error {
		if len(k) != 2+articleIDLen+8 {
			return nil
		}
		if a := string(k[2 : 2+articleIDLen]); a != article {
			article = a
			b, err := getValue(t.txn, textKey(a))
			if err != nil {
				text = ""
			} else {
				text = string(b)
			}
		}
		id := graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:]))
		for _, s := range decodeSpans(v) {
			if 0 <= s.Start && s.Start <= s.End && s.End <= len(text) {
				if out[id] == nil {
					out[id] = map[string]int{}
				}
				out[id][text[s.Start:s.End]]++
			}
		}
		return nil
	})
	return out, err
}

// Surfaces counts the texts of the stored mentions of entity id itself
// (not of entities merged into it), as the articles write them.
func (t *Txn) Surfaces(id graph.ID) (map[string]int, error) {
	out := map[string]int{}
	prefix := binary.BigEndian.AppendUint64([]byte(pMentRev), uint64(id))
	var articles []string
	if err := t.scan(string(prefix), false, func(k, _ []byte) error {
		if len(k) == len(prefix)+articleIDLen {
			articles = append(articles, string(k[len(prefix):]))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, a := range articles {
		v, err := getValue(t.txn, mentionKey(a, id))
		if err != nil {
			continue
		}
		text, err := getValue(t.txn, textKey(a))
		if err != nil {
			continue
		}
		for _, s := range decodeSpans(v) {
			if 0 <= s.Start && s.Start <= s.End && s.End <= len(text) {
				out[string(text[s.Start:s.End])]++
			}
		}
	}
	return out, nil
}
