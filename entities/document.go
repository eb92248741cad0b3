package entities

import (
	"github.com/newsgraph/newsgraph/entities/text"
)

// The document model lives in package entities/text, shared with
// recognizers such as entities/ner; these aliases keep it at hand here.
type (
	// Token is one token of a document; see [text.Token].
	Token = text.Token
	// Sentence is one sentence of a document; see [text.Sentence].
	Sentence = text.Sentence
	// Document is a segmented text; see [text.Document].
	Document = text.Document
	// Mention is a typed span naming an entity; see [text.Mention].
	Mention = text.Mention
	// Recognizer proposes mentions; see [text.Recognizer].
	Recognizer = text.Recognizer
)

// Segment tokenises text and splits it into sentences; see [text.Segment].
func Segment(s string) *Document { return text.Segment(s) }

// Scores of the built-in recognizers; see package entities/text.
const (
	ScoreWeak      = text.ScoreWeak
	ScoreHead      = text.ScoreHead
	ScoreModel     = text.ScoreModel
	ScoreWeakPlace = text.ScoreWeakPlace
	ScoreStrong    = text.ScoreStrong
)
