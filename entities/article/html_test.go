package article

import (
	"strings"
	"testing"
	"time"
)

// readOne reads content in format and returns the single article or error.
func readOne(t *testing.T, content, format string) (*Article, error) {
	t.Helper()
	var a *Article
	var err error
	n := 0
	for got, e := range Read(strings.NewReader(content), "in."+format, format) {
		a, err = got, e
		n++
	}
	if n != 1 {
		t.Fatalf("got %d results, want 1", n)
	}
	return a, err
}

const htmlProse = "<p>The city museum reopened on Monday after eight months of repairs to its roof, which had leaked during the storms of last winter.</p>"

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head, body                 string
		title, date, source, url, byline string
	}{
		{
			name:  "open graph",
			head:  `<meta property="og:title" content="Museum reopens"><meta property="og:site_name" content="Gazette"><meta property="article:published_time" content="2025-01-20T08:00:00Z"><link rel="canonical" href="https://www.gazette.example/museum"><meta name="author" content="Jane Doe">`,
			title: "Museum reopens", date: "2025-01-20T08:00", source: "Gazette", url: "https://www.gazette.example/museum", byline: "Jane Doe",
		},
		{
			name:  "title without site name, source from host",
			head:  `<title>Museum reopens after repairs | The Valley Gazette</title><meta property="og:url" content="https://www.valley.example/m">`,
			body:  `<time datetime="2025-01-21">21 January</time>`,
			title: "Museum reopens after repairs", date: "2025-01-21", source: "valley.example", url: "https://www.valley.example/m",
		},
		{
			name:  "h1 inside the title",
			head:  `<title>Gazette - Museum reopens</title><meta name="dc.date" content="20/01/2025">`,
			body:  `<h1>Museum reopens</h1>`,
			title: "Museum reopens", date: "2025-01-20",
		},
		{
			name:  "title from h1 alone",
			body:  `<h1>Museum reopens</h1>`,
			title: "Museum reopens",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.body + "<article>" + htmlProse + "</article></body></html>"
			a, err := readOne(t, page, "html")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Date != tt.date || a.Source != tt.source || a.URL != tt.url || a.Byline != tt.byline {
				t.Errorf("got title %q date %q source %q url %q byline %q", a.Title, a.Date, a.Source, a.URL, a.Byline)
			}
			if !strings.HasPrefix(a.Text, "The city museum reopened") {
				t.Errorf("text %q", a.Text)
			}
		})
	}
}

// TestHTMLFurniture checks that page chrome around the article is dropped,
// on the readability path and on the tokenizer path alike.
func TestHTMLFurniture(t *testing.T) {
	page := `<html><head><title>Museum reopens</title><style>p{}</style><script>var a = "<p>script text</p>";</script></head><body>
<header><nav><a href="/">Home</a><a href="/arts">Arts section</a></nav></header>
<div class="ad-slot">Advertisement</div>
<article>` + htmlProse + `<p>Visitors queued before the doors opened to see the restored main gallery, where the river maps are on show again.</p>
<div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
<p>The repairs cost about two million euros, shared between the city and a national heritage fund.</p></article>
<aside><h3>Most read</h3><ul><li>Council budget approved</li></ul></aside>
<form><input name="q"><button>Search the site</button></form>
<footer>Copyright 2025 Gazette</footer></body></html>`
	check := func(t *testing.T, text string) {
		t.Helper()
		for _, bad := range []string{"script text", "Arts section", "Advertisement", "Facebook", "Most read", "Council budget", "Search the site", "Copyright"} {
			if strings.Contains(text, bad) {
				t.Errorf("text keeps %q:\n%s", bad, text)
			}
		}
		for _, good := range []string{"The city museum reopened", "Visitors queued", "The repairs cost"} {
			if !strings.Contains(text, good) {
				t.Errorf("text lost %q:\n%s", good, text)
			}
		}
	}
	t.Run("readability", func(t *testing.T) {
		a, err := readOne(t, page, "html")
		if err != nil {
			t.Fatal(err)
		}
		check(t, a.Text)
	})
	t.Run("tokenizer", func(t *testing.T) {
		check(t, Clean(htmlText(page, true)))
	})
}

// TestHTMLHostile checks that deep nesting, broken markup and big pages
// neither crash nor take long.
func TestHTMLHostile(t *testing.T) {
	deep := "<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div>", 100000) +
		htmlProse + strings.Repeat("</div>", 100000) + "</body></html>"
	var big strings.Builder
	big.WriteString("<html><body><article>")
	for big.Len() < 4<<20 {
		big.WriteString("<p>Paragraph with <b>bold</b> and <i>italic</i> words, and a <a href='x'>link</a> in it.</p>\n")
	}
	tests := []struct {
		name, page string
		wantText   string
	}{
		{"100000 nested divs", deep, "The city museum reopened"},
		{"unclosed tags", "<html><body><p>Unclosed paragraph with enough words to be read as text <div><span>and more", "Unclosed paragraph"},
		{"unclosed aside", "<html><body><aside>The whole page sits inside an unclosed aside element here", "The whole page"},
		{"deep inline tags", "<p>" + strings.Repeat("<b>", 2000) + "Bold text at the bottom of many tags", "Bold text"},
		{"nested tables", strings.Repeat("<table><tr><td>", 600) + "Cell text inside many tables", "Cell text"},
		{"4 MB page", big.String(), "Paragraph with bold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := readOne(t, tt.page, "html")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text+a.Title, tt.wantText) {
				t.Errorf("text %.200q lacks %q", a.Text, tt.wantText)
			}
			if d := time.Since(start); d > time.Minute { // a guard against runaway cost, not a benchmark
				t.Errorf("took %v", d)
			}
		})
	}
	if _, err := readOne(t, "<<<>>>&&&", "html"); err == nil {
		t.Error("markup without text: want an error")
	}
}

func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 reopens</title></head><body><p>The caf\xe9 on the square reopened on Monday with a new menu and longer opening hours for the summer season.</p></body></html>"
	a, err := readOne(t, page, "html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Café reopens" || !strings.Contains(a.Text, "The café on the square") {
		t.Errorf("title %q text %q", a.Title, a.Text)
	}
}
