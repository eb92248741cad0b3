package article

import (
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		in   string
		want meta
		ok   bool
	}{
		{"18 May 2025 05:52", meta{date: "2025-05-18T05:52"}, true},
		{"May 18, 2025 | Islamabad", meta{date: "2025-05-18", place: "Islamabad"}, true},
		{"Updated: May 18, 2025 10:30 IST", meta{date: "2025-05-18T10:30"}, true},
		{"By Jane Doe", meta{byline: "Jane Doe"}, true},
		{"BY JANE DOE", meta{byline: "JANE DOE"}, true},
		{"Jane Doe 18 May 2025 05:52", meta{date: "2025-05-18T05:52", byline: "Jane Doe"}, true},
		{"Staff Reporter | 18 May 2025 | Islamabad", meta{date: "2025-05-18", byline: "Staff Reporter", place: "Islamabad"}, true},
		{"By Jane Doe · 4 min read", meta{byline: "Jane Doe"}, true},
		{"Written by Ana de la Cruz - Published on 2 June 2025", meta{date: "2025-06-02", byline: "Ana de la Cruz"}, true},
		{"Published May 18, 2025 Updated May 19, 2025 10:25am", meta{date: "2025-05-18"}, true},
		{"First Published: May 18 2025 | 10:25 AM IST", meta{date: "2025-05-18T10:25"}, true},
		{"Written by: Jane Doe | Edited by: John Roe | Updated: May 18, 2025", meta{date: "2025-05-18", byline: "Jane Doe"}, true},
		{"PTI | Updated: May 18, 2025, 10:25 IST", meta{date: "2025-05-18T10:25", byline: "PTI"}, true},
		{"AFP May 18, 2025 5:52 AM GMT+5", meta{date: "2025-05-18T05:52", byline: "AFP"}, true},
		{"By Jane Doe, Special Correspondent", meta{byline: "Jane Doe, Special Correspondent"}, true},
		// Text, captions and headlines are not metadata.
		{"18 May 2025 the talks began", meta{}, false},
		{"Record March 31, 1987", meta{}, false},
		{"Prime Minister Shehbaz Sharif", meta{}, false},
		{"by National Bank of Example <NBE.L>", meta{}, false},
		{"Elections on 18 May 2025", meta{}, false},
		{"India Strikes Back: May 7, 2025", meta{}, false},
		{"The talks began on 18 May 2025 and ended without agreement after two days of meetings.", meta{}, false},
	}
	for _, tt := range tests {
		got, ok := parseMeta(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseMeta(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSplitDateline(t *testing.T) {
	tests := []struct {
		in                  string
		place, agency, rest string
		ok                  bool
	}{
		{"New Delhi:", "New Delhi", "", "", true},
		{"New Delhi: The government said on Sunday.", "New Delhi", "", "The government said on Sunday.", true},
		{"ISLAMABAD, May 18 (Reuters) - Pakistan said.", "Islamabad", "Reuters", "Pakistan said.", true},
		{"NEW DELHI, May 20 - Officials said.", "New Delhi", "", "Officials said.", true},
		{"WASHINGTON (AP) — The Senate voted.", "Washington", "AP", "The Senate voted.", true},
		{"LONDON — Markets rose.", "London", "", "Markets rose.", true},
		{"SALVADOR, Feb 26 -", "Salvador", "", "", true},
		{"PORTLAND, Ore., Feb 26 -", "Portland", "", "", true},
		{"ST. LOUIS, Mo., March 1 - Sales rose.", "St. Louis", "", "Sales rose.", true},
		{"TORONTO, Ontario, May 2 (Reuters) - Gold fell.", "Toronto", "Reuters", "Gold fell.", true},
		// Labels, sentences and title-case dashes are not datelines.
		{"Note: The figures are provisional.", "", "", "", false},
		{"Update: Talks resumed.", "", "", "", false},
		{"Pakistan — which denies the charge — said.", "", "", "", false},
		{"UN - The council met.", "", "", "", false},
		{"Islamabad: a quiet day", "", "", "", false},
		{"UN, G7, and FATF: Pakistan's Mixed Fortunes", "", "", "", false},
		{"Their goal: to expose terrorism.", "", "", "", false},
		// A wire service's sports slug names the sport, not a place.
		{"SOCCER - KENYA BEAT GHANA IN CUP FINAL .", "", "", "", false},
		{"RUGBY UNION - HOSTS WIN OPENER .", "", "", "", false},
		{"NAIROBI - KENYA BEAT GHANA IN CUP FINAL .", "Nairobi", "", "KENYA BEAT GHANA IN CUP FINAL .", true},
	}
	for _, tt := range tests {
		place, agency, rest, ok := splitDateline(tt.in)
		if ok != tt.ok || place != tt.place || agency != tt.agency || rest != tt.rest {
			t.Errorf("splitDateline(%q) = %q, %q, %q, %v; want %q, %q, %q, %v",
				tt.in, place, agency, rest, ok, tt.place, tt.agency, tt.rest, tt.ok)
		}
	}
}

// TestTextHeader checks the title, metadata and dateline read from the top
// of plain-text articles.
func TestTextHeader(t *testing.T) {
	body := "A body paragraph that is long enough to count as article prose, with a subject, a verb and a full stop at its end."
	tests := []struct {
		name, in                           string
		title, date, byline, place, source string
		first                              string // the first paragraph of Text
	}{
		{
			name:  "house style",
			in:    "Talks resume\n\nStaff Reporter | 18 May 2025 | Islamabad\n\n" + body,
			title: "Talks resume", date: "2025-05-18", byline: "Staff Reporter", place: "Islamabad",
			first: body,
		},
		{
			name:  "name then date, caption kept",
			in:    "Talks resume\n\nJane Doe 18 May 2025 05:52\n\nPrime Minister Jane Roe\n\n" + body,
			title: "Talks resume", date: "2025-05-18T05:52", byline: "Jane Doe",
			first: "Prime Minister Jane Roe",
		},
		{
			name:  "wire dateline",
			in:    "Talks resume\n\nISLAMABAD, May 18 (Reuters) - " + body,
			title: "Talks resume", place: "Islamabad", source: "Reuters",
			first: body,
		},
		{
			name:  "colon dateline alone, repeated headline",
			in:    "Talks resume\nTalks resume\nNew Delhi:\n\n" + body,
			title: "Talks resume", place: "New Delhi",
			first: body,
		},
		{
			name:  "markdown",
			in:    "# Talks *resume*\n\n**By Jane Doe** | May 18, 2025\n\n" + body,
			title: "Talks resume", date: "2025-05-18", byline: "Jane Doe",
			first: body,
		},
		{
			name:  "slogan above headline",
			in:    "Your Window on the World.\n\nTalks resume in the capital\n\n" + body,
			title: "Talks resume in the capital",
			first: body,
		},
		{
			name:  "no headline",
			in:    body + "\n\n" + body,
			first: body,
		},
		{
			name:  "front matter",
			in:    "---\ntitle: Talks resume\ndate: 2025-05-18\nauthor: Jane Doe\n---\n" + body,
			title: "Talks resume", date: "2025-05-18", byline: "Jane Doe",
			first: body,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a *Article
			for got, err := range Read(strings.NewReader(tt.in), "x.txt", "text") {
				if err != nil {
					t.Fatal(err)
				}
				a = got
			}
			if a.Title != tt.title || a.Date != tt.date || a.Byline != tt.byline || a.Place != tt.place || a.Source != tt.source {
				t.Errorf("got title %q date %q byline %q place %q source %q\nwant title %q date %q byline %q place %q source %q",
					a.Title, a.Date, a.Byline, a.Place, a.Source, tt.title, tt.date, tt.byline, tt.place, tt.source)
			}
			if first, _, _ := strings.Cut(a.Text, "\n\n"); first != tt.first {
				t.Errorf("first paragraph %q, want %q", first, tt.first)
			}
		})
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"## Heading ##", "\nHeading\n"},
		{"A [link](https://x.example) and ![img](a.png) here", "A link and  here"},
		{"**bold**, __bold__, *em*, _em_ and `code`", "bold, bold, em, em and code"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"> quoted text", "quoted text"},
		{"- item one", "\nitem one\n"},
		{"[1]: https://x.example", ""},
	}
	for _, tt := range tests {
		if got := stripMarkdown(tt.in); got != tt.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMayBeBylineNeverMissesBylineRe checks that the quick test passes
// every string bylineRe matches, and turns away some it does not.
func TestMayBeBylineNeverMissesBylineRe(t *testing.T) {
	in := []string{
		"By Jane Quill", "BY JANE QUILL", "By: Jane Quill", "Written by Jane Quill", "WRITTEN BY Jane Quill",
		"Reported by Jane Quill", "Story by Jane Quill", "Author: Jane Quill", "Authors: Jane Quill and Tom Lark",
		"Byline - Jane Quill", "Compiled by Jane Quill", "Updated by Jane Quill", "Text by Jane Quill",
		"ſtory by Jane Quill", "Poſted by Jane Quill", "Edited by\tJane Quill",
		"Bylines: Jane Quill", "Bystander Jane Quill", "The dry period means the crop will be late",
		"Authorship Jane Quill", "Compilation by Jane Quill", "", "By", "Écrit par Jane Quill",
	}
	rejected := 0
	for _, s := range in {
		may := mayBeByline(s)
		if bylineRe.MatchString(s) && !may {
			t.Errorf("%q: bylineRe matches, mayBeByline says no", s)
		}
		if !may {
			rejected++
		}
	}
	if rejected < 4 {
		t.Errorf("mayBeByline turned away %d strings, want at least 4", rejected)
	}
}
