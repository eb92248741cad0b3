package store

import (
	"encoding/binary"
	"fmt"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// Key prefixes. Each key starts with one prefix byte and a colon; the rest is
// fixed-width big-endian numbers and strings, so byte order is logical order
// and every index is a prefix scan. graph/doc.go documents the layout.
const (
	pMeta     = "m:" // m:<name>                          → meta value
	pArticle  = "a:" // a:<article>                       → article record (JSON)
	pText     = "t:" // t:<article>                       → cleaned article text
	pHash     = "h:" // h:<content hash hex>              → article ID
	pEntity   = "e:" // e:<id>                            → entity record (JSON)
	pRedirect = "d:" // d:<id>                            → id it was merged into (+ joinMark: a join)
	pName     = "n:" // n:<name key> 0x00 <id>            → alias kind (1 byte)
	pGaz      = "g:" // g:<gazetteer entry ID>            → id
	pRel      = "r:" // r:<src><kind><dst>                → weight, confidence, attributes (see relValue)
	pRelRev   = "R:" // R:<dst><kind><src>                → empty
	pEvidence = "v:" // v:<src><kind><dst><article><start><end> → empty
	pMention  = "x:" // x:<article><id>                   → mention spans (uvarint pairs)
	pMentRev  = "X:" // X:<id><article>                   → empty
)

// Meta keys.
const (
	metaMagic   = "magic"   // "newsgraph"
	metaSchema  = "schema"  // decimal schema version
	metaSeq     = "seq"     // next entity ID, 8 bytes big-endian
	metaVersion = "version" // graph version, 8 bytes big-endian; bumped by every write
)

// SchemaVersion is the store layout this build reads and writes.
const SchemaVersion = 1

const magic = "newsgraph"

// articleIDLen is the length of an article ID (hex of 8 bytes).
const articleIDLen = 16

// kindCodes gives each relation kind a one-byte code used in keys. Codes
// are part of the schema: never renumber.
var kindCodes = map[graph.Kind]byte{
	graph.CoMention:      1,
	graph.MemberOf:       2,
	graph.CapitalOf:      3,
	graph.HoldsRole:      4,
	graph.Leads:          5,
	graph.LocatedIn:      6,
	graph.InvolvedIn:     7,
	graph.Visits:         8,
	graph.AffiliatedWith: 9,
}

var kindByCode = func() map[byte]graph.Kind {
	m := make(map[byte]graph.Kind, len(kindCodes))
	for k, c := range kindCodes {
		m[c] = k
	}
	return m
}()

func metaKey(name string) []byte { return []byte(pMeta + name) }

func articleKey(id string) []byte { return append([]byte(pArticle), id...) }

func textKey(id string) []byte { return append([]byte(pText), id...) }

func hashKey(hash string) []byte { return append([]byte(pHash), hash...) }

// keyBuf returns an empty buffer for a key of n bytes that starts with
// prefix: the key builders below allocate once.
func keyBuf(prefix string, n int) []byte { return append(make([]byte, 0, n), prefix...) }

func entityKey(id graph.ID) []byte {
	return binary.BigEndian.AppendUint64(keyBuf(pEntity, 10), uint64(id))
}

func redirectKey(id graph.ID) []byte {
	return binary.BigEndian.AppendUint64(keyBuf(pRedirect, 10), uint64(id))
}

func gazKey(gid string) []byte { return append([]byte(pGaz), gid...) }

// namePrefix is the prefix of every index entry for one name key.
func namePrefix(key string) []byte {
	return appendNamePrefix(keyBuf(pName, len(pName)+len(key)+1), key)
}

// nameKey is the index entry of name key for entity id: namePrefix(key)
// then the ID.
func nameKey(key string, id graph.ID) []byte {
	return binary.BigEndian.AppendUint64(appendNamePrefix(keyBuf(pName, len(pName)+len(key)+9), key), uint64(id))
}

// appendNamePrefix appends key and the byte that ends it to b, which
// holds the index's prefix (pName, or pCurName for the curated index).
func appendNamePrefix(b []byte, key string) []byte { return append(append(b, key...), 0) }

// nameParts decodes a name index key; ok is false for any other key.
func nameParts(k []byte) (key string, id graph.ID, ok bool) {
	if len(k) < len(pName)+9 || string(k[:len(pName)]) != pName || k[len(k)-9] != 0 {
		return "", 0, false
	}
	return string(k[len(pName) : len(k)-9]), graph.ID(binary.BigEndian.Uint64(k[len(k)-8:])), true
}

func relKey(prefix string, a graph.ID, k graph.Kind, b graph.ID) []byte {
	return appendRelKey(keyBuf(prefix, 2+8+1+8), a, k, b)
}

// appendRelKey appends <a><kind><b> to buf.
func appendRelKey(buf []byte, a graph.ID, k graph.Kind, b graph.ID) []byte {
	buf = binary.BigEndian.AppendUint64(buf, uint64(a))
	buf = append(buf, kindCodes[k])
	return binary.BigEndian.AppendUint64(buf, uint64(b))
}

func evidenceKey(src graph.ID, k graph.Kind, dst graph.ID, article string, start, end int) []byte {
	buf := appendRelKey(keyBuf(pEvidence, 2+17+len(article)+8), src, k, dst)
	buf = append(buf, article...)
	buf = binary.BigEndian.AppendUint32(buf, uint32(start))
	return binary.BigEndian.AppendUint32(buf, uint32(end))
}

func mentionKey(article string, id graph.ID) []byte {
	return binary.BigEndian.AppendUint64(append(keyBuf(pMention, 2+len(article)+8), article...), uint64(id))
}

func mentionRevKey(id graph.ID, article string) []byte {
	return append(binary.BigEndian.AppendUint64(keyBuf(pMentRev, 2+8+len(article)), uint64(id)), article...)
}

// relParts decodes the <a><kind><b> part that follows a 2-byte prefix.
func relParts(key []byte) (a graph.ID, k graph.Kind, b graph.ID, err error) {
	if len(key) < 2+17 {
		return 0, "", 0, fmt.Errorf("graph: short relation key %x", key)
	}
	a = graph.ID(binary.BigEndian.Uint64(key[2:10]))
	k, ok := kindByCode[key[10]]
	if !ok {
		return 0, "", 0, fmt.Errorf("graph: unknown relation kind code %d", key[10])
	}
	b = graph.ID(binary.BigEndian.Uint64(key[11:19]))
	return a, k, b, nil
}

// evidenceParts decodes an evidence key.
func evidenceParts(key []byte) (src graph.ID, k graph.Kind, dst graph.ID, article string, start, end int, err error) {
	src, k, dst, err = relParts(key)
	if err != nil {
		return
	}
	rest := key[19:]
	if len(rest) != articleIDLen+8 {
		err = fmt.Errorf("graph: bad evidence key %x", key)
		return
	}
	article = string(rest[:articleIDLen])
	start = int(binary.BigEndian.Uint32(rest[articleIDLen:]))
	end = int(binary.BigEndian.Uint32(rest[articleIDLen+4:]))
	return
}

// A name index value (n: and k: keys) is one byte, the NameKind; in the
// curated index 0 means the alias was removed.
func encodeNameKind(k graph.NameKind) []byte { return []byte{byte(k)} }

// decodeNameKind reads a name index value; anything but one byte is 0.
func decodeNameKind(v []byte) graph.NameKind {
	if len(v) != 1 {
		return 0
	}
	return graph.NameKind(v[0])
}

// scanNames calls fn with each entry of the name index under prefix
// (namePrefix or the curated index's), in ID order.
func scanNames(txn *badger.Txn, prefix []byte, fn func(id graph.ID, kind graph.NameKind) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: false})
	defer it.Close()
	for it.Rewind(); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		k := item.Key()
		if len(k) != len(prefix)+8 {
			continue
		}
		var kind graph.NameKind
		if err := item.Value(func(v []byte) error { kind = decodeNameKind(v); return nil }); err != nil {
			return err
		}
		if err := fn(graph.ID(binary.BigEndian.Uint64(k[len(prefix):])), kind); err != nil {
			return err
		}
	}
	return nil
}

// A mention value (x: keys) is the entity's spans in the article as
// uvarint pairs.
func encodeSpans(spans []graph.Span) []byte {
	var v []byte
	for _, s := range spans {
		v = binary.AppendUvarint(v, uint64(s.Start))
		v = binary.AppendUvarint(v, uint64(s.End))
	}
	return v
}

// decodeSpans reads a mention value, up to the first malformed pair.
func decodeSpans(v []byte) []graph.Span {
	var out []graph.Span
	for len(v) > 0 {
		s, n1 := binary.Uvarint(v)
		e, n2 := binary.Uvarint(v[max(n1, 0):])
		if n1 <= 0 || n2 <= 0 {
			break
		}
		v = v[n1+n2:]
		out = append(out, graph.Span{Start: int(s), End: int(e)})
	}
	return out
}
