package syntax

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// TrainOptions sets how Train learns.
type TrainOptions struct {
	Seed        uint64
	TagEpochs   int     // at most this many tagger epochs (best on dev kept)
	ParseEpochs int     // at most this many parser epochs (best on dev kept)
	Folds       int     // jackknife folds for the parser's training tags; < 2 trains on gold tags
	Explore     float64 // chance of following the model's own move after the first epoch
	Log         func(format string, args ...any)
	Clusters    Clusters // word clusters for features (nil: none)
}

// example is one training sentence prepared for the learners.
type example struct {
	ws             []wordInfo
	gx, gu, gh, gl []int // gold XPOS, UPOS, projectivised head positions (0 = root), labels
	px, pu         []int // tags the parser trains on (jackknifed predictions, or gold)
}

// Train learns a Parser from train, choosing epochs by dev (LAS for the
// parser, UPOS for the tagger).
func Train(train, dev []*Sentence, o TrainOptions) (*Parser, error) {
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
	m := &Parser{clusters: o.Clusters}
	m.xposNames = names(train, func(w *Word) string { return w.XPOS })
	m.uposNames = names(train, func(w *Word) string { return w.UPOS })
	m.labelNames = names(train, func(w *Word) string { return w.Deprel })
	if len(m.xposNames) == 0 || len(m.labelNames) == 0 || len(m.labelNames) > 63 {
		return nil, fmt.Errorf("syntax: training data has %d XPOS tags and %d relations (want some, and at most 63 relations)", len(m.xposNames), len(m.labelNames))
	}
	m.lemmas = learnLemmas(train)
	exs := m.examples(train)
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))

	best := m.trainTagger(exs, dev, o, rng)
	m.xpos, m.upos = best.xpos, best.upos
	if o.Folds >= 2 {
		m.jackknife(exs, o, best.epochs, rng)
	} else {
		for _, e := range exs {
			e.px, e.pu = e.gx, e.gu
		}
	}
	m.trainParser(exs, dev, o, rng)
	m.prune(dev, o.Log)
	return m, nil
}

