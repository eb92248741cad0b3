package syntax

// The word cache keeps, per scratch (so per goroutine), what depends on
// a word alone: its wordInfo (hashes, clusters) and the summed tagger
// weights of its word-only features. News repeats its words, so most
// tokens skip about a third of the tagger's table lookups. The first
// word of a sentence is not cached (its features say it is first).

// cachedWord is the cache's entry for one word.
type cachedWord struct {
	wi     wordInfo
	xs, us []float32
}

const wordCacheMax = 1 << 16 // entries kept before the cache starts over

// prepareWords fills sc.ws for words, using and filling the cache.
func (m *Parser) prepareWords(words []string, sc *scratch) {
	n := len(words)
	sc.ws = grow(sc.ws, n)
	sc.hits = grow(sc.hits, n)
	if sc.cache == nil || len(sc.cache) > wordCacheMax {
		sc.cache = make(map[string]*cachedWord, 1024)
	}
	for i, w := range words {
		if i == 0 {
			sc.ws[i] = m.wordInfo(w, true)
			sc.hits[i] = nil
			continue
		}
		e := sc.cache[w]
		if e == nil {
			e = &cachedWord{wi: m.wordInfo(w, false)}
			nx, nu := m.xpos.nc, m.upos.nc
			buf := make([]float32, nx+nu)
			e.xs, e.us = buf[:nx], buf[nx:]
			sc.feats = xposWord(&e.wi, sc.feats[:0])
			m.xpos.score(sc.feats, e.xs)
			sc.feats = uposWord(&e.wi, sc.feats[:0])
			m.upos.score(sc.feats, e.us)
			sc.cache[w] = e
		}
		sc.ws[i] = e.wi
		sc.hits[i] = e
	}
}

// cached returns the cache entry of word i of the sentence being tagged,
// or nil.
func (sc *scratch) cached(i int) *cachedWord {
	if i < len(sc.hits) {
		return sc.hits[i]
	}
	return nil
}
