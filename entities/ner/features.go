package ner

import "github.com/newsgraph/newsgraph/internal/fold"

// tok holds what the features of one token need, computed once.
type tok struct {
	w, l, s  uint64 // hashes of the word, its lower case, its shape
	pre, suf [4]uint64
	flags    uint8
	doc      uint8  // docLower, docMidCap
	c1, c2   uint32 // coarse and fine word clusters, 0 when unknown
	capb     uint32 // how often unlabelled news capitalises the word mid-sentence (bucket 1–5), 0 unknown
	run      uint32 // length (≤ 4) and position (≤ 3) of the run of capitalised words holding the token
	gaz      uint32 // bit 4*g+p: gazetteer class g, position p (B, I, L, U)
}

// Document flags of a word: how the same word is written elsewhere in the
// document.
const (
	docLower  = 1 << iota // written in lower case somewhere
	docMidCap             // capitalised somewhere inside a sentence that is not all capitals
)

// Gazetteer classes stored in a model's gazetteer table.
const (
	gazPerson = iota
	gazParty
	gazCountry
	gazOrg
	gazPlace
	gazDemonym
	gazPartyAlias // a party's other names: acronyms and forms derived from its names
	gazClasses

	gazPrefix = 1 << 31 // the key begins a longer name
)

// Feature templates. Numbers are part of the model file: append only.
const (
	fBias = iota + 1
	fWord
	fLower
	fShape
	fPre
	fSuf
	fPrev
	fNext
	fPrev2
	fNext2
	fShapePrev
	fShapeNext
	fBigramPrev
	fBigramNext
	fCluster
	fClusterPrev
	fClusterNext
	fGaz
	fGazCap
	fUpperSent
	fFirst
	fDoc
	fWordPrev // exact previous word
	fShape3
	fHistAny  // a type (or outside) the word was given earlier in the document
	fHistMaj  // the one it was given most often
	fHistNone // a capitalised word not seen before in the document
	fBase     // stacked on a coarse model: its label of the token
	fBasePrev
	fBaseNext
	fRule    // the rule-mapped fine type of the coarse name holding the token
	fRuleGaz // ... with the name's gazetteer classes
	fCapPrior
	fCapRun
)

// wordTok returns the data of a token that depend on its word alone: all
// but doc, run and gaz.
func (m *Model) wordTok(w string) tok {
	var t tok
	t.w = wordHash(w)
	t.l = lowerHash(w, &t.pre, &t.suf)
	t.s, t.flags = shape(w)
	if m.clusters != nil {
		v, ok := m.clusters.Get(mix(t.w, 'w'))
		if !ok {
			v, ok = m.clusters.Get(mix(t.l, 'l'))
		}
		if ok {
			t.c1, t.c2, t.capb = v>>16&0xff, v&0xffff, v>>24&0xf
		}
	}
	return t
}

// prepare computes the per-token data of a document's sentences. Tagging
// gets the same from prepareCached, faster.
func (m *Model) prepare(sents [][]string, buf []tok) []tok {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if cap(buf) < n {
		buf = make([]tok, n)
	}
	toks := buf[:n]
	k := 0
	var nb []byte
	for _, s := range sents {
		for i, w := range s {
			toks[k+i] = m.wordTok(w) // the buffer may hold an earlier document's tokens
		}
		if m.gaz != nil {
			nb = m.markGazetteer(s, toks[k:k+len(s)], nb)
		}
		markRuns(toks[k : k+len(s)])
		k += len(s)
	}
	// Document flags: by lower-case hash.
	type seen struct{ lower, midCap bool }
	words := make(map[uint64]seen, n/2)
	k = 0
	for _, s := range sents {
		upper := sentUpper(toks[k : k+len(s)])
		for i := range s {
			t := &toks[k+i]
			if t.flags&flagLetter == 0 {
				continue
			}
			v := words[t.l]
			if t.flags&flagCap == 0 {
				v.lower = true
			} else if i > 0 && !upper {
				v.midCap = true
			}
			words[t.l] = v
		}
		k += len(s)
	}
	for i := range toks {
		v := words[toks[i].l]
		if v.lower {
			toks[i].doc |= docLower
		}
		if v.midCap {
			toks[i].doc |= docMidCap
		}
	}
	return toks
}

