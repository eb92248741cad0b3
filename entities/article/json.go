package article

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// JSON field names, lower case, best first. Field names are matched
// without regard to case; other fields are ignored.
var (
	textKeys   = []string{"text", "body", "content", "articlebody", "article_body", "article", "story", "fulltext", "full_text", "maintext"}
	titleKeys  = []string{"title", "headline"}
	dateKeysJS = []string{"date", "published", "published_at", "publishedat", "pubdate", "date_published", "datepublished", "publish_date", "datetime", "time", "timestamp", "created_at"}
	sourceKeys = []string{"source", "publisher", "site", "site_name", "sitename", "outlet", "source_name", "feed"}
	urlKeys    = []string{"url", "link", "canonical_url", "canonical", "permalink", "source_url", "href"}
	refKeys    = []string{"id", "_id", "doc_id", "docid", "guid", "uuid", "article_id"}
	placeKeys  = []string{"place", "location", "city"}
	bylineKeys = []string{"byline", "author", "authors", "creator"}
)

// readJSON reads a JSON document: one article object or an array of them.
// Errors in array elements carry the line the element starts on. A file of
// several objects, one a line, is read as JSONL.
func readJSON(s, name string, yield func(*Article, error) bool) {
	t := strings.TrimLeft(s, " \t\r\n")
	switch {
	case strings.HasPrefix(t, "["):
		readJSONArray(s, name, yield)
	case strings.HasPrefix(t, "{"):
		if !json.Valid([]byte(s)) {
			if first, _, _ := strings.Cut(t, "\n"); json.Valid([]byte(first)) {
				readJSONL(strings.NewReader(s), name, yield)
				return
			}
			yield(nil, &Error{Path: name, Err: jsonErr(json.Unmarshal([]byte(s), new(json.RawMessage)))})
			return
		}
		a := &Article{Path: name}
		if err := a.fromJSON([]byte(s)); err != nil {
			yield(nil, &Error{Path: name, Err: err})
			return
		}
		yield(a, nil)
	default:
		yield(nil, &Error{Path: name, Err: fmt.Errorf("%w (want an object or an array of objects)", ErrNotObject)})
	}
}

// readJSONArray reads an array of article objects one element at a time.
func readJSONArray(s, name string, yield func(*Article, error) bool) {
	splitJSONArray(s, name, func(p *Piece, err error) bool {
		if err != nil {
			return yield(nil, err)
		}
		return yield(jsonlItem(p.data, false, p.Path, p.Line))
	})
}

// splitJSON splits a JSON file into pieces: one per element of an array
// of articles, one per line of a file of objects one a line, else the
// whole file. An array is split so that its articles are read in
// parallel, skipped one by one when stored before, and an interrupted
// ingest stops between two of them.
func splitJSON(data []byte, name string, yield func(*Piece, error) bool) {
	whole := func() { yield(&Piece{Path: name, Format: FormatJSON, Size: len(data), data: data}, nil) }
	s, err := decode(data, false)
	if err != nil {
		whole() // reading it reports the problem
		return
	}
	t := strings.TrimLeft(s, " \t\r\n")
	switch {
	case strings.HasPrefix(t, "["):
		splitJSONArray(s, name, yield)
	case strings.HasPrefix(t, "{") && !json.Valid([]byte(s)):
		if first, _, _ := strings.Cut(t, "\n"); json.Valid([]byte(first)) {
			splitJSONL(strings.NewReader(s), name, yield)
			return
		}
		whole()
	default:
		whole()
	}
}

// splitJSONArray yields one piece per element of a JSON array, numbered
// by the line it starts on, and an *Error where the array is malformed.
func splitJSONArray(s, name string, yield func(*Piece, error) bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	if _, err := dec.Token(); err != nil {
		yield(nil, &Error{Path: name, Err: jsonErr(err)})
		return
	}
	line, lineOff := 1, 0
	lineOf := func(off int) int {
		for off < len(s) && strings.IndexByte(" \t\r\n,", s[off]) >= 0 {
			off++
		}
		line += strings.Count(s[lineOff:off], "\n")
		lineOff = off
		return line
	}
	for dec.More() {
		at := lineOf(int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			yield(nil, &Error{Path: name, Line: at, Err: jsonErr(err)})
			return
		}
		if !yield(&Piece{Path: name, Line: at, Format: FormatJSON, Size: len(raw), data: raw}, nil) {
			return
		}
	}
	if _, err := dec.Token(); err != nil {
		yield(nil, &Error{Path: name, Line: lineOf(int(dec.InputOffset())), Err: jsonErr(err)})
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		yield(nil, &Error{Path: name, Line: lineOf(int(dec.InputOffset())), Err: fmt.Errorf("%w: data after the array", ErrMalformedJSON)})
	}
}

