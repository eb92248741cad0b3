package ingest

import (
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// DefaultExtractor returns the extractor ingest uses: gazetteers and rules
// plus the trained recognizer of entities/ner, and the dependency parse of
// the sentences the relation rules read (entities.RelationSyntaxStage,
// with the parser of entities/syntax/embedded). This is the one place to
// configure recognition. The extractor is shared by all workers, so it
// must be safe for concurrent use.
func DefaultExtractor() *entities.Extractor { return newExtractor(true) }

// RulesExtractor is DefaultExtractor without the dependency parse: the
// relations come from the cue rules alone ("newsgraph ingest --no-parse").
func RulesExtractor() *entities.Extractor { return newExtractor(false) }

func newExtractor(parse bool) *entities.Extractor {
	gz := make(chan *gazetteer.Gazetteer)
	go func() { gz <- gazetteer.Default() }() // the loads overlap
	var parser chan *syntax.Parser
	if parse {
		parser = make(chan *syntax.Parser)
		go func() { parser <- embedded.Parser() }()
	}
	opts := []entities.Option{entities.WithRecognizer(ner.DefaultRecognizer()), entities.WithGazetteer(<-gz)}
	if parse {
		opts = append(opts, entities.WithStageBefore(entities.StageRelations, entities.RelationSyntaxStage(<-parser)))
	}
	return entities.New(opts...)
}

// extractorLoad loads a session's extractor (its models take seconds on a
// busy machine) on the first article to extract, so that an interruption
// need not wait for the load.
type extractorLoad struct {
	once   sync.Once
	loaded chan struct{} // closed once the extractor is loaded
}

// ready starts loading the extractor and waits for it, or for ctx; it
// reports whether the extractor is ready.
func (l *extractorLoad) ready(ctx context.Context, extractor func() *entities.Extractor) bool {
	l.once.Do(func() {
		l.loaded = make(chan struct{})
		go func() {
			extractor()
			close(l.loaded)
		}()
	})
	select {
	case <-l.loaded:
		return true
	case <-ctx.Done():
		return false
	}
}
