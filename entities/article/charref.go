package article

import (
	"html"
	"regexp"
	"strings"
)

// charRefRe matches an HTML character reference: named ("&eacute;",
// "&amp;") or numeric, decimal or hexadecimal ("&#233;", "&#xE9;"). A
// named reference must end with ";" (so "AT&T" or "R&D" never match); a
// numeric one may omit it, as HTML allows.
var charRefRe = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?)`)

// decodeCharRefs replaces the HTML character references in s by the
// characters they stand for, once ("&amp;#233;" becomes "&#233;"). Feeds
// and exports often carry them into plain text and JSON fields
// ("Jos&#233; Manuel"), and pages that escape twice leave them in HTML
// text; a reference HTML does not define is kept as it is. The caller
// normalises the result (a reference may stand for a control character
// or a no-break space).
func decodeCharRefs(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return charRefRe.ReplaceAllStringFunc(s, html.UnescapeString)
}

// decodeMeta decodes the character references of the metadata fields a
// reader set, normalising the fields it changes.
func (a *Article) decodeMeta() {
	for _, f := range []*string{&a.Title, &a.Byline, &a.Place, &a.Source} {
		if d := decodeCharRefs(*f); d != *f {
			*f = collapse(normalize(d))
		}
	}
}
