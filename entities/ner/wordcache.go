package ner

import (
	"hash/maphash"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/fold"
	"github.com/newsgraph/newsgraph/internal/hashtab"
)

// wordCache keeps what tagging computes from a word alone, per distinct
// word: the token data (wordTok), its gazetteer key, and the summed
// weights of the features that depend on that word alone (see features):
// a row for the word itself (with the bias) and one for each place near a
// token the word can be in (nearOffsets). A word's data are computed once
// and then copied, and its rows added whole, instead of hashing the word
// and some twenty feature lookups per token. Each tagging scratch has its
// own cache; between documents, once it holds maxCachedWords, it keeps
// the half it has used most recently.
type wordCache struct {
	// index finds a word's entry in words: open addressing with linear
	// probing by the word's hash (seed), kept at most half full.
	index []wordSlot
	seed  maphash.Seed
	words []cachedWord
	vecs  []float32 // per word: self, then one row per nearOffsets (L each)

	// Document flags (see prepareCached) and history (see addHistory),
	// by lower-case hash: lower maps a hash to its index in doc, whose
	// entries count only when stamped with the current document's gen.
	lower map[uint64]int32
	doc   []docSeen
	gen   uint32

	docs uint32   // documents prepared, to date the words' use
	used []uint32 // shrink's buffer

	nb     []byte // gazNorm's buffer
	spans  []span // rows' buffers
	probe  []hashtab.Slot[span]
	hashes []uint64 // prepareCached's buffers
	homes  []wordSlot
	sink   float32 // the sum of values loaded only to have them cached
}

// wordSlot holds the high half of a word's hash and 1 + its index in
// words; 0 marks an empty slot.
type wordSlot struct {
	tag uint32
	i   int32
}

type cachedWord struct {
	word string // the word (a copy: the document's text is not kept)
	used uint32 // the last document with the word (docs)
	t    tok    // wordTok of the word
	rows int32  // offset of its rows in vecs
	lid  int32  // index of its lower-case hash in doc
	norm string // its gazetteer key (gazNorm)
	// The gazetteer entry of the key alone, when norm is not empty.
	gazH  uint64 // hash of norm, to go on with the next word's key
	gazV  uint32
	gazOK bool
	// The rows of the features of its shape in a sentence in capitals
	// and first in a sentence (see addContext).
	upperRow, firstRow span
}

type docSeen struct {
	gen           uint32
	lower, midCap bool
	// What history holds for the hash: whether it has an entry, and
	// the entry.
	hist   bool
	counts [maxHistTypes + 1]int32
}

// wordRows is the number of rows a cached word has.
const wordRows = 1 + len(nearOffsets)

const maxCachedWords = 1 << 15

// reset makes room in the cache when it is full. rowLen is the length of
// a word's rows (wordRows times the number of labels).
func (c *wordCache) reset(rowLen int) {
	if c.index == nil {
		// Room for a full cache and a document's new words: growing by
		// appending would copy the rows again and again.
		c.words = make([]cachedWord, 0, maxCachedWords+maxCachedWords/4)
		c.vecs = make([]float32, 0, cap(c.words)*rowLen)
		c.index = make([]wordSlot, 2*maxCachedWords)
		c.seed = maphash.MakeSeed()
		c.lower = make(map[uint64]int32)
	}
	if len(c.words) >= maxCachedWords {
		c.shrink(maxCachedWords / 2)
	}
}

// shrink keeps at most n words, those used most recently, with their
// rows, and forgets the document flags and history (call it between
// documents).
func (c *wordCache) shrink(n int) {
	if len(c.words) <= n {
		return
	}
	rowLen := len(c.vecs) / len(c.words)
	c.used = c.used[:0]
	for i := range c.words {
		c.used = append(c.used, c.words[i].used)
	}
	slices.Sort(c.used)
	last := c.used[len(c.used)-n-1] // keep the words used after it
	clear(c.index)
	clear(c.lower)
	c.doc = c.doc[:0]
	mask := uint64(len(c.index) - 1)
	k := 0
	for i := range c.words {
		e := c.words[i]
		if e.used <= last {
			continue
		}
		copy(c.vecs[k*rowLen:(k+1)*rowLen], c.vecs[e.rows:int(e.rows)+rowLen])
		e.rows = int32(k * rowLen)
		e.lid = c.lowerID(e.t.l)
		h := c.hash(e.word)
		s := h & mask
		for c.index[s].i != 0 {
			s = (s + 1) & mask
		}
		c.index[s] = wordSlot{uint32(h >> 32), int32(k) + 1}
		c.words[k] = e
		k++
	}
	clear(c.words[k:]) // drop the strings
	c.words = c.words[:k]
	c.vecs = c.vecs[:k*rowLen]
}

