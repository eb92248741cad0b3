package ner

// history remembers, for each capitalised word of a document (by its
// lower-case hash), how the tagger labelled it in the sentences so far:
// outside a name, or inside one of which type. Its features let a later
// "Blackburn" follow an earlier "Peter Blackburn" (PER), and a headline's
// "LEICESTERSHIRE" the body's verdict on it, in one left-to-right pass.
type history struct {
	counts map[uint64]*[maxHistTypes + 1]int32 // [0] outside, [1+t] type t
}

const maxHistTypes = 8

func (h *history) reset() {
	if h.counts == nil {
		h.counts = make(map[uint64]*[maxHistTypes + 1]int32)
	}
	clear(h.counts)
}

// labelType returns 0 for O and 1+t for a BILOU label of type t.
func labelType(l int) int {
	if l == 0 {
		return 0
	}
	return 1 + (l-1)/4
}

// histType returns the type a token's label counts as in the history,
// and false when it does not count: the token is not capitalised, or the
// label's type is beyond those the history keeps.
func histType(t *tok, label int) (int, bool) {
	if t.flags&flagCap == 0 {
		return 0, false
	}
	ht := labelType(label)
	return ht, ht <= maxHistTypes
}

// add records the labels of one sentence's tokens.
func (h *history) add(toks []tok, labels []int) {
	for i := range toks {
		t, ok := histType(&toks[i], labels[i])
		if !ok {
			continue
		}
		c := h.counts[toks[i].l]
		if c == nil {
			c = new([maxHistTypes + 1]int32)
			h.counts[toks[i].l] = c
		}
		c[t]++
	}
}

// features appends the history features of a token.
func (h *history) features(t *tok, out []uint64) []uint64 {
	if t.flags&flagCap == 0 {
		return out
	}
	c := h.counts[t.l]
	if c == nil {
		return append(out, mix(fHistNone, 0))
	}
	maj, most := 0, int32(0)
	for ty, v := range c {
		if v > 0 {
			out = append(out, mix(fHistAny, uint64(ty)))
			if v > most {
				maj, most = ty, v
			}
		}
	}
	return append(out, mix(fHistMaj, uint64(maj)))
}

// histFeatures lists every feature history can produce (for training).
func histFeatures() []uint64 {
	out := []uint64{mix(fHistNone, 0)}
	for t := 0; t <= maxHistTypes; t++ {
		out = append(out, mix(fHistAny, uint64(t)), mix(fHistMaj, uint64(t)))
	}
	return out
}
