package ner

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"strings"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// Recognizer finds names with a trained model, for the extractor of
// package entities. It is safe for concurrent use.
type Recognizer struct {
	m *Model
}

var _ text.Recognizer = (*Recognizer)(nil)

// NewRecognizer returns a Recognizer tagging with m: a fine model reports
// its own types, a coarse one has its names typed by rules (see
// FineChunks). Names typed misc are left out: newsgraph has no such type.
func NewRecognizer(m *Model) *Recognizer { return &Recognizer{m: m} }

// DefaultRecognizer returns a Recognizer with the embedded coarse model,
// its names typed by rules. On news it types countries and parties more
// reliably than the fine model, whose training data is mostly Wikipedia
// text about politics (it calls Italy a place, for one), and it is twice
// as fast.
func DefaultRecognizer() *Recognizer { return NewRecognizer(Default()) }

// tokenReplacements are typographic quotes, apostrophes and dashes, each
// with the ASCII of the newswire the model was trained on, for
// tokenReplacer.
var tokenReplacements = []string{"\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "--"}

var tokenReplacer = strings.NewReplacer(tokenReplacements...)

// tokenText returns s with tokenReplacer's replacements. Every rune it
// replaces starts with the byte 0xE2 in UTF-8, so a token without that
// byte (nearly all) is returned as it is without running the replacer.
func tokenText(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return tokenReplacer.Replace(s)
}

// Recognize tags each sentence of d and returns the names found, with
// Source "model" and Score text.ScoreModel.
func (r *Recognizer) Recognize(d *text.Document) []text.Mention {
	sents := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		toks := make([]string, 0, s.TokEnd-s.TokStart)
		for _, t := range d.Tokens[s.TokStart:s.TokEnd] {
			toks = append(toks, tokenText(t.Text))
		}
		sents[i] = toks
	}
	var out []text.Mention
	for i, cs := range r.m.FineChunks(sents) {
		base := d.Sentences[i].TokStart
		for _, c := range cs {
			t := graph.Type(newsType(c.Type, sents[i][c.Start:c.End]))
			if !graph.ValidType(t) || handle(d, base+c.Start) {
				continue
			}
			out = append(out, text.Mention{
				Start:    d.Tokens[base+c.Start].Start,
				End:      d.Tokens[base+c.End-1].End,
				TokStart: base + c.Start,
				TokEnd:   base + c.End,
				Type:     t,
				Source:   "model",
				Score:    text.ScoreModel,
			})
		}
	}
	return out
}

// agreementWords name documents, which newsgraph does not model.
var agreementWords = lexicon.Set("ner_agreement_words")

// newsType corrects a tagged name's type for ingest: social-media handles
// and hashtags are not names; "Operation X" is an event whatever the
// model says; treaties and laws are misc.
func newsType(typ string, toks []string) string {
	if strings.HasPrefix(toks[0], "@") || strings.HasPrefix(toks[0], "#") {
		return FineMisc
	}
	if len(toks) > 1 && strings.EqualFold(toks[0], "operation") {
		return FineEvent
	}
	if agreementWords[strings.ToLower(toks[len(toks)-1])] {
		return FineMisc
	}
	return typ
}

// handle reports whether token i is glued to a preceding "@" or "#": a
// social-media handle or hashtag, not a name.
func handle(d *text.Document, i int) bool {
	if i == 0 || d.Tokens[i].Space {
		return false
	}
	p := d.Tokens[i-1].Text
	return p == "@" || p == "#"
}
