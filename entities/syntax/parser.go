package syntax

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/internal/fold"
)

// Parser is a trained tagger, lemmatizer and dependency parser. It is
// read-only once loaded and safe for concurrent use.
type Parser struct {
	xposNames, uposNames, labelNames []string

	xpos, upos, moves, labels *weights
	lemmas                    *lemmatizer

	// clusters gives word clusters (entities/ner's, induced from news);
	// nil for a model trained without them.
	clusters Clusters
	// clustersStale records that the clusters differ from those the
	// model was trained with (see ClustersStale).
	clustersStale bool

	pool sync.Pool // *scratch
}

// scratch holds what parsing one sentence needs, reused across sentences.
type scratch struct {
	feats  []uint64
	scores []float32
	tagged []uint64 // the tagger's features of the word being tagged, those that read the tags chosen last
	offs   []int    // where each word's features start in feats
	ws     []wordInfo
	xp, up []int
	st     state

	cache map[string]*cachedWord // see wordcache.go
	hits  []*cachedWord          // the cache entry of each word, or nil

	beam, next []beamItem // see beam.go
	cands      []beamMove
}

func (m *Parser) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	n := max(len(m.xposNames)+len(m.uposNames), len(m.labelNames), nMoves)
	return &scratch{feats: make([]uint64, 0, 256), scores: make([]float32, n)}
}

// run tags and parses words, leaving the result in sc (sc.xp, sc.up and
// sc.st.head, sc.st.label at positions 1..n); a width over 1 parses with
// a beam of that width (see beam.go).
func (m *Parser) run(words []string, sc *scratch, width int) {
	n := len(words)
	m.prepareWords(words, sc)
	sc.xp, sc.up = grow(sc.xp, n), grow(sc.up, n)
	m.tagSentence(sc.ws, sc.xp, sc.up, sc)
	if width > 1 {
		m.parseBeam(sc, width)
		return
	}
	m.parseTagged(sc)
}

// wordInfo returns what the features read of word s.
func (m *Parser) wordInfo(s string, first bool) wordInfo {
	wi := newWordInfo(s, first)
	if m.clusters != nil {
		c1, c2 := m.clusters.Cluster(s)
		wi.c1, wi.c2 = uint64(c1)+1, uint64(c2)+1
	}
	return wi
}

// parseTagged parses the tagged words in sc greedily.
func (m *Parser) parseTagged(sc *scratch) {
	st := &sc.st
	st.reset(sc.ws, sc.xp, sc.up)
	sco := sc.scores[:nMoves]
	for !st.done() {
		mv := st.forced()
		if mv < 0 {
			sc.feats = moveFeatures(st, sc.feats[:0])
			m.moves.score(sc.feats, sco)
			for c := 0; c < nMoves; c++ {
				if st.valid(c) && (mv < 0 || sco[c] > sco[mv]) {
					mv = c
				}
			}
		}
		lab := 0
		if mv != shift {
			h, d := st.arc(mv)
			lab = m.label(st, h, d, mv, sc)
		}
		st.apply(mv, lab)
	}
}

func (m *Parser) label(st *state, h, d, mv int, sc *scratch) int {
	sc.feats = labelFeatures(st, h, d, mv, sc.feats[:0])
	ls := sc.scores[:m.labels.nc]
	m.labels.score(sc.feats, ls)
	return argmax(ls)
}

// Token is one parsed word. Head is the index in Tree.Tokens of its
// head, -1 for the sentence's root; Start and End are byte offsets in the
// text the words came from (-1 when parsed from bare words).
type Token struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int
	Deprel                  string
	Start, End              int
}

// ParseSentence tags and parses one sentence given as its words.
func (m *Parser) ParseSentence(words []string) *Tree { return m.ParseSentenceBeam(words, 1) }

