package ingest

import (
	"context"
	"io"
	"sync"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Input is one input an Engine reads: a path (a file, or a directory read
// recursively), or a reader holding one file.
type Input struct {
	// Path is the file or directory to read; with Reader, the name the
	// reader's articles and failures carry ("-" for standard input).
	Path string
	// Reader, when not nil, is read instead of Path, as one file in
	// Format (see article.Read).
	Reader io.Reader
	Format string
}

// Engine ingests inputs into a store: the only way articles are written.
type Engine struct {
	opts      Options
	store     *store.Store
	extractor func() *entities.Extractor
}

// New returns an engine that ingests into s.
func New(s *store.Store, opts Options) *Engine {
	opts.defaults()
	return &Engine{opts: opts, store: s, extractor: sync.OnceValue(opts.Extractor)}
}

// Run ingests the inputs in order and returns what it did, with the
// store's counts after it. It returns an error only when the store fails;
// input failures are listed in the summary. When ctx is cancelled, it
// stops reading, finishes the pieces in flight, commits, and returns a
// summary with Interrupted set and StoppedAt naming the first input not
// ingested. progress, if not nil, is called once per input item handled
// (an article or a failure), from one goroutine.
func (e *Engine) Run(ctx context.Context, inputs []Input, progress func()) (*Summary, error) {
	e.store.CacheWrites(writeCacheBytes)
	s := &session{
		cfg:       &e.opts,
		store:     e.store,
		extractor: e.extractor,
		sum:       &Summary{Failed: []Failure{}, Skipped: []Failure{}},
		step:      progress,
		stored:    newStoredIndex(e.store),
	}
	if s.step == nil {
		s.step = func() {}
	}
	if err := s.run(ctx, inputs); err != nil {
		return s.sum, err
	}
	sum := s.sum
	if !sum.Interrupted {
		// An interrupted run resolves when it is continued, so that it
		// ends with the graph an uninterrupted one gives.
		if _, err := Resolve(e.store); err != nil {
			return sum, err
		}
	}
	var err error
	if sum.Articles, sum.Entities, sum.Relations, err = e.store.Counts(); err != nil {
		return sum, err
	}
	return sum, nil
}
