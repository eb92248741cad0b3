package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/text"
)

// clusters assigns words to a coarse cluster and a fine one within it.
type clusters struct {
	words        []string // most frequent first
	coarse, fine []uint16 // ids from 1
	caps         []uint8  // capitalisation buckets (see ner.Resources)
}

const (
	minWordCount = 3     // words seen fewer times get no cluster
	maxWords     = 80000 // most frequent words clustered
	contexts     = 1000  // neighbour words that make up a word's vector
	iterations   = 12
)

// readCorpus returns the token sequences (one per paragraph-sized text)
// of JSON-lines news files; the text is in "body" or "text", with "title".
func readCorpus(paths []string) ([][]string, error) {
	var texts [][]string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		n := 0
		for sc.Scan() {
			n++
			var rec struct{ Title, Body, Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %v", p, n, err)
			}
			for _, t := range []string{rec.Title, rec.Body, rec.Text} {
				if t == "" {
					continue
				}
				d := text.Segment(t)
				for _, s := range d.Sentences {
					toks := make([]string, 0, s.TokEnd-s.TokStart)
					for _, tk := range d.Tokens[s.TokStart:s.TokEnd] {
						toks = append(toks, tk.Text)
					}
					texts = append(texts, toks)
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
	}
	return texts, nil
}

// isWord reports whether a token starts with a letter or digit.
func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sparse is a word's context vector: indices and values, L2-normalised.
type sparse struct {
	ix []int32
	v  []float32
}

func (s sparse) dot(c []float32) float32 {
	var d float32
	for k, i := range s.ix {
		d += s.v[k] * c[i]
	}
	return d
}

// capCount counts a lower-cased word's occurrences inside sentences and
// how many of them were capitalised.
type capCount struct{ upper, all int }

// induceClusters clusters the corpus's frequent words by the words seen
// just before and after them (positive PMI weights, cosine similarity):
// spherical k-means into coarse clusters, then again within each.
func induceClusters(paths []string, coarse, fine int, seed uint64) (*clusters, error) {
	texts, err := readCorpus(paths)
	if err != nil {
		return nil, err
	}
	count, caps := countWords(texts)
	vocab := frequentWords(count)
	ctxWords := contextWords(count)
	dims := 2 * len(ctxWords) // left contexts, then right
	co, ctxTotal, total := cooccurrences(texts, vocab, ctxWords)
	texts = nil
	vecs := pmiVectors(co, ctxTotal, total)
	rng := rand.New(rand.NewPCG(seed, 7))
	all := make([]int, len(vocab))
	for i := range all {
		all[i] = i
	}
	top := kmeans(vecs, all, coarse, dims, rng)
	cl := &clusters{words: vocab, coarse: make([]uint16, len(vocab)), fine: make([]uint16, len(vocab)), caps: capClasses(vocab, caps)}
	for k := 0; k < coarse; k++ {
		var members []int
		for i, c := range top {
			if c == k {
				members = append(members, i)
			}
		}
		sub := kmeans(vecs, members, fine, dims, rng)
		for j, i := range members {
			cl.coarse[i] = uint16(k + 1)
			cl.fine[i] = uint16(k*fine + sub[j] + 1)
		}
	}
	return cl, nil
}

// countWords counts each word of the texts, and for each lower-cased word
// how often it appears inside a sentence and how often capitalised there.
func countWords(texts [][]string) (map[string]int, map[string]*capCount) {
	count := map[string]int{}
	caps := map[string]*capCount{} // by lower case, inside sentences only
	for _, t := range texts {
		for i, w := range t {
			count[w]++
			if i == 0 || !isWord(w) || !isWord(t[i-1]) {
				continue // sentence starts and words after punctuation or quotes say nothing
			}
			lw := strings.ToLower(w)
			c := caps[lw]
			if c == nil {
				c = &capCount{}
				caps[lw] = c
			}
			c.all++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				c.upper++
			}
		}
	}
	return count, caps
}

// frequentWords returns the words to cluster: those seen at least
// minWordCount times, most frequent first, at most maxWords of them.
func frequentWords(count map[string]int) []string {
	var vocab []string
	for w, c := range count {
		if c >= minWordCount {
			vocab = append(vocab, w)
		}
	}
	byFreq := func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) }
	slices.SortFunc(vocab, byFreq)
	if len(vocab) > maxWords {
		vocab = vocab[:maxWords]
	}
	return vocab
}

// contextWords returns the context words: the most frequent lower-cased
// words, at most contexts of them.
func contextWords(count map[string]int) []string {
	lc := map[string]int{}
	for w, c := range count {
		lc[strings.ToLower(w)] += c
	}
	var ctxWords []string
	for w := range lc {
		ctxWords = append(ctxWords, w)
	}
	slices.SortFunc(ctxWords, func(a, b string) int { return cmp.Or(cmp.Compare(lc[b], lc[a]), cmp.Compare(a, b)) })
	if len(ctxWords) > contexts {
		ctxWords = ctxWords[:contexts]
	}
	return ctxWords
}

