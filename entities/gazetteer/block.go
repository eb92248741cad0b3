package gazetteer

import "unsafe"

// A block is one allocation that holds everything of a loaded gazetteer
// that callers can reach: the text of its files, its entries, their
// aliases and capitals, and the matches Lookup returns.
//
// Its memory is a []uint64, so the garbage collector never scans it: it
// marks the whole block live while anything points into it and does no
// more. The tables of a loaded gazetteer hold some three million pointers
// (every string and slice of 186,000 entries and 212,000 aliases and
// matches), which each collection would otherwise follow again, at a
// tenth of a second of CPU per collection.
//
// This is safe because every pointer stored in a block points into the
// same block or to static data (the graph.Type and AliasKind constants):
// what is reachable from a *Entry or a Match that a caller keeps is the
// block itself, which the caller's pointer keeps alive. The code that fills
// a block (decoder.decode, indexer.finish) never appends beyond the
// capacity of a slice carved from it, which would put a pointer to memory
// the garbage collector cannot see from the block into it.
type block struct {
	words []uint64
	used  int // words handed out
}

// blockWords is the number of words n values of type T take in a block.
func blockWords[T any](n int) int {
	var zero T
	return (n*int(unsafe.Sizeof(zero)) + 7) / 8
}

// newBlock allocates a block of the given number of words; callers add up
// blockWords of what they will carve.
func newBlock(words int) *block {
	return &block{words: make([]uint64, words)}
}

// carve returns an empty slice of capacity n of zero values, taken from b.
// It panics if b is too small. T must not need more than 8-byte alignment.
func carve[T any](b *block, n int) []T {
	w := blockWords[T](n)
	if w == 0 {
		return nil
	}
	s := unsafe.Slice((*T)(unsafe.Pointer(&b.words[b.used:][:w][0])), n)
	b.used += w
	return s[:0]
}

// text copies src into b and returns the copy.
func (b *block) text(src string) string {
	dst := carve[byte](b, len(src))[:len(src)]
	copy(dst, src)
	return unsafe.String(unsafe.SliceData(dst), len(dst))
}
