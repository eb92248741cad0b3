package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/internal/hashtab"
)

// Model is a trained tagger: feature weights, label transitions, word
// clusters and gazetteer names. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	labels []string // BILOU labels; labels[0] is "O"
	types  []string // entity types, in label order

	feat     *hashtab.Table[uint32] // feature hash → row
	featSpan *hashtab.Table[span]   // feature hash → its weights' span (feat for tagging)
	rowStart []uint32
	rowLab   []uint8
	rowW     []float32
	trans    []float32 // (L+1)×L: trans[p*L+c]; row L is the sentence start
	history  bool      // uses the document's prediction history

	clusters *hashtab.Table[uint32] // mix(word hash,'w') or mix(lower hash,'l') → coarse<<16 | fine
	gaz      *hashtab.Table[uint32] // mix(key hash,'g') → bits of gazetteer classes
	gazMax   int

	// base is the coarse model a fine model stacks on (nil for a coarse
	// model); stacked records that the model needs one.
	base    *Model
	stacked bool

	// edge holds, for each place in nearOffsets, the weights a token
	// gets when its sentence has no word there (wordcache.go).
	edge [len(nearOffsets)][]float32

	prevOK [][]int // prevOK[c]: labels that may precede c (index L: start)
	endOK  []bool
	lat    lattice // prevOK with the scores of trans, for Viterbi
	ctx    ctxRows // rows of context features with few values

	scratches scratches
}

const magic = "newsgraph-ner 1\n"

// Types returns the model's entity types ("LOC", "MISC", "ORG", "PER").
func (m *Model) Types() []string { return slices.Clone(m.types) }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.rowStart) - 1 }

