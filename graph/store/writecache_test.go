package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// TestWriteCacheCoherent runs the same random write transactions on a
// store without the write cache and on stores with it (one with a budget
// so small that it is emptied all the time), some of them failing, and
// checks that every read gives the same answer and the stores end with
// the same keys and values.
func TestWriteCacheCoherent(t *testing.T) {
	open := func(name string, cache int) *Store {
		s, err := Open(filepath.Join(t.TempDir(), name), Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if cache > 0 {
			s.CacheWrites(cache)
		}
		return s
	}
	stores := []*Store{open("plain", 0), open("cached", 64<<20), open("tiny", 2<<10)}
	errFail := errors.New("planned failure")
	// "om\xffega" is not valid UTF-8: stored as JSON, it reads back with U+FFFD.
	names := []string{"alpha", "beta", "gamma", "delta", "om\xffega"}
	for n := range 400 {
		// Each store gets the same operations: the same seed per transaction.
		var logs [][]string
		for _, s := range stores {
			rng := rand.New(rand.NewPCG(uint64(n), 7))
			var log []string
			say := func(f string, a ...any) { log = append(log, fmt.Sprintf(f, a...)) }
			err := s.Update(func(tx *Txn) error {
				art := fmt.Sprintf("%016x", n)
				// An article of an earlier transaction, which may have failed.
				old, ok, err := tx.HasContent(fmt.Sprintf("%016x", rng.IntN(n+1)))
				say("hascontent %q %v %v", old, ok, err)
				if err := tx.PutArticle(&graph.Article{ID: art}, "text", art); err != nil {
					return err
				}
				for range 1 + rng.IntN(8) {
					id := graph.ID(1 + rng.IntN(n/2+2))
					key := names[rng.IntN(len(names))]
					switch rng.IntN(9) {
					case 0:
						got, err := tx.NewEntity(&graph.Entity{Name: key, Type: graph.Person})
						say("new %d %v", got, err)
					case 1:
						e, err := tx.Entity(id)
						say("entity %v %v", e, err)
						if err == nil && len(e.Aliases) > 0 && rng.IntN(3) == 0 {
							e.Aliases[0] = "scribbled, not saved"
						} else if err == nil {
							e.Mentions++
							e.Aliases = append(e.Aliases, key)
							if e.Attrs == nil {
								e.Attrs = map[string]string{}
							}
							e.Attrs[key] = fmt.Sprint(n)
							say("save %v", tx.SaveEntity(e))
						}
					case 2:
						say("addname %v", tx.AddName(key, id, graph.NameKind(1+rng.IntN(4))))
					case 3:
						refs, err := tx.Names(key)
						say("names %v %v", refs, err)
					case 4:
						to := graph.ID(1 + rng.IntN(n/2+2))
						if to < id { // keep redirect chains acyclic
							say("redirect %v", tx.Redirect(id, to))
						}
						r, err := tx.Resolve(id)
						say("resolve %d %v", r, err)
					case 5:
						gid := "Q" + key
						if rng.IntN(2) == 0 {
							say("setgaz %v", tx.SetGazetteer(gid, id))
						}
						got, ok, err := tx.ByGazetteer(gid)
						say("bygaz %d %v %v", got, ok, err)
					case 6:
						start := rng.IntN(3)
						err := tx.AddRelationInfo(id, graph.CoMention, id+1, art, []graph.Span{{Start: start, End: start + 4}}, graph.RelationInfo{Confidence: rng.Float64()})
						say("rel %v", err)
						v, err := tx.get(relKey(pRel, id, graph.CoMention, id+1))
						say("relvalue %x %v", v, err)
					case 7: // the curated name index
						k := curNameKey(key, id)
						if rng.IntN(2) == 0 {
							say("curset %v", tx.set(k, []byte{byte(graph.NameFull)}))
						} else {
							say("curdel %v", tx.del(k))
						}
					case 8: // a name index entry deleted
						say("namedel %v", tx.del(nameKey(key, id)))
					}
				}
				if rng.IntN(5) == 0 {
					return errFail
				}
				return nil
			})
			if err != nil && !errors.Is(err, errFail) {
				t.Fatal(err)
			}
			logs = append(logs, log)
		}
		for i := 1; i < len(logs); i++ {
			if !reflect.DeepEqual(logs[0], logs[i]) {
				t.Fatalf("transaction %d: store %d read otherwise than the plain store:\nplain: %q\ncached: %q", n, i, logs[0], logs[i])
			}
		}
	}
	want := dump(t, stores[0])
	for i, s := range stores[1:] {
		if got := dump(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("store %d ends with %d keys, the plain store with %d, or values differ", i+1, len(got), len(want))
		}
	}
}

// dump returns every key and value of a store.
func dump(t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key())] = string(v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
