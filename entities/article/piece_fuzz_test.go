package article

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// FuzzPieces checks that splitting input into pieces and reading each
// piece on its own gives exactly what Read gives, in any order of reading
// the pieces, and that JSON lines pieces carry their line numbers.
func FuzzPieces(f *testing.F) {
	for _, s := range []struct{ format, s string }{
		{"jsonl", "{\"text\": \"a b c\"}\n\n{bad\n{\"body\": \"x\\u0000y\"}\n\xff\n"},
		{"jsonl", "\xEF\xBB\xBF{\"text\": \"First line with BOM\"}\r\n{\"text\": \"second\"}"},
		{"json", `[{"text": "one"}, {"text": "two"}]`},
		{"", "{\"text\": \"sniffed one\"}\n{\"text\": \"sniffed two\"}\n"},
		{"html", "<p>Hello <b>world</b></p>"},
		{"text", "Title\n\nBody text here."},
		{"jsonl", "\x00\x01\x02\x03"},
	} {
		f.Add(s.format, s.s)
	}
	// Gzip and UTF-16 input, decoded before splitting.
	f.Add("jsonl", string(utf16With("{\"text\": \"one\"}\n{\"text\": \"two\"}\n", binary.LittleEndian)))
	f.Add("json", string(utf16With(`[{"text": "one"}, {"text": 2}]`, binary.BigEndian)))
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte("{\"text\": \"one\"}\n{\"title\": 1, \"text\": \"two\"}\n"))
	zw.Close()
	f.Add("", z.String())
	f.Fuzz(func(t *testing.T, format, s string) {
		switch format {
		case "text", "html", "json", "jsonl", "":
		default:
			format = "jsonl"
		}
		var want []string
		for a, err := range Read(strings.NewReader(s), "f", format) {
			want = append(want, describe(a, err))
		}
		var pieces []*Piece
		var got []string
		for p, err := range ReaderPieces(strings.NewReader(s), "f", format) {
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is not an *Error", err)
				}
				got = append(got, describe(nil, err))
				continue
			}
			if p.Line > 0 && p.Format != FormatJSONL && p.Format != FormatJSON {
				t.Fatalf("piece at line %d has format %q", p.Line, p.Format)
			}
			pieces = append(pieces, p)
			for a, err := range p.Articles() {
				got = append(got, describe(a, err))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("pieces read:\n%q\nRead:\n%q", got, want)
		}
		// Reading the pieces backwards gives each piece's articles again.
		for i := len(pieces) - 1; i >= 0; i-- {
			for range pieces[i].Articles() {
			}
			if pieces[i].Sum() != pieces[i].Sum() {
				t.Fatal("Sum is not stable")
			}
		}
	})
}

func describe(a *Article, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%s|%d|%s|%s|%s", a.Path, a.Line, a.Title, a.Date, a.Text)
}

// FuzzHTML checks that HTML extraction copes with any markup: nesting,
// unclosed and stray tags, odd entities and attributes. It yields an
// article with clean text or one *Error, and never panics.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		strings.Repeat("<div>", 2000) + "<p>" + prose + "</p>",
		"<html><head><meta charset=\"iso-8859-1\"><title>T\xe9</title></head><body><article><p>" + prose + "</p></article></body></html>",
		"<table><tr><td><p>" + prose + "</td></tr></table></p></div></span>",
		"<svg><foreignObject><math><mi><p>" + prose + "</svg>",
		"<script>document.write('<p>x</p>')</script><noscript><p>" + prose + "</p></noscript>",
		"<p>&amp;&lt;&#0;&#xD800;&bogus;</p>",
		"<!-- <p>hidden</p> --><p>" + prose + "</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		for a, err := range Read(strings.NewReader(s), "f.html", FormatHTML) {
			n++
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is not an *Error", err)
				}
				continue
			}
			if a.Text == "" || Clean(a.Text) != a.Text {
				t.Fatalf("text %q is empty or not clean", a.Text)
			}
		}
		if n != 1 {
			t.Fatalf("%d results for one page", n)
		}
	})
}
