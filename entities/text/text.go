package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// Token is one word, number or punctuation mark of a text, with its byte
// offsets. Offsets index the text given to Segment.
type Token struct {
	Start, End int
	Text       string
	// Lower is Text in lower case, computed once when the text is split
	// (the rules compare lower-case words many times per token). Tokens
	// made by hand may leave it empty: read it through LowerText.
	Lower string
	// Space reports whether whitespace separates the token from the one
	// before it (true for the first token).
	Space bool
	// Break reports whether a paragraph break (a blank line) comes before
	// the token.
	Break bool
	// shape caches Word and Cap, set by the tokenizer (shapeSet); tokens
	// made by hand leave it zero and have them worked out from Text.
	shape uint8
	// Vocab numbers the token's lower-case text in a vocabulary of the
	// caller's (the entities package numbers the words of its word lists
	// once per token, so the rules test list membership by number, not
	// by string). Zero means not numbered; the tokenizer leaves it zero.
	// It sits in the struct's padding: a Token stays 56 bytes.
	Vocab uint32
}

// Bits of Token.shape.
const (
	shapeSet uint8 = 1 << iota
	shapeWord
	shapeCap
)

// shapeOf returns the shape bits of a token's text.
func shapeOf(text string) uint8 {
	r, _ := utf8.DecodeRuneInString(text)
	s := shapeSet
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		s |= shapeWord
	}
	if unicode.IsUpper(r) {
		s |= shapeCap
	}
	return s
}

// LowerText returns the token's text in lower case: Lower, or Text
// lowered when Lower was not set. It and the other accessors below take
// a pointer: with a value receiver every call, even inlined, copies the
// 56-byte token first (the rules call them millions of times per corpus,
// mostly as d.Tokens[k].LowerText(), which takes no copy now).
func (t *Token) LowerText() string {
	if t.Lower != "" || t.Text == "" {
		return t.Lower
	}
	return strings.ToLower(t.Text)
}

// Cap reports whether the token starts with an upper-case letter.
func (t *Token) Cap() bool {
	if t.shape&shapeSet != 0 {
		return t.shape&shapeCap != 0
	}
	return StartsUpper(t.Text)
}

// StartsUpper reports whether s starts with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Upper reports whether every letter of the token is upper case and there
// are at least two of them ("BJP", "U.S.", "G7" does not count).
func (t *Token) Upper() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Word reports whether the token starts with a letter or digit.
func (t *Token) Word() bool {
	if t.shape&shapeSet != 0 {
		return t.shape&shapeWord != 0
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Sentence is a span of a text holding one sentence, and the range of its
// tokens in Document.Tokens.
type Sentence struct {
	Start, End       int
	TokStart, TokEnd int
}

// Document is a text split into tokens and sentences.
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// Segment tokenises text and splits it into sentences. Paragraph breaks
// (blank lines) always end a sentence; single line breaks do not, since
// wire copy wraps lines mid-sentence.
func Segment(text string) *Document {
	d := &Document{Text: text, Tokens: tokenize(text)}
	d.Sentences = splitSentences(text, d.Tokens)
	return d
}

// isWordRune reports whether r can be part of a word token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII: no marks, and the tables say what this says
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func tokenize(text string) []Token {
	toks := make([]Token, 0, min(len(text)/5, 1<<16)+1) // news text: about six bytes a token
	// An ASCII text is lowered once, and each token's lower case is a
	// slice of it (lowering ASCII keeps every byte in place), not a
	// string of its own per capitalised word.
	lower := ""
	if fold.ASCII(text) {
		lower = strings.ToLower(text)
	}
	space, brk := true, false
	newlines := 0
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newlines++
				if newlines >= 2 {
					brk = true
				}
			}
			i += w
			continue
		}
		start := i
		if isWordRune(r) {
			i += w
			for i < len(text) {
				r, w := utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					i += w
					continue
				}
				// A dot inside an abbreviation ("U.S.", "a.m.") or after a
				// lone capital ("S. Jaishankar") stays with the word.
				if r == '.' && isAbbrevDot(text, start, i) {
					i += w
					continue
				}
				// An apostrophe inside a word ("O'Brien", "don't") stays
				// unless it starts a possessive "'s" at the word's end.
				if isApostrophe(r) && i+w < len(text) {
					next, nw := utf8.DecodeRuneInString(text[i+w:])
					if isWordRune(next) {
						if (next == 's' || next == 'S') && !isWordRuneAt(text, i+w+nw) {
							break
						}
						i += w
						continue
					}
				}
				break
			}
		} else if isApostrophe(r) && i+w < len(text) && (text[i+w] == 's' || text[i+w] == 'S') && !isWordRuneAt(text, i+w+1) && len(toks) > 0 && !space {
			i += w + 1 // possessive 's
		} else {
			i += w
		}
		word := text[start:i]
		var lw string
		if lower != "" {
			lw = lower[start:i]
		} else {
			lw = strings.ToLower(word)
		}
		toks = append(toks, Token{Start: start, End: i, Text: word, Lower: lw, Space: space, Break: brk, shape: shapeOf(word)})
		space, brk, newlines = false, false, 0
	}
	return toks
}

func isWordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isAbbrevDot reports whether the dot at text[i] continues the word that
// starts at start: single letters joined by dots ("U.S.", "e.g.") or a
// single capital letter used as an initial.
func isAbbrevDot(text string, start, i int) bool {
	word := text[start:i]
	// Single letter so far, or letter-dot pattern ("U.S", "a.m").
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsLetter(r) {
			return false
		}
		// "U.S." style: another letter right after the dot.
		if isLetterAt(text, i+1) && (i+2 >= len(text) || text[i+2] == '.') {
			return true
		}
		// An initial: capital letter, dot, space, capital letter.
		return unicode.IsUpper(r) && i+2 < len(text) && text[i+1] == ' ' && isUpperAt(text, i+2)
	}
	parts := strings.Split(word, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func isUpperAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// abbreviations that end with a dot without ending a sentence (lower case,
// without the dot).
var abbreviations = lexicon.Set("abbreviations")

// AbbreviationDot reports whether toks[i] is a full stop glued to an
// abbreviation before it that ends no sentence ("St." of "St. Louis",
// "Dr."): the dot belongs to the word, not the sentence.
func AbbreviationDot(toks []Token, i int) bool {
	return i > 0 && toks[i].Text == "." && !toks[i].Space && abbreviations[toks[i-1].LowerText()]
}

func splitSentences(text string, toks []Token) []Sentence {
	var out []Sentence
	begin := 0
	emit := func(end int) {
		if end > begin {
			out = append(out, Sentence{Start: toks[begin].Start, End: toks[end-1].End, TokStart: begin, TokEnd: end})
		}
		begin = end
	}
	for i := range toks {
		if i > begin && toks[i].Break {
			emit(i)
		}
		t := toks[i]
		if t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…" && !strings.HasSuffix(t.Text, ".") {
			continue
		}
		if strings.HasSuffix(t.Text, ".") && t.Text != "." {
			// An abbreviation token such as "U.S." ends a sentence only
			// when a capitalised word that is not a name follows; keep it
			// simple: it does not end one.
			continue
		}
		if AbbreviationDot(toks, i) {
			continue
		}
		// Swallow closing quotes and brackets.
		j := i + 1
		for j < len(toks) && !toks[j].Space && isCloser(toks[j].Text) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		next := toks[j]
		if !next.Space && !next.Break {
			continue // "3.5", "example.com"
		}
		r, _ := utf8.DecodeRuneInString(next.Text)
		if unicode.IsLower(r) {
			continue
		}
		emit(j)
	}
	emit(len(toks))
	return out
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}