// ParseSentenceBeam is ParseSentence with a beam of the given width at
// parse time (1: greedy). A width of 2 scores about 0.45 more UAS and
// LAS on ewt-dev (0.3-0.4 on gum-dev) and takes about 1.5 times the
// time of tagging and parsing greedily; 4 adds some 0.05-0.15 more for
// twice the time: worth it only for the few sentences a relation stage
// reads closely.
func (m *Parser) ParseSentenceBeam(words []string, width int) *Tree {
	t := &Tree{Tokens: make([]Token, len(words))}
	if len(words) == 0 {
		return t
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	m.run(words, sc, width)
	for i, w := range words {
		x := m.xposNames[sc.xp[i]]
		t.Tokens[i] = Token{Form: w, Lemma: m.lemmas.lemma(w, x), UPOS: m.uposNames[sc.up[i]], XPOS: x,
			Head: sc.st.head[i+1] - 1, Deprel: m.labelNames[sc.st.label[i+1]], Start: -1, End: -1}
	}
	return t
}

// ParseTokens tags and parses one sentence given as tokens (their Form,
// Start and End are kept; the rest is filled in).
func (m *Parser) ParseTokens(toks []Token) *Tree {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Form
	}
	t := m.ParseSentence(words)
	for i := range t.Tokens {
		t.Tokens[i].Start, t.Tokens[i].End = toks[i].Start, toks[i].End
	}
	return t
}

// ParseText splits plain text into sentences and tokens (Tokenize) and
// parses each sentence; token offsets index text.
func (m *Parser) ParseText(text string) []*Tree {
	var out []*Tree
	for _, s := range Tokenize(text) {
		out = append(out, m.ParseTokens(s))
	}
	return out
}

// Annotate tags and parses a CoNLL-U sentence in place, keeping its words:
// it sets UPOS, XPOS, HEAD and DEPREL, and LEMMA where it is empty.
func (m *Parser) Annotate(s *Sentence) {
	if len(s.Words) == 0 {
		return
	}
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = w.Form
	}
	t := m.ParseSentence(words)
	for i := range s.Words {
		w, tk := &s.Words[i], &t.Tokens[i]
		w.UPOS, w.XPOS, w.Head, w.Deprel = tk.UPOS, tk.XPOS, tk.Head+1, tk.Deprel
		if w.Lemma == "" {
			w.Lemma = tk.Lemma
		}
	}
}

// Universal returns the universal part of a relation ("nmod" of
// "nmod:poss"), which LAS compares.
func Universal(deprel string) string {
	u, _, _ := strings.Cut(deprel, ":")
	return u
}

// Clusters gives a word's coarse and fine cluster (0 when it has none).
// entities/ner's Model is one: package syntax takes it through this
// interface so that it does not depend on entities/ner (whose tests use
// package entities, which holds the syntax stage).
type Clusters interface {
	Cluster(w string) (coarse, fine uint32)
}

// ClustersStale reports whether the word clusters of entities/ner differ
// from those this model was trained with: the NER model was retrained
// with other clusters, and the parser must be retrained
// (tools/parsetrain) or it loses accuracy.
func (m *Parser) ClustersStale() bool { return m.clustersStale }

// printWords are the words whose clusters fingerprint a cluster set.
var printWords = strings.Fields(`the of and to a in is that for it was on with he as said by at from his
an be has have are were had not but which they this their who also after its more first two new
government president minister party police people year years week city country state world
London Paris Washington China Japan Germany Russia Britain Europe Reuters BBC Monday Tuesday
bank company market shares prices oil trade war election vote court law army attack talks
percent million billion dollar yen pound rose fell rise fall expected told added announced
John David Michael Smith Johnson Brown Wilson Taylor Miller Clark Lewis Walker Hall Young`)

// clusterPrint is a hash of the clusters of printWords.
func clusterPrint(c Clusters) uint64 {
	h := uint64(fold.FNVOffset)
	for _, w := range printWords {
		a, b := c.Cluster(w)
		h = fin(h ^ uint64(a)<<32 ^ uint64(b))
	}
	return h
}
