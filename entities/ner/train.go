package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
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
)

// Resources are what a model's features consult besides the token: word
// clusters (Words[i] is in coarse cluster Coarse[i] and fine cluster
// Fine[i], ids from 1; words in decreasing frequency) and gazetteer names.
type Resources struct {
	Words        []string
	Coarse, Fine []uint16
	Names        []GazName
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
			v := uint32(res.Coarse[i])<<16 | uint32(res.Fine[i])
			var pre, suf [4]uint64
			for _, k := range []uint64{mix(wordHash(w), 'w'), mix(lowerHash(w, &pre, &suf), 'l')} {
				if !seen[k] {
					seen[k] = true
					ks = append(ks, k)
					vs = append(vs, v)
				}
			}
		}
		m.clusters = newTable(ks, vs)
	}
	if len(res.Names) > 0 {
		bits := map[uint64]uint32{}
		for _, n := range res.Names {
			key := gazetteer.Key(n.Text)
			if key == "" {
				continue
			}
			m.gazMax = max(m.gazMax, strings.Count(key, " ")+1)
			bits[mix(fnvString(fnvOffset, key), 'g')] |= 1 << n.Class
			// Proper prefixes let the lookup stop early.
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					bits[mix(fnvString(fnvOffset, key[:i]), 'g')] |= gazPrefix
				}
			}
		}
		var ks []uint64
		var vs []uint32
		for k, v := range bits {
			ks = append(ks, k)
			vs = append(vs, v)
		}
		m.gaz = newTable(ks, vs)
	}
	return m
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs     int    // passes over the training data at most (default 10)
	Seed       uint64 // shuffling seed
	MinCount   int    // features seen fewer times are dropped (default 1)
	SecondPass bool   // train the document-level second pass
	Folds      int    // folds for the second pass's training labels (default 4)
	Log        io.Writer
}

// trainDoc is a document with its features as row indices.
type trainDoc struct {
	sents [][]string
	toks  []tok
	gold  []int
	off   []int32 // token i's features are feats[off[i]:off[i+1]]
	feats []int32
	// second pass
	em1  []float32
	doc  []int32
	doff []int32
}

type trainer struct {
	m     *Model
	L     int
	index map[uint64]int32
	opts  TrainOptions
}

func (t *trainer) logf(format string, a ...any) {
	if t.opts.Log != nil {
		fmt.Fprintf(t.opts.Log, format+"\n", a...)
	}
}

