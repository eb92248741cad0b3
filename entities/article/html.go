package article

import (
	"cmp"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Limits on the readability path. Pages beyond them, and pages the HTML
// parser refuses (it stops at 512 nested open elements), are read with the
// streaming tokenizer instead (see htmlText), whose cost is linear in the
// input and independent of nesting.
const (
	maxReadabilityBytes = 16 << 20
	maxReadabilityElems = 40000
)

// fromHTML reads an HTML page: metadata from the head (see htmlMeta), the
// main text through go-readability, or through the tokenizer when
// readability cannot be used or finds nothing.
func (a *Article) fromHTML(s string) error {
	m := scanHTMLMeta(s)
	a.URL = m.pageURL()
	var body string
	var rd readability.Article
	if len(s) <= maxReadabilityBytes {
		body, rd = viaReadability(s, a.URL)
	}
	if strings.TrimSpace(body) == "" {
		body = htmlText(s, true)
		if !strings.ContainsFunc(body, unicode.IsLetter) {
			body = htmlText(s, false) // a skipped element (left open) swallowed the page
		}
	}
	a.Title = collapse(cmp.Or(m.props["og:title"], m.props["twitter:title"]))
	if a.Title == "" {
		a.Title = docTitle(collapse(m.title), m.siteName(), collapse(m.h1))
	}
	a.Title = cmp.Or(a.Title, collapse(m.h1), collapse(rd.Title()))
	a.Title = stripSiteName(a.Title, m.siteName())
	a.Source = m.siteName()
	if a.Source == "" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	a.Date = m.date()
	if a.Date == "" {
		if t, err := rd.PublishedTime(); err == nil {
			a.Date = t.Format("2006-01-02")
			if t.Hour() != 0 || t.Minute() != 0 {
				a.Date = t.Format("2006-01-02T15:04")
			}
		}
	}
	for _, by := range []string{m.author(), rd.Byline()} {
		if name, ok := bylineOf(by); ok {
			by = name
		}
		if by = collapse(by); by != "" && wordCount(by, 11) <= 10 && !strings.Contains(by, "://") {
			a.Byline = by
			break
		}
	}
	return a.finish(body, true)
}

// viaReadability extracts the main text with go-readability. It returns ""
// when the page cannot be parsed (too deep), is too large, or readability
// fails or panics.
func viaReadability(s, pageURL string) (text string, rd readability.Article) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil || countElements(doc, maxReadabilityElems+1) > maxReadabilityElems {
		return "", rd
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	p := readability.NewParser()
	rd, err = p.ParseAndMutate(doc, u)
	if err != nil || rd.Node == nil {
		return "", rd
	}
	return render.InnerText(rd.Node), rd
}

// countElements counts element nodes under n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	stack := []*html.Node{n}
	for len(stack) > 0 && count < limit {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			count++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return count
}

// htmlMeta is what the page says about itself.
type htmlMeta struct {
	title, h1, canonical, timeDate string
	props                          map[string]string // <meta> property, name or itemprop → content (first wins)
}

// scanHTMLMeta reads metadata with the streaming tokenizer: <meta>
// properties, the canonical link, <title>, the first <h1> and the first
// <time datetime>.
func scanHTMLMeta(s string) htmlMeta {
	m := htmlMeta{props: map[string]string{}}
	z := html.NewTokenizer(strings.NewReader(s))
	var capture *string // the text being collected (title or h1)
	captureTag := ""
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m
		case html.TextToken:
			if capture != nil && len(*capture) < 2000 {
				*capture += string(z.Text())
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); capture != nil && string(name) == captureTag {
				capture = nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if key := string(k); key == "property" || key == "name" || key == "itemprop" ||
					key == "content" || key == "rel" || key == "href" || key == "datetime" {
					attrs[key] = string(v)
				}
			}
			switch tag {
			case "meta":
				for _, key := range []string{attrs["property"], attrs["name"], attrs["itemprop"]} {
					key = strings.ToLower(strings.TrimSpace(key))
					if _, seen := m.props[key]; key != "" && !seen && attrs["content"] != "" {
						m.props[key] = strings.TrimSpace(attrs["content"])
					}
				}
			case "link":
				if strings.Contains(strings.ToLower(attrs["rel"]), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attrs["href"])
				}
			case "title":
				if m.title == "" && tt == html.StartTagToken {
					capture, captureTag = &m.title, tag
				}
			case "h1":
				if m.h1 == "" && tt == html.StartTagToken {
					capture, captureTag = &m.h1, tag
				}
			case "time":
				if m.timeDate == "" {
					m.timeDate = attrs["datetime"]
				}
			}
			if attrs["itemprop"] == "datePublished" && attrs["datetime"] != "" {
				if _, seen := m.props["datepublished"]; !seen {
					m.props["datepublished"] = attrs["datetime"]
				}
			}
		}
	}
}

// pageURL is the canonical URL, or og:url, when absolute.
func (m htmlMeta) pageURL() string {
	for _, u := range []string{m.canonical, m.props["og:url"]} {
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			return u
		}
	}
	return ""
}

func (m htmlMeta) siteName() string {
	return collapse(cmp.Or(m.props["og:site_name"], m.props["application-name"]))
}

// dateKeys are <meta> names for the publication date, best first.
var dateKeys = []string{"article:published_time", "og:published_time", "datepublished",
	"date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate"}

func (m htmlMeta) date() string {
	for _, k := range dateKeys {
		if d := NormalizeDate(m.props[k]); d != "" {
			return d
		}
		if k == "article:published_time" { // a <time datetime> ranks next
			if d := NormalizeDate(m.timeDate); d != "" {
				return d
			}
		}
	}
	return ""
}

