package ingest

import (
	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
)

// DefaultExtractor returns the extractor ingest uses: gazetteers and rules
// plus the trained recognizer of entities/ner. This is the one place to
// configure recognition. The extractor is shared by all workers, so it
// must be safe for concurrent use.
func DefaultExtractor() *entities.Extractor {
	gz := make(chan *gazetteer.Gazetteer)
	go func() { gz <- gazetteer.Default() }() // the two loads overlap
	rec := ner.DefaultRecognizer()
	return entities.New(entities.WithGazetteer(<-gz), entities.WithRecognizer(rec))
}