// Train trains m (made by NewModel) on train, choosing the number of
// epochs by F1 on dev, and returns dev's F1 of the final model.
func Train(m *Model, train, dev []Example, opts TrainOptions) (float64, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 10
	}
	if opts.MinCount == 0 {
		opts.MinCount = 1
	}
	if opts.Folds == 0 {
		opts.Folds = 4
	}
	t := &trainer{m: m, L: len(m.labels), opts: opts}
	lab := map[string]int{}
	for i, l := range m.labels {
		lab[l] = i
	}
	prep := func(exs []Example) ([]*trainDoc, error) {
		var docs []*trainDoc
		sc := &scratch{}
		for _, ex := range exs {
			d := &trainDoc{sents: ex.Sents}
			d.toks = m.prepare(ex.Sents, nil)
			stk, stkOff := m.stackFeatures(ex.Sents, nil, nil)
			k := 0
			d.off = append(d.off, 0)
			for si, s := range ex.Sents {
				upper := sentUpper(s)
				for _, tag := range bilou(Chunks(ex.Tags[si]), len(s)) {
					l, ok := lab[tag]
					if !ok {
						return nil, fmt.Errorf("ner: unknown tag %q", tag)
					}
					d.gold = append(d.gold, l)
				}
				for i := range s {
					sc.feats = features(d.toks[k:k+len(s)], i, upper, sc.feats[:0])
					if stkOff != nil {
						sc.feats = append(sc.feats, stk[stkOff[k+i]:stkOff[k+i+1]]...)
					}
					for _, f := range sc.feats {
						d.feats = append(d.feats, t.feature(f))
					}
					d.off = append(d.off, int32(len(d.feats)))
				}
				k += len(s)
			}
			docs = append(docs, d)
		}
		return docs, nil
	}
	// Count features over the training set first.
	counts := map[uint64]int32{}
	for _, ex := range train {
		toks := m.prepare(ex.Sents, nil)
		stk, stkOff := m.stackFeatures(ex.Sents, nil, nil)
		k := 0
		var fs []uint64
		for _, s := range ex.Sents {
			upper := sentUpper(s)
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
			t.index[f] = int32(len(keys))
			keys = append(keys, f)
		}
	}
	counts = nil
	t.logf("features: %d", len(keys))
	trainDocs, err := prep(train)
	if err != nil {
		return 0, err
	}
	devDocs, err := prep(dev)
	if err != nil {
		return 0, err
	}
	w, trans, epochs := t.perceptron(trainDocs, devDocs, len(keys), opts.Epochs)
	t.setWeights(keys, w, trans)
	f1 := t.eval(devDocs)
	t.logf("first pass: %d epochs, dev F1 %.2f", epochs, f1)
	if !opts.SecondPass {
		return f1, nil
	}
	// Out-of-fold first-pass labels of the training documents.
	rng := rand.New(rand.NewPCG(opts.Seed, 2))
	fold := make([]int, len(trainDocs))
	for i := range fold {
		fold[i] = rng.IntN(opts.Folds)
	}
	foldTrans := make([][]float32, opts.Folds)
	for k := 0; k < opts.Folds; k++ {
		var in, out []*trainDoc
		for i, d := range trainDocs {
			if fold[i] == k {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		fw, ftr, _ := t.perceptron(in, nil, len(keys), epochs)
		for _, d := range out {
			d.em1 = t.denseEmissions(d, fw)
		}
		foldTrans[k] = ftr
		t.logf("fold %d done", k)
	}
	// Full first-pass model for dev.
	for _, d := range devDocs {
		d.em1 = t.modelEmissions(d)
	}
	docIndex := map[uint64]int32{}
	var docKeys []uint64
	sc := &scratch{}
	labelDoc := func(d *trainDoc, tr []float32, grow bool) {
		labels := make([]int, len(d.toks))
		m.decodeAll(d.sents, d.em1, tr, nil, sc, labels)
		fs, off := stage1Features(d.toks, labels, nil, nil)
		d.doc, d.doff = d.doc[:0], d.doff[:0]
		d.doff = append(d.doff, 0)
		for i := range d.toks {
			for _, f := range fs[off[i]:off[i+1]] {
				ix, ok := docIndex[f]
				if !ok && grow {
					ix, ok = int32(len(docKeys)), true
					docIndex[f] = ix
					docKeys = append(docKeys, f)
				}
				if ok {
					d.doc = append(d.doc, ix)
				}
			}
			d.doff = append(d.doff, int32(len(d.doc)))
		}
	}
	for i, d := range trainDocs {
		labelDoc(d, foldTrans[fold[i]], true)
	}
	for _, d := range devDocs {
		labelDoc(d, m.trans, false)
	}
	t.logf("second-pass features: %d", len(docKeys))
	dw, tr2, e2 := t.secondPass(trainDocs, devDocs, foldTrans, fold, len(docKeys))
	t.addDocWeights(docKeys, dw)
	m.trans2 = tr2
	f1 = t.eval(devDocs)
	t.logf("second pass: %d epochs, dev F1 %.2f", e2, f1)
	return f1, nil
}

// feature returns the row of feature f, -1 when it is not kept.
func (t *trainer) feature(f uint64) int32 {
	if t.index == nil {
		return -1
	}
	if ix, ok := t.index[f]; ok {
		return ix
	}
	return -1
}

// denseEmissions scores a document's tokens with dense weights.
func (t *trainer) denseEmissions(d *trainDoc, w []float32) []float32 {
	L := t.L
	em := make([]float32, len(d.toks)*L)
	for i := range d.toks {
		row := em[i*L : (i+1)*L]
		for _, f := range d.feats[d.off[i]:d.off[i+1]] {
			if f < 0 {
				continue
			}
			for l, v := range w[int(f)*L : int(f+1)*L] {
				row[l] += v
			}
		}
	}
	return em
}

// modelEmissions scores a document's tokens with the model's weights.
func (t *trainer) modelEmissions(d *trainDoc) []float32 {
	em := make([]float32, len(d.toks)*t.L)
	stk, stkOff := t.m.stackFeatures(d.sents, nil, nil)
	t.m.emissions(d.sents, d.toks, stk, stkOff, &scratch{}, em)
	return em
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

// perceptron trains the first pass on docs for up to epochs epochs and
// returns the averaged weights and transitions of the epoch with the best
// dev F1 (of the last epoch when dev is nil).
func (t *trainer) perceptron(docs, dev []*trainDoc, nfeat, epochs int) ([]float32, []float32, int) {
	L := t.L
	W := &averager{w: make([]float32, nfeat*L), u: make([]float32, nfeat*L), c: 1}
	T := &averager{w: make([]float32, (L+1)*L), u: make([]float32, (L+1)*L), c: 1}
	type sref struct {
		d        *trainDoc
		start, n int
	}
	var sents []sref
	for _, d := range docs {
		k := 0
		for _, s := range d.sents {
			sents = append(sents, sref{d, k, len(s)})
			k += len(s)
		}
	}
	rng := rand.New(rand.NewPCG(t.opts.Seed, 1))
	sc := &scratch{}
	var em []float32
	pred := make([]int, 0, 256)
	var bestW, bestT []float32
	bestF, bestE := -1.0, 0
	for e := 1; e <= epochs; e++ {
		rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		errs := 0
		for _, s := range sents {
			d := s.d
			em = grow(em, s.n*L)
			clear(em)
			for i := 0; i < s.n; i++ {
				row := em[i*L : (i+1)*L]
				for _, f := range d.feats[d.off[s.start+i]:d.off[s.start+i+1]] {
					if f >= 0 {
						for l, v := range W.w[int(f)*L : int(f+1)*L] {
							row[l] += v
						}
					}
				}
			}
			pred = grow(pred, s.n)
			t.m.viterbi(em, T.w, nil, sc, pred)
			gold := d.gold[s.start : s.start+s.n]
			wrong := false
			for i := 0; i < s.n; i++ {
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
					for _, f := range d.feats[d.off[s.start+i]:d.off[s.start+i+1]] {
						if f >= 0 {
							W.add(int(f)*L+gold[i], 1)
							W.add(int(f)*L+pred[i], -1)
						}
					}
				}
			}
			if wrong {
				errs++
			}
			W.c++
			T.c++
		}
		if dev == nil {
			if e == epochs {
				return W.average(), T.average(), e
			}
			continue
		}
		aw, at := W.average(), T.average()
		f := t.evalDense(dev, aw, at)
		t.logf("epoch %d: %d sentences wrong, dev F1 %.2f", e, errs, f)
		if f > bestF {
			bestF, bestE, bestW, bestT = f, e, aw, at
		}
	}
	return bestW, bestT, bestE
}

// evalDense returns the F1 of dense first-pass weights on docs.
func (t *trainer) evalDense(docs []*trainDoc, w, trans []float32) float64 {
	var ev Evaluation
	sc := &scratch{}
	for _, d := range docs {
		em := t.denseEmissions(d, w)
		labels := make([]int, len(d.toks))
		t.m.decodeAll(d.sents, em, trans, nil, sc, labels)
		t.count(&ev, d, labels)
	}
	_, o := ev.Scores()
	return o.F1
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
	_, o := ev.Scores()
	return o.F1
}

// setWeights stores dense first-pass weights in the model, sparsely.
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
	m.feat = newTable(fk, rows)
	m.trans = trans
	m.trans2 = nil
	t.logf("kept features: %d, weights: %d", len(fk), len(m.rowW))
}

