package store

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// FuzzKeys checks that store keys decode to what was encoded, that the
// keys of one index entry start with the entry's prefix, and that the byte
// order of relation keys is the numeric order of their IDs.
func FuzzKeys(f *testing.F) {
	f.Add(uint64(1), uint64(2), byte(1), "0123456789abcdef", uint32(0), uint32(10), "bilawal bhutto")
	f.Add(^uint64(0), uint64(0), byte(8), "fedcba9876543210", ^uint32(0), uint32(0), "")
	f.Add(uint64(256), uint64(255), byte(3), "0000000000000000", uint32(1), uint32(1), "a\x00b")
	f.Fuzz(func(t *testing.T, a, b uint64, code byte, article string, start, end uint32, name string) {
		kind, ok := kindByCode[code]
		if !ok {
			kind = graph.CoMention
		}
		rk := relKey(pRel, graph.ID(a), kind, graph.ID(b))
		ga, gk, gb, err := relParts(rk)
		if err != nil || ga != graph.ID(a) || gk != kind || gb != graph.ID(b) {
			t.Fatalf("relParts(relKey(%d, %s, %d)) = %d, %s, %d, %v", a, kind, b, ga, gk, gb, err)
		}
		if a < b && bytes.Compare(rk, relKey(pRel, graph.ID(b), kind, graph.ID(a))) >= 0 {
			t.Fatalf("relation keys of %d and %d do not sort numerically", a, b)
		}
		if len(article) == articleIDLen {
			ek := evidenceKey(graph.ID(a), kind, graph.ID(b), article, int(start), int(end))
			sa, sk, sb, art, s, e, err := evidenceParts(ek)
			if err != nil || sa != graph.ID(a) || sk != kind || sb != graph.ID(b) || art != article || s != int(start) || e != int(end) {
				t.Fatalf("evidenceParts(evidenceKey(...)) = %d %s %d %q %d %d %v", sa, sk, sb, art, s, e, err)
			}
			if !bytes.HasPrefix(ek, rk[1:]) && !bytes.HasPrefix(ek[2:], rk[2:]) {
				t.Fatalf("evidence key %x does not extend its relation %x", ek, rk)
			}
			mk := mentionKey(article, graph.ID(a))
			if len(mk) != 2+articleIDLen+8 || string(mk[2:2+articleIDLen]) != article {
				t.Fatalf("mention key %x", mk)
			}
		} else if _, _, _, _, _, _, err := evidenceParts(append(relKey(pEvidence, graph.ID(a), kind, graph.ID(b)), article...)); err == nil && len(article) != articleIDLen+8 {
			t.Fatalf("evidenceParts accepted a key with a %d-byte tail", len(article))
		}
		// A name's keys start with its prefix, and no other name's prefix
		// (the 0 separator ends the name) unless names hold NUL bytes.
		nk := nameKey(name, graph.ID(a))
		if !bytes.HasPrefix(nk, namePrefix(name)) || len(nk) != len(namePrefix(name))+8 {
			t.Fatalf("name key %x does not start with its prefix", nk)
		}
		if other := name + "x"; bytes.IndexByte([]byte(name), 0) < 0 && bytes.HasPrefix(nameKey(other, graph.ID(a)), namePrefix(name)) {
			t.Fatalf("the keys of %q fall under the prefix of %q", other, name)
		}
		if _, _, _, err := relParts(rk[:len(rk)-1]); err == nil {
			t.Fatalf("relParts accepted a short key")
		}
	})
}