// markRuns sets the run field of a sentence's tokens.
func markRuns(toks []tok) {
	for i := 0; i < len(toks); {
		if toks[i].flags&flagCap == 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].flags&flagCap != 0 {
			j++
		}
		for k := i; k < j; k++ {
			toks[k].run = uint32(min(j-i, 4)*8 + min(k-i, 3))
		}
		i = j
	}
}

// sentUpper reports whether a sentence is written in capitals (a
// headline): at least two words with letters, none with lower case.
func sentUpper(st []tok) bool {
	n := 0
	for i := range st {
		if f := st[i].flags; f&flagLetter != 0 {
			if f&flagUpper == 0 {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// markGazetteer sets the gazetteer bits of a sentence's tokens from the
// longest name of each class starting at each token.
func (m *Model) markGazetteer(s []string, toks []tok, nb []byte) []byte {
	for i := range s {
		if toks[i].flags&(flagCap|flagDigit) == 0 {
			continue
		}
		h := uint64(fold.FNVOffset)
		for n := 1; n <= m.gazMax && i+n <= len(s); n++ {
			nb = gazNorm(nb[:0], s[i+n-1])
			if len(nb) == 0 {
				break
			}
			if n > 1 {
				h = fold.FNVByte(h, ' ')
			}
			h = fold.FNVBytes(h, nb)
			v, ok := m.gaz.Get(mix(h, 'g'))
			if !ok {
				break
			}
			markName(toks, i, n, v)
		}
	}
	return nb
}

// markName sets the gazetteer bits of the n tokens from i that make a
// name of the classes in v.
func markName(toks []tok, i, n int, v uint32) {
	for g := 0; g < gazClasses; g++ {
		if v&(1<<g) == 0 {
			continue
		}
		for j := i; j < i+n; j++ {
			p := 1 // I
			switch {
			case n == 1:
				p = 3 // U
			case j == i:
				p = 0 // B
			case j == i+n-1:
				p = 2 // L
			}
			toks[j].gaz |= 1 << (4*g + p)
		}
	}
}

// features appends the feature hashes of token i of a sentence (toks is
// the sentence's slice) to out. They come in parts: those of the word
// itself with the bias (wordFeatures), those the words one and two places
// before and after give (nearFeatures), and the rest (contextFeatures).
// The first two depend on one word only, so the tagger caches their
// weights by word (wordcache.go); training takes all parts at once.
func features(toks []tok, i int, upper bool, out []uint64) []uint64 {
	out = contextFeatures(toks, i, upper, out)
	out = wordFeatures(&toks[i], out)
	for _, d := range nearOffsets {
		var w *tok
		if j := i + d; j >= 0 && j < len(toks) {
			w = &toks[j]
		}
		out = nearFeatures(d, w, out)
	}
	return out
}

// nearOffsets are the places, relative to a token, of the words whose
// features it takes (see nearFeatures).
var nearOffsets = [4]int{-1, 1, -2, 2}

// noWord stands for the word before the first and after the last.
const noWord = 0x5bd1e995

// wordFeatures appends the features of a token's own word: the word, its
// lower case, shape, affixes and clusters; and the bias.
func wordFeatures(t *tok, out []uint64) []uint64 {
	out = append(out, mix(fBias, 0), mix(fWord, t.w), mix(fLower, t.l), mix(fShape, t.s))
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			out = append(out, mix(fPre, t.pre[k]))
		}
		if t.suf[k] != 0 {
			out = append(out, mix(fSuf, t.suf[k]))
		}
	}
	if t.c2 != 0 {
		out = append(out, mix(fCluster, uint64(t.c2)), mix(fCluster, uint64(t.c1)|1<<20))
	}
	return out
}

// nearFeatures appends the features that word w, d places away (-1: the
// previous word, 2: the word after the next), gives a token. w is nil
// when the sentence has no word there.
func nearFeatures(d int, w *tok, out []uint64) []uint64 {
	switch d {
	case -1:
		prev, wp, cp := uint64(noWord), uint64(noWord), uint32(0xfffe)
		if w != nil {
			prev, wp, cp = w.l, w.w, w.c2
		}
		return append(out, mix(fPrev, prev), mix(fWordPrev, wp), mix(fClusterPrev, uint64(cp)))
	case 1:
		next, cn := uint64(noWord+1), uint32(0xffff)
		if w != nil {
			next, cn = w.l, w.c2
		}
		return append(out, mix(fNext, next), mix(fClusterNext, uint64(cn)))
	case -2:
		prev2 := uint64(noWord + 2)
		if w != nil {
			prev2 = w.l
		}
		return append(out, mix(fPrev2, prev2))
	case 2:
		next2 := uint64(noWord + 3)
		if w != nil {
			next2 = w.l
		}
		return append(out, mix(fNext2, next2))
	}
	return out
}

// pairFeatures appends the first pairCount features of contextFeatures:
// those of token i with the words beside it.
func pairFeatures(toks []tok, i int, out []uint64) []uint64 {
	t := &toks[i]
	prev, next := uint64(noWord), uint64(noWord+1)
	sp, sn := uint64(noWord), uint64(noWord+1)
	if i > 0 {
		prev, sp = toks[i-1].l, toks[i-1].s
	}
	if i+1 < len(toks) {
		next, sn = toks[i+1].l, toks[i+1].s
	}
	return append(out,
		mix(mix(fShapePrev, sp), t.s),
		mix(mix(fShapeNext, t.s), sn),
		mix(mix(fShape3, sp), mix(t.s, sn)),
		mix(mix(fBigramPrev, prev), t.l),
		mix(mix(fBigramNext, t.l), next),
	)
}

// pairCount is the number of features pairFeatures appends.
const pairCount = 5

// contextFeatures appends the features of token i that depend on more
// than one word, or on the token's place and document.
func contextFeatures(toks []tok, i int, upper bool, out []uint64) []uint64 {
	t := &toks[i]
	out = pairFeatures(toks, i, out)
	out = append(out, mix(mix(fDoc, uint64(t.doc)), uint64(t.flags)))
	if t.gaz != 0 {
		for b := 0; b < 4*gazClasses; b++ {
			if t.gaz&(1<<b) != 0 {
				out = append(out, mix(fGaz, uint64(b)), mix(mix(fGazCap, uint64(b)), uint64(t.flags&flagCap)))
			}
		}
	}
	if upper {
		out = append(out, mix(fUpperSent, t.s))
	}
	first := uint32(0)
	if i == 0 {
		first = 1
	}
	out = append(out,
		mix(fCapPrior, uint64(t.capb<<8|uint32(t.flags&(flagCap|flagUpper))<<1|first)),
		mix(fCapRun, uint64(t.run)),
	)
	if i == 0 {
		out = append(out, mix(fFirst, t.s))
	}
	return out
}

// identFeatures appends the features of token i that identify its word
// (see TrainOptions.WordDropout): the word, its lower case and the
// bigrams with the words beside it. An unseen word lacks these, but has
// its affixes, shape, clusters and context.
func identFeatures(toks []tok, i int, out []uint64) []uint64 {
	out = append(out, mix(fWord, toks[i].w), mix(fLower, toks[i].l))
	return append(out, pairFeatures(toks, i, nil)[3:pairCount]...) // fBigramPrev, fBigramNext
}
