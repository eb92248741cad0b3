package article

import (
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
