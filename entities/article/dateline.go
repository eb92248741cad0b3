package article

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// datedHead finds the head of a paragraph up to a dateline separator: a
// dash or colon followed by white space ("Lisbon, 4 March 2025 – ...",
// "March 4, 2025 | Lisbon– ..."). A dash inside a date ("2025-03-04") is
// not followed by white space and does not end the head. The head is the
// shortest run of 6 to 100 characters, none of them a line break, that
// white space, a separator and more white space follow; end is where the
// white space after the separator ends. It gives what the regexp
// `^(.{6,100}?)\s*[:\-–—]\s+` gives (head p[:m[3]], end m[1]), without
// running one on the start of every paragraph (TestDatedHead compares
// the two).
func datedHead(p string) (head string, end int, ok bool) {
	pos := 0
	for n := 0; n < 100 && pos < len(p); n++ {
		if p[pos] == '\n' {
			return "", 0, false
		}
		_, size := utf8.DecodeRuneInString(p[pos:])
		pos += size
		if n+1 < 6 {
			continue
		}
		j := skipReSpace(p, pos)
		w := datelineSepWidth(p[j:])
		if w == 0 {
			continue
		}
		if k := skipReSpace(p, j+w); k > j+w {
			return p[:pos], k, true
		}
	}
	return "", 0, false
}

// skipReSpace returns the index of the first byte at or after i that is
// not white space as the regexp \s sees it.
func skipReSpace(p string, i int) int {
	for i < len(p) && reSpace(p[i]) {
		i++
	}
	return i
}

// agencyTailRe is an agency in parentheses ending a dateline head.
var agencyTailRe = regexp.MustCompile(`\s*\((\p{Lu}[^()]{0,39})\)$`)

// datelineTrim are the characters that join a dateline's date and place.
const datelineTrim = " ,;|/·•"

// splitDatedDateline splits a dateline that holds a full date, in any
// order and form findDate reads, from the start of a paragraph: "<City>,
// <D Month YYYY> –", "<Month D, YYYY> | <City>–", "<City>, <YYYY-MM-DD>
// (<Agency>) -", or a date alone ("May 18, 2025 — "). Besides the date,
// the head may hold only a place (one name-shaped part, optionally
// followed by a region after a comma) and an agency in parentheses, so a
// sentence with a date in it is not taken for a dateline.
func splitDatedDateline(p string) (place, date, agency, rest string, ok bool) {
	head, end, ok := datedHead(p)
	if !ok {
		return "", "", "", "", false
	}
	if a := agencyTailRe.FindStringSubmatchIndex(head); a != nil {
		agency, head = head[a[2]:a[3]], head[:a[0]]
	}
	d, found := findDate(head)
	if !found {
		return "", "", "", "", false
	}
	pre := strings.Trim(head[:d.start], datelineTrim)
	post := strings.Trim(head[d.end:], datelineTrim)
	if pre != "" && post != "" {
		return "", "", "", "", false
	}
	if where := pre + post; where != "" {
		if place, ok = datelinePlace(where); !ok {
			return "", "", "", "", false
		}
	}
	rest, _, _ = strings.Cut(p[end:], "\n")
	return place, d.iso, agency, rest, true
}

// datelinePlace reads the place of a dated dateline: "Lisbon", "LISBON",
// "Austin, Texas" (the region is dropped). It fails on anything that is
// not name-shaped or is a label such as "Update".
func datelinePlace(s string) (string, bool) {
	parts := strings.Split(s, ",")
	if len(parts) > 2 {
		return "", false
	}
	for _, part := range parts {
		if !nameShaped(strings.TrimSpace(part)) {
			return "", false
		}
	}
	place := strings.TrimSpace(parts[0])
	if _, bad := notPlaces[strings.ToLower(place)]; bad || wordCount(place, 5) > 4 {
		return "", false
	}
	return placeName(place), true
}

// readDateline splits a dateline from the start of a paragraph: a dated
// one (splitDatedDateline) or one of splitDateline's forms, which give no
// date.
func readDateline(p string) (place, date, agency, rest string, ok bool) {
	if place, date, agency, rest, ok = splitDatedDateline(p); ok {
		return place, date, agency, rest, true
	}
	place, agency, rest, ok = splitDateline(p)
	return place, "", agency, rest, ok
}

// datelineRegionRe finds the region between a dateline's place and the
// next comma: "Calif." in "SAN MATEO, Calif., March 2 -".
var datelineRegionRe = regexp.MustCompile(`^[^,\n]{1,60},\s*(\p{Lu}[\p{L}.]{0,14}(?:\s+\p{Lu}[\p{L}.]{0,14})?)\s*,`)

// datelineRegion returns the region a dateline names after its place, or
// "" (a month is a date, not a region).
func datelineRegion(p string) string {
	m := datelineRegionRe.FindStringSubmatch(p)
	if m == nil || monthNumber(strings.Fields(m[1])[0]) > 0 {
		return ""
	}
	return m[1]
}