// addDocWeights adds the second pass's feature rows to the model.
func (t *trainer) addDocWeights(keys []uint64, w []float32) {
	L := t.L
	m := t.m
	fk, rows := m.feat.pairs()
	byRow := make([]uint64, len(fk))
	for i, r := range rows {
		byRow[r] = fk[i]
	}
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
			byRow = append(byRow, k)
			m.rowStart = append(m.rowStart, uint32(len(m.rowW)))
		}
	}
	all := make([]uint32, len(byRow))
	for i := range all {
		all[i] = uint32(i)
	}
	m.feat = newTable(byRow, all)
}

// secondPass trains the document-level weights on top of the fixed
// first-pass emissions.
func (t *trainer) secondPass(docs, dev []*trainDoc, foldTrans [][]float32, fold []int, nfeat int) ([]float32, []float32, int) {
	L := t.L
	W := &averager{w: make([]float32, nfeat*L), u: make([]float32, nfeat*L), c: 1}
	T := &averager{w: make([]float32, (L+1)*L), u: make([]float32, (L+1)*L), c: 1}
	type sref struct {
		d        *trainDoc
		tr       []float32
		start, n int
	}
	var sents []sref
	for di, d := range docs {
		k := 0
		for _, s := range d.sents {
			sents = append(sents, sref{d, foldTrans[fold[di]], k, len(s)})
			k += len(s)
		}
	}
	rng := rand.New(rand.NewPCG(t.opts.Seed, 3))
	sc := &scratch{}
	var em []float32
	var pred []int
	score := func(d *trainDoc, w []float32, start, n int, em []float32) {
		copy(em, d.em1[start*L:(start+n)*L])
		for i := 0; i < n; i++ {
			row := em[i*L : (i+1)*L]
			for _, f := range d.doc[d.doff[start+i]:d.doff[start+i+1]] {
				for l, v := range w[int(f)*L : int(f+1)*L] {
					row[l] += v
				}
			}
		}
	}
	var bestW, bestT []float32
	bestF, bestE := -1.0, 0
	for e := 1; e <= 5; e++ {
		rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		for _, s := range sents {
			d := s.d
			em = grow(em, s.n*L)
			score(d, W.w, s.start, s.n, em)
			pred = grow(pred, s.n)
			t.m.viterbi(em, s.tr, T.w, sc, pred)
			gold := d.gold[s.start : s.start+s.n]
			for i := 0; i < s.n; i++ {
				pg, pp := L, L
				if i > 0 {
					pg, pp = gold[i-1], pred[i-1]
				}
				if gold[i] != pred[i] || pg != pp {
					T.add(pg*L+gold[i], 1)
					T.add(pp*L+pred[i], -1)
				}
				if gold[i] != pred[i] {
					for _, f := range d.doc[d.doff[s.start+i]:d.doff[s.start+i+1]] {
						W.add(int(f)*L+gold[i], 1)
						W.add(int(f)*L+pred[i], -1)
					}
				}
			}
			W.c++
			T.c++
		}
		aw, at := W.average(), T.average()
		var ev Evaluation
		for _, d := range dev {
			n := len(d.toks)
			em := make([]float32, n*L)
			score(d, aw, 0, n, em)
			labels := make([]int, n)
			t.m.decodeAll(d.sents, em, t.m.trans, at, sc, labels)
			t.count(&ev, d, labels)
		}
		_, o := ev.Scores()
		t.logf("second pass epoch %d: dev F1 %.2f", e, o.F1)
		if o.F1 > bestF {
			bestF, bestE, bestW, bestT = o.F1, e, aw, at
		}
	}
	return bestW, bestT, bestE
}
