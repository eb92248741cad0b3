package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// headerWindow is how many content paragraphs at the top of an article are
// searched for the title, date, byline and dateline.
const headerWindow = 8

// finish turns a body into the article's Text: it splits the body into
// paragraphs, takes the date, byline, place and (when findTitle is set and
// no title is known) the title from the top (see takeHeader), removes page
// furniture, and fails with ErrNoText when nothing is left. A body that is
// nothing but the line taken for its title keeps that line as its text.
func (a *Article) finish(body string, findTitle bool) error {
	titled := a.Title != "" || !findTitle
	a.decodeMeta()
	furniture := furnitureMemo{}
	paras := a.takeHeader(splitParagraphs(normalize(decodeCharRefs(body))), findTitle, furniture)
	a.Text = strings.Join(cleanParagraphs(paras, furniture), "\n\n")
	if a.Text == "" && !titled && a.Title != "" {
		// A single line was taken for the title: keep it as the text too,
		// rather than lose the only words there are.
		a.Text = Clean(a.Title)
	}
	if a.Text == "" {
		return &NoTextError{Ref: a.Ref}
	}
	return nil
}

// takeHeader reads metadata printed at the top of an article and returns
// the paragraphs without it. Within the first headerWindow paragraphs that
// are not furniture:
//   - a metadata line (see parseMeta) gives the date, byline and place and
//     is removed, and so is a name on the line above a date line without
//     a byline (the byline printed apart from its date);
//   - when findTitle is set and no title is known, a slogan line (see
//     isSlogan) is removed and the first other line becomes the title if
//     it is headline-sized (at most 30 words) and does not read as prose
//     (see bodyLike); otherwise the text has no headline;
//   - a line repeating the title is removed;
//   - a dateline ("New Delhi:", "ISLAMABAD, May 18 (Reuters) -") is
//     removed from the start of the paragraph it opens and gives the place
//     (and the source, from an agency in parentheses). Datelines are looked
//     for up to the first full body paragraph.
//
// furniture holds isFurniture's answers, for the cleaning to reuse.
func (a *Article) takeHeader(paras []string, findTitle bool, furniture furnitureMemo) []string {
	out := make([]string, 0, len(paras))
	seen := 0
	titleSearch := findTitle && a.Title == ""
	datelines := true
	for i, p := range paras {
		if seen >= headerWindow {
			out = append(out, paras[i:]...)
			break
		}
		if m, ok := parseMeta(p); ok {
			seen++
			a.setMeta(m)
			continue
		}
		if furniture.is(p) {
			out = append(out, p)
			continue
		}
		if _, ok := endMarker(p); ok {
			out = append(out, p)
			continue
		}
		seen++
		if titleSearch {
			if next := nextContent(paras[i+1:], furniture); isSlogan(p, next) {
				continue
			}
			titleSearch = false
			if wordCount(p, 31) <= 30 && !strings.HasSuffix(p, ":") && !bodyLike(p) {
				if _, _, _, _, ok := readDateline(p); !ok {
					a.Title = p
					continue
				}
			}
		}
		if a.Title != "" && sameText(p, a.Title) {
			continue
		}
		if a.Byline == "" && nameShaped(p) && wordCount(p, 6) <= 5 {
			// A name on the line above an unsigned date line is the byline.
			if m, ok := parseMeta(nextContent(paras[i+1:], furniture)); ok && m.date != "" && m.byline == "" {
				a.Byline = p
				continue
			}
		}
		if datelines {
			if place, date, agency, rest, ok := readDateline(p); ok {
				datelines = false
				if a.Place == "" {
					a.Place, a.Region = place, datelineRegion(p)
				}
				if a.Date == "" {
					a.Date = date
				}
				if a.Source == "" {
					a.Source = agency
				}
				if rest == "" {
					continue
				}
				p = rest
			} else if bodyLike(p) && wordCount(p, 40) >= 40 {
				datelines = false
			}
		}
		out = append(out, p)
	}
	return out
}

// nextContent returns the first paragraph that is not furniture.
func nextContent(paras []string, furniture furnitureMemo) string {
	for _, p := range paras {
		if !furniture.is(p) {
			return p
		}
	}
	return ""
}

// meta is what one metadata line says.
type meta struct {
	date, byline, place string
}

func (a *Article) setMeta(m meta) {
	if a.Date == "" {
		a.Date = m.date
	}
	if a.Byline == "" {
		a.Byline = m.byline
	}
	if a.Place == "" {
		a.Place = m.place
	}
}

