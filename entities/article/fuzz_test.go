package article

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks that Clean never panics, is idempotent and returns
// well-formed paragraphs.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "Advertisement\n\n" + prose, "||\n\nSlogan Of The Site.\n\nHeadline here today\n\n" + prose,
		prose + "\n\nRelated Posts\n\nOne headline here\nTwo headline here\nThree headline here",
		"    Wrapped line of text that goes\non and on.\n    Next.", "\x00\xff\r\n\u2028", "a\n\n\n\nb",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if again := Clean(got); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
		if !utf8.ValidString(got) || strings.Contains(got, "\n\n\n") || strings.TrimSpace(got) != got {
			t.Fatalf("malformed output %q", got)
		}
		for p := range strings.SplitSeq(got, "\n\n") {
			if got != "" && (p == "" || strings.Contains(p, "\n") || strings.Contains(p, "  ")) {
				t.Fatalf("malformed paragraph %q in %q", p, got)
			}
		}
	})
}

// FuzzRead checks that every reader copes with any input: it yields
// articles with clean text or *Error values, and never panics.
func FuzzRead(f *testing.F) {
	seeds := []struct{ format, s string }{
		{"text", "Title\n\nBy Jane Doe | 18 May 2025\n\nNEW DELHI, May 20 - " + prose},
		{"html", "<html><head><title>T</title></head><body><p>" + prose + "</p></body></html>"},
		{"html", "<div><div><p>unclosed <b>" + prose},
		{"json", `{"title": "T", "text": "` + prose + `", "id": 3}`},
		{"json", `[{"text": "a"}, 1, {"body": ["x", "y"]}]`},
		{"jsonl", "{\"text\": \"a\"}\n{bad\n\n[]\n"},
		{"", "<p>sniffed</p>"},
	}
	for _, s := range seeds {
		f.Add(s.format, s.s)
	}
	f.Fuzz(func(t *testing.T, format, s string) {
		switch format {
		case "text", "html", "json", "jsonl", "":
		default:
			format = "text"
		}
		for a, err := range Read(strings.NewReader(s), "fuzz", format) {
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
	})
}
