package entities

import (
	"cmp"
	"slices"

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

// overlaps reports whether two mentions share a byte.
func overlaps(a, b Mention) bool { return a.Start < b.End && b.Start < a.End }

// selectMentions keeps the best set of non-overlapping mentions: highest
// score first, then longest, then earliest. The result is sorted by start.
func selectMentions(cands []Mention) []Mention {
	slices.SortStableFunc(cands, func(a, b Mention) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.End-b.Start, a.End-a.Start),
			cmp.Compare(a.Start, b.Start),
		)
	})
	kept := make([]Mention, 0, len(cands))
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k Mention) bool { return overlaps(k, c) }) {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return kept
}