var (
	// metaLabelRe matches a label before a date: "Updated:", "Published on".
	metaLabelRe = regexp.MustCompile(`(?i)^\s*(?:(?:last updated|first published|updated|published|posted|created|modified|edited|date|dated|released)\b)?\s*(?:(?:on|at)\b)?\s*[:\-–]?\s*`)
	// bylineRe matches "By Jane Doe", "Written by Jane Doe", "Author: Jane Doe".
	bylineRe = regexp.MustCompile(`(?i)^(?:by|written by|reported by|posted by|story by|words by|text by|edited by|compiled by|updated by|author|authors|byline)\s*[:\-–]?\s+(.+)$`)
	// timeOnlyRe matches a clock time printed apart from its date:
	// "10:25 AM IST".
	timeOnlyRe = regexp.MustCompile(`(?i)^(?:at\s+)?(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\b\.?)?\s*(?:\(?(?-i:[A-Z]{2,5})\)?(?:[+-]\d{1,2}(?::?\d{2})?)?|hrs)?$`)
	// placeLabelRe matches a labelled place: "Location: New Delhi".
	placeLabelRe = regexp.MustCompile(`(?i)^(?:location|place|dateline)\s*:\s*(.+)$`)
	// readingTimeRe matches "5 min read", "3 minutes read", "2 mins".
	readingTimeRe = regexp.MustCompile(`(?i)^\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?$`)
	// metaSepRe splits a metadata line into its parts.
	metaSepRe = regexp.MustCompile(`\s*[|•·]\s*|\s+[-–—]\s+`)
)

// parseMeta reads a metadata line such as "By Jane Doe", "18 May 2025
// 05:52", "Updated: May 18, 2025 10:30 IST", "Jane Doe 18 May 2025 05:52"
// or "Staff Reporter | 18 May 2025 | Islamabad". The line is split at "|",
// "•", "·" and spaced dashes; every part must be one or more dates
// (optionally labelled and preceded by a name), a clock time completing
// the date before it, a "By" byline, a labelled place ("Location: New
// Delhi, India"), a reading time or a name, and there must be a date, a
// "By" byline or a labelled place. Names before the date are the byline; a
// name after the date (or after a byline) is the place. The first date is
// the publication date.
func parseMeta(p string) (meta, bool) {
	var m meta
	if len(p) > 300 || wordCount(p, 26) > 25 {
		return m, false
	}
	anchored := false // a date or "By" byline has been seen
	for _, part := range splitMeta(p) {
		part = strings.Trim(part, " ,;")
		if part == "" || isDigit(part[0]) && readingTimeRe.MatchString(part) {
			continue
		}
		// A clock time completes a date; timeOnlyRe needs a part opening
		// with a digit or "at".
		if len(m.date) == len("2006-01-02") && (isDigit(part[0]) || part[0] == 'a' || part[0] == 'A') {
			if t := timeOnlyRe.FindStringSubmatch(part); t != nil {
				if iso, ok := isoDate(atoi(m.date[:4]), atoi(m.date[5:7]), atoi(m.date[8:10]), t[1], t[2], t[3]); ok {
					m.date = iso
				}
				continue
			}
		}
		if d, ok := findDate(part); ok {
			for ok { // a part may hold several dates: "Published ... Updated ..."
				pre := strings.Trim(metaLabelRe.ReplaceAllString(part[:d.start], ""), " ,;")
				if pre != "" {
					name, isBy := bylineOf(pre)
					if !isBy {
						// A name printed before a date: two words or more,
						// or an agency's initials ("PTI 18 May 2025").
						if !nameShaped(pre) || !strings.Contains(pre, " ") && strings.ToUpper(pre) != pre {
							return meta{}, false
						}
						name = pre
					}
					if m.byline == "" {
						m.byline = name
					}
				}
				if m.date == "" {
					m.date = d.iso
				}
				part = strings.Trim(part[d.end:], " ,;.")
				d, ok = findDate(part)
			}
			if rest := strings.Trim(metaLabelRe.ReplaceAllString(part, ""), " ,;.:"); rest != "" {
				if !nameShaped(rest) {
					return meta{}, false
				}
				if m.place == "" {
					m.place = placeName(rest)
				}
			}
			anchored = true
			continue
		}
		if name, ok := bylineOf(part); ok {
			if m.byline == "" {
				m.byline = name
			}
			anchored = true
			continue
		}
		if strings.Contains(part, ":") { // placeLabelRe needs "Label:"
			if pl := placeLabelRe.FindStringSubmatch(part); pl != nil {
				place, _, _ := strings.Cut(pl[1], ",")
				if !nameShaped(strings.TrimSpace(place)) {
					return meta{}, false
				}
				if m.place == "" {
					m.place = placeName(strings.TrimSpace(place))
				}
				anchored = true
				continue
			}
		}
		if !nameShaped(part) {
			return meta{}, false
		}
		switch {
		case !anchored && m.byline == "":
			m.byline = part
		case anchored && m.place == "":
			m.place = placeName(part)
		default:
			return meta{}, false
		}
	}
	if !anchored {
		return meta{}, false
	}
	return m, true
}

