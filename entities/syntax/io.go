package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"sync"

	kgzip "github.com/klauspost/compress/gzip"
)

const magic = "newsgraph-syntax 2\n"

// ErrModel reports a model file that cannot be read.
var ErrModel = errors.New("syntax: malformed model")

// ErrReadOnly reports saving a model that was loaded (Save writes
// trained models).
var ErrReadOnly = errors.New("syntax: a loaded model cannot be saved")

// Save writes a trained model, gzip-compressed. Weights are quantised to
// 16 bits against each table's largest weight (the parse changes on no
// ewt-dev sentence in our runs; the file is half the size). A loaded
// model keeps only its packed tables and cannot be saved again.
func (m *Parser) Save(w io.Writer) error {
	for _, t := range []*weights{m.xpos, m.upos, m.moves, m.labels} {
		if t.order == nil && t.w == nil {
			return ErrReadOnly
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	if m.clusters != nil {
		writeUvarint(bw, 2)
		writeUvarint(bw, clusterPrint(m.clusters))
	} else {
		writeUvarint(bw, 0)
	}
	for _, names := range [][]string{m.xposNames, m.uposNames, m.labelNames} {
		writeStrings(bw, names)
	}
	keys := make([]string, 0, len(m.lemmas.except))
	for k := range m.lemmas.except {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = m.lemmas.except[k]
	}
	writeStrings(bw, keys)
	writeStrings(bw, vals)
	for _, t := range []*weights{m.xpos, m.upos, m.moves, m.labels} {
		writeWeights(bw, t)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

func writeStrings(w *bufio.Writer, ss []string) {
	writeUvarint(w, uint64(len(ss)))
	for _, s := range ss {
		writeUvarint(w, uint64(len(s)))
		w.WriteString(s)
	}
}

// writeWeights writes a table's keys in increasing order (as deltas) and
// its rows as 16-bit integers scaled by the largest weight.
func writeWeights(w *bufio.Writer, t *weights) {
	keys := t.pairs()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
	var mx float32
	for _, v := range t.w {
		mx = max(mx, float32(math.Abs(float64(v))))
	}
	if mx == 0 {
		mx = 1
	}
	writeUvarint(w, uint64(t.nc))
	writeUvarint(w, uint64(len(keys)))
	binary.Write(w, binary.LittleEndian, mx)
	prev := uint64(0)
	for _, i := range order {
		writeUvarint(w, keys[i]-prev)
		prev = keys[i]
	}
	buf := make([]byte, 2*t.nc)
	for _, i := range order {
		for c, v := range t.w[i*t.nc : i*t.nc+t.nc] {
			binary.LittleEndian.PutUint16(buf[2*c:], uint16(int16(math.Round(float64(v/mx*32767)))))
		}
		w.Write(buf)
	}
}

// Load reads a model written by Save. A model trained with word
// clusters needs the same clusters (c; package embedded gives the
// embedded model with entities/ner's).
func Load(r io.Reader, c Clusters) (*Parser, error) {
	// klauspost's inflate reads the same stream in about half the time
	// of the standard library's, which was half the load; Save keeps the
	// standard library's writer, so training writes the same bytes.
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: not a newsgraph syntax model", ErrModel)
	}
	m := &Parser{}
	rd := &reader{r: br}
	flag := rd.uvarint(2)
	if flag > 0 {
		if c == nil {
			return nil, fmt.Errorf("%w: trained with word clusters, loaded without", ErrModel)
		}
		m.clusters = c
	}
	if flag == 2 { // with a fingerprint of the clusters
		m.clustersStale = rd.uvarint(math.MaxUint64) != clusterPrint(c)
	}
	m.xposNames, m.uposNames, m.labelNames = rd.strings(), rd.strings(), rd.strings()
	keys, vals := rd.strings(), rd.strings()
	if rd.err == nil && len(keys) != len(vals) {
		rd.err = ErrModel
	}
	m.lemmas = &lemmatizer{except: make(map[string]string, len(keys))}
	for i, k := range keys {
		m.lemmas.except[k] = vals[i]
	}
	m.xpos, m.upos, m.moves, m.labels = rd.weights(), rd.weights(), rd.weights(), rd.weights()
	rd.building.Wait()
	if rd.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, rd.err)
	}
	if m.xpos.nc != len(m.xposNames) || m.upos.nc != len(m.uposNames) || m.moves.nc != nMoves || m.labels.nc != len(m.labelNames) || len(m.labelNames) > 63 {
		return nil, fmt.Errorf("%w: tables do not match the tag sets", ErrModel)
	}
	return m, nil
}

type reader struct {
	r        *bufio.Reader
	err      error
	building sync.WaitGroup // the tables being built (see weights)
}

func (rd *reader) uvarint(limit uint64) uint64 {
	if rd.err != nil {
		return 0
	}
	// Decoded from the reader's buffer where it holds the whole number
	// (a model has millions): a byte at a time through io.ByteReader
	// took a quarter of the load.
	if b, _ := rd.r.Peek(binary.MaxVarintLen64); len(b) > 0 {
		if v, n := binary.Uvarint(b); n > 0 {
			rd.r.Discard(n)
			if v > limit {
				rd.err = fmt.Errorf("count %d over %d", v, limit)
			}
			return v
		}
	}
	v, err := binary.ReadUvarint(rd.r)
	if err == nil && v > limit {
		err = fmt.Errorf("count %d over %d", v, limit)
	}
	rd.err = err
	return v
}

func (rd *reader) strings() []string {
	n := rd.uvarint(1 << 22)
	var out []string
	for i := uint64(0); i < n && rd.err == nil; i++ {
		b := make([]byte, rd.uvarint(1<<16))
		if rd.err == nil {
			_, rd.err = io.ReadFull(rd.r, b)
		}
		out = append(out, string(b))
	}
	return out
}

func (rd *reader) weights() *weights {
	nc := int(rd.uvarint(256))
	n := int(rd.uvarint(1 << 26))
	var mx float32
	if rd.err == nil {
		rd.err = binary.Read(rd.r, binary.LittleEndian, &mx)
	}
	if rd.err == nil && nc*n > 1<<27 {
		rd.err = errors.New("table too large")
	}
	if rd.err != nil || nc == 0 {
		if rd.err == nil {
			rd.err = errors.New("table with no classes")
		}
		return &weights{nc: 1}
	}
	keys := make([]uint64, n)
	k := uint64(0)
	for i := range keys {
		k += rd.uvarint(math.MaxUint64)
		keys[i] = k
	}
	q := make([]int16, nc*n)
	var top int16
	var raw [1 << 14]byte
	for i := 0; i < len(q) && rd.err == nil; {
		b := raw[:2*min(len(q)-i, len(raw)/2)]
		_, rd.err = io.ReadFull(rd.r, b)
		for j := 0; j < len(b); j, i = j+2, i+1 {
			q[i] = int16(binary.LittleEndian.Uint16(b[j:]))
			top = max(top, q[i], -q[i])
		}
	}
	t := &weights{nc: nc}
	scale := mx / 32767
	// The table is built while the next one is read (the tables are
	// independent; Load waits for all of them): loading the parser is
	// on the critical path of an ingest's start.
	rd.building.Go(func() {
		if nc >= 256 {
			w := make([]float32, nc*n)
			for i, x := range q {
				w[i] = float32(x) * scale
			}
			t.rebuild(keys, w)
			return
		}
		// The scale rebuild would compute from the weights as floats, so
		// that a loaded model scores exactly as the one saved did after
		// loading.
		t.build(keys, q, max(float32(top)*scale, 1e-30)/32767)
	})
	return t
}
