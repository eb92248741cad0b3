package ner

import (
	"bytes"
	"sync"

	"github.com/newsgraph/newsgraph/data"
)

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model (data/ner/model.bin.gz), loaded on
// first use and shared. It panics if the embedded model is malformed,
// which this package's tests rule out for every build.
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
