package article

import (
	"regexp"
	"strings"
	"testing"
)

func TestSplitDatedDateline(t *testing.T) {
	for _, tc := range []struct {
		in                        string
		place, date, agency, rest string
		ok                        bool
	}{
		{"March 4, 2025 | Lisbon– Ministers met.", "Lisbon", "2025-03-04", "", "Ministers met.", true},
		{"Lisbon, 4 March 2025 – Ministers met.", "Lisbon", "2025-03-04", "", "Ministers met.", true},
		{"KARVELO, 2025-03-04 (Agency News) - Ministers met.", "Karvelo", "2025-03-04", "Agency News", "Ministers met.", true},
		{"Tuesday, 4 March 2025 - Ministers met.", "", "2025-03-04", "", "Ministers met.", true},
		{"Austin, Texas, 03/24/2025 (AP) — Ministers met.", "Austin", "2025-03-24", "AP", "Ministers met.", true},
		{"4.3.2025 · Port Elvar: Ministers met.", "Port Elvar", "2025-03-04", "", "Ministers met.", true}, // dots: day first
		{"4/3/2025 · Port Elvar: Ministers met.", "Port Elvar", "", "", "", false},                        // slashes: day/month order ambiguous
		{"18.3.2025 · Port Elvar: Ministers met.", "Port Elvar", "2025-03-18", "", "Ministers met.", true},
		// Sentences holding a date are not datelines.
		{"Officials said on March 4, 2025 - that ministers met.", "", "", "", "", false},
		{"Update, March 4, 2025: the talks resumed.", "", "", "", "", false},
		{"Lisbon, March 4, 2025 Porto - two cities.", "", "", "", "", false},
		// No full date: left to splitDateline.
		{"LISBON, May 18 (Reuters) - Ministers met.", "", "", "", "", false},
	} {
		place, date, agency, rest, ok := splitDatedDateline(tc.in)
		if ok != tc.ok || ok && (place != tc.place || date != tc.date || agency != tc.agency || rest != tc.rest) {
			t.Errorf("splitDatedDateline(%q) = %q, %q, %q, %q, %v; want %q, %q, %q, %q, %v", tc.in, place, date, agency, rest, ok, tc.place, tc.date, tc.agency, tc.rest, tc.ok)
		}
	}
}

// TestDatelineDate reads articles whose only date is in the dateline.
func TestDatelineDate(t *testing.T) {
	for _, tc := range []struct{ name, in, place, date string }{
		{"a.txt", "Harbour talks resume\n\nMarch 4, 2025 | Karvelo– Ministers met on Tuesday to discuss the harbour budget and new rules for the ferry companies.\n", "Karvelo", "2025-03-04"},
		{"b.txt", "Harbour talks resume\n\nKarvelo, 4 March 2025 – Ministers met on Tuesday to discuss the harbour budget and new rules for the ferry companies.\n", "Karvelo", "2025-03-04"},
		{"c.json", `{"title": "Harbour talks", "text": "KARVELO, 2025-03-04 - Ministers met on Tuesday to discuss the harbour budget."}`, "Karvelo", "2025-03-04"},
		{"d.json", `{"title": "Harbour talks", "date": "2025-05-01", "text": "Karvelo, 4 March 2025 – Ministers met on Tuesday."}`, "Karvelo", "2025-05-01"},
	} {
		a := readFirst(t, tc.name, tc.in)
		if a.Place != tc.place || a.Date != tc.date || strings.Contains(a.Text, "2025") {
			t.Errorf("%s: place %q date %q text %q; want place %q date %q and no dateline in the text", tc.name, a.Place, a.Date, a.Text, tc.place, tc.date)
		}
	}
}

func readFirst(t *testing.T, name, in string) *Article {
	t.Helper()
	for a, err := range Read(strings.NewReader(in), name, FormatOf(name)) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return a
	}
	t.Fatalf("%s: no article", name)
	return nil
}

func TestCharRefs(t *testing.T) {
	for _, tc := range []struct{ name, in, title, text string }{
		{"a.txt", "Caf&eacute; talks\n\nJos&#233; Manuel Ferreira met Ant&oacute;nio Lima at the caf&#xE9; on Monday.\n", "Café talks", "José Manuel Ferreira met António Lima at the café on Monday."},
		{"b.md", "# Caf&eacute; talks\n\nJos&#233; Manuel Ferreira met **Ant&oacute;nio Lima** on Monday.\n", "Café talks", "José Manuel Ferreira met António Lima on Monday."},
		{"c.json", `{"title": "Caf&eacute; talks", "text": "Jos&#233; Manuel Ferreira met R&D staff of AT&T&nbsp;Labs &amp; more."}`, "Café talks", "José Manuel Ferreira met R&D staff of AT&T Labs & more."},
		{"d.html", `<html><head><title>Caf&amp;eacute; talks</title></head><body><article><p>Jos&amp;#233; Manuel Ferreira met the ministers of three countries on Monday, officials said in a statement.</p></article></body></html>`, "Café talks", "José Manuel Ferreira met the ministers of three countries on Monday, officials said in a statement."},
		{"e.txt", "Odd references\n\nThe &unknownentity; stays, &#0; goes, and 5 &lt; 6 holds.\n", "Odd references", "The &unknownentity; stays, \uFFFD goes, and 5 < 6 holds."},
	} {
		a := readFirst(t, tc.name, tc.in)
		if a.Title != tc.title || a.Text != tc.text {
			t.Errorf("%s: title %q text %q; want %q, %q", tc.name, a.Title, a.Text, tc.title, tc.text)
		}
	}
}