// labelsFor returns the BILOU labels of types, "O" first.
func labelsFor(types []string) []string {
	l := []string{"O"}
	for _, t := range types {
		l = append(l, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return l
}

// init computes the transitions BILOU allows.
func (m *Model) init() {
	L := len(m.labels)
	m.prevOK = make([][]int, L)
	m.endOK = make([]bool, L)
	for c := 0; c < L; c++ {
		pc, tc := splitTag(m.labels[c])
		m.endOK[c] = pc == 'O' || pc == 'L' || pc == 'U'
		for p := 0; p <= L; p++ {
			pp, tp := byte('O'), ""
			if p < L {
				pp, tp = splitTag(m.labels[p])
			}
			var ok bool
			switch pp {
			case 'B', 'I':
				ok = (pc == 'I' || pc == 'L') && tc == tp
			default:
				ok = pc == 'O' || pc == 'B' || pc == 'U'
			}
			if ok {
				m.prevOK[c] = append(m.prevOK[c], p)
			}
		}
	}
	m.precompute()
}

// precompute derives from the weights and transitions what tagging
// reads instead of them (the edge rows, Viterbi's lattice). Call it
// whenever they change.
func (m *Model) precompute() {
	if m.feat != nil {
		m.spanTable()
	}
	m.edgeRows()
	if m.feat != nil {
		m.contextRows()
	}
	m.lat = lattice{}
	if len(m.trans) == (len(m.labels)+1)*len(m.labels) {
		m.lat.build(m, m.trans)
	}
}

// ErrModel reports a model file that cannot be read.
var ErrModel = errors.New("ner: malformed model")

// Save writes the model, gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(magic)
	put(uint32(len(m.types)))
	for _, t := range m.types {
		put(uint8(len(t)))
		bw.WriteString(t)
	}
	// Features in row order.
	keys := make([]uint64, m.Features())
	fk, fv := m.feat.Pairs()
	for i, k := range fk {
		keys[fv[i]] = k
	}
	put(uint32(len(keys)))
	put(keys)
	put(m.rowStart)
	put(m.rowLab)
	put(m.rowW)
	put(m.trans)
	for _, t := range []*hashtab.Table[uint32]{m.clusters, m.gaz} {
		var ks []uint64
		var vs []uint32
		if t != nil {
			ks, vs = t.Pairs()
		}
		put(uint32(len(ks)))
		put(ks)
		put(vs)
	}
	put(uint32(m.gazMax))
	flags := uint8(0)
	if m.stacked {
		flags |= 1
	}
	if m.history {
		flags |= 2
	}
	put(flags)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save. A fine model stacked on a coarse
// one needs its base: see LoadStacked.
func Load(r io.Reader) (*Model, error) {
	m, err := load(r)
	if err == nil && m.stacked {
		return nil, fmt.Errorf("%w: a stacked model needs its base model (use LoadStacked)", ErrModel)
	}
	return m, err
}

// LoadStacked reads a fine model written by Save that stacks on base.
func LoadStacked(r io.Reader, base *Model) (*Model, error) {
	m, err := load(r)
	if err != nil {
		return nil, err
	}
	if !m.stacked || base == nil {
		return nil, fmt.Errorf("%w: not a stacked model, or no base", ErrModel)
	}
	m.base = base
	return m, nil
}

func load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, fmt.Errorf("%w: not a newsgraph NER model", ErrModel)
	}
	d := decoder{b: raw[len(magic):]}
	m := &Model{}
	nt := d.u32()
	for i := uint32(0); i < nt && d.err == nil; i++ {
		n := d.u8()
		m.types = append(m.types, string(d.bytes(int(n))))
	}
	if len(m.types) > 63 {
		return nil, fmt.Errorf("%w: %d types", ErrModel, len(m.types))
	}
	m.labels = labelsFor(m.types)
	L := len(m.labels)
	nf := int(d.u32())
	keys := d.u64s(nf)
	m.rowStart = d.u32s(nf + 1)
	nw := 0
	if len(m.rowStart) > 0 {
		nw = int(m.rowStart[nf])
	}
	m.rowLab = d.bytes(nw)
	m.rowW = d.f32s(nw)
	m.trans = d.f32s((L + 1) * L)
	var tabs [2]*hashtab.Table[uint32]
	for i := range tabs {
		n := int(d.u32())
		ks := d.u64s(n)
		vs := d.u32s(n)
		if n > 0 && d.err == nil {
			tabs[i] = hashtab.FromPairs(ks, vs, 2)
		}
	}
	m.clusters, m.gaz = tabs[0], tabs[1]
	m.gazMax = int(d.u32())
	flags := d.u8()
	m.stacked, m.history = flags&1 != 0, flags&2 != 0
	if d.err != nil {
		return nil, d.err
	}
	for _, l := range m.rowLab {
		if int(l) >= L {
			return nil, fmt.Errorf("%w: label %d out of range", ErrModel, l)
		}
	}
	for i := 0; i < nf; i++ {
		if m.rowStart[i] > m.rowStart[i+1] {
			return nil, fmt.Errorf("%w: rows out of order", ErrModel)
		}
	}
	rows := make([]uint32, nf)
	for i := range rows {
		rows[i] = uint32(i)
	}
	m.feat = hashtab.FromPairs(keys, rows, 3)
	m.init()
	return m, nil
}

// decoder reads little-endian values, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		if d.err == nil {
			d.err = fmt.Errorf("%w: truncated", ErrModel)
		}
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) u8() uint8 {
	b := d.take(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) u32() uint32 {
	b := d.take(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (d *decoder) bytes(n int) []byte { return slices.Clone(d.take(n)) }

func (d *decoder) u32s(n int) []uint32 {
	b := d.take(4 * n)
	if b == nil {
		return nil
	}
	v := make([]uint32, n)
	for i := range v {
		v[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return v
}

func (d *decoder) f32s(n int) []float32 {
	u := d.u32s(n)
	v := make([]float32, len(u))
	for i, x := range u {
		v[i] = math.Float32frombits(x)
	}
	return v
}

func (d *decoder) u64s(n int) []uint64 {
	b := d.take(8 * n)
	if b == nil {
		return nil
	}
	v := make([]uint64, n)
	for i := range v {
		v[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return v
}
