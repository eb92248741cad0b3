package dgraph

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// An upsert is one transaction: a query that looks up every key it
// touches (the records' own keys, the keys they link to and the keys to
// delete) in one index lookup, then one mutation, committed at once, that
// deletes what must go and sets the records' values on the nodes found, or
// on new nodes for keys not found. Writing ng_key, declared @upsert, makes
// two transactions that create the same key conflict, so one aborts and,
// retried, finds the node the other made.
type upsert struct {
	keys  []string
	index map[string]varRef
	set   []map[string]any // values may hold varRef, []varRef and []seqVar
	del   []delOp
	// mine reports whether the sentence with the given key is this
	// store's (nil: every sentence is).
	mine func(key string) bool
	// store tags this store's share of an entity node (ng_base).
	store string
	// shares: some record replaces this store's share.
	shares bool
}

// varRef stands for the node of u.keys[i] until the lookup resolves it.
type varRef int

// seqVar is a seqRef whose key has a varRef.
type seqVar struct {
	node varRef
	seq  int
}

// delOp is one deletion: the whole node, one predicate, the links of
// pred to this store's sentences, this store's share (ng_base), or the
// direct edge pred from node to to.
type delOp struct {
	node  varRef
	whole bool
	pred  string
	links bool
	share bool
	to    *varRef
}

func newUpsert() *upsert {
	return &upsert{index: map[string]varRef{}}
}

// bind returns the reference of key k.
func (u *upsert) bind(k string) varRef {
	v, ok := u.index[k]
	if !ok {
		v = varRef(len(u.keys))
		u.index[k] = v
		u.keys = append(u.keys, k)
	}
	return v
}

// add writes rec: clears its list predicates (aliases, an article's
// entities, a relation's sentences), then sets its body with links to
// other keyed nodes.
func (u *upsert) add(rec *record) {
	v := u.bind(rec.key)
	for _, p := range rec.clear {
		u.del = append(u.del, delOp{node: v, pred: p})
	}
	if rec.links != "" {
		u.del = append(u.del, delOp{node: v, pred: rec.links, links: true})
	}
	if rec.share {
		u.del = append(u.del, delOp{node: v, pred: basePred, share: true})
		u.shares = true
	}
	body := make(map[string]any, len(rec.body)+1)
	// Keys are bound in predicate order, so a request is the same on
	// every run.
	for _, p := range slices.Sorted(maps.Keys(rec.body)) {
		switch x := rec.body[p].(type) {
		case ref:
			body[p] = u.bind(string(x))
		case []ref:
			l := make([]varRef, len(x))
			for i, k := range x {
				l[i] = u.bind(string(k))
			}
			if len(l) > 0 {
				body[p] = l
			}
		case []seqRef:
			l := make([]seqVar, len(x))
			for i, r := range x {
				l[i] = seqVar{u.bind(r.Key), r.Seq}
			}
			body[p] = l
		default:
			body[p] = x
		}
	}
	body["uid"] = v
	u.set = append(u.set, body)
	if rec.edge != nil {
		dst := u.bind(rec.edge[2])
		u.set = append(u.set, map[string]any{"uid": u.bind(rec.edge[1]), rec.edge[0]: []varRef{dst}})
	}
}

// remove deletes the node with key k; a relation key also loses its
// direct edge. (A sentence goes when its own key does.)
func (u *upsert) remove(k string) {
	kind, src, dst, isRel := splitRelationKey(k)
	v := u.bind(k)
	u.del = append(u.del, delOp{node: v, whole: true})
	if isRel {
		to := u.bind(dst)
		u.del = append(u.del, delOp{node: u.bind(src), pred: relPredicate(kind), to: &to})
	}
}

// lookup returns the query that finds every key of u, and its variables.
func (u *upsert) lookup() (string, map[string]string) {
	fields := "uid ng_key ng_evidence { uid ng_key }"
	if u.shares {
		fields += " " + basePred
	}
	return keysQuery(u.keys, fields)
}

// found is the lookup's answer: each key's node, the sentences it links
// to and the stores' shares of it.
type found struct {
	uid    map[string]string
	links  map[string][]link
	shares map[string][]string
}