func (m htmlMeta) author() string {
	for _, k := range []string{"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"} {
		if v := m.props[k]; v != "" && !strings.Contains(v, "://") {
			return v
		}
	}
	return ""
}

// titleSeps separate a headline from a site name in a <title>.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "}

// docTitle returns the headline in a <title>: the <h1> when the title is
// the h1 plus a site name, else the title without a site-name part (the
// og:site_name, or a short part of at most four words after the last
// separator when the headline before it has at least four).
func docTitle(t, site, h1 string) string {
	if t == "" {
		return ""
	}
	if h1 != "" && strings.Contains(strings.ToLower(t), strings.ToLower(h1)) {
		return h1
	}
	t = stripSiteName(t, site)
	for _, sep := range titleSeps {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if wordCount(tail, 5) <= 4 && wordCount(head, 4) >= 4 {
				return head
			}
		}
	}
	return t
}

// stripSiteName removes the site name from either end of a title.
func stripSiteName(t, site string) string {
	if site == "" {
		return t
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(t, sep); i > 0 && sameText(t[i+len(sep):], site) {
			return t[:i]
		}
		if i := strings.Index(t, sep); i > 0 && sameText(t[:i], site) {
			return t[i+len(sep):]
		}
	}
	return t
}

// Tokenizer text extraction.

// codeTags never hold readable text.
var codeTags = setOf("script", "style", "noscript", "template", "svg", "math", "iframe",
	"object", "embed", "canvas", "title", "audio", "video", "picture", "map")

// chromeTags hold page chrome rather than article text (header and footer
// are chrome only outside <article> and <main>, where they are the page's).
var chromeTags = setOf("nav", "aside", "form", "button", "select", "textarea", "dialog", "menu")

// blockTags end a paragraph.
var blockTags = setOf("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
	"blockquote", "section", "article", "main", "table", "tr", "dd", "dt", "dl", "figcaption",
	"figure", "pre", "address", "hr", "header", "footer", "body", "caption", "details", "summary")

// voidTags have no end tag.
var voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
	"meta", "param", "source", "track", "wbr")

// furnitureClassRe matches a class or id part ("share-bar" → "share")
// naming page furniture.
var furnitureClassRe = regexp.MustCompile(`^(?:ad|ads|adv|advert|adverts|advertisement|adslot|adunit|banner|sponsor|sponsored|promo|promoted|share|sharing|sharebar|social|related|recommended|recommendations|newsletter|subscribe|cookie|cookies|consent|comments|sidebar|breadcrumb|breadcrumbs|popup|modal|outbrain|taboola|trending|navbar|navigation|menu|masthead|paywall|tags)$`)

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = setOf("navigation", "banner", "contentinfo", "complementary", "search",
	"dialog", "alertdialog", "menu", "menubar")

// htmlText extracts text with the streaming tokenizer, one paragraph per
// block element, skipping codeTags and, when strict is set, chromeTags and
// elements whose class, id or role names furniture or that are hidden. Its
// cost is linear in the input whatever the nesting or the breakage of the
// markup.
func htmlText(s string, strict bool) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip, depth := "", 0 // the element being skipped, and its nesting
	inArticle := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == "" {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			_, void := voidTags[tag]
			opens := tt == html.StartTagToken && !void
			if skip != "" {
				if tag == skip && opens {
					depth++
				}
				continue
			}
			_, drop := codeTags[tag]
			if strict && !drop {
				_, drop = chromeTags[tag]
				drop = drop || (tag == "header" || tag == "footer") && inArticle == 0
				drop = drop || hasAttr && furnitureAttrs(z)
			}
			if drop {
				if opens {
					skip, depth = tag, 1
				}
				continue
			}
			switch {
			case tag == "br":
				b.WriteByte('\n')
			case tag == "td" || tag == "th":
				b.WriteByte(' ')
			default:
				if _, ok := blockTags[tag]; ok {
					b.WriteString("\n\n")
				}
			}
			if (tag == "article" || tag == "main") && opens {
				inArticle++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skip != "" {
				if tag == skip {
					if depth--; depth == 0 {
						skip = ""
					}
				}
				continue
			}
			if _, ok := blockTags[tag]; ok {
				b.WriteString("\n\n")
			}
			if (tag == "article" || tag == "main") && inArticle > 0 {
				inArticle--
			}
		}
	}
}

// furnitureAttrs reads the current tag's attributes and reports whether
// they mark the element as furniture or hidden.
func furnitureAttrs(z *html.Tokenizer) bool {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "hidden":
			return true
		case "aria-hidden":
			if string(v) == "true" {
				return true
			}
		case "role":
			if _, ok := furnitureRoles[strings.ToLower(string(v))]; ok {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(strings.ToLower(string(v)), " ", ""), "display:none") {
				return true
			}
		case "class", "id":
			for _, part := range strings.FieldsFunc(strings.ToLower(string(v)), func(r rune) bool {
				return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
			}) {
				if furnitureClassRe.MatchString(part) {
					return true
				}
			}
		}
	}
	return false
}

// isHTMLFragment reports whether a JSON text field holds HTML markup.
func isHTMLFragment(s string) bool {
	head := strings.ToLower(s[:min(len(s), 4096)])
	for _, tag := range []string{"<p>", "<p ", "<br", "</p>", "<div", "</a>", "<li>", "<h2", "<strong>", "<em>"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	return false
}

// charsetRe finds a declared character set near the top of a page.
var charsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// declaredCharset converts a page that is not UTF-8 from the character set
// its <meta> declares.
func declaredCharset(data []byte) ([]byte, bool) {
	m := charsetRe.FindSubmatch(data[:min(len(data), 4096)])
	if m == nil {
		return nil, false
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil || name == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return out, true
}

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}
