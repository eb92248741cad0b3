package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/internal/fold"
	"github.com/newsgraph/newsgraph/internal/hashtab"
)

// Example is one labelled document: sentences of tokens and their gold
// tags (IOB1, IOB2 or BILOU).
type Example struct {
	Sents [][]string
	Tags  [][]string
}

// GazName is one name for the gazetteer features, with its class.
type GazName struct {
	Text  string
	Class GazClass
}

// GazClass is a gazetteer class of the model's features.
type GazClass int

// The gazetteer classes.
const (
	GazPerson  GazClass = gazPerson
	GazParty   GazClass = gazParty
	GazCountry GazClass = gazCountry
	GazOrg     GazClass = gazOrg
	GazPlace   GazClass = gazPlace
	GazDemonym GazClass = gazDemonym
	// GazPartyAlias is a party's other names (acronyms, forms derived
	// from its names): the models learn from it, the rules that type
	// names (FineType) do not read it, as such names are often other
	// things' too.
	GazPartyAlias GazClass = gazPartyAlias
)

// Resources are what a model's features consult besides the token: word
// clusters (Words[i] is in coarse cluster Coarse[i] and fine cluster
// Fine[i], ids from 1; words in decreasing frequency) and gazetteer names.
type Resources struct {
	Words        []string
	Coarse, Fine []uint16
	// Caps[i] says how often news capitalises Words[i] inside a sentence:
	// 1 (almost never) to 5 (almost always), 0 unknown.
	Caps  []uint8
	Names []GazName
}

// NewModel returns an untrained model over types with the resources
// built in. With a base model, the new model stacks on it: it sees the
// base's names and their rule-mapped fine types as features (see
// FineChunks).
func NewModel(types []string, res Resources, base *Model) *Model {
	m := &Model{types: types, labels: labelsFor(types), base: base, stacked: base != nil}
	m.init()
	if base != nil && len(res.Words) == 0 && len(res.Names) == 0 {
		m.clusters, m.gaz, m.gazMax = base.clusters, base.gaz, base.gazMax
		return m
	}
	if len(res.Words) > 0 {
		seen := map[uint64]bool{}
		var ks []uint64
		var vs []uint32
		for i, w := range res.Words {
			v := uint32(res.Coarse[i]&0xff)<<16 | uint32(res.Fine[i])
			if i < len(res.Caps) {
				v |= uint32(res.Caps[i]&0xf) << 24
			}
			var pre, suf [4]uint64
			for _, k := range []uint64{mix(wordHash(w), 'w'), mix(lowerHash(w, &pre, &suf), 'l')} {
				if !seen[k] {
					seen[k] = true
					ks = append(ks, k)
					vs = append(vs, v)
				}
			}
		}
		m.clusters = hashtab.FromPairs(ks, vs, 2)
	}
	if len(res.Names) > 0 {
		bits := map[uint64]uint32{}
		for _, n := range res.Names {
			key := gazetteer.Key(n.Text)
			if key == "" {
				continue
			}
			m.gazMax = max(m.gazMax, strings.Count(key, " ")+1)
			bits[mix(fold.FNVString(fold.FNVOffset, key), 'g')] |= 1 << n.Class
			// Proper prefixes let the lookup stop early.
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					bits[mix(fold.FNVString(fold.FNVOffset, key[:i]), 'g')] |= gazPrefix
				}
			}
		}
		var ks []uint64
		var vs []uint32
		for k := range bits {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		for _, k := range ks {
			vs = append(vs, bits[k])
		}
		m.gaz = hashtab.FromPairs(ks, vs, 2)
	}
	return m
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs   int    // passes over the training data at most (default 10)
	Seed     uint64 // shuffling seed
	MinCount int    // features seen fewer times are dropped (default 1)
	History  bool   // use the document's prediction history (see history)
	Runs     int    // average the weights of this many runs with seeds Seed, Seed+1, ... (default 1)
	// WordDropout is the probability with which a training token's
	// features that identify its own word (see identFeatures) are left
	// out, together, of one epoch's decoding and update, so that the
	// model learns to tag a word from its shape, clusters, gazetteer
	// names and context as well as from the words it saw in training.
	WordDropout float64
	Log         io.Writer
}

