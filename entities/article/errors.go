package article

import (
	"errors"
	"strconv"
)

// Errors reported by ReadFile, Read and Files, always wrapped in an *Error
// that names the file (and line). Test for them with errors.Is.
var (
	// ErrEmpty is returned for a file with no bytes, or only white space.
	ErrEmpty = errors.New("empty file")
	// ErrBinary is returned for content that is not text: it holds NUL
	// bytes or mostly control characters.
	ErrBinary = errors.New("binary content, not text")
	// ErrInvalidUTF8 is returned for text that is not valid UTF-8 (and, for
	// HTML, declares no other character set). The message gives the
	// offset of the first bad byte.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrNoText is returned when nothing is left of an article once page
	// furniture and metadata are removed, or a JSON object has no text.
	ErrNoText = errors.New("no article text")
	// ErrTooLarge is returned for a file, or a JSONL line, above the size
	// limit (MaxSize).
	ErrTooLarge = errors.New("too large")
	// ErrMalformedJSON is returned for JSON that does not parse.
	ErrMalformedJSON = errors.New("malformed JSON")
	// ErrNotObject is returned for a JSON value that is not an object
	// where an article object is expected.
	ErrNotObject = errors.New("not a JSON object")
	// ErrFormat is returned for a format name Read does not know.
	ErrFormat = errors.New("unknown format")
	// ErrLoop is returned by Files for a directory that contains itself
	// through a symbolic link.
	ErrLoop = errors.New("directory loop")
	// ErrGzip is returned for gzip data that cannot be decompressed
	// (truncated, or a bad checksum).
	ErrGzip = errors.New("damaged gzip data")
	// ErrFieldType is returned for a JSON article whose field holds a
	// value of the wrong type ({"title": 1}); see FieldTypeError.
	ErrFieldType = errors.New("wrong JSON field type")
	// ErrNotRegular is returned by Files for a path that is neither a
	// regular file nor a directory (a device, socket or pipe).
	ErrNotRegular = errors.New("not a regular file")
)

// NoTextError is ErrNoText for one article, naming the article's own
// identifier (its "id" field) when it has one, so a caller that skips
// articles without text can say which. errors.Is(err, ErrNoText) holds.
type NoTextError struct {
	Ref string
}

func (e *NoTextError) Error() string { return ErrNoText.Error() }

// Is makes a NoTextError match ErrNoText.
func (e *NoTextError) Is(target error) bool { return target == ErrNoText }

// Error is a failure to read one file, or one line of a JSONL file (or one
// element of a JSON array). Its message names the place and the problem on
// one line: "articles/x.txt: invalid UTF-8 at byte 120" or
// "feed.jsonl:17: malformed JSON: unexpected end of input".
type Error struct {
	Path string // file name as given, "-" for standard input
	Line int    // 1-based line, 0 when the error concerns the whole file
	Err  error  // the problem; wraps one of the Err* values or an OS error
}

func (e *Error) Error() string {
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	switch {
	case e.Path == "" && e.Line == 0:
		return msg
	case e.Line == 0:
		return e.Path + ": " + msg
	default:
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + msg
	}
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