// link is a sentence a relation links to.
type link struct{ UID, Key string }

// parseLookup reads the lookup's answer to a request for the keys asked.
func parseLookup(js []byte, asked map[string]varRef) (*found, error) {
	var out struct {
		Q []struct {
			UID      string `json:"uid"`
			Key      string `json:"ng_key"`
			Evidence []struct {
				UID string `json:"uid"`
				Key string `json:"ng_key"`
			} `json:"ng_evidence"`
			Shares []string `json:"ng_base"`
		}
	}
	if err := json.Unmarshal(js, &out); err != nil {
		return nil, err
	}
	f := &found{uid: map[string]string{}, links: map[string][]link{}, shares: map[string][]string{}}
	for _, n := range out.Q {
		if _, ok := asked[n.Key]; !ok {
			// The index listed a node that holds none of the keys
			// asked for (no ng_key at all, under load: a dangling
			// index entry, as Jepsen found in Dgraph, issue 2148). It
			// is not the node of any key: skip it, as the lookup of
			// a key in its value would.
			continue
		}
		if old, dup := f.uid[n.Key]; dup && old != n.UID {
			return nil, fmt.Errorf("key %q is on two nodes (%s, %s)", n.Key, old, n.UID)
		}
		f.uid[n.Key] = n.UID
		for _, e := range n.Evidence {
			f.links[n.Key] = append(f.links[n.Key], link(e))
		}
		f.shares[n.Key] = append(f.shares[n.Key], n.Shares...)
	}
	return f, nil
}

// mutation resolves u against the lookup: keys found become their uids,
// keys not found become blank nodes (one new node per key), and deletions
// of nodes that do not exist are dropped. It gives N-Quads, not JSON: the
// server then parses nothing, and no string can be taken for anything but
// a string (in a JSON mutation "uid(x)" is a variable and "[1, 2]" a vector).
func (u *upsert) mutation(f *found) (set, del []*api.NQuad, err error) {
	created := map[varRef]bool{}
	node := func(v varRef) string {
		if uid, ok := f.uid[u.keys[v]]; ok {
			return uid
		}
		created[v] = true
		return "_:k" + strconv.Itoa(int(v))
	}
	q := &quadWriter{node: node}
	keyed := map[varRef]bool{}
	for _, b := range u.set {
		v := b["uid"].(varRef)
		if _, ok := b["ng_key"]; ok {
			keyed[v] = true
		}
		if err := q.body(node(v), b); err != nil {
			return nil, nil, err
		}
	}
	// A node made only because something links to it (an entity another
	// store deleted since this store pushed it) gets its key, so that it
	// is never a node without one: the push that sends the entity again
	// finds it, and two writers making it conflict on the key.
	for _, v := range slices.Sorted(maps.Keys(created)) {
		if !keyed[v] {
			q.literal(node(v), "ng_key", &api.Value{Val: &api.Value_StrVal{StrVal: u.keys[v]}})
		}
	}
	for _, d := range u.del {
		uid, ok := f.uid[u.keys[d.node]]
		if !ok {
			continue
		}
		switch {
		case d.whole:
			del = append(del, starQuad(uid, starAll))
		case d.links:
			for _, l := range f.links[u.keys[d.node]] {
				// A sentence without a key was deleted earlier in
				// this push: the link to it goes too.
				if l.Key == "" || u.mine == nil || u.mine(l.Key) {
					del = append(del, &api.NQuad{Subject: uid, Predicate: d.pred, ObjectId: l.UID})
				}
			}
		case d.share:
			for _, v := range f.shares[u.keys[d.node]] {
				if ownBase(u.store, v) {
					del = append(del, &api.NQuad{Subject: uid, Predicate: d.pred, ObjectValue: &api.Value{Val: &api.Value_StrVal{StrVal: v}}})
				}
			}
		case d.to != nil:
			if to, ok := f.uid[u.keys[*d.to]]; ok {
				del = append(del, &api.NQuad{Subject: uid, Predicate: d.pred, ObjectId: to})
			}
		default:
			del = append(del, starQuad(uid, d.pred))
		}
	}
	return q.out, del, nil
}