// trainDoc is a document with its static features as row indices.
type trainDoc struct {
	sents [][]string
	toks  []tok
	gold  []int
	off   []int32 // token i's features are feats[off[i]:off[i+1]]
	feats []int32
}

type trainer struct {
	m     *Model
	L     int
	index map[uint64]int32
	opts  TrainOptions
	ident []bool // by feature index: a word-identity feature (see WordDropout)
}

func (t *trainer) logf(format string, a ...any) {
	if t.opts.Log != nil {
		fmt.Fprintf(t.opts.Log, format+"\n", a...)
	}
}

// Train trains m (made by NewModel) on train, an averaged structured
// perceptron, choosing the number of epochs by F1 on dev (the last epoch
// when dev is empty), and returns dev's F1.
func Train(m *Model, train, dev []Example, opts TrainOptions) (float64, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 10
	}
	if opts.MinCount == 0 {
		opts.MinCount = 1
	}
	m.history = opts.History
	t := &trainer{m: m, L: len(m.labels), opts: opts}
	// Count the static features of the training set first.
	counts := map[uint64]int32{}
	var fs []uint64
	for _, ex := range train {
		toks := m.prepare(ex.Sents, nil)
		stk, stkOff := m.stackFeatures(ex.Sents, nil, nil)
		k := 0
		for _, s := range ex.Sents {
			upper := sentUpper(toks[k : k+len(s)])
			for i := range s {
				fs = features(toks[k:k+len(s)], i, upper, fs[:0])
				if stkOff != nil {
					fs = append(fs, stk[stkOff[k+i]:stkOff[k+i+1]]...)
				}
				for _, f := range fs {
					counts[f]++
				}
			}
			k += len(s)
		}
	}
	t.index = make(map[uint64]int32, len(counts))
	var keys []uint64
	for f, c := range counts {
		if int(c) >= opts.MinCount {
			keys = append(keys, f)
		}
	}
	slices.Sort(keys) // the model file's bytes depend on the order
	for i, f := range keys {
		t.index[f] = int32(i)
	}
	if opts.History {
		for _, f := range histFeatures() {
			if _, ok := t.index[f]; !ok {
				t.index[f] = int32(len(keys))
				keys = append(keys, f)
			}
		}
	}
	t.logf("features: %d", len(keys))
	if opts.WordDropout > 0 {
		t.ident = make([]bool, len(keys))
		for _, ex := range train {
			toks := m.prepare(ex.Sents, nil)
			k := 0
			for _, s := range ex.Sents {
				for i := range s {
					for _, f := range identFeatures(toks[k:k+len(s)], i, fs[:0]) {
						if ix, ok := t.index[f]; ok {
							t.ident[ix] = true
						}
					}
				}
				k += len(s)
			}
		}
	}
	trainDocs, err := t.prep(train)
	if err != nil {
		return 0, err
	}
	devDocs, err := t.prep(dev)
	if err != nil {
		return 0, err
	}
	runs := max(opts.Runs, 1)
	var w, trans []float32
	for r := 0; r < runs; r++ {
		t.opts.Seed = opts.Seed + uint64(r)
		rw, rt, epochs := t.perceptron(trainDocs, devDocs, len(keys))
		t.logf("run %d: %d epochs", r+1, epochs)
		if w == nil {
			w, trans = rw, rt
			continue
		}
		for i, v := range rw {
			w[i] += v
		}
		for i, v := range rt {
			trans[i] += v
		}
	}
	for i := range w {
		w[i] /= float32(runs)
	}
	for i := range trans {
		trans[i] /= float32(runs)
	}
	t.setWeights(keys, w, trans)
	f1 := t.eval(devDocs)
	t.logf("dev F1 %.2f", f1)
	return f1, nil
}