// readJSONL reads one article object per line: the pieces splitJSONL
// yields, each read by jsonlItem. Blank lines are skipped; a bad line
// yields an *Error with its line number and reading goes on. A line longer
// than MaxSize is skipped (not held in memory) and reported.
func readJSONL(r io.Reader, name string, yield func(*Article, error) bool) {
	splitJSONL(r, name, func(p *Piece, err error) bool {
		if err != nil {
			return yield(nil, err)
		}
		a, lerr := jsonlItem(p.data, p.tooLong, p.Path, p.Line)
		if a == nil && lerr == nil {
			return true
		}
		return yield(a, lerr)
	})
}

// jsonlItem reads line n of a JSONL file; both results are nil for a blank
// line.
func jsonlItem(line []byte, tooLong bool, name string, n int) (*Article, error) {
	fail := func(err error) (*Article, error) { return nil, &Error{Path: name, Line: n, Err: err} }
	if tooLong {
		return fail(fmt.Errorf("%w: line over %d bytes", ErrTooLarge, MaxSize))
	}
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
	}
	line = bytes.TrimRight(line, "\r\n")
	if len(bytes.TrimSpace(line)) == 0 {
		return nil, nil
	}
	if bytes.IndexByte(line, 0) >= 0 {
		return fail(ErrBinary)
	}
	if off := invalidUTF8(line); off >= 0 {
		return fail(fmt.Errorf("%w at byte %d of the line", ErrInvalidUTF8, off))
	}
	a := &Article{Path: name, Line: n}
	if err := a.fromJSON(line); err != nil {
		return fail(err)
	}
	return a, nil
}

// readLine reads one line, keeping at most limit bytes; a longer line is
// consumed and reported as tooLong with no data.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

// fromJSON reads one article object.
func (a *Article) fromJSON(raw []byte) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		if !json.Valid(raw) {
			return jsonErr(json.Unmarshal(raw, new(json.RawMessage)))
		}
		return ErrNotObject
	}
	obj, ok := map[string]json.RawMessage(nil), false
	if json.Valid(raw) {
		obj, ok = topFields(raw)
	}
	if !ok {
		if err := json.Unmarshal(raw, &obj); err != nil {
			return jsonErr(err)
		}
	}
	if err := checkFieldTypes(obj); err != nil {
		return err
	}
	fields := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj { // exact lower-case names win over other spellings
		if lk := strings.ToLower(k); lk == k {
			fields[lk] = v
		}
	}
	for k, v := range obj {
		if lk := strings.ToLower(k); fields[lk] == nil {
			fields[lk] = v
		}
	}
	get := func(keys []string, sep string) string {
		for _, k := range keys {
			if s := strings.TrimSpace(jsonString(fields[k], sep)); s != "" {
				return s
			}
		}
		return ""
	}
	text := get(textKeys, "\n\n")
	if text == "" {
		return &NoTextError{Ref: get(refKeys, " ")}
	}
	if isHTMLFragment(text) {
		text = htmlText(text, true)
	}
	a.Title = collapse(normalize(get(titleKeys, " ")))
	a.Source = collapse(get(sourceKeys, ", "))
	a.URL = get(urlKeys, " ")
	a.Ref = get(refKeys, " ")
	a.Byline = collapse(get(bylineKeys, ", "))
	for _, k := range dateKeysJS {
		if a.Date = jsonDate(fields[k]); a.Date != "" {
			break
		}
	}
	if dl := collapse(get([]string{"dateline"}, " ")); dl != "" {
		if f := readDatelineField(dl); f.dateline {
			a.Place, a.Region, a.Source = f.place, f.region, cmp.Or(a.Source, f.agency)
		} else if f.named {
			a.Place = f.place
		}
	}
	a.Place = cmp.Or(a.Place, collapse(get(placeKeys, ", ")))
	return a.finish(text, false)
}

// jsonString renders a JSON value as text: a string as itself, a number
// as written, an array as its elements joined by sep, an object by its
// "name", "text" or "value" field. Anything else gives "".
func jsonString(raw json.RawMessage, sep string) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '"':
		if s, ok := quickString(raw); ok {
			return s
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return string(raw)
	case c == '[':
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) == nil {
			var parts []string
			for _, it := range items {
				if s := strings.TrimSpace(jsonString(it, sep)); s != "" {
					parts = append(parts, s)
				}
			}
			return strings.Join(parts, sep)
		}
	case c == '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			for _, k := range []string{"name", "text", "value"} {
				if s := jsonString(obj[k], sep); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// jsonDate reads a date field: a string in any form NormalizeDate knows,