func TestDatelineRegion(t *testing.T) {
	for in, want := range map[string]string{
		"SAN MATEO, Calif., March 2 -":           "Calif.",
		"TORONTO, Ontario, May 2 (Reuters) - X.": "Ontario",
		"DOVER, DEL., March 5 -":                 "DEL.",
		"NEW YORK, N.Y., Jan 3 -":                "N.Y.",
		"LONDON, March 2 -":                      "",
		"PARIS, March 2, 1987 -":                 "",
		"Lisbon, 4 March 2025 – Talks ended.":    "",
		"Austin - Texas, the state, grew.":       "",
	} {
		if got := datelineRegion(in); got != want {
			t.Errorf("datelineRegion(%q) = %q, want %q", in, got, want)
		}
	}
}

// datedHeadRe is the regexp datedHead replaces, kept to test it against.
var datedHeadRe = regexp.MustCompile(`^(.{6,100}?)\s*[:\-–—]\s+`)

// checkDatedHead fails t when datedHead(p) differs from datedHeadRe.
func checkDatedHead(t *testing.T, p string) {
	t.Helper()
	head, end, ok := datedHead(p)
	m := datedHeadRe.FindStringSubmatchIndex(p)
	if ok != (m != nil) || ok && (head != p[m[2]:m[3]] || end != m[1]) {
		t.Errorf("datedHead(%q) = %q, %d, %v; the regexp gives %v", p, head, end, ok, m)
	}
}

func TestDatedHead(t *testing.T) {
	for _, p := range []string{
		"", "Lisbon", "Lisbon -", "Lisbon - x", "Lisbon -x", "Lis - x", "Lisb - x", "Lisbo - x", "Lisbon\t:\n\nx",
		"March 4, 2025 | Lisbon– Ministers met.", "Lisbon, 4 March 2025 – Ministers met.", "KARVELO, 2025-03-04 (Agency News) - x",
		"Tuesday, 4 March 2025 — x", "Ab\ncdefg - x", "Abcdefg\n- x", "Abcdefg \n - \n x", "Abcdefg –", "Abcdefg –x",
		"ÉÉÉÉÉ - x", "ÉÉÉÉÉÉ - x", "\xff\xff\xff\xff\xff\xff - x", "\xff\xff\xff\xff\xff - x", "abcdefg\u00a0- x", "abcdefg -\u00a0x",
		strings.Repeat("a", 99) + " - x", strings.Repeat("a", 100) + " - x", strings.Repeat("a", 101) + " - x",
		strings.Repeat("é", 100) + " - x", strings.Repeat("é", 101) + " - x", strings.Repeat("a", 100) + "\n\n- x",
		"ab - cdefgh - x", "abcdef:: x", "abcdef-- x", "abcdef —— x", "abcdef \v- x", "abcdef\xe2\x80 - x",
	} {
		checkDatedHead(t, p)
	}
}

// FuzzDatedHead compares datedHead with the regexp it replaces.
func FuzzDatedHead(f *testing.F) {
	for _, s := range []string{"Lisbon, 4 March 2025 – x", "Abcdefg \n - \n x", strings.Repeat("é", 100) + " - x", "\xff\xff\xff\xff\xff\xff - x"} {
		f.Add(s)
	}
	f.Fuzz(checkDatedHead)
}

// TestReadDatelineFieldMemo checks that a dateline field read from the
// memo gives what reading it afresh gives.
func TestReadDatelineFieldMemo(t *testing.T) {
	for _, dl := range []string{"QUILLBY, March 3 -", "Quillby (Wirewell) -", "Quillby", "not a dateline at all"} {
		first := readDatelineField(dl)
		again := readDatelineField(dl)
		if first != again {
			t.Errorf("%q: %+v, then %+v from the memo", dl, first, again)
		}
		place, agency, _, ok := splitDateline(dl)
		if ok != first.dateline || ok && (place != first.place || agency != first.agency || datelineRegion(dl) != first.region) {
			t.Errorf("%q: %+v, splitDateline %q %q %v", dl, first, place, agency, ok)
		}
	}
	if f := readDatelineField("QUILLBY, March 3 -"); !f.dateline || f.place != "Quillby" {
		t.Errorf("QUILLBY, March 3 -: %+v", f)
	}
}
