package syntax

import (
	"bytes"
	"sync"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/ner"
)

// Default is the embedded model for this package's tests (package
// embedded gives it to everyone else; it imports syntax, so these tests
// cannot use it).
var Default = sync.OnceValue(func() *Parser {
	m, err := Load(bytes.NewReader(data.ParserModel), ner.Default())
	if err != nil {
		panic(err)
	}
	return m
})