// names returns the distinct non-empty values of a field, sorted.
func names(sents []*Sentence, field func(*Word) string) []string {
	set := map[string]bool{}
	for _, s := range sents {
		for i := range s.Words {
			if v := field(&s.Words[i]); v != "" {
				set[v] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (m *Parser) examples(sents []*Sentence) []*example {
	index := func(names []string, v string) int {
		i, ok := slices.BinarySearch(names, v)
		if !ok {
			return 0
		}
		return i
	}
	var exs []*example
	for _, s := range sents {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		e := &example{ws: make([]wordInfo, n), gx: make([]int, n), gu: make([]int, n), gh: make([]int, n+2), gl: make([]int, n+2)}
		ok := true
		for i, w := range s.Words {
			e.ws[i] = m.wordInfo(w.Form, i == 0)
			e.gx[i], e.gu[i] = index(m.xposNames, w.XPOS), index(m.uposNames, w.UPOS)
			e.gh[i+1], e.gl[i+1] = w.Head, index(m.labelNames, w.Deprel)
			if w.Head < 0 {
				ok = false
			}
		}
		if ok && projectivize(e.gh[:n+1]) {
			exs = append(exs, e)
		}
	}
	return exs
}

// taggerSnap is an averaged copy of the tagger's weights.
type taggerSnap struct {
	xpos, upos *weights
	epochs     int
}

func (m *Parser) trainTagger(exs []*example, dev []*Sentence, o TrainOptions, rng *rand.Rand) taggerSnap {
	m.xpos, m.upos = newWeights(len(m.xposNames)), newWeights(len(m.uposNames))
	var best taggerSnap
	bestAcc := -1.0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	sc := m.getScratch()
	for ep := 1; ep <= o.TagEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := exs[i]
			sc.xp, sc.up = grow(sc.xp, len(e.ws)), grow(sc.up, len(e.ws))
			m.trainTagSentence(e.ws, e.gx, e.gu, sc.xp, sc.up, sc)
		}
		snap := taggerSnap{xpos: m.xpos.averaged(), upos: m.upos.averaged(), epochs: ep}
		t := &Parser{xposNames: m.xposNames, uposNames: m.uposNames, labelNames: m.labelNames, xpos: snap.xpos, upos: snap.upos, clusters: m.clusters}
		acc := t.tagAccuracy(dev)
		o.Log("tagger epoch %d: dev UPOS %.2f", ep, acc)
		if acc > bestAcc {
			best, bestAcc = snap, acc
		}
	}
	return best
}

// tagAccuracy returns the UPOS accuracy (%) on gold sentences.
func (m *Parser) tagAccuracy(sents []*Sentence) float64 {
	sc := m.getScratch()
	ok, n := 0, 0
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		sc.ws = grow(sc.ws, len(s.Words))
		for i, w := range s.Words {
			sc.ws[i] = m.wordInfo(w.Form, i == 0)
		}
		sc.xp, sc.up = grow(sc.xp, len(s.Words)), grow(sc.up, len(s.Words))
		m.tagSentence(sc.ws, sc.xp, sc.up, sc)
		for i, w := range s.Words {
			n++
			if m.uposNames[sc.up[i]] == w.UPOS {
				ok++
			}
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}

// jackknife tags each fold of the training set with a tagger trained on
// the other folds, so the parser learns from tags as wrong as it will
// see.
func (m *Parser) jackknife(exs []*example, o TrainOptions, epochs int, rng *rand.Rand) {
	k := o.Folds
	for f := 0; f < k; f++ {
		t := &Parser{xposNames: m.xposNames, uposNames: m.uposNames, clusters: m.clusters}
		t.xpos, t.upos = newWeights(len(m.xposNames)), newWeights(len(m.uposNames))
		var rest []*example
		for i, e := range exs {
			if i%k != f {
				rest = append(rest, e)
			}
		}
		sc := t.getScratch()
		for ep := 0; ep < epochs; ep++ {
			rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
			for _, e := range rest {
				sc.xp, sc.up = grow(sc.xp, len(e.ws)), grow(sc.up, len(e.ws))
				t.trainTagSentence(e.ws, e.gx, e.gu, sc.xp, sc.up, sc)
			}
		}
		t.xpos.average()
		t.upos.average()
		for i, e := range exs {
			if i%k == f {
				e.px, e.pu = make([]int, len(e.ws)), make([]int, len(e.ws))
				t.tagSentence(e.ws, e.px, e.pu, sc)
			}
		}
		o.Log("jackknife fold %d/%d tagged", f+1, k)
	}
}

func (m *Parser) trainParser(exs []*example, dev []*Sentence, o TrainOptions, rng *rand.Rand) {
	m.moves, m.labels = newWeights(nMoves), newWeights(len(m.labelNames))
	var bestMoves, bestLabels *weights
	bestLAS := -1.0
	sc := m.getScratch()
	for ep := 1; ep <= o.ParseEpochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		explore := 0.0
		if ep > 1 {
			explore = o.Explore
		}
		for _, e := range exs {
			sc.ws, sc.xp, sc.up = e.ws, e.px, e.pu
			m.trainParse(sc, e.gh, e.gl, explore, rng)
		}
		t := &Parser{xposNames: m.xposNames, uposNames: m.uposNames, labelNames: m.labelNames,
			xpos: m.xpos, upos: m.upos, lemmas: m.lemmas, moves: m.moves.averaged(), labels: m.labels.averaged(), clusters: m.clusters}
		s := t.Evaluate(dev)
		o.Log("parser epoch %d: dev UAS %.2f LAS %.2f UPOS %.2f (%d move features, %d label features)",
			ep, s.UAS(), s.LAS(), s.UPOSAcc(), t.moves.n, t.labels.n)
		if s.LAS() > bestLAS {
			bestLAS, bestMoves, bestLabels = s.LAS(), t.moves, t.labels
		}
	}
	m.moves, m.labels = bestMoves, bestLabels
}

// trainParse runs the parser over one sentence with the dynamic oracle,
// updating the weights at each wrong move; with probability explore it
// then follows its own (possibly wrong) move, else the best right one.
func (m *Parser) trainParse(sc *scratch, gh, gl []int, explore float64, rng *rand.Rand) {
	st := &sc.st
	st.reset(sc.ws, sc.xp, sc.up)
	var cost [nMoves]int
	sco := make([]float32, nMoves)
	for !st.done() {
		sc.feats = moveFeatures(st, sc.feats[:0])
		m.moves.score(sc.feats, sco)
		st.costs(gh, &cost)
		p, g := -1, -1
		for c := 0; c < nMoves; c++ {
			if !st.valid(c) {
				continue
			}
			if p < 0 || sco[c] > sco[p] {
				p = c
			}
			if g < 0 || cost[c] < cost[g] || cost[c] == cost[g] && sco[c] > sco[g] {
				g = c
			}
		}
		m.moves.tick()
		if cost[p] > cost[g] {
			m.moves.update(sc.feats, g, 1)
			m.moves.update(sc.feats, p, -1)
		}
		mv := g
		if cost[p] == cost[g] || (explore > 0 && rng.Float64() < explore) {
			mv = p
		}
		lab := 0
		if mv != shift {
			h, d := st.arc(mv)
			if gh[d] == h {
				sc.feats = labelFeatures(st, h, d, mv, sc.feats[:0])
				ls := sc.scores[:m.labels.nc]
				m.labels.score(sc.feats, ls)
				lab = argmax(ls)
				m.labels.tick()
				if lab != gl[d] {
					m.labels.update(sc.feats, gl[d], 1)
					m.labels.update(sc.feats, lab, -1)
				}
			} else {
				lab = m.label(st, h, d, mv, sc)
			}
		}
		st.apply(mv, lab)
	}
}

// averaged returns a read-only copy of the weights, averaged and pruned.
func (p *weights) averaged() *weights {
	c := &weights{nc: p.nc, slots: p.slots, mask: p.mask, n: p.n, c: p.c,
		w: slices.Clone(p.w), acc: p.acc}
	c.average()
	return c
}

// pruneSteps are the pruning fractions tried, most pruning first: a row
// is dropped when its largest weight is below the fraction of its
// table's largest (moves, then the tagger and label tables). Dropping
// the many rows that barely move a decision shrinks the model and keeps
// more of the tables in the caches, but how much can go depends on the
// largest weight, so prune checks each step on dev.
var pruneSteps = [][2]float32{{0.02, 0.005}, {0.01, 0.0025}, {0.005, 0.001}, {0, 0}}

// prune keeps the most pruning of pruneSteps that costs at most 0.05 LAS
// and 0.03 UPOS on dev (no pruning without dev).
func (m *Parser) prune(dev []*Sentence, log func(string, ...any)) {
	if len(dev) == 0 {
		return
	}
	base := m.Evaluate(dev)
	for _, st := range pruneSteps {
		t := &Parser{xposNames: m.xposNames, uposNames: m.uposNames, labelNames: m.labelNames, lemmas: m.lemmas, clusters: m.clusters}
		tables := []**weights{&t.moves, &t.xpos, &t.upos, &t.labels}
		for i, w := range []*weights{m.moves, m.xpos, m.upos, m.labels} {
			c := *w // prune builds new tables, leaving w's untouched
			c.pruneRelative(st[min(i, 1)])
			*tables[i] = &c
		}
		s := t.Evaluate(dev)
		log("pruning at %.4f/%.4f: dev UAS %.2f LAS %.2f UPOS %.2f (%d move features)", st[0], st[1], s.UAS(), s.LAS(), s.UPOSAcc(), t.moves.n)
		if s.LAS() >= base.LAS()-0.05 && s.UPOSAcc() >= base.UPOSAcc()-0.03 {
			m.moves, m.xpos, m.upos, m.labels = t.moves, t.xpos, t.upos, t.labels
			return
		}
	}
}
