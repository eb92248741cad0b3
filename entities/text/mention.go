package text

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// Mention is a span of a document that names an entity.
type Mention struct {
	// Start and End are byte offsets in the document text; TokStart and
	// TokEnd the token range.
	Start, End       int
	TokStart, TokEnd int
	Type             graph.Type
	// Entry is the gazetteer entry the mention was matched to, or nil.
	Entry *gazetteer.Entry
	// Source names the recognizer that found the mention ("gazetteer",
	// "cue", "acronym", "head", "event", "model", "repeat").
	Source string
	// Score orders competing mentions: where two overlap, the higher
	// score wins, then the longer span.
	Score float64
	// Role is the role cue that introduced a person ("Prime Minister").
	Role string
}

// Text returns the mention's surface form in d.
func (m Mention) Text(d *Document) string { return d.Text[m.Start:m.End] }

// Recognizer finds candidate mentions in a document. Candidates may
// overlap; the extractor keeps the best non-overlapping set. A Recognizer
// must be safe for concurrent use.
type Recognizer interface {
	Recognize(d *Document) []Mention
}

// Scores of the built-in recognizers. A trained recognizer's mentions
// should score ScoreModel so that gazetteer and cue evidence outranks it.
const (
	ScoreWeak  = 1.0 // a guess from shape alone
	ScoreHead  = 2.0 // typed by a head noun ("... Committee")
	ScoreModel = 1.8 // a statistical recognizer: rules typing the same span win
	// ScoreWeakPlace is a one-word town that may be a surname: the
	// recognizer's reading of the span wins.
	ScoreWeakPlace = 1.5
	ScoreStrong    = 3.0 // a gazetteer name or a role cue
)
