package ingest

import "sync"

// budget bounds the pieces, and their bytes, between reader and writer.
type budget struct {
	mu             sync.Mutex
	cond           *sync.Cond
	n, bytes       int
	maxN, maxBytes int
}

func newBudget(maxN, maxBytes int) *budget {
	b := &budget{maxN: maxN, maxBytes: maxBytes}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until a piece of size bytes fits. A piece larger than the
// whole budget is let through alone.
func (b *budget) acquire(size int) {
	b.mu.Lock()
	for b.n > 0 && (b.n >= b.maxN || b.bytes+size > b.maxBytes) {
		b.cond.Wait()
	}
	b.n++
	b.bytes += size
	b.mu.Unlock()
}

func (b *budget) release(size int) {
	b.mu.Lock()
	b.n--
	b.bytes -= size
	b.mu.Unlock()
	b.cond.Broadcast()
}