// splitMeta splits a metadata line into its parts as metaSepRe.Split(p,
// -1) does, without running the regexp on a line that has no "|", "•" or
// "·" and no dash between white space.
func splitMeta(p string) []string {
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '|':
			return metaSepRe.Split(p, -1)
		case c == '-':
			if i > 0 && reSpace(p[i-1]) && i+1 < len(p) && reSpace(p[i+1]) {
				return metaSepRe.Split(p, -1)
			}
		case c >= utf8.RuneSelf:
			switch r, size := utf8.DecodeRuneInString(p[i:]); r {
			case '•', '·':
				return metaSepRe.Split(p, -1)
			case '–', '—':
				if i > 0 && reSpace(p[i-1]) && i+size < len(p) && reSpace(p[i+size]) {
					return metaSepRe.Split(p, -1)
				}
			}
		}
	}
	return []string{p}
}

// bylineOf returns the names in "By Jane Doe", "By Jane Doe and John
// Roe, Reuters", "Written by Jane Doe" or "Author: Jane Doe": the line must
// start with a capital and every name must be name-shaped.
func bylineOf(s string) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) || !mayBeByline(s) {
		return "", false
	}
	m := bylineRe.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	name := strings.Trim(m[1], " ,;")
	if wordCount(name, 13) > 12 {
		return "", false
	}
	for _, part := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(name, " and ", ","), " & ", ","), ",") {
		if part = strings.TrimSpace(part); part != "" && !nameShaped(part) {
			return "", false
		}
	}
	return name, true
}

// nameConnectors may appear in lower case inside a name.
var nameConnectors = lexicon.Set("byline_name_connectors")

// nameShaped reports whether s looks like a name of a person, desk or
// place: 1–6 words, each capitalised or a connector ("de", "bin", "and"),
// letters and ".'’-" only, at most 60 characters.
func nameShaped(s string) bool {
	if s == "" || len(s) > 4*60 || utf8.RuneCountInString(s) > 60 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		if n > 6 {
			return false
		}
		if _, ok := nameConnectors[w]; ok && n > 1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
	}
	return n > 0
}

// Datelines.

var datelineRe = regexp.MustCompile(
	// place: one to four capitalised words
	`^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|de|la|es|al|el|upon|on|am)){0,3})` +
		// optional region: ", Calif.", ", N.Y.", ", Ontario"
		`(?:,\s*\p{Lu}[\p{L}.]{0,14}(?:\s+\p{Lu}[\p{L}.]{0,14})?)?` +
		// optional date: ", May 18", ", 18 May 2025" (the year written
		// once for both orders keeps the pattern within the size Go's
		// regexp runs with its backtracker, which is several times faster
		// here than its general matcher; TestDatelineReSize)
		`(?:\s*,?\s*((?:(?i:` + monthPat + `)\s+\d{1,2}|\d{1,2}\s+(?i:` + monthPat + `))(?:,?\s+\d{4})?))?` +
		// optional agency: "(Reuters)"
		`\s*(?:\((\p{Lu}[^()]{0,39})\))?` +
		// separator, then white space or the end (the rest of the line
		// follows: not captured, so that matching stops at the dateline)
		`\s*([:\-–—])(?:\s+|$)`)

// datelineSpaceRuns is the most runs of white space datelineRe can match
// before its separator outside the agency: one for each \s element of the
// place (3), the region (2), the date (4) and around the agency (2).
// mayBeDateline depends on it and on the characters the pattern accepts:
// keep them in step with datelineRe.
const datelineSpaceRuns = 11

// mayBeDateline is a quick test that p can match datelineRe: it must start
// with an upper-case letter, and the characters after it, up to the
// separator, can only be letters, marks, digits, white space (at most
// datelineSpaceRuns runs of it) and ".'’-," outside the agency in
// parentheses. So p is scanned up to a separator (":", "-", "–", "—")
// followed by white space or the end, or up to "(", and rejected at any
// other character, or at too many runs of white space.
func mayBeDateline(p string) bool {
	r, size := utf8.DecodeRuneInString(p)
	if !unicode.Is(unicode.Lu, r) {
		return false
	}
	// sepEnds reports whether a separator ending at byte j is followed by
	// white space (as \s matches it) or the end of p.
	sepEnds := func(j int) bool { return j == len(p) || reSpace(p[j]) }
	runs, space := 0, false
	for i := size; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case reSpace(c):
				if !space {
					if runs++; runs > datelineSpaceRuns {
						return false
					}
				}
				space = true
				continue
			case c == ':' || c == '-':
				if sepEnds(i) {
					return true
				}
				if c == ':' {
					return false
				}
			case c == '(':
				return true
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '\'', c == ',':
			default:
				return false
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		switch {
		case r == '–' || r == '—':
			return sepEnds(i)
		case r == '’' || unicode.IsLetter(r) || unicode.IsMark(r):
		default:
			return false
		}
		space = false
	}
	return false
}

