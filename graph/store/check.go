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
	c := &Census{PerArticle: map[string]ArticleCensus{}}
	var problems []string
	bad := func(format string, a ...any) {
		if len(problems) < maxProblems {
			problems = append(problems, fmt.Sprintf(format, a...))
		} else if len(problems) == maxProblems {
			problems = append(problems, "…")
		}
	}
	err := s.View(func(t *Txn) error {
		has := func(k []byte) (bool, error) {
			_, err := t.txn.Get(k)
			if errors.Is(err, badger.ErrKeyNotFound) {
				return false, nil
			}
			return err == nil, err
		}
		articles := map[string]bool{}
		if err := t.scan(pArticle, true, func(k, v []byte) error {
			id := string(k[2:])
			if len(id) != articleIDLen {
				bad("article key %q has a bad ID", k)
				return nil
			}
			articles[id] = true
			var a storedArticle
			if err := json.Unmarshal(v, &a); err != nil {
				bad("article %s: bad record: %v", id, err)
				return nil
			}
			if ok, err := has(textKey(id)); err != nil {
				return err
			} else if !ok {
				bad("article %s has no text", id)
			}
			b, err := getValue(t.txn, hashKey(a.Hash))
			switch {
			case errors.Is(err, badger.ErrKeyNotFound):
				bad("article %s: content hash %q is not indexed", id, a.Hash)
			case err != nil:
				return err
			case string(b) != id:
				bad("article %s: content hash %q points to %q", id, a.Hash, b)
			}
			return nil
		}); err != nil {
			return err
		}
		c.Articles = len(articles)
		for _, p := range []string{pText, pHash} {
			if err := t.scan(p, p == pHash, func(k, v []byte) error {
				id := string(k[2:])
				if p == pHash {
					id = string(v)
				}
				if !articles[id] {
					bad("%s key %q refers to no stored article", p, k)
				}
				return nil
			}); err != nil {
				return err
			}
		}

		ents := map[graph.ID]bool{}
		if err := t.scan(pEntity, false, func(k, _ []byte) error {
			if len(k) != 10 {
				bad("bad entity key %x", k)
				return nil
			}
			ents[graph.ID(binary.BigEndian.Uint64(k[2:]))] = true
			return nil
		}); err != nil {
			return err
		}
		c.Entities = len(ents)
		seq, err := t.meta64(metaSeq)
		if err != nil {
			return err
		}
		for id := range ents {
			if uint64(id) >= seq {
				bad("entity %d is not below the next ID %d", id, seq)
			}
		}
		entity := func(what string, k []byte, id graph.ID) {
			if !ents[id] {
				bad("%s key %x refers to missing entity %d", what, k, id)
			}
		}
		if err := t.scan(pRedirect, true, func(k, v []byte) error {
			if len(k) != 10 || len(v) != 8 {
				bad("bad redirect key %x", k)
				return nil
			}
			entity("redirect", k, graph.ID(binary.BigEndian.Uint64(k[2:])))
			entity("redirect", k, graph.ID(binary.BigEndian.Uint64(v)))
			return nil
		}); err != nil {
			return err
		}
		if err := t.scan(pName, true, func(k, v []byte) error {
			if len(k) < 2+1+8 || k[len(k)-9] != 0 || len(v) != 1 {
				bad("bad name key %q", k)
				return nil
			}
			entity("name", k, graph.ID(binary.BigEndian.Uint64(k[len(k)-8:])))
			return nil
		}); err != nil {
			return err
		}
		if err := t.scan(pGaz, true, func(k, v []byte) error {
			if len(v) != 8 {
				bad("bad gazetteer link %q", k)
				return nil
			}
			entity("gazetteer", k, graph.ID(binary.BigEndian.Uint64(v)))
			return nil
		}); err != nil {
			return err
		}

		// Mentions, both directions.
		if err := t.scan(pMention, false, func(k, _ []byte) error {
			if len(k) != 2+articleIDLen+8 {
				bad("bad mention key %x", k)
				return nil
			}
			art, id := string(k[2:2+articleIDLen]), graph.ID(binary.BigEndian.Uint64(k[2+articleIDLen:]))
			if !articles[art] {
				bad("mention key %x refers to missing article %s", k, art)
			}
			entity("mention", k, id)
			if ok, err := has(mentionRevKey(id, art)); err != nil {
				return err
			} else if !ok {
				bad("mention of entity %d in article %s has no reverse key", id, art)
			}
			ac := c.PerArticle[art]
			ac.Mentions++
			c.PerArticle[art] = ac
			return nil
		}); err != nil {
			return err
		}
		if err := t.scan(pMentRev, false, func(k, _ []byte) error {
			if len(k) != 2+8+articleIDLen {
				bad("bad mention index key %x", k)
				return nil
			}
			id, art := graph.ID(binary.BigEndian.Uint64(k[2:10])), string(k[10:])
			if ok, err := has(mentionKey(art, id)); err != nil {
				return err
			} else if !ok {
				bad("mention index key %x has no mention", k)
			}
			return nil
		}); err != nil {
			return err
		}

		// Evidence, counted per relation.
		evidence := map[string]uint64{}
		if err := t.scan(pEvidence, false, func(k, _ []byte) error {
			src, kind, dst, art, _, _, err := evidenceParts(k)
			if err != nil {
				bad("%v", err)
				return nil
			}
			if !articles[art] {
				bad("evidence key %x refers to missing article %s", k, art)
			}
			entity("evidence", k, src)
			entity("evidence", k, dst)
			evidence[string(relKey(pRel, src, kind, dst))]++
			ac := c.PerArticle[art]
			ac.Evidence++
			c.PerArticle[art] = ac
			return nil
		}); err != nil {
			return err
		}
		if err := t.scan(pRel, true, func(k, v []byte) error {
			src, kind, dst, err := relParts(k)
			if err != nil {
				bad("%v", err)
				return nil
			}
			c.Relations++
			w, n := binary.Uvarint(v)
			if n <= 0 {
				bad("relation %d %s %d: bad weight", src, kind, dst)
			} else if w != evidence[string(k)] {
				bad("relation %d %s %d: weight %d but %d evidence sentences", src, kind, dst, w, evidence[string(k)])
			}
			delete(evidence, string(k))
			if ok, err := has(relKey(pRelRev, dst, kind, src)); err != nil {
				return err
			} else if !ok {
				bad("relation %d %s %d has no reverse key", src, kind, dst)
			}
			return nil
		}); err != nil {
			return err
		}
		for k := range evidence {
			src, kind, dst, _ := relParts([]byte(k))
			bad("evidence for relation %d %s %d, which is not stored", src, kind, dst)
		}
		if err := t.scan(pRelRev, false, func(k, _ []byte) error {
			dst, kind, src, err := relParts(k)
			if err != nil {
				bad("%v", err)
				return nil
			}
			if ok, err := has(relKey(pRel, src, kind, dst)); err != nil {
				return err
			} else if !ok {
				bad("relation index key %x has no relation", k)
			}
			return nil
		}); err != nil {
			return err
		}

		// Recorded inputs.
		return t.scan(pSource, true, func(k, v []byte) error {
			if len(k) != 2+16 || len(v)%articleIDLen != 0 {
				bad("bad input digest key %x", k)
				return nil
			}
			for i := 0; i < len(v); i += articleIDLen {
				if id := string(v[i : i+articleIDLen]); !articles[id] {
					bad("input digest %x refers to missing article %s", k[2:], id)
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return c, fmt.Errorf("%s: store is inconsistent: %s", s.dir, strings.Join(problems, "; "))
	}
	return c, nil
}
