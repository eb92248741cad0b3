package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date recognition. Dates are found inside text (a byline line, a JSON
// field) by a small set of regular expressions, one per written form, and
// normalised to "2006-01-02" or "2006-01-02T15:04". Time zones are read but
// not applied: the wall-clock time is kept as printed, because the printed
// time is what a reader of the article saw.

const (
	monthPat   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekdayPat = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
	// timePat is an optional clock time after a date: "05:52", ", 10:30 am",
	// "at 5.52 PM", "T05:52:00.000". Groups: hour, minute, am/pm.
	timePat = `(?:(?:\s*,?\s*(?:at\s+)?|\s*[|@–-]\s*|T)(\d{1,2})[:.](\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\b\.?)?)?`
	// zonePat is an optional zone after the time: "Z", "+05:30", "IST", "(GMT)", "hrs".
	zonePat = `(?:\s*(?:Z\b|[+-]\d{2}:?\d{2}\b|\(?(?-i:[A-Z]{2,5})\)?(?:[+-]\d{1,2}(?::?\d{2})?)?\b|hrs\b))?`
)

// dateForm is one written form of a date; conv turns the submatches into
// year, month, day, hour, minute (hour -1 when there is no time).
type dateForm struct {
	re   *regexp.Regexp
	need func(lower string) bool // a cheap test the text must pass first
	conv func(m []string) (y, mo, d int, ok bool)
}

var dateForms = []dateForm{
	// 2025-05-18, 2025-05-18T05:52:00Z, 2025-05-18 05:52
	{regexp.MustCompile(`(?i)\b(\d{4})-(\d{1,2})-(\d{1,2})` + timePat + zonePat), hasDash, func(m []string) (int, int, int, bool) {
		return atoi(m[1]), atoi(m[2]), atoi(m[3]), true
	}},
	// 18 May 2025, Sunday, 18 May, 2025, 26-FEB-1987 15:01:01.79, 18th May 2025
	{regexp.MustCompile(`(?i)\b` + weekdayPat + `(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-|\s*/\s*)(` + monthPat + `)(?:,?\s+|-|\s*/\s*)(\d{4})\b` + timePat + zonePat), hasMonth, func(m []string) (int, int, int, bool) {
		mo := monthNumber(m[2])
		return atoi(m[3]), mo, atoi(m[1]), mo > 0
	}},
	// May 18, 2025, Sun, May 18 2025 10:30 IST
	{regexp.MustCompile(`(?i)\b` + weekdayPat + `(` + monthPat + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` + timePat + zonePat), hasMonth, func(m []string) (int, int, int, bool) {
		mo := monthNumber(m[1])
		return atoi(m[3]), mo, atoi(m[2]), mo > 0
	}},
	// 2025/05/18
	{regexp.MustCompile(`(?i)\b(\d{4})/(\d{1,2})/(\d{1,2})\b` + timePat + zonePat), hasSlash, func(m []string) (int, int, int, bool) {
		return atoi(m[1]), atoi(m[2]), atoi(m[3]), true
	}},
	// 18/05/2025 or 18.05.2025 (day first) and 05/18/2025 (month first),
	// accepted when the order is unambiguous (one part above 12) or
	// written with dots, which put the day first.
	{regexp.MustCompile(`(?i)\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b` + timePat + zonePat), hasDot, func(m []string) (int, int, int, bool) {
		a, b := atoi(m[1]), atoi(m[2])
		switch {
		case a > 12 && b <= 12:
			return atoi(m[3]), b, a, true
		case b > 12 && a <= 12:
			return atoi(m[3]), a, b, true
		case strings.Count(m[0], ".") >= 2 && !strings.Contains(m[0], "/"):
			// Dots between all three parts are the day-first custom of
			// continental Europe, Russia and Latin America; the
			// month-first order is written with slashes.
			return atoi(m[3]), b, a, true
		}
		return 0, 0, 0, false
	}},
}

func hasDash(s string) bool  { return strings.Contains(s, "-") }
func hasSlash(s string) bool { return strings.Contains(s, "/") }
func hasDot(s string) bool   { return strings.ContainsAny(s, "./") }

// monthStems are the first three letters of the month names.
var monthStems = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func hasMonth(lower string) bool {
	for _, m := range monthStems {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// leadTimeRe matches a clock time printed just before a date, as in
// "10:30 AM IST, May 18, 2025".
var leadTimeRe = regexp.MustCompile(`(?i)(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\b\.?)?\s*(?:\(?(?-i:[A-Z]{2,5})\)?)?\s*[,|–-]?\s*$`)

// dateMatch is a date found in a string: its ISO form and byte span.
type dateMatch struct {
	iso        string
	start, end int
}

// findDate returns the first well-formed date in s.
func findDate(s string) (dateMatch, bool) {
	if m, ok := timestampDate(s); ok {
		return m, true
	}
	return findDateForms(s)
}

// findDateForms is findDate by the regexps of dateForms alone.
func findDateForms(s string) (dateMatch, bool) {
	var best dateMatch
	found := false
	forms := dateFormsPossible(s)
	if forms == 0 {
		return best, false
	}
	lower := strings.ToLower(s)
	for i, f := range dateForms {
		if forms&(1<<i) == 0 || !f.need(lower) {
			continue
		}
		for _, loc := range f.re.FindAllStringSubmatchIndex(s, 4) {
			if found && loc[0] > best.start {
				break
			}
			m := submatches(s, loc)
			y, mo, d, ok := f.conv(m)
			if !ok {
				continue
			}
			// The time groups are the last three before the zone.
			n := len(m)
			iso, ok := isoDate(y, mo, d, m[n-3], m[n-2], m[n-1])
			if !ok {
				continue
			}
			if !found || loc[0] < best.start || (loc[0] == best.start && loc[1] > best.end) {
				best, found = dateMatch{iso, loc[0], loc[1]}, true
			}
			break
		}
	}
	if !found {
		return best, false
	}
	if !strings.Contains(best.iso, "T") {
		if lt := leadTimeRe.FindStringSubmatchIndex(s[:best.start]); lt != nil {
			m := submatches(s, lt)
			if iso, ok := isoDate(atoi(best.iso[:4]), atoi(best.iso[5:7]), atoi(best.iso[8:10]), m[1], m[2], m[3]); ok {
				best.iso, best.start = iso, lt[0]
			}
		}
	}
	return best, true
}

// timestampDate reads a whole string written "26-FEB-1987 15:01:01.79"
// (day-month-year and a time to the hundredth of a second, the
// timestamp of VMS and of feeds written by it) without a regexp: only
// the second of dateForms can match such a string, and its match is the
// whole string, so the answer is the same. Any other string, or a date
// or time isoDate finds impossible, is left to the regexps (ok false).
func timestampDate(s string) (dateMatch, bool) {
	i := 0
	digits := func(lo, hi int) (string, bool) {
		j := i
		for j < len(s) && j-i < hi && isDigit(s[j]) {
			j++
		}
		if j-i < lo || j < len(s) && isDigit(s[j]) {
			return "", false
		}
		d := s[i:j]
		i = j
		return d, true
	}
	sep := func(c byte) bool {
		if i < len(s) && s[i] == c {
			i++
			return true
		}
		return false
	}
	day, ok := digits(1, 2)
	if !ok || !sep('-') || i+3 > len(s) {
		return dateMatch{}, false
	}
	mon := s[i : i+3]
	i += 3
	mo := monthNumber(mon)
	if mo == 0 || !isLetter(mon[0]) || !isLetter(mon[1]) || !isLetter(mon[2]) || !sep('-') {
		return dateMatch{}, false
	}
	year, ok := digits(4, 4)
	if !ok || !sep(' ') {
		return dateMatch{}, false
	}
	hour, ok := digits(1, 2)
	if !ok || !sep(':') {
		return dateMatch{}, false
	}
	minute, ok := digits(2, 2)
	if !ok || !sep(':') {
		return dateMatch{}, false
	}
	if _, ok := digits(2, 2); !ok || !sep('.') {
		return dateMatch{}, false
	}
	if _, ok := digits(1, len(s)); !ok || i != len(s) {
		return dateMatch{}, false
	}
	iso, ok := isoDate(atoi(year), mo, atoi(day), hour, minute, "")
	if !ok || !strings.Contains(iso, "T") {
		return dateMatch{}, false // the regexps look further, or for a time before it
	}
	return dateMatch{iso, 0, len(s)}, true
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// dateFormsPossible returns the set of dateForms (bit i for dateForms[i])
// that can match s, from where its years are: every form has a year of
// four ASCII digits, after white space, "-" or "/" (day month year), after
// white space (month day, year) or after "." or "/" (day/month/year), or
// followed by "-" or "/" and a digit (year-month-day, year/month/day).
// It is a quick necessary condition: a form left out cannot match s.
func dateFormsPossible(s string) (forms uint) {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i-start < 4 {
			continue
		}
		if start > 0 {
			switch c := s[start-1]; {
			case reSpace(c):
				forms |= 1<<1 | 1<<2
			case c == '-':
				forms |= 1 << 1
			case c == '/':
				forms |= 1<<1 | 1<<4
			case c == '.':
				forms |= 1 << 4
			}
		}
		if i+1 < len(s) && isDigit(s[i+1]) {
			switch s[i] {
			case '-':
				forms |= 1 << 0
			case '/':
				forms |= 1 << 3
			}
		}
	}
	return forms
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func submatches(s string, loc []int) []string {
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return m
}

// isoDate validates a calendar date and optional clock time and formats
// them. hour and minute are empty when there is no time; ampm is "a", "p"
// or empty.
func isoDate(y, mo, d int, hour, minute, ampm string) (string, bool) {
	if y < 1700 || y > 2199 || mo < 1 || mo > 12 || d < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	out := t.Format("2006-01-02")
	if hour == "" {
		return out, true
	}
	h, mi := atoi(hour), atoi(minute)
	switch strings.ToLower(ampm) {
	case "a":
		if h < 1 || h > 12 {
			return out, true
		}
		if h == 12 {
			h = 0
		}
	case "p":
		if h < 1 || h > 12 {
			return out, true
		}
		if h != 12 {
			h += 12
		}
	}
	if h > 23 || mi > 59 {
		return out, true // keep the date, drop an impossible time
	}
	return out + "T" + pad2(h) + ":" + pad2(mi), true
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	switch s[:3] {
	case "jan":
		return 1
	case "feb":
		return 2
	case "mar":
		return 3
	case "apr":
		return 4
	case "may":
		return 5
	case "jun":
		return 6
	case "jul":
		return 7
	case "aug":
		return 8
	case "sep":
		return 9
	case "oct":
		return 10
	case "nov":
		return 11
	case "dec":
		return 12
	}
	return 0
}

// NormalizeDate returns the first date written in s in ISO 8601 form
// ("2025-05-18", or "2025-05-18T05:52" when a time is given), or "" when s
// holds no recognisable date. It accepts the forms news pages and feeds
// use: "2025-05-18T05:52:00Z", "18 May 2025 05:52", "May 18, 2025 10:30
// IST", "Sun, 18 May 2025 05:52:00 +0000", "26-FEB-1987 15:01:01.79",
// "2025/05/18" and unambiguous "18/05/2025". Zones are not applied.
func NormalizeDate(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	if m, ok := findDate(s); ok {
		return m.iso
	}
	return ""
}

// epochDate formats a Unix time in seconds (or milliseconds, when it is too
// large to be seconds) as an ISO date-time in UTC.
func epochDate(n float64) string {
	if n > 1e11 {
		n /= 1000
	}
	if n <= 0 || n > 7e9 {
		return ""
	}
	return time.Unix(int64(n), 0).UTC().Format("2006-01-02T15:04")
}
