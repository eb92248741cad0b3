package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// Census is what Check counted in a consistent store.
type Census struct {
	Articles  int
	Entities  int // entity records, merged ones included
	Relations int // relation keys, before merges are applied
	// PerArticle gives, for each stored article, the number of entities
	// it mentions (mention keys) and of evidence sentences it supports.
	PerArticle map[string]ArticleCensus
}

// ArticleCensus is the footprint of one article in the store.
type ArticleCensus struct {
	Mentions int
	Evidence int
}

// maxProblems bounds the problems Check lists in its error.
const maxProblems = 10

// Check verifies the store's internal consistency: every article has its
// text and content hash, and every mention, evidence sentence, relation,
// name, gazetteer link, redirect and recorded input refers to things that
// are stored, with both directions of each index present and each
// relation's weight equal to its evidence count. Because an ingest writes
// an article and everything it adds in one transaction, a store that
// passes holds only whole articles. The error lists the first problems
// found.
func (s *Store) Check() (*Census, error) {
	ck := &checker{c: &Census{PerArticle: map[string]ArticleCensus{}}}
	err := s.View(func(t *Txn) error {
		ck.t = t
		for _, step := range []func() error{ck.unfinished, ck.articles, ck.entities, ck.entityIndexes, ck.mentions, ck.relations, ck.sources} {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(ck.problems) > 0 {
		return ck.c, fmt.Errorf("%s: store is inconsistent: %s", s.dir, strings.Join(ck.problems, "; "))
	}
	return ck.c, nil
}

// checker is one Check in progress.
type checker struct {
	t        *Txn
	c        *Census
	problems []string
	arts     map[string]bool   // stored article IDs
	ents     map[graph.ID]bool // stored entity IDs
}

// bad records a problem; past maxProblems, only that there are more.
func (ck *checker) bad(format string, a ...any) {
	if len(ck.problems) < maxProblems {
		ck.problems = append(ck.problems, fmt.Sprintf(format, a...))
	} else if len(ck.problems) == maxProblems {
		ck.problems = append(ck.problems, "…")
	}
}

// has reports whether key k is stored.
func (ck *checker) has(k []byte) (bool, error) {
	_, err := ck.t.txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// entity records a problem when the key k of the given kind refers to an
// entity that is not stored.
func (ck *checker) entity(what string, k []byte, id graph.ID) {
	if !ck.ents[id] {
		ck.bad("%s key %x refers to missing entity %d", what, k, id)
	}
}

// articles checks the article records, their texts and content hashes.
func (ck *checker) articles() error {
	ck.arts = map[string]bool{}
	if err := ck.t.scan(pArticle, true, func(k, v []byte) error {
		id := string(k[2:])
		if len(id) != articleIDLen {
			ck.bad("article key %q has a bad ID", k)
			return nil
		}
		ck.arts[id] = true
		var a storedArticle
		if err := json.Unmarshal(v, &a); err != nil {
			ck.bad("article %s: bad record: %v", id, err)
			return nil
		}
		if ok, err := ck.has(textKey(id)); err != nil {
			return err
		} else if !ok {
			ck.bad("article %s has no text", id)
		}
		b, err := getValue(ck.t.txn, hashKey(a.Hash))
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
			ck.bad("article %s: content hash %q is not indexed", id, a.Hash)
		case err != nil:
			return err
		case string(b) != id:
			ck.bad("article %s: content hash %q points to %q", id, a.Hash, b)
		}
		return nil
	}); err != nil {
		return err
	}
	ck.c.Articles = len(ck.arts)
	for _, p := range []string{pText, pHash} {
		if err := ck.t.scan(p, p == pHash, func(k, v []byte) error {
			id := string(k[2:])
			if p == pHash {
				id = string(v)
			}
			if !ck.arts[id] {
				ck.bad("%s key %q refers to no stored article", p, k)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// entities collects the entity IDs and checks them against the next ID.
func (ck *checker) entities() error {
	ck.ents = map[graph.ID]bool{}
	if err := ck.t.scan(pEntity, false, func(k, _ []byte) error {
		if len(k) != 10 {
			ck.bad("bad entity key %x", k)
			return nil
		}
		ck.ents[graph.ID(binary.BigEndian.Uint64(k[2:]))] = true
		return nil
	}); err != nil {
		return err
	}
	ck.c.Entities = len(ck.ents)
	seq, err := ck.t.meta64(metaSeq)
	if err != nil {
		return err
	}
	for id := range ck.ents {
		if uint64(id) >= seq {
			ck.bad("entity %d is not below the next ID %d", id, seq)
		}
	}
	return nil
}

// entityIndexes checks that redirects, names and gazetteer links refer to
// stored entities.
func (ck *checker) entityIndexes() error {
	if err := ck.t.scan(pRedirect, true, func(k, v []byte) error {
		if len(k) != 10 || !validRedirect(v) {
			ck.bad("bad redirect key %x", k)
			return nil
		}
		ck.entity("redirect", k, graph.ID(binary.BigEndian.Uint64(k[2:])))
		ck.entity("redirect", k, graph.ID(binary.BigEndian.Uint64(v)))
		return nil
	}); err != nil {
		return err
	}
	if err := ck.t.scan(pName, true, func(k, v []byte) error {
		if len(k) < 2+1+8 || k[len(k)-9] != 0 || len(v) != 1 {
			ck.bad("bad name key %q", k)
			return nil
		}
		ck.entity("name", k, graph.ID(binary.BigEndian.Uint64(k[len(k)-8:])))
		return nil
	}); err != nil {
		return err
	}
	return ck.t.scan(pGaz, true, func(k, v []byte) error {
		if len(v) != 8 {
			ck.bad("bad gazetteer link %q", k)
			return nil
		}
		ck.entity("gazetteer", k, graph.ID(binary.BigEndian.Uint64(v)))
		return nil
	})
}

// mentions checks the mention index in both directions and counts each
// article's mentions.
func (ck *checker) mentions() error {
	if err := ck.t.scan(pMention, false, func(k, _ []byte) error {
		if len(k) != 2+articleIDLen+8 {
			ck.bad("bad mention key %x", k)
			return nil
		}
		art, id := string(k[2:2+articleIDLen]), graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:]))
		if !ck.arts[art] {
			ck.bad("mention key %x refers to missing article %s", k, art)
		}
		ck.entity("mention", k, id)
		if ok, err := ck.has(mentionRevKey(id, art)); err != nil {
			return err
		} else if !ok {
			ck.bad("mention of entity %d in article %s has no reverse key", id, art)
		}
		ac := ck.c.PerArticle[art]
		ac.Mentions++
		ck.c.PerArticle[art] = ac
		return nil
	}); err != nil {
		return err
	}
	return ck.t.scan(pMentRev, false, func(k, _ []byte) error {
		if len(k) != 2+8+articleIDLen {
			ck.bad("bad mention index key %x", k)
			return nil
		}
		id, art := graph.ID(binary.BigEndian.Uint64(k[2:10])), string(k[10:])
		if ok, err := ck.has(mentionKey(art, id)); err != nil {
			return err
		} else if !ok {
			ck.bad("mention index key %x has no mention", k)
		}
		return nil
	})
}

// relations checks evidence, relations and the relation index: each
// relation's weight is its evidence count, and both directions are stored.
func (ck *checker) relations() error {
	evidence, err := ck.evidence()
	if err != nil {
		return err
	}
	if err := ck.t.scan(pRel, true, func(k, v []byte) error {
		src, kind, dst, err := relParts(k)
		if err != nil {
			ck.bad("%v", err)
			return nil
		}
		ck.c.Relations++
		w, n := binary.Uvarint(v)
		if n <= 0 {
			ck.bad("relation %d %s %d: bad weight", src, kind, dst)
		} else if w != evidence[string(k)] {
			ck.bad("relation %d %s %d: weight %d but %d evidence sentences", src, kind, dst, w, evidence[string(k)])
		}
		delete(evidence, string(k))
		if ok, err := ck.has(relKey(pRelRev, dst, kind, src)); err != nil {
			return err
		} else if !ok {
			ck.bad("relation %d %s %d has no reverse key", src, kind, dst)
		}
		return nil
	}); err != nil {
		return err
	}
	for k := range evidence {
		src, kind, dst, _ := relParts([]byte(k))
		ck.bad("evidence for relation %d %s %d, which is not stored", src, kind, dst)
	}
	return ck.t.scan(pRelRev, false, func(k, _ []byte) error {
		dst, kind, src, err := relParts(k)
		if err != nil {
			ck.bad("%v", err)
			return nil
		}
		if ok, err := ck.has(relKey(pRel, src, kind, dst)); err != nil {
			return err
		} else if !ok {
			ck.bad("relation index key %x has no relation", k)
		}
		return nil
	})
}

// evidence checks the evidence keys and counts them per relation key and
// per article.
func (ck *checker) evidence() (map[string]uint64, error) {
	evidence := map[string]uint64{}
	err := ck.t.scan(pEvidence, false, func(k, _ []byte) error {
		src, kind, dst, art, _, _, err := evidenceParts(k)
		if err != nil {
			ck.bad("%v", err)
			return nil
		}
		if !ck.arts[art] {
			ck.bad("evidence key %x refers to missing article %s", k, art)
		}
		ck.entity("evidence", k, src)
		ck.entity("evidence", k, dst)
		evidence[string(relKey(pRel, src, kind, dst))]++
		ac := ck.c.PerArticle[art]
		ac.Evidence++
		ck.c.PerArticle[art] = ac
		return nil
	})
	return evidence, err
}

// unfinished reports the marker of a write in parts that was neither
// finished nor rolled back (parts.go): Open rolls one back, so only a
// store read without opening it for writing can show one.
func (ck *checker) unfinished() error {
	if ok, err := ck.has(metaKey(metaPartial)); err != nil || !ok {
		return err
	}
	ck.bad("an article written in parts is unfinished (open the store for writing to roll it back)")
	return nil
}

// sources checks that recorded inputs refer to stored articles.
func (ck *checker) sources() error {
	return ck.t.scan(pSource, true, func(k, v []byte) error {
		if len(k) != 2+16 || len(v)%articleIDLen != 0 {
			ck.bad("bad input digest key %x", k)
			return nil
		}
		for i := 0; i < len(v); i += articleIDLen {
			if id := string(v[i : i+articleIDLen]); !ck.arts[id] {
				ck.bad("input digest %x refers to missing article %s", k[2:], id)
			}
		}
		return nil
	})
}
