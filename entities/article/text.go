package article

import (
	"cmp"
	"regexp"
	"strings"
)

// fromText reads a plain-text or Markdown article: optional YAML front
// matter, then the title, metadata lines and body (see takeHeader).
func (a *Article) fromText(s string) error {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	s = a.frontMatter(s)
	return a.finish(stripMarkdown(s), true)
}

// frontMatter reads a YAML front-matter block ("---" lines around "key:
// value" lines) at the start of s, sets the fields it names (title, date,
// author or byline, source or publisher, url or link, place or location,
// id) and returns s without it. s is returned unchanged when it does not
// start with a well-formed block.
func (a *Article) frontMatter(s string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(s, "\ufeff"), "---\n")
	if !ok {
		return s
	}
	fields := map[string]string{}
	for n := 0; n < 60; n++ {
		line, after, found := strings.Cut(rest, "\n")
		if !found && line == "" {
			return s
		}
		rest = after
		t := strings.TrimSpace(line)
		if t == "---" || t == "..." {
			a.Title = cmp.Or(a.Title, fields["title"])
			a.Date = cmp.Or(a.Date, NormalizeDate(fields["date"]))
			a.Byline = cmp.Or(a.Byline, fields["author"], fields["byline"])
			a.Source = cmp.Or(a.Source, fields["source"], fields["publisher"])
			a.URL = cmp.Or(a.URL, fields["url"], fields["link"])
			a.Place = cmp.Or(a.Place, fields["place"], fields["location"])
			a.Ref = cmp.Or(a.Ref, fields["id"])
			return rest
		}
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(line, " ") {
			continue
		}
		k, v, found := strings.Cut(t, ":")
		if !found || len(k) > 40 {
			return s
		}
		fields[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"'`)
	}
	return s
}

var (
	mdHeadingRe  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$`)
	mdQuoteRe    = regexp.MustCompile(`^\s{0,3}(?:>\s?)+`)
	mdBulletRe   = regexp.MustCompile(`^\s{0,3}[-*+]\s+(.*\S.*)$`)
	mdOrderedRe  = regexp.MustCompile(`^\s{0,3}\d{1,3}[.)]\s+\S`)
	mdRefDefRe   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdFenceRe    = regexp.MustCompile("^\\s{0,3}(?:```|~~~)")
	mdUnderline  = regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`)
	mdImageRe    = regexp.MustCompile(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`)
	mdLinkRe     = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutoLinkRe = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdStrongRe   = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__|~~([^~\n]+)~~`)
	mdEmRe       = regexp.MustCompile(`(^|[^\p{L}\p{N}*_\\])[*_]([^*_\s](?:[^*_\n]*[^*_\s])?)[*_]([^\p{L}\p{N}*_]|$)`)
	mdCodeRe     = regexp.MustCompile("`([^`\n]+)`")
)

// stripMarkdown removes Markdown markup, keeping the text: heading marks,
// block quotes, list bullets, emphasis, inline code and link targets go
// ([text](url) → text), images and link definitions are dropped. Headings
// and list items are set apart as paragraphs of their own. Plain text
// passes through unchanged except for these patterns.
func stripMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		block := false
		switch {
		case mdFenceRe.MatchString(line), mdRefDefRe.MatchString(line), mdUnderline.MatchString(line):
			out = append(out, "")
			continue
		case mdHeadingRe.MatchString(line):
			line, block = mdHeadingRe.ReplaceAllString(line, "$1"), true
		case mdBulletRe.MatchString(line):
			line, block = mdBulletRe.ReplaceAllString(line, "$1"), true
		case mdOrderedRe.MatchString(line):
			block = true
		}
		line = mdQuoteRe.ReplaceAllString(line, "")
		if strings.ContainsAny(line, "[]<*_~`") {
			line = mdInline(line)
		}
		if block {
			out = append(out, "", line, "")
		} else {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// mdInline removes inline Markdown from one line.
func mdInline(line string) string {
	line = mdImageRe.ReplaceAllString(line, "")
	line = mdLinkRe.ReplaceAllString(line, "$1")
	line = mdAutoLinkRe.ReplaceAllString(line, "$1")
	line = mdCodeRe.ReplaceAllString(line, "$1")
	line = mdStrongRe.ReplaceAllString(line, "$1$2$3")
	return mdEmRe.ReplaceAllString(line, "$1$2$3")
}