// cooccurrences counts, for each word of vocab, the context words just
// before it (dimensions 0 to len(ctxWords)-1) and just after it (the next
// len(ctxWords)), with each dimension's total and the grand total.
func cooccurrences(texts [][]string, vocab, ctxWords []string) (co []map[int32]float32, ctxTotal []float64, total float64) {
	ctxIx := map[string]int32{}
	for i, w := range ctxWords {
		ctxIx[w] = int32(i)
	}
	wordIx := map[string]int{}
	for i, w := range vocab {
		wordIx[w] = i
	}
	co = make([]map[int32]float32, len(vocab))
	for i := range co {
		co[i] = map[int32]float32{}
	}
	ctxTotal = make([]float64, 2*len(ctxWords))
	for _, t := range texts {
		for i, w := range t {
			wi, ok := wordIx[w]
			if !ok {
				continue
			}
			if i > 0 {
				if c, ok := ctxIx[strings.ToLower(t[i-1])]; ok {
					co[wi][c]++
					ctxTotal[c]++
					total++
				}
			}
			if i+1 < len(t) {
				if c, ok := ctxIx[strings.ToLower(t[i+1])]; ok {
					co[wi][int32(len(ctxWords))+c]++
					ctxTotal[int32(len(ctxWords))+c]++
					total++
				}
			}
		}
	}
	return co, ctxTotal, total
}

// pmiVectors turns co-occurrence counts into L2-normalised vectors of
// positive PMI weights.
func pmiVectors(co []map[int32]float32, ctxTotal []float64, total float64) []sparse {
	vecs := make([]sparse, len(co))
	for i, m := range co {
		var wt float64
		for _, v := range m {
			wt += float64(v) // integer counts: exact in any order
		}
		var s sparse
		var norm float64
		ctxs := make([]int32, 0, len(m))
		for c := range m {
			ctxs = append(ctxs, c)
		}
		slices.Sort(ctxs) // a fixed order keeps the sums, and so the clusters, reproducible
		for _, c := range ctxs {
			v := m[c]
			pmi := math.Log(float64(v) * total / (wt * ctxTotal[c]))
			if pmi > 0 {
				s.ix = append(s.ix, c)
				s.v = append(s.v, float32(pmi))
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for k := range s.v {
			s.v[k] /= float32(norm)
		}
		vecs[i] = s
	}
	return vecs
}

// capClasses returns each vocab word's capitalisation class inside
// sentences: 0 when seen fewer than 3 times there, else 1 (almost never
// capitalised) to 5 (almost always).
func capClasses(vocab []string, caps map[string]*capCount) []uint8 {
	out := make([]uint8, len(vocab))
	for i, w := range vocab {
		c := caps[strings.ToLower(w)]
		if c == nil || c.all < 3 {
			continue
		}
		switch r := float64(c.upper) / float64(c.all); {
		case r < 0.05:
			out[i] = 1
		case r < 0.3:
			out[i] = 2
		case r < 0.7:
			out[i] = 3
		case r < 0.95:
			out[i] = 4
		default:
			out[i] = 5
		}
	}
	return out
}

// kmeans runs spherical k-means on the vectors of members and returns
// each member's cluster. Initial centroids are the most frequent
// members (members are in frequency order) mixed with random ones.
func kmeans(vecs []sparse, members []int, k, dims int, rng *rand.Rand) []int {
	assign := make([]int, len(members))
	if len(members) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	cent := make([][]float32, k)
	perm := rng.Perm(len(members))
	for c := 0; c < k; c++ {
		cent[c] = make([]float32, dims)
		v := vecs[members[perm[c]]]
		for j, i := range v.ix {
			cent[c][i] = v.v[j]
		}
	}
	sim := make([]float32, len(members))
	size := make([]int, k)
	for it := 0; it < iterations; it++ {
		clear(size)
		for mi, w := range members {
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				if d := vecs[w].dot(cent[c]); d > best {
					best, arg = d, c
				}
			}
			assign[mi], sim[mi] = arg, best
			size[arg]++
		}
		// An empty cluster takes the member its centroid fits worst.
		for c := 0; c < k; c++ {
			if size[c] > 0 {
				continue
			}
			worst := -1
			for mi := range members {
				if size[assign[mi]] > 1 && (worst < 0 || sim[mi] < sim[worst]) {
					worst = mi
				}
			}
			if worst < 0 {
				break
			}
			size[assign[worst]]--
			assign[worst], sim[worst] = c, 1
			size[c]++
		}
		for c := range cent {
			clear(cent[c])
		}
		for mi, w := range members {
			v := vecs[w]
			c := cent[assign[mi]]
			for j, i := range v.ix {
				c[i] += v.v[j]
			}
		}
		for _, c := range cent {
			var n float64
			for _, x := range c {
				n += float64(x) * float64(x)
			}
			if n == 0 {
				continue
			}
			s := float32(1 / math.Sqrt(n))
			for i := range c {
				c[i] *= s
			}
		}
	}
	return assign
}
