package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DocStart is the first field of the line that starts a document in
// CoNLL-2003 files.
const DocStart = "-DOCSTART-"

// Line is one line of a CoNLL column file: a token line (Fields holds its
// columns, the token first), a blank sentence break, or a -DOCSTART- line.
type Line struct {
	Text   string
	Fields []string
}

// Blank reports whether the line is a sentence break.
func (l Line) Blank() bool { return len(l.Fields) == 0 }

// DocStart reports whether the line starts a new document.
func (l Line) DocStart() bool { return len(l.Fields) > 0 && l.Fields[0] == DocStart }

// Token reports whether the line holds a token.
func (l Line) Token() bool { return len(l.Fields) > 0 && !l.DocStart() }

// ErrColumns reports token lines whose number of columns differs from the
// file's first token line.
var ErrColumns = errors.New("wrong number of columns")

// ReadError is a problem with one line of a CoNLL file.
type ReadError struct {
	Line int
	Err  error
}

func (e *ReadError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ReadError) Unwrap() error { return e.Err }

// ReadCoNLL reads a CoNLL column file: one token a line with whitespace
// separated columns, blank lines between sentences, -DOCSTART- lines
// between documents. Every token line must have the same number of
// columns and be valid UTF-8 without control characters (tabs apart), so
// that writing the lines back cannot drive a terminal.
func ReadCoNLL(r io.Reader) ([]Line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var lines []Line
	cols := 0
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(text) {
			return nil, &ReadError{n, errors.New("invalid UTF-8")}
		}
		if i := strings.IndexFunc(text, isControl); i >= 0 {
			return nil, &ReadError{n, fmt.Errorf("control character %U", []rune(text[i:])[0])}
		}
		l := Line{Text: text, Fields: strings.Fields(text)}
		if l.Token() {
			if cols == 0 {
				cols = len(l.Fields)
			} else if len(l.Fields) != cols {
				return nil, &ReadError{n, fmt.Errorf("%w: %d, want %d", ErrColumns, len(l.Fields), cols)}
			}
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return nil, &ReadError{len(lines) + 1, err}
	}
	return lines, nil
}

// Sentence is a run of token lines: Lines[i] indexes the file's lines.
type Sentence struct {
	Lines []int
}

// Document is the sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// Documents groups the token lines of a file into documents and
// sentences. A file without -DOCSTART- lines is one document.
func Documents(lines []Line) []Document {
	var docs []Document
	var doc Document
	var sent Sentence
	endSent := func() {
		if len(sent.Lines) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = Sentence{}
		}
	}
	endDoc := func() {
		endSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = Document{}
		}
	}
	for i, l := range lines {
		switch {
		case l.DocStart():
			endDoc()
		case l.Blank():
			endSent()
		default:
			sent.Lines = append(sent.Lines, i)
		}
	}
	endDoc()
	return docs
}

// Column returns column c of the document's tokens, sentence by sentence
// (c < 0 counts from the end: -1 is the last column).
func Column(lines []Line, d Document, c int) [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		col := make([]string, len(s.Lines))
		for j, li := range s.Lines {
			f := lines[li].Fields
			k := c
			if k < 0 {
				k += len(f)
			}
			col[j] = f[k]
		}
		out[i] = col
	}
	return out
}

// isControl reports control and format characters other than tab.
func isControl(r rune) bool {
	return r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r))
}