// empty empties the cache.
func (c *wordCache) empty() {
	clear(c.index)
	clear(c.lower)
	c.words = c.words[:0]
	c.vecs = c.vecs[:0]
	c.doc = c.doc[:0]
}

// hash returns the hash of w in the index.
func (c *wordCache) hash(w string) uint64 { return maphash.String(c.seed, w) }

// home returns the slot where the search for a word with hash h starts.
func (c *wordCache) home(h uint64) wordSlot { return c.index[h&uint64(len(c.index)-1)] }

// found reports whether slot e holds w, whose hash is h.
func (c *wordCache) found(e wordSlot, w string, h uint64) bool {
	return e.i != 0 && e.tag == uint32(h>>32) && c.words[e.i-1].word == w
}

// word returns the index in c.words of w, whose hash is h, computing its
// data when needed (buf is scratch space for feature hashes). It may grow
// c.words and c.vecs: take pointers into them only afterwards.
func (m *Model) word(c *wordCache, w string, h uint64, buf []uint64) (int32, []uint64) {
	mask := uint64(len(c.index) - 1)
	s := h & mask
	for c.index[s].i != 0 {
		if c.found(c.index[s], w, h) {
			return c.index[s].i - 1, buf
		}
		s = (s + 1) & mask
	}
	e := cachedWord{word: strings.Clone(w), t: m.wordTok(w)}
	e.rows, buf = m.wordRows(c, &e.t, buf)
	e.lid = c.lowerID(e.t.l)
	e.upperRow = m.row(mix(fUpperSent, e.t.s))
	e.firstRow = m.row(mix(fFirst, e.t.s))
	if m.gaz != nil {
		c.nb = gazNorm(c.nb[:0], w)
		if len(c.nb) > 0 {
			e.norm = string(c.nb)
			e.gazH = fold.FNVBytes(fold.FNVOffset, c.nb)
			e.gazV, e.gazOK = m.gaz.Get(mix(e.gazH, 'g'))
		}
	}
	i := int32(len(c.words))
	c.words = append(c.words, e)
	c.index[s] = wordSlot{uint32(h >> 32), i + 1}
	if 2*len(c.words) > len(c.index) {
		c.grow()
	}
	return i, buf
}

// grow doubles the index.
func (c *wordCache) grow() {
	c.index = make([]wordSlot, 2*len(c.index))
	mask := uint64(len(c.index) - 1)
	for i := range c.words {
		h := c.hash(c.words[i].word)
		s := h & mask
		for c.index[s].i != 0 {
			s = (s + 1) & mask
		}
		c.index[s] = wordSlot{uint32(h >> 32), int32(i) + 1}
	}
}

// wordRows computes the rows of t's word at the end of c.vecs and returns
// their offset. It looks up all the word's features at once (see rows).
func (m *Model) wordRows(c *wordCache, t *tok, buf []uint64) (int32, []uint64) {
	L := len(m.labels)
	off := int32(len(c.vecs))
	c.vecs = append(c.vecs, make([]float32, wordRows*L)...)
	v := c.vecs[off:]
	buf = wordFeatures(t, buf[:0])
	var ends [wordRows]int
	ends[0] = len(buf)
	for r, d := range nearOffsets {
		buf = nearFeatures(d, t, buf)
		ends[r+1] = len(buf)
	}
	c.spans = grow(c.spans, len(buf))
	c.probe = m.rows(buf, c.spans, c.probe)
	start := 0
	for r, end := range ends {
		row := v[r*L : (r+1)*L]
		for _, sp := range c.spans[start:end] {
			m.addRowWeights(row, sp)
		}
		start = end
	}
	return off, buf
}