// or a number of seconds (or milliseconds) since 1970.
func jsonDate(raw json.RawMessage) string {
	s := jsonString(raw, " ")
	if s == "" {
		return ""
	}
	if bytes.TrimSpace(raw)[0] != '"' {
		if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 1e8 {
			return epochDate(n)
		}
		return ""
	}
	return NormalizeDate(s)
}

// jsonErr describes a JSON syntax error as ErrMalformedJSON.
func jsonErr(err error) error {
	if err == nil {
		return ErrMalformedJSON
	}
	msg := strings.Replace(err.Error(), "unexpected end of JSON input", "unexpected end of input", 1)
	msg = strings.TrimPrefix(msg, "json: ")
	var se *json.SyntaxError
	if errors.As(err, &se) && !strings.Contains(msg, "end of input") {
		msg += " at byte " + strconv.FormatInt(se.Offset, 10)
	}
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		msg = "unexpected end of input"
	}
	return fmt.Errorf("%w: %s", ErrMalformedJSON, msg)
}

// FieldTypeError is a field of a JSON article whose value has a type the
// field cannot hold: {"title": 1}, {"text": [1, 2]}. The article is not
// read. errors.Is(err, ErrFieldType) is true of it.
type FieldTypeError struct {
	Field string // the field name as written
	Got   string // what it holds: "a number", "an array holding true"
	Want  string // what it may hold: "a string"
}

func (e *FieldTypeError) Error() string {
	return fmt.Sprintf("field %q is %s, want %s", e.Field, e.Got, e.Want)
}

// Is makes errors.Is(err, ErrFieldType) true.
func (e *FieldTypeError) Is(target error) bool { return target == ErrFieldType }

// checkFieldTypes checks the fields an article is read from, in the order
// of the lists above: each holds a string, or an array of strings, or an
// object (read by its name, text or value), or null; an identifier or a
// date may also be a number. A number, true or false anywhere else is a
// mistake in the feed, and reading it as text would store "1" as a title.
func checkFieldTypes(obj map[string]json.RawMessage) error {
	// The first mistake in that order: the least (list, key, name).
	var worst *FieldTypeError
	var worstAt fieldPlace
	for name, raw := range obj {
		for _, at := range fieldPlaces()[strings.ToLower(name)] {
			if worst != nil && (worstAt.list < at.list || worstAt.list == at.list && worstAt.key < at.key ||
				worstAt == at && worst.Field < name) {
				continue // a mistake found comes first
			}
			if got := wrongType(raw, at.numbers, true); got != "" {
				want := "a string"
				if at.numbers {
					want = "a string or a number"
				}
				worst, worstAt = &FieldTypeError{Field: name, Got: got, Want: want}, at
			}
		}
	}
	if worst == nil {
		return nil
	}
	return worst
}

// fieldPlace is where a field name stands in the lists checkFieldTypes
// reads: the list's place among them and the name's in it, and whether
// the list's fields may hold numbers (identifiers and dates).
type fieldPlace struct {
	list, key int
	numbers   bool
}

// fieldPlaces maps each lower-case field name checkFieldTypes reads to
// its places in the checked lists (one per list that names it).
var fieldPlaces = sync.OnceValue(func() map[string][]fieldPlace {
	lists := [][]string{textKeys, titleKeys, dateKeysJS, sourceKeys, urlKeys, refKeys, placeKeys, bylineKeys, {"dateline"}}
	m := map[string][]fieldPlace{}
	for li, keys := range lists {
		for ki, k := range keys {
			numbers := slices.Equal(keys, dateKeysJS) || slices.Equal(keys, refKeys)
			m[k] = append(m[k], fieldPlace{li, ki, numbers})
		}
	}
	return m
})

// wrongType describes raw when a text field cannot hold it ("a number"),
// else returns "". Arrays may hold what the field may, but not arrays.
func wrongType(raw json.RawMessage, numbers, top bool) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == 't' || c == 'f':
		return "a boolean"
	case (c == '-' || c >= '0' && c <= '9') && !numbers:
		return "a number"
	case c == '[' && !top:
		return "an array"
	case c == '[':
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			return ""
		}
		for _, it := range items {
			if got := wrongType(it, numbers, false); got != "" {
				return "an array holding " + got
			}
		}
	}
	return ""
}
