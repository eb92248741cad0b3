package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
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
// Source "model" and Score text.ScoreModel. Words joined by hyphens
// are one token for the model, as in its training data ("al-Hakim",
// "Jamaat-e-Islami"; see modelTokens), so a name holding them is found
// whole.
func (r *Recognizer) Recognize(d *text.Document) []text.Mention {
	sents := make([][]string, len(d.Sentences))
	spans := make([][]int, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i], spans[i] = modelTokens(d, s.TokStart, s.TokEnd)
	}
	var out []text.Mention
	for i, cs := range r.m.FineChunks(sents) {
		sp, base := spans[i], d.Sentences[i].TokStart
		for _, c := range keepParticles(sents[i], r.m.openingPersons(sents[i], cs)) {
			t := graph.Type(newsType(c.Type, sents[i][c.Start:c.End]))
			first, end := base+c.Start, base+c.End
			if sp != nil {
				first, end = sp[c.Start], sp[c.End]
			}
			if !graph.ValidType(t) || handle(d, first) {
				continue
			}
			out = append(out, text.Mention{
				Start:    d.Tokens[first].Start,
				End:      d.Tokens[end-1].End,
				TokStart: first,
				TokEnd:   end,
				Type:     t,
				Source:   "model",
				Score:    text.ScoreModel,
			})
		}
	}
	return out
}

// modelTokens returns the model's tokens for d's tokens [from, to), and
// the document token each starts at (with to appended), or nil when each
// is one document token (from, from+1, ...). The document's
// tokenizer splits at hyphens; CoNLL-2003, on which the model is trained,
// keeps "al-Hakim" and "Harkat-ul-Ansar" one token, so words joined by "-"
// with no space on either side that read as one name (see nameChain) are
// joined again. Other hyphenated words stay apart: in "pro-India" or
// "Saudi-led" the name is a part.
func modelTokens(d *text.Document, from, to int) ([]string, []int) {
	toks := make([]string, 0, to-from)
	var starts []int // nil while every model token is one document token
	for j := from; j < to; j++ {
		t := d.Tokens[j]
		k := j
		if t.Text != "-" && j+2 < to && d.Tokens[j+1].Text == "-" {
			for k+2 < to && hyphenJoins(d, k) {
				k += 2
			}
		}
		if k > j && nameChain(d.Tokens[j:k+1]) {
			if starts == nil {
				starts = make([]int, len(toks), to-from+1)
				for i := range starts {
					starts[i] = from + i
				}
			}
			toks = append(toks, tokenText(d.Text[t.Start:d.Tokens[k].End]))
			starts = append(starts, j)
			j = k
			continue
		}
		toks = append(toks, tokenText(t.Text))
		if starts != nil {
			starts = append(starts, j)
		}
	}
	if starts == nil {
		return toks, nil
	}
	return toks, append(starts, to)
}

// hyphenJoins reports whether tokens j and j+2 are words joined by a
// hyphen, token j+1, with no space around it.
func hyphenJoins(d *text.Document, j int) bool {
	h, next := d.Tokens[j+1], d.Tokens[j+2]
	return h.Text == "-" && !h.Space && !next.Space && d.Tokens[j].Word() && next.Word()
}

// nameChain reports whether hyphen-joined words (words and hyphens
// alternating) read as one name: the last word capitalised, the first
// capitalised or a name particle ("al-Hakim"), and the words between
// capitalised or short connectors ("Jamaat-e-Islami", "Hizb-ul-Ansar").
func nameChain(ts []text.Token) bool {
	last := len(ts) - 1
	if !ts[last].Cap() || !ts[0].Cap() && !hyphenParticles[ts[0].Text] {
		return false
	}
	for i := 2; i < last; i += 2 {
		if !ts[i].Cap() && utf8.RuneCountInString(ts[i].Text) > 3 {
			return false
		}
	}
	return true
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