// prep computes the gold labels and static features of documents.
func (t *trainer) prep(exs []Example) ([]*trainDoc, error) {
	m := t.m
	lab := map[string]int{}
	for i, l := range m.labels {
		lab[l] = i
	}
	var docs []*trainDoc
	var fs []uint64
	for _, ex := range exs {
		d := &trainDoc{sents: ex.Sents}
		d.toks = m.prepare(ex.Sents, nil)
		stk, stkOff := m.stackFeatures(ex.Sents, nil, nil)
		k := 0
		d.off = append(d.off, 0)
		for si, s := range ex.Sents {
			upper := sentUpper(d.toks[k : k+len(s)])
			for _, tag := range bilou(Chunks(ex.Tags[si]), len(s)) {
				l, ok := lab[tag]
				if !ok {
					return nil, fmt.Errorf("ner: unknown tag %q", tag)
				}
				d.gold = append(d.gold, l)
			}
			for i := range s {
				fs = features(d.toks[k:k+len(s)], i, upper, fs[:0])
				if stkOff != nil {
					fs = append(fs, stk[stkOff[k+i]:stkOff[k+i+1]]...)
				}
				for _, f := range fs {
					if ix, ok := t.index[f]; ok {
						d.feats = append(d.feats, ix)
					}
				}
				d.off = append(d.off, int32(len(d.feats)))
			}
			k += len(s)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// averager is an averaged perceptron's weights: w the current weights,
// u the sum of c×update, so the average after c steps is w − u/c.
type averager struct {
	w, u []float32
	c    float32
}

func (a *averager) add(i int, v float32) {
	a.w[i] += v
	a.u[i] += a.c * v
}

func (a *averager) average() []float32 {
	out := make([]float32, len(a.w))
	for i := range out {
		out[i] = a.w[i] - a.u[i]/a.c
	}
	return out
}

// seqDecoder tags training documents sentence by sentence with dense
// weights, keeping the prediction history.
type seqDecoder struct {
	t    *trainer
	drop *rand.Rand // with WordDropout, while training: leaves out word-identity features
	act  []int32    // the sentence's features left in, token i's act[aoff[i]:aoff[i+1]] (with drop)
	aoff []int
	sc   scratch
	hist history
	em   []float32
	hf   []int32 // history features of the sentence's tokens
	hoff []int
	hbuf []uint64
}

// sentence scores and decodes the n tokens of d from start with weights
// w and transitions trans, writing the labels to pred.
func (dc *seqDecoder) sentence(d *trainDoc, start, n int, w, trans []float32, pred []int) {
	t := dc.t
	L := t.L
	dc.em = grow(dc.em, n*L)
	clear(dc.em)
	dc.hf, dc.hoff = dc.hf[:0], append(dc.hoff[:0], 0)
	dc.act, dc.aoff = dc.act[:0], append(dc.aoff[:0], 0)
	for i := 0; i < n; i++ {
		row := dc.em[i*L : (i+1)*L]
		drop := dc.drop != nil && dc.drop.Float64() < t.opts.WordDropout
		for _, f := range d.feats[d.off[start+i]:d.off[start+i+1]] {
			if dc.drop != nil {
				if drop && t.ident[f] {
					continue
				}
				dc.act = append(dc.act, f)
			}
			for l, v := range w[int(f)*L : int(f+1)*L] {
				row[l] += v
			}
		}
		dc.aoff = append(dc.aoff, len(dc.act))
		if t.m.history {
			dc.hbuf = dc.hist.features(&d.toks[start+i], dc.hbuf[:0])
			for _, h := range dc.hbuf {
				f := t.index[h]
				dc.hf = append(dc.hf, f)
				for l, v := range w[int(f)*L : int(f+1)*L] {
					row[l] += v
				}
			}
		}
		dc.hoff = append(dc.hoff, len(dc.hf))
	}
	t.m.viterbi(dc.em, trans, &dc.sc, pred)
}

// perceptron trains on docs for up to the configured epochs and returns
// the averaged weights and transitions of the epoch with the best dev F1.
func (t *trainer) perceptron(docs, dev []*trainDoc, nfeat int) ([]float32, []float32, int) {
	L := t.L
	W := &averager{w: make([]float32, nfeat*L), u: make([]float32, nfeat*L), c: 1}
	T := &averager{w: make([]float32, (L+1)*L), u: make([]float32, (L+1)*L), c: 1}
	order := append([]*trainDoc(nil), docs...)
	rng := rand.New(rand.NewPCG(t.opts.Seed, 1))
	dc := &seqDecoder{t: t}
	if t.ident != nil {
		dc.drop = rand.New(rand.NewPCG(t.opts.Seed, 2))
	}
	var pred []int
	var bestW, bestT []float32
	bestF, bestE := -1.0, 0
	for e := 1; e <= t.opts.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, d := range order {
			dc.hist.reset()
			start := 0
			for _, s := range d.sents {
				n := len(s)
				pred = grow(pred, n)
				dc.sentence(d, start, n, W.w, T.w, pred)
				gold := d.gold[start : start+n]
				wrong := false
				for i := 0; i < n; i++ {
					pg, pp := L, L
					if i > 0 {
						pg, pp = gold[i-1], pred[i-1]
					}
					if gold[i] != pred[i] || pg != pp {
						wrong = true
						T.add(pg*L+gold[i], 1)
						T.add(pp*L+pred[i], -1)
					}
					if gold[i] != pred[i] {
						fs := d.feats[d.off[start+i]:d.off[start+i+1]]
						if dc.drop != nil {
							fs = dc.act[dc.aoff[i]:dc.aoff[i+1]]
						}
						for _, f := range fs {
							W.add(int(f)*L+gold[i], 1)
							W.add(int(f)*L+pred[i], -1)
						}
						for _, f := range dc.hf[dc.hoff[i]:dc.hoff[i+1]] {
							W.add(int(f)*L+gold[i], 1)
							W.add(int(f)*L+pred[i], -1)
						}
					}
				}
				if wrong {
					errs++
				}
				if t.m.history {
					dc.hist.add(d.toks[start:start+n], pred)
				}
				W.c++
				T.c++
				start += n
			}
		}
		aw, at := W.average(), T.average()
		if len(dev) == 0 {
			bestW, bestT, bestE = aw, at, e
			continue
		}
		f := t.evalDense(dev, aw, at)
		t.logf("epoch %d: %d sentences wrong, dev F1 %.2f", e, errs, f)
		if f > bestF {
			bestF, bestE, bestW, bestT = f, e, aw, at
		}
	}
	return bestW, bestT, bestE
}

// evalDense returns the F1 of dense weights on docs.
func (t *trainer) evalDense(docs []*trainDoc, w, trans []float32) float64 {
	var ev Evaluation
	dc := &seqDecoder{t: t}
	for _, d := range docs {
		labels := make([]int, len(d.toks))
		dc.hist.reset()
		start := 0
		for _, s := range d.sents {
			n := len(s)
			dc.sentence(d, start, n, w, trans, labels[start:start+n])
			if t.m.history {
				dc.hist.add(d.toks[start:start+n], labels[start:start+n])
			}
			start += n
		}
		t.count(&ev, d, labels)
	}
	return ev.Overall().F1
}

func (t *trainer) count(ev *Evaluation, d *trainDoc, labels []int) {
	k := 0
	for _, s := range d.sents {
		g := make([]string, len(s))
		p := make([]string, len(s))
		for i := range s {
			g[i] = t.m.labels[d.gold[k+i]]
			p[i] = t.m.labels[labels[k+i]]
		}
		ev.Add(g, p)
		k += len(s)
	}
}

// eval returns the F1 of the model on docs.
func (t *trainer) eval(docs []*trainDoc) float64 {
	var ev Evaluation
	sc := &scratch{}
	for _, d := range docs {
		labels := t.m.tagLabels(d.sents, sc)
		t.count(&ev, d, labels)
	}
	return ev.Overall().F1
}

// setWeights stores dense weights in the model, sparsely: a feature keeps
// the labels whose weight is not (nearly) zero.
func (t *trainer) setWeights(keys []uint64, w, trans []float32) {
	L := t.L
	m := t.m
	var fk []uint64
	m.rowStart = []uint32{0}
	m.rowLab, m.rowW = nil, nil
	for f, k := range keys {
		n := 0
		for l := 0; l < L; l++ {
			if v := w[f*L+l]; math.Abs(float64(v)) > 1e-3 {
				m.rowLab = append(m.rowLab, uint8(l))
				m.rowW = append(m.rowW, v)
				n++
			}
		}
		if n > 0 {
			fk = append(fk, k)
			m.rowStart = append(m.rowStart, uint32(len(m.rowW)))
		}
	}
	rows := make([]uint32, len(fk))
	for i := range rows {
		rows[i] = uint32(i)
	}
	m.feat = hashtab.FromPairs(fk, rows, 3)
	m.trans = trans
	m.precompute()
	t.logf("kept features: %d, weights: %d", len(fk), len(m.rowW))
}
