package entities

import (
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// Extractor finds entities and relations in article text by running its
// stages (see [Stage]) in order on each article. It is safe for
// concurrent use.
type Extractor struct {
	gz          *gazetteer.Gazetteer
	recognizers []Recognizer
	stages      []Stage
	// base replaces DefaultStages when set (WithStages); edits then change
	// the list by stage name, in the order the options were given.
	base  []Stage
	edits []func([]Stage) []Stage
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithRecognizer adds a recognizer whose mentions compete with the
// gazetteer's and the rules'. This is where a trained model plugs in: the
// recognizers stage runs the recognizers in the order given.
func WithRecognizer(r Recognizer) Option {
	return func(x *Extractor) { x.recognizers = append(x.recognizers, r) }
}

// WithGazetteer replaces the embedded gazetteer.
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(x *Extractor) { x.gz = g }
}

// WithStages replaces the default stage list (see [DefaultStages]) with
// stages. WithRecognizer then has no effect: the list holds its own
// recognizers stage, or none.
func WithStages(stages ...Stage) Option {
	return func(x *Extractor) { x.base = append([]Stage{}, stages...) }
}

// WithStageBefore inserts s before the stage named name.
func WithStageBefore(name string, s Stage) Option {
	return edit(name, func(l []Stage, i int) []Stage { return slices.Insert(l, i, s) })
}

// WithStageAfter inserts s after the stage named name.
func WithStageAfter(name string, s Stage) Option {
	return edit(name, func(l []Stage, i int) []Stage { return slices.Insert(l, i+1, s) })
}

// WithStageReplaced puts s in place of the stage named name.
func WithStageReplaced(name string, s Stage) Option {
	return edit(name, func(l []Stage, i int) []Stage { l[i] = s; return l })
}

// WithoutStage removes the stage named name.
func WithoutStage(name string) Option {
	return edit(name, func(l []Stage, i int) []Stage { return slices.Delete(l, i, i+1) })
}

// edit returns an option that applies f to the stage list at the index of
// the stage named name. New panics when there is no such stage: the list
// is fixed when the program is written, so a wrong name is a bug.
func edit(name string, f func([]Stage, int) []Stage) Option {
	return func(x *Extractor) {
		x.edits = append(x.edits, func(l []Stage) []Stage {
			i := slices.IndexFunc(l, func(s Stage) bool { return s.Name() == name })
			if i < 0 {
				panic(fmt.Sprintf("entities: no stage named %q", name))
			}
			return f(l, i)
		})
	}
}

// New returns an Extractor using the embedded gazetteer and the built-in
// stages, changed by any options.
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, o := range opts {
		o(x)
	}
	if x.gz == nil {
		x.gz = gazetteer.Default()
	}
	x.stages = x.base
	if x.stages == nil {
		x.stages = DefaultStages(x.gz, x.recognizers...)
	}
	for _, e := range x.edits {
		x.stages = e(x.stages)
	}
	x.base, x.edits = nil, nil
	return x
}

// Gazetteer returns the gazetteer the extractor uses.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gz }

// Stages returns the names of the extractor's stages, in the order they
// run.
func (x *Extractor) Stages() []string {
	names := make([]string, len(x.stages))
	for i, s := range x.stages {
		names[i] = s.Name()
	}
	return names
}

// Extract finds the entities and relations of one article's cleaned text.
func (x *Extractor) Extract(text string) *Extraction {
	return x.ExtractArticle(text, ArticleInfo{})
}

// ExtractArticle is Extract with the article's date and dateline.
func (x *Extractor) ExtractArticle(text string, info ArticleInfo) *Extraction {
	return x.ExtractDocument(&Document{Text: text}, info)
}

// ExtractDocument is ExtractArticle for a document, segmented or not (the
// segment stage segments a document without tokens).
func (x *Extractor) ExtractDocument(d *Document, info ArticleInfo) *Extraction {
	return x.Run(d, info).Extraction
}

// Run runs the stages on d and returns the Doc they built, for callers
// and tests that want more than the Extraction: the candidates, the
// selected mentions, the acronyms. Its Extraction is never nil.
func (x *Extractor) Run(d *Document, info ArticleInfo) *Doc {
	doc := &Doc{Document: d, Info: info}
	for _, s := range x.stages {
		s.Run(doc)
	}
	if doc.Extraction == nil {
		doc.Extraction = &Extraction{}
	}
	return doc
}
