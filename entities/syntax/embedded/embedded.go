// Package embedded loads the parser model embedded in package data
// (data/parser/model.bin.gz) with the word clusters of entities/ner it
// was trained with. It is apart from package syntax so that syntax does
// not depend on entities/ner: entities holds the syntax stage, and
// entities/ner's tests use entities.
package embedded

import (
	"bytes"
	"sync"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax"
)

// Parser returns the embedded model, loaded on first use and shared. It
// panics if the embedded model is malformed, which the tests of package
// syntax rule out for every build.
var Parser = sync.OnceValue(func() *syntax.Parser {
	m, err := syntax.Load(bytes.NewReader(data.ParserModel), ner.Default())
	if err != nil {
		panic(err)
	}
	return m
})
