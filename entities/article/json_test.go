package article

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestJSONFields(t *testing.T) {
	tests := []struct {
		name, in                                 string
		ref, title, date, source, url, place, by string
		text                                     string
	}{
		{
			name: "wire record",
			in:   `{"id": 7, "title": "COCOA REVIEW", "date": "26-FEB-1987 15:01:01.79", "dateline": "SALVADOR, Feb 26 -", "body": "Showers continued throughout the week.", "topics": ["cocoa"]}`,
			ref:  "7", title: "COCOA REVIEW", date: "1987-02-26T15:01", place: "Salvador", text: "Showers continued throughout the week.",
		},
		{
			name: "feed item",
			in:   `{"ID": "x-1", "Headline": "Pass closed", "content": "Snow closed the pass.", "published_at": "2025-05-18T05:52:00Z", "source": {"name": "Wire"}, "link": "https://w.example/p", "authors": ["Jane Doe", "John Roe"]}`,
			ref:  "x-1", title: "Pass closed", date: "2025-05-18T05:52", source: "Wire", url: "https://w.example/p", by: "Jane Doe, John Roe", text: "Snow closed the pass.",
		},
		{
			name:  "dateline in the body",
			in:    `{"title": "Talks", "text": "ISLAMABAD, May 18 (Reuters) - Talks resumed on Sunday.", "date": "May 18, 2025"}`,
			title: "Talks", date: "2025-05-18", place: "Islamabad", source: "Reuters", text: "Talks resumed on Sunday.",
		},
		{
			name: "no title is not guessed",
			in:   `{"text": "Snow closed the pass on Tuesday."}`,
			text: "Snow closed the pass on Tuesday.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := readOne(t, tt.in, "json")
			if err != nil {
				t.Fatal(err)
			}
			got := []string{a.Ref, a.Title, a.Date, a.Source, a.URL, a.Place, a.Byline, a.Text}
			want := []string{tt.ref, tt.title, tt.date, tt.source, tt.url, tt.place, tt.by, tt.text}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

// TestJSONL checks that bad lines are reported with their numbers and do
// not stop the good ones.
func TestJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": 1, "text": "First article."}`,
		`{"id": 2, "text": "Second`,
		``,
		`"a string"`,
		`{"id": 4, "title": "no text"}`,
		"{\"id\": 5, \"text\": \"Bad \xff byte.\"}",
		`{"id": 6, "text": "Sixth article."}`,
	}, "\r\n")
	var refs []string
	var errs []string
	for a, err := range Read(strings.NewReader(in), "feed.jsonl", "jsonl") {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		refs = append(refs, a.Ref)
		if a.Line == 0 {
			t.Errorf("article %s has no line number", a.Ref)
		}
	}
	wantErrs := []string{
		"feed.jsonl:2: malformed JSON: unexpected end of input",
		"feed.jsonl:4: not a JSON object",
		"feed.jsonl:5: no article text",
		"feed.jsonl:6: invalid UTF-8 at byte 23 of the line",
	}
	if strings.Join(refs, ",") != "1,6" {
		t.Errorf("articles %v, want 1,6", refs)
	}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
}

// TestJSONLHugeLine checks that a 50 MB line does not stop the lines
// after it, and that a line over the limit is skipped and reported.
func TestJSONLHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("reads about 120 MB")
	}
	huge := `{"id": "big", "text": "` + strings.Repeat("word ", 10<<20) + `"}` // 50 MB
	over := strings.NewReader(strings.Repeat("x", MaxSize+10))
	r := io.MultiReader(
		strings.NewReader(huge+"\n"),
		over, strings.NewReader("\n"),
		strings.NewReader(`{"id": "small", "text": "A small article after the big ones."}`+"\n"),
	)
	var refs []string
	var errs []error
	for a, err := range Read(r, "big.jsonl", "jsonl") {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		refs = append(refs, a.Ref)
	}
	if strings.Join(refs, ",") != "big,small" {
		t.Errorf("articles %v, want big,small", refs)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "big.jsonl:2:") {
		t.Errorf("errors %v, want one ErrTooLarge on line 2", errs)
	}
}

func TestJSONArray(t *testing.T) {
	in := "[\n  {\"text\": \"One.\"},\n  {\"title\": \"none\"},\n  7,\n  {\"text\": \"Four.\"}\n]"
	var texts, errs []string
	for a, err := range Read(strings.NewReader(in), "list.json", "json") {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		texts = append(texts, a.Text)
	}
	if strings.Join(texts, "|") != "One.|Four." {
		t.Errorf("texts %q", texts)
	}
	want := "list.json:3: no article text|list.json:4: not a JSON object"
	if strings.Join(errs, "|") != want {
		t.Errorf("errors %q, want %q", strings.Join(errs, "|"), want)
	}
	// A broken array stops with one error at the place it breaks.
	var last error
	for _, err := range Read(strings.NewReader("[\n{\"text\": \"One.\"},\n{\"text\": "), "bad.json", "json") {
		last = err
	}
	if !errors.Is(last, ErrMalformedJSON) || !strings.HasPrefix(last.Error(), "bad.json:3:") {
		t.Errorf("error %v", last)
	}
}

// checkFieldTypes reports the first mistake in the order of the field
// lists (text, title, date, ...), a list's names in their order, and of
// two spellings of one name the first in byte order.
func TestCheckFieldTypesOrder(t *testing.T) {
	for _, tc := range []struct{ obj, field, got string }{
		{`{"title": 1, "Body": true, "text": "x"}`, "Body", "a boolean"},
		{`{"byline": 3, "headline": false}`, "headline", "a boolean"},
		{`{"title": 1, "Title": 2}`, "Title", "a number"},
		{`{"date": 20240101, "id": 7, "author": 1}`, "author", "a number"},
		{`{"date": true, "id": 7}`, "date", "a boolean"},
		{`{"text": "x", "id": 7, "date": "2024-01-01"}`, "", ""},
	} {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(tc.obj), &obj); err != nil {
			t.Fatal(err)
		}
		err := checkFieldTypes(obj)
		var fe *FieldTypeError
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: %v, want no error", tc.obj, err)
		case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field || fe.Got != tc.got):
			t.Errorf("%s: %v, want field %q %s", tc.obj, err, tc.field, tc.got)
		}
	}
}
