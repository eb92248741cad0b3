package article

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// prefilterInputs are lines the quick tests run before a regexp must let
// through whenever the regexp matches: the longest forms each pattern
// accepts, odd white space and case, and lines each test rejects.
var prefilterInputs = []string{
	"", " ", "A", "NEW DELHI, May 20 - text", "ISLAMABAD, May 18 (Reuters) - Pakistan said",
	"New Delhi:", "New Delhi: The", "Note: this", "SALVADOR, Feb 26 -", "PARIS (AFP) - x", "PARIS (AFP) -",
	"Place of Xx Yy, Calif Ab , May 18, 2025 - rest", "Place\tof\nXx\fYy,\rCalif\tAb\t,\tMay\t18,\t2025\t-\trest",
	"St. John's, Nfld., 18 May 2025 (CP) — text", "Port-au-Prince – x", "São Paulo, ſep 3 - x", "\u212Aelvin - x",
	"O'HARE: Planes", "D’ARC -", "ÉCOLE - x", "Washington, June 1, 2025 (AP) -", "LONDON, Feb 26-", "LONDON - ",
	"The company said on Monday - in a statement - that it", "Showers continued throughout the week in the Bahia cocoa zone",
	"U.S. - x", "A B C D E F G H I J K L M - x", "Nairobi\u00a0- x", "Nairobi\v- x", "Nairobi \xff- x",
}

// TestMayBeDateline checks that mayBeDateline lets every dateline through.
func TestMayBeDateline(t *testing.T) {
	for _, p := range prefilterInputs {
		for _, q := range []string{p, strings.ToUpper(p), strings.ToLower(p)} {
			if datelineRe.MatchString(q) && !mayBeDateline(q) {
				t.Errorf("mayBeDateline(%q) = false, but datelineRe matches", q)
			}
		}
	}
	for _, p := range []string{"The \"company\" said - x", "Showers continued throughout the week in the Bahia cocoa zone", "A B C D E F G H I J K L M - x", "Nairobi\u00a0- x", "lower - x"} {
		if mayBeDateline(p) {
			t.Errorf("mayBeDateline(%q) = true", p)
		}
	}
}

// furnitureInputs are furniture lines (and near misses) for the quick
// tests of isFurniture's patterns.
var furnitureInputs = []string{
	"Tags: India, Pakistan", "TAGS | x", "tagged with: x", "Topics: a", "\u212Aeywords: a", "Keywords : a",
	"Filed under: News", "Categories| x", "Category: x", "Also tagged: x", "Tags India", "The tags: x",
	"Advertisement", "Advertisement - Scroll to continue", "Story continues below advertisement",
	"Continue reading", "Scroll down to continue", "Sponsored", "Text continues", "Content continues below",
	"Updated 2 hours ago", "5 mins ago", "Last updated: an hour ago", "a day ago", "Ago",
	"More from World", "Latest in Business", "Top on the site", "Also from us", "More", "Moreover in x",
}

// TestFurniturePrefilters checks that the quick tests let every line
// through that their pattern matches.
func TestFurniturePrefilters(t *testing.T) {
	for _, p := range append(furnitureInputs, prefilterInputs...) {
		for _, q := range []string{p, strings.ToUpper(p), strings.ToLower(p), "» " + p} {
			k := furnitureKey(q)
			if tagsRe.MatchString(strings.ToLower(q)) && !mayBeTags(q) {
				t.Errorf("mayBeTags(%q) = false, but tagsRe matches", q)
			}
			if continueRe.MatchString(k) && !mayBeContinue(k) {
				t.Errorf("mayBeContinue(%q) = false, but continueRe matches", k)
			}
			if moreFromRe.MatchString(k) && !moreFromOpening(k) {
				t.Errorf("moreFromOpening(%q) = false, but moreFromRe matches", k)
			}
			if agoRe.MatchString(k) && !strings.HasSuffix(k, "ago") {
				t.Errorf("agoRe matches %q", k)
			}
			if hasNavSep(q) != strings.ContainsAny(q, "|•·»›/") {
				t.Errorf("hasNavSep(%q) wrong", q)
			}
		}
	}
}

// dateInputs are dates in every form dateForms reads, with odd spacing.
var dateInputs = []string{
	"2025-05-18", "2025-05-18T05:52:00Z", "x 2025-5-1 05:52", "18 May 2025", "Sunday, 18 May, 2025",
	"26-FEB-1987 15:01:01.79", "18th May 2025", "18/May/2025", "18 / May / 2025", "18\tMay\n2025",
	"May 18, 2025", "Sun, May 18 2025 10:30 IST", "May\f18th,\r2025", "2025/05/18", "18/05/2025", "18.05.2025",
	"05/18/2025", "1/2/2025", "12345-05-18", "May 18, 12025", "ſep 3, 2025", "3 ſep 2025", "10:30 AM IST, May 18, 2025",
	"Published 18 May 2025 | Updated 19 May 2025", "By Jane Doe | 18 May 2025 | 5 min read",
	"Staff Reporter • 18 May 2025 • Islamabad", "Jane Doe - 18 May 2025 – 10:25 AM IST — Location: New Delhi",
	"at 10:25 am", "Location: New Delhi, India", "12 mins read", "2025", "no digits here",
}

