package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// MaxSize is the largest file (or JSONL line) read, in bytes. Larger input
// is refused with ErrTooLarge rather than risk exhausting memory.
const MaxSize = 64 << 20

// sniffLen is how much of the input is examined to tell text from binary.
const sniffLen = 8 << 10

// Article is one news article read from a file.
type Article struct {
	// Ref is the article's own identifier from its source (the "id" field
	// of a JSON article), or "".
	Ref string
	// Title is the headline, without Markdown or site-name decoration.
	Title string
	// Source is the publisher: a JSON "source" field, og:site_name, the
	// host of the page URL, or the agency named in a dateline.
	Source string
	// URL is the canonical address of the article, when known.
	URL string
	// Date is the publication date in ISO 8601, "2025-05-18" or
	// "2025-05-18T05:52" (wall-clock time as printed, zone not applied),
	// or "" when no date could be read.
	Date string
	// Byline names the author(s) as printed, without "By".
	Byline string
	// Place is the dateline place ("New Delhi"), or "".
	Place string
	// Region is the region a dateline gives after its place ("Calif." of
	// "SAN MATEO, Calif., March 2 -", "Ontario"), or "": it tells which of
	// the places of that name is meant.
	Region string
	// Text is the cleaned body text (see Clean): paragraphs separated by a
	// blank line, without the title, metadata lines or page furniture.
	// Entity extraction and evidence offsets refer to it.
	Text string
	// Path is the file the article came from, "-" for standard input.
	Path string
	// Line is the 1-based line of a JSONL item, or the line a JSON array
	// element starts on; 0 otherwise.
	Line int
}

// ID returns the identity of an article text: the hex form of the first 8
// bytes of the SHA-256 of the text after Unicode NFC normalisation, with
// white-space runs collapsed to one space and the ends trimmed. The same
// text gives the same ID whatever its line endings or spacing.
func ID(text string) string {
	// The words go to the hash through a small buffer, joined by single
	// spaces, rather than joined into a copy of the text first.
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for w := range strings.FieldsSeq(norm.NFC.String(text)) {
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		if len(buf)+len(w) > cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
		buf = append(buf, w...)
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Format names accepted by Read.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
)

// FormatOf returns the format ReadFile uses for a file name, chosen by its
// extension: .txt .text .md .markdown → "text"; .html .htm → "html";
// .json → "json"; .jsonl .ndjson → "jsonl", also followed by .gz
// ("feed.jsonl.gz"). It returns "" for any other extension; ReadFile then
// sniffs the content.
func FormatOf(name string) string {
	name = strings.ToLower(name)
	if n, ok := strings.CutSuffix(name, ".gz"); ok {
		name = n // "feed.jsonl.gz": read decompressed, as a .jsonl
	}
	switch filepath.Ext(name) {
	case ".txt", ".text", ".md", ".markdown":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// ReadFile reads every article in one file, choosing the format with
// FormatOf and sniffing the content when the extension is unknown (binary
// content is refused). It yields (article, nil) for each article and
// (nil, err) for each failure; a bad JSONL line does not stop the lines
// after it. Every error is an *Error naming the file (and line).
func ReadFile(path string) iter.Seq2[*Article, error] {
	return articlesOf(Pieces(path))
}

// Read reads every article from r, which holds one file in the named
// format: "text" (also "txt", "md", "markdown"), "html" ("htm"), "json",
// "jsonl" ("ndjson"), or "" (also "auto") to sniff the content. name is
// used in errors and Article.Path; use "-" for standard input.
func Read(r io.Reader, name, format string) iter.Seq2[*Article, error] {
	return articlesOf(ReaderPieces(r, name, format))
}

// articlesOf reads pieces in order.
func articlesOf(pieces iter.Seq2[*Piece, error]) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for p, err := range pieces {
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			for a, err := range p.Articles() {
				if !yield(a, err) {
					return
				}
			}
		}
	}
}

// decode checks that data is text and returns it as a string: UTF-16 with a
// byte-order mark is converted, a UTF-8 byte-order mark dropped, and an
// HTML page that declares another character set is converted from it.
func decode(data []byte, isHTML bool) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			data = out
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if looksBinary(data) {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		if isHTML {
			if out, ok := declaredCharset(data); ok {
				data = out
			}
		}
		if off := invalidUTF8(data); off >= 0 {
			return "", fmt.Errorf("%w at byte %d", ErrInvalidUTF8, off)
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	return string(data), nil
}

// looksBinary reports whether data holds a NUL byte, or is mostly binary.
func looksBinary(data []byte) bool {
	return bytes.IndexByte(data, 0) >= 0 || mostlyBinary(data)
}

// mostlyBinary reports whether the first sniffLen bytes of data are
// mostly control characters (NUL included) or not UTF-8 at all. A JSON
// lines file is refused whole only then: a line with a stray NUL is
// reported on its own.
func mostlyBinary(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' && r != 0x1b:
			bad++
		}
		i += size
	}
	return bad*10 > len(sample)*3 // over 30% of the sample
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// sniffFormat guesses the format of content with no telling extension.
func sniffFormat(data []byte) string {
	head := bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n\xEF\xBB\xBF")
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '<':
		return FormatHTML
	case head[0] == '{' || head[0] == '[':
		if json.Valid(data) {
			return FormatJSON
		}
		first, _, _ := bytes.Cut(bytes.TrimLeft(data, " \t\r\n"), []byte("\n"))
		if json.Valid(first) {
			return FormatJSONL
		}
	}
	return FormatText
}

// osErr strips the operation and path from an OS error, since *Error
// names the path already; errors.Is still sees the underlying cause.
func osErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
