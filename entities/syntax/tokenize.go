package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits plain text into sentences of tokens as UD English
// does: punctuation apart, hyphens between words apart ("anti-war" →
// anti - war), clitics apart ("don't" → do n't, "they're" → they 're,
// "John's" → John 's, "cannot" → can not, "gonna" → gon na). Each
// token's Form is its text and Start, End its byte offsets in text; its
// other fields are empty. Sentences end after ., ! or ? (and any closing
// quotes or brackets) before a word that does not start in lower case,
// and at blank lines.
func Tokenize(text string) [][]Token {
	var sents [][]Token
	var cur []Token
	end := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && blankLineAt(text, i+w) {
				end()
			}
			i += w
			continue
		}
		j := i
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += w
		}
		chunk := splitChunk(text, i, j, nil)
		for _, t := range chunk {
			if len(cur) > 0 && endsSentence(cur) && startsSentence(t.Form) {
				end()
			}
			cur = append(cur, t)
		}
		i = j
	}
	end()
	return sents
}

// blankLineAt reports whether only spaces come before the next line
// break from i (so the line break before i starts a blank line).
func blankLineAt(text string, i int) bool {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		i += w
	}
	return true
}

// endsSentence reports whether the tokens so far end with a sentence's
// final punctuation, perhaps followed by closing quotes or brackets.
func endsSentence(toks []Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		f := toks[k].Form
		switch {
		case f == "." || f == "!" || f == "?" || strings.Trim(f, ".!?") == "" && len(f) > 1:
			return true
		case isCloser(f):
			continue
		}
		return false
	}
	return false
}

func isCloser(f string) bool {
	switch f {
	case `"`, "'", "”", "’", ")", "]", "}", "»":
		return true
	}
	return false
}

// startsSentence reports whether a token can start a sentence: anything
// but a word in lower case or closing punctuation.
func startsSentence(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return !unicode.IsLower(r) && !isCloser(f) && !strings.ContainsRune(".,;:!?)%", r)
}

// isLeading reports punctuation split off the front of a chunk.
func isLeading(r rune) bool {
	return strings.ContainsRune("\"'([{<“‘«`$£€¿¡*#", r)
}

// isTrailing reports punctuation split off the end of a chunk.
func isTrailing(r rune) bool {
	return strings.ContainsRune("\"')]}>”’».,;:!?%…*", r)
}

// abbreviations keep their final dot.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true, "vs": true,
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "capt": true, "col": true, "lt": true, "sgt": true, "no": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true,
	"a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "approx": true, "dept": true, "est": true, "mt": true,
}

// splitChunk appends the tokens of text[i:j], a run without spaces.
func splitChunk(text string, i, j int, out []Token) []Token {
	// Leading punctuation, one mark a token.
	for i < j {
		r, w := utf8.DecodeRuneInString(text[i:j])
		if !isLeading(r) || i+w == j && len(out) > 0 {
			break
		}
		out = append(out, Token{Form: text[i : i+w], Start: i, End: i + w})
		i += w
	}
	// Trailing punctuation, kept to put after the core.
	var tail []Token
	for j > i {
		r, w := utf8.DecodeLastRuneInString(text[i:j])
		if !isTrailing(r) {
			break
		}
		if r == '.' {
			core := text[i : j-w]
			if keepsDot(core) {
				break
			}
			// "..." stays one token.
			k := j - w
			for k > i && text[k-1] == '.' {
				k--
			}
			if j-k > 1 {
				tail = append(tail, Token{Form: text[k:j], Start: k, End: j})
				j = k
				continue
			}
		}
		tail = append(tail, Token{Form: text[j-w : j], Start: j - w, End: j})
		j -= w
	}
	if i < j {
		out = splitCore(text, i, j, out)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// keepsDot reports whether a word before a final dot is an abbreviation
// that keeps it: a known one, a single letter ("J."), or one with inner
// dots ("U.S").
func keepsDot(core string) bool {
	if core == "" {
		return false
	}
	l := strings.ToLower(core)
	if abbreviations[l] {
		return true
	}
	r, w := utf8.DecodeRuneInString(core)
	if w == len(core) && unicode.IsLetter(r) {
		return true
	}
	if strings.Contains(core, ".") {
		for _, r := range core {
			if r != '.' && !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	return false
}

// splitCore splits a word at hyphens between letters and before
// clitics, appending the pieces.
func splitCore(text string, i, j int, out []Token) []Token {
	start := i
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(text[k:j])
		if r == '-' && k > start && k+w < j {
			prev, _ := utf8.DecodeLastRuneInString(text[start:k])
			next, _ := utf8.DecodeRuneInString(text[k+w : j])
			if isWordChar(prev) && isWordChar(next) {
				out = splitClitics(text, start, k, out)
				out = append(out, Token{Form: "-", Start: k, End: k + w})
				start = k + w
			}
		}
		k += w
	}
	return splitClitics(text, start, j, out)
}

func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// clitics are the endings UD English splits off, longest first.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"}

// splitClitics appends text[i:j], split before a clitic ending.
func splitClitics(text string, i, j int, out []Token) []Token {
	w := text[i:j]
	lw := strings.ToLower(w)
	cut := -1
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			cut = len(w) - len(c)
			break
		}
	}
	switch {
	case cut < 0 && (lw == "cannot" || lw == "gonna" || lw == "wanna" || lw == "gotta"):
		cut = 3
	case cut > 0 && (lw == "can't" || lw == "can’t" || lw == "won't" || lw == "won’t"):
		cut = 2 // "ca n't", "wo n't", as UD writes them
	}
	if cut <= 0 {
		return append(out, Token{Form: w, Start: i, End: j})
	}
	return append(out, Token{Form: w[:cut], Start: i, End: i + cut}, Token{Form: w[cut:], Start: i + cut, End: j})
}

// Retokenize splits tokens made by another tokenizer (their Form, Start
// and End index text) as UD English does: clitics apart ("didn't" → did
// n't, "they're" → they 're, "cannot" → can not) and hyphens between words
// apart. Offsets are kept; a token whose offsets do not index text is
// kept as it is.
func Retokenize(text string, toks []Token) []Token {
	out := make([]Token, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End || text[t.Start:t.End] != t.Form {
			out = append(out, t)
			continue
		}
		out = splitCore(text, t.Start, t.End, out)
	}
	return out
}