// prepareCached is prepare with the word data from c: it returns the
// tokens of the document (the same as prepare's) and the index in
// c.words of each token's word.
func (m *Model) prepareCached(sents [][]string, c *wordCache, toks []tok, idx []int32, buf []uint64) ([]tok, []int32, []uint64) {
	n := CountTokens(sents)
	toks, idx = grow(toks, n), grow(idx, n)
	c.docs++
	k := 0
	for _, s := range sents {
		st, si := toks[k:k+len(s)], idx[k:k+len(s)]
		// Read the home slots of all the sentence's words first, so
		// that their cache misses overlap. A home slot read before an
		// earlier word of the sentence was added may be out of date:
		// only a slot that holds the word is taken as it is.
		hs, homes := grow(c.hashes, len(s)), grow(c.homes, len(s))
		c.hashes, c.homes = hs, homes
		for i, w := range s {
			hs[i] = c.hash(w)
			homes[i] = c.home(hs[i])
		}
		for i, w := range s {
			if c.found(homes[i], w, hs[i]) {
				si[i] = homes[i].i - 1
			} else {
				si[i], buf = m.word(c, w, hs[i], buf)
			}
		}
		for i, j := range si {
			e := &c.words[j]
			e.used = c.docs
			st[i] = e.t
		}
		if m.gaz != nil {
			m.markGazetteerCached(c, st, si)
		}
		markRuns(st)
		k += len(s)
	}
	// Document flags, as prepare sets them, with the words' indices in
	// c.doc for its map.
	if c.gen++; c.gen == 0 {
		for i := range c.doc {
			c.doc[i].gen = 0
		}
		c.gen = 1
	}
	k = 0
	for _, s := range sents {
		st := toks[k : k+len(s)]
		upper := sentUpper(st)
		for i := range st {
			t := &st[i]
			if t.flags&flagLetter == 0 {
				continue
			}
			v := &c.doc[c.words[idx[k+i]].lid]
			if v.gen != c.gen {
				*v = docSeen{gen: c.gen}
			}
			if t.flags&flagCap == 0 {
				v.lower = true
			} else if i > 0 && !upper {
				v.midCap = true
			}
		}
		k += len(s)
	}
	for i := range toks {
		v := &c.doc[c.words[idx[i]].lid]
		if v.gen != c.gen {
			continue
		}
		if v.lower {
			toks[i].doc |= docLower
		}
		if v.midCap {
			toks[i].doc |= docMidCap
		}
	}
	return toks, idx, buf
}

// markGazetteerCached is markGazetteer with the words' gazetteer keys,
// and the entries of the keys alone, from c; idx holds the sentence's
// indices in c.words.
func (m *Model) markGazetteerCached(c *wordCache, toks []tok, idx []int32) {
	for i := range toks {
		if toks[i].flags&(flagCap|flagDigit) == 0 {
			continue
		}
		var h uint64
		for n := 1; n <= m.gazMax && i+n <= len(toks); n++ {
			e := &c.words[idx[i+n-1]]
			if len(e.norm) == 0 {
				break
			}
			v, ok := e.gazV, e.gazOK
			if n == 1 {
				h = e.gazH
			} else {
				h = fold.FNVString(fold.FNVByte(h, ' '), e.norm)
				v, ok = m.gaz.Get(mix(h, 'g'))
			}
			if !ok {
				break
			}
			markName(toks, i, n, v)
		}
	}
}

// edgeRows computes, for each place in nearOffsets, the row a token gets
// when its sentence has no word there.
func (m *Model) edgeRows() {
	if m.feat == nil {
		return // not trained yet
	}
	L := len(m.labels)
	for r, d := range nearOffsets {
		m.edge[r] = make([]float32, L)
		m.addWeights(m.edge[r], nearFeatures(d, nil, nil))
	}
}

// wordEmissions sets the emission rows of a sentence's tokens (em, L per
// token) to the weights of their word features, from the cache: each
// token's own row plus the rows of the words near it, added in the order
// of nearOffsets. offs holds the tokens' offsets in c.vecs.
func (m *Model) wordEmissions(c *wordCache, offs []int32, em []float32) {
	L := len(m.labels)
	n := len(offs)
	// Touch every cache line of the tokens' rows first, in loads that do
	// not depend on each other, so that their misses overlap; their sum
	// is stored where nothing reads it, so that the compiler keeps the
	// loads.
	var sum float32
	rowsLen := wordRows * L
	for _, off := range offs {
		v := c.vecs[off : int(off)+rowsLen]
		for j := 0; j < len(v); j += 16 {
			sum += v[j]
		}
		sum += v[len(v)-1]
	}
	c.sink = sum
	for i, off := range offs {
		row := em[i*L : (i+1)*L]
		var near [len(nearOffsets)][]float32
		for r, d := range nearOffsets {
			near[r] = m.edge[r]
			if j := i + d; j >= 0 && j < n {
				at := int(offs[j]) + (r+1)*L
				near[r] = c.vecs[at : at+L]
			}
		}
		self := c.vecs[off : int(off)+L]
		a, b, d, e := near[0][:L], near[1][:L], near[2][:L], near[3][:L]
		for l := range row[:L] {
			row[l] = self[l] + a[l] + b[l] + d[l] + e[l] // left to right
		}
	}
}

// lowerID returns the index in c.doc of the lower-case word whose hash is
// l, adding an entry the first time the hash is seen.
func (c *wordCache) lowerID(l uint64) int32 {
	lid, ok := c.lower[l]
	if !ok {
		lid = int32(len(c.doc))
		c.doc = append(c.doc, docSeen{})
		c.lower[l] = lid
	}
	return lid
}