// TestDatePrefilters checks that dateFormsPossible keeps every form that
// matches, and that splitMeta splits as metaSepRe does.
func TestDatePrefilters(t *testing.T) {
	for _, p := range append(dateInputs, prefilterInputs...) {
		for _, q := range []string{p, strings.ToUpper(p), strings.ToLower(p), "x" + p + "x", "Updated: " + p} {
			forms := dateFormsPossible(q)
			for i, f := range dateForms {
				if f.re.MatchString(q) && forms&(1<<i) == 0 {
					t.Errorf("dateFormsPossible(%q) leaves out form %d, which matches", q, i)
				}
			}
			if got, want := splitMeta(q), metaSepRe.Split(q, -1); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Errorf("splitMeta(%q) = %q, want %q", q, got, want)
			}
		}
	}
}

// checkDatelineSpan fails t when datelineRe reads p and its datelineSpan
// prefix differently.
func checkDatelineSpan(t *testing.T, p string) {
	t.Helper()
	n := datelineSpan(p)
	whole, prefix := datelineRe.FindStringSubmatchIndex(p), datelineRe.FindStringSubmatchIndex(p[:n])
	if !slices.Equal(whole, prefix) {
		t.Errorf("datelineRe on %q gives %v, on its span %q %v", p, whole, p[:n], prefix)
	}
}

// TestDatelineSpan checks that datelineRe reads the same from a line and
// from its datelineSpan.
func TestDatelineSpan(t *testing.T) {
	for _, p := range append(prefilterInputs,
		"LONDON -", "LONDON - x", "LONDON -x", "LONDON:x", "LONDON:", "LONDON –\n\t x", "LONDON (Reuters)", "LONDON (Reuters) x",
		"LONDON (Reuters) -", "LONDON (Reuters) -x", "LONDON (Re(uters) - x", "LONDON (Reuters - x", "LONDON (Reuters)) - x",
		"ABC- DEF - x", "ABC -- x", "ABC - - x", "ABC, May 18, 2025 — x", "ABC 12 - x", "ABC é - x", "ABC \u00a0 - x", "ABC \xff - x",
		"ABC\xff", "ABC (\xff) - x", "ABC (A) \xff", "ABC, Calif., May 18 (AP) - More text (and more) - here.",
		"Place of Xx Yy, Calif Ab , May 18, 2025 (AP) - rest", "Place of Xx Yy Zz, Calif Ab , May 18, 2025 - rest", " Place  of Xx -  -  x",
	) {
		for _, q := range []string{p, strings.ToUpper(p), strings.ToLower(p)} {
			checkDatelineSpan(t, q)
		}
	}
}

// FuzzDatelineSpan checks datelineSpan on any line.
func FuzzDatelineSpan(f *testing.F) {
	for _, p := range prefilterInputs {
		f.Add(p)
	}
	f.Fuzz(checkDatelineSpan)
}

// datelineRe2025 is datelineRe as it was written before its date's year was
// written once for both orders, kept to check that the two agree.
var datelineRe2025 = regexp.MustCompile(
	`^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|de|la|es|al|el|upon|on|am)){0,3})` +
		`(?:,\s*\p{Lu}[\p{L}.]{0,14}(?:\s+\p{Lu}[\p{L}.]{0,14})?)?` +
		`(?:\s*,?\s*((?i:` + monthPat + `)\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?i:` + monthPat + `)(?:,?\s+\d{4})?))?` +
		`\s*(?:\((\p{Lu}[^()]{0,39})\))?` +
		`\s*([:\-–—])(?:\s+|$)`)

// TestDatelineReSize checks that datelineRe stays small enough for Go's
// backtracking matcher (regexp's maxBacktrackProg, 500 instructions).
func TestDatelineReSize(t *testing.T) {
	re, err := syntax.Parse(datelineRe.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(prog.Inst); n > 500 {
		t.Errorf("datelineRe compiles to %d instructions, more than the backtracker's 500", n)
	}
}

// checkDatelineRe fails t when datelineRe and the pattern it was written
// from read p differently.
func checkDatelineRe(t *testing.T, p string) {
	t.Helper()
	if got, want := datelineRe.FindStringSubmatchIndex(p), datelineRe2025.FindStringSubmatchIndex(p); !slices.Equal(got, want) {
		t.Errorf("datelineRe on %q gives %v, before %v", p, got, want)
	}
}

func TestDatelineReSame(t *testing.T) {
	for _, p := range append(prefilterInputs, "LONDON, 18 May -", "LONDON, 18 May 2025 -", "LONDON, May 18 2025 -", "LONDON, May 18, 2025 (AP) -",
		"LONDON, May 18,2025 -", "LONDON, May -", "LONDON, 18 -", "PARIS, Sept. 3 -", "PARIS, 3 sept. 1999: x", "ROME, Calif., 3 May, 1999 - x") {
		checkDatelineRe(t, p)
	}
}

// FuzzDatelineRe compares datelineRe with the pattern it was written from.
func FuzzDatelineRe(f *testing.F) {
	for _, p := range prefilterInputs {
		f.Add(p)
	}
	f.Fuzz(checkDatelineRe)
}
