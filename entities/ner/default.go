package ner

import (
	"bytes"
	"sync"

	"github.com/newsgraph/newsgraph/data"
)

var (
	defaultOnce  sync.Once
	defaultModel *Model
	fineOnce     sync.Once
	fineModel    *Model
)

// Default returns the embedded coarse model (data/ner/model.bin.gz:
// PER, LOC, ORG, MISC), loaded on first use and shared. It panics if the
// embedded model is malformed, which this package's tests rule out for
// every build.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Load(bytes.NewReader(data.NERModel))
		if err != nil {
			panic(err)
		}
		defaultModel = m
	})
	return defaultModel
}

// DefaultFine returns the embedded fine model (data/ner/fine.bin.gz),
// which stacks on Default and tags newsgraph's types: person, party,
// country, organization, place, event and misc.
func DefaultFine() *Model {
	fineOnce.Do(func() {
		m, err := LoadStacked(bytes.NewReader(data.NERFineModel), Default())
		if err != nil {
			panic(err)
		}
		fineModel = m
	})
	return fineModel
}
