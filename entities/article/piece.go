package article

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
)

// A Piece is a part of one input that is read into articles on its own: a
// whole file, one line of a JSON lines file, or one element of a JSON
// array. Splitting input into pieces
// is cheap (no parsing), so one goroutine can split while others call
// Articles in parallel; reading every piece of a file in order gives what
// ReadFile gives.
type Piece struct {
	// Path is the file the piece comes from, "-" for standard input.
	Path string
	// Line is the 1-based line of a JSON lines item, or the line a JSON
	// array element starts on; 0 for a whole file.
	Line int
	// Format is the format the piece is read in ("" to sniff a whole file).
	Format string
	// Size is the number of bytes of input the piece holds.
	Size int

	data    []byte
	tooLong bool
}

// Sum returns a digest of the piece's bytes and format. Equal digests mean
// equal input, hence equal articles: a caller may remember the digests of
// pieces it stored and skip them, unread, when they come again.
func (p *Piece) Sum() [16]byte {
	h := sha256.New()
	h.Write([]byte(p.Format))
	h.Write([]byte{0})
	h.Write(p.data)
	var s [16]byte
	copy(s[:], h.Sum(nil))
	return s
}

// Articles reads the articles of the piece, as ReadFile does: (article,
// nil) for each article and (nil, *Error) for each failure.
func (p *Piece) Articles() iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		if p.Line > 0 {
			a, err := jsonlItem(p.data, p.tooLong, p.Path, p.Line)
			if a != nil || err != nil {
				yield(a, err)
			}
			return
		}
		readWhole(p.data, p.Path, p.Format, yield)
	}
}

// Pieces splits one file into pieces: each line of a JSON lines file
// (.jsonl, .ndjson; blank lines skipped), or the whole file. Failures to
// read the file are yielded as *Error values.
func Pieces(path string) iter.Seq2[*Piece, error] {
	return func(yield func(*Piece, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(nil, &Error{Path: path, Err: osErr(err)})
			return
		}
		defer f.Close()
		format := FormatOf(path)
		if fi, err := f.Stat(); err != nil {
			yield(nil, &Error{Path: path, Err: osErr(err)})
			return
		} else if fi.IsDir() {
			yield(nil, &Error{Path: path, Err: errors.New("is a directory")})
			return
		} else if format != FormatJSONL && fi.Size() > MaxSize {
			yield(nil, &Error{Path: path, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), MaxSize)})
			return
		}
		ReaderPieces(f, path, format)(yield)
	}
}

// ReaderPieces is Pieces for the content of r, in the named format (see
// Read); name is used in errors and Article.Path. Gzip data and UTF-16
// with a byte-order mark are decoded first, in every format.
func ReaderPieces(r io.Reader, name, format string) iter.Seq2[*Piece, error] {
	return func(yield func(*Piece, error) bool) {
		fail := func(err error) { yield(nil, &Error{Path: name, Err: err}) }
		r, err := decodeStream(r)
		if err != nil {
			fail(err)
			return
		}
		switch strings.ToLower(format) {
		case "text", "txt", "md", "markdown":
			format = FormatText
		case "html", "htm", "xhtml":
			format = FormatHTML
		case "json":
			format = FormatJSON
		case "jsonl", "ndjson":
			splitJSONL(r, name, yield)
			return
		case "", "auto":
			format = ""
		default:
			fail(fmt.Errorf("%w %q (want text, html, json or jsonl)", ErrFormat, format))
			return
		}
		data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
		if err != nil {
			fail(osErr(err))
			return
		}
		if len(data) > MaxSize {
			fail(fmt.Errorf("%w: over %d bytes", ErrTooLarge, MaxSize))
			return
		}
		if format == "" {
			format = sniffFormat(data)
		}
		switch format {
		case FormatJSONL:
			splitJSONL(bytes.NewReader(data), name, yield)
		case FormatJSON:
			splitJSON(data, name, yield)
		default:
			yield(&Piece{Path: name, Format: format, Size: len(data), data: data}, nil)
		}
	}
}

// readWhole reads the articles of a whole file's content.
func readWhole(data []byte, name, format string, yield func(*Article, error) bool) {
	fail := func(err error) { yield(nil, &Error{Path: name, Err: err}) }
	if format == "" {
		format = sniffFormat(data)
	}
	if format == FormatJSONL {
		readJSONL(bytes.NewReader(data), name, yield)
		return
	}
	s, err := decode(data, format == FormatHTML)
	if err != nil {
		fail(err)
		return
	}
	a := &Article{Path: name}
	switch format {
	case FormatJSON:
		readJSON(s, name, yield)
		return
	case FormatHTML:
		err = a.fromHTML(s)
	default:
		err = a.fromText(s)
	}
	if err != nil {
		fail(err)
		return
	}
	yield(a, nil)
}

// splitJSONL yields one piece per non-blank line. A file that is mostly
// binary, or has no non-blank line, yields one *Error.
func splitJSONL(r io.Reader, name string, yield func(*Piece, error) bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			yield(nil, &Error{Path: name, Err: osErr(err)})
		} else {
			yield(nil, &Error{Path: name, Err: ErrEmpty})
		}
		return
	}
	if mostlyBinary(head) {
		yield(nil, &Error{Path: name, Err: ErrBinary})
		return
	}
	items := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, MaxSize)
		if tooLong || !blankLine(line, n) {
			items++
			if !yield(&Piece{Path: name, Line: n, Format: FormatJSONL, Size: len(line), data: line, tooLong: tooLong}, nil) {
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				yield(nil, &Error{Path: name, Line: n, Err: osErr(err)})
				return
			}
			break
		}
	}
	if items == 0 {
		yield(nil, &Error{Path: name, Err: ErrEmpty})
	}
}

// blankLine reports whether line n of a JSON lines file holds nothing but
// white space (and, on line 1, a byte-order mark).
func blankLine(line []byte, n int) bool {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
	}
	return len(bytes.TrimSpace(line)) == 0
}