// datelineSpan returns how much of the start of p datelineRe can read: it
// matches p exactly when it matches p[:datelineSpan(p)], with the same
// groups. Running it on that prefix rather than on the whole paragraph
// saves the regexp engine work in proportion to the paragraph's length.
//
// Outside the agency in parentheses the pattern reads only letters, marks,
// digits, white space and ".'’-,", then a separator (":", "-", "–", "—")
// and the white space after it: at most datelineSpaceRuns runs of white
// space before the separator and one after it. So the span runs over those
// characters up to the first other one or the start of one run of white
// space too many; when that is a separator or an agency ("(",
// text without parentheses, ")", white space, a separator), the span also
// takes it and the white space after it. One more character, which the
// pattern cannot read, ends the span, so that "$" does not match where p
// goes on. Keep this in step with datelineRe (TestDatelineSpan compares).
func datelineSpan(p string) int {
	i, runs := 0, 0
	for i < len(p) {
		if reSpace(p[i]) {
			if i == 0 || !reSpace(p[i-1]) {
				if runs++; runs > datelineSpaceRuns+1 {
					break
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !('0' <= r && r <= '9' || strings.ContainsRune(".'’-,", r) || unicode.IsLetter(r) || unicode.IsMark(r)) {
			break
		}
		i += size
	}
	if i < len(p) && p[i] == '(' {
		if k := strings.IndexAny(p[i+1:], "()"); k >= 0 && p[i+1+k] == ')' {
			i = skipReSpace(p, i+1+k+1)
		}
	}
	if w := datelineSepWidth(p[i:]); w > 0 {
		i = skipReSpace(p, i+w)
	}
	if i < len(p) {
		_, size := utf8.DecodeRuneInString(p[i:])
		i += size
	}
	return i
}

// datelineSepWidth returns the length of the dateline separator (":",
// "-", "–", "—") that s starts with, or 0.
func datelineSepWidth(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == ':' || s[0] == '-':
		return 1
	case strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—"):
		return len("–")
	}
	return 0
}

// reSpace reports whether c is white space as the regexp \s sees it.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// notPlaces are capitalised words that open a "Label:" line rather than a
// dateline.
var notPlaces = lexicon.Set("dateline_not_places")

// splitDateline splits a dateline from the start of a paragraph. It
// accepts "PLACE -", "Place, May 18 -", "PLACE, Calif., May 18 -", "Place (Agency) -", "PLACE, May 18
// (Agency) -" and "Place:" (the colon form only for one to three
// capitalised words that are not a label such as "Note" or "Update", and
// followed by a capitalised sentence or nothing). A dash form needs an
// all-capitals place, a date or an agency. The place is returned in title
// case when it was printed in capitals.
func splitDateline(p string) (place, agency, rest string, ok bool) {
	if !mayBeDateline(p) {
		return "", "", "", false
	}
	loc := datelineRe.FindStringSubmatchIndex(p[:datelineSpan(p)])
	if loc == nil {
		return "", "", "", false
	}
	group := func(i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return p[loc[2*i]:loc[2*i+1]]
	}
	place, date, agency, sep := group(1), group(2), strings.TrimSpace(group(3)), group(4)
	rest, _, _ = strings.Cut(p[loc[1]:], "\n")
	letters, upper := 0, true
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				upper = false
			}
		}
	}
	caps := upper && letters >= 4
	if _, bad := notPlaces[strings.ToLower(place)]; bad {
		return "", "", "", false
	}
	if monthNumber(place) > 0 && len(place) <= 9 {
		return "", "", "", false
	}
	if sep == ":" {
		if date == "" && agency == "" && (wordCount(place, 4) > 3 || strings.ContainsRune(place, '.')) {
			return "", "", "", false
		}
		if rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘", r) {
				return "", "", "", false
			}
		}
	} else if !caps && date == "" && agency == "" {
		return "", "", "", false
	}
	return placeName(place), agency, rest, true
}

// placeName returns a place as written, or in title case when it was
// printed in capitals ("NEW DELHI" → "New Delhi").
func placeName(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-'
	}
	return b.String()
}
