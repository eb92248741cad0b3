package article

import "testing"

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-05-18", "2025-05-18"},
		{"2025-05-18T05:52:00Z", "2025-05-18T05:52"},
		{"2025-05-18T05:52:00.123+05:30", "2025-05-18T05:52"},
		{"2025-05-18 05:52", "2025-05-18T05:52"},
		{"18 May 2025 05:52", "2025-05-18T05:52"},
		{"18 May 2025", "2025-05-18"},
		{"18th May, 2025", "2025-05-18"},
		{"Sunday, 18 May 2025", "2025-05-18"},
		{"May 18, 2025", "2025-05-18"},
		{"May 18 2025 10:30 IST", "2025-05-18T10:30"},
		{"Updated: May 18, 2025 10:30 IST", "2025-05-18T10:30"},
		{"May 18, 2025 5:52 PM", "2025-05-18T17:52"},
		{"May 18, 2025 12:10 am", "2025-05-18T00:10"},
		{"Sept. 3, 2025", "2025-09-03"},
		{"Sun, 18 May 2025 05:52:00 +0000", "2025-05-18T05:52"},
		{"26-FEB-1987 15:01:01.79", "1987-02-26T15:01"},
		{"2025/05/18", "2025-05-18"},
		{"18/05/2025", "2025-05-18"},
		{"05/18/2025", "2025-05-18"},
		{"05.06.2025", "2025-06-05"},
		{"10:30 AM IST, May 18, 2025", "2025-05-18T10:30"},
		{"Jane Doe 18 May 2025 05:52", "2025-05-18T05:52"},
		// Not dates, or not unambiguous ones.
		{"05/06/2025", ""},
		{"2025-02-30", ""},
		{"May 2025", ""},
		{"Operation Sindoor", ""},
		{"", ""},
		{"31 June 2025", ""},
		{"18 May 2025 25:70", "2025-05-18"},
	}
	for _, tt := range tests {
		if got := NormalizeDate(tt.in); got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEpochDate(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{1747550000, "2025-05-18T06:33"},
		{1747550000000, "2025-05-18T06:33"},
		{-5, ""},
	}
	for _, tt := range tests {
		if got := epochDate(tt.in); got != tt.want {
			t.Errorf("epochDate(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTimestampDateAgreesWithForms checks the regexp-free reading of
// "26-FEB-1987 15:01:01.79" timestamps against the regexps it stands in
// for: where it answers, they answer the same; where it declines, the
// string is one of the shapes it must leave to them.
func TestTimestampDateAgreesWithForms(t *testing.T) {
	tests := []struct {
		in   string
		fast bool // timestampDate answers
	}{
		{"26-FEB-1987 15:01:01.79", true},
		{"3-mar-1987 09:15:00.5", true},
		{"31-Dec-2001 23:59:59.999", true},
		{"1-Jan-1987 7:05:02.10", true},
		{"30-FEB-1987 15:01:01.79", false},  // no such day
		{"26-FEB-1987 25:01:01.79", false},  // no such hour: the date alone
		{"26-FEB-1987 15:01:01", false},     // no hundredths
		{"26-FEB-1987 15:01:01.79 ", false}, // more after it
		{"126-FEB-1987 15:01:01.79", false},
		{"26-FEBR-1987 15:01:01.79", false},
		{"26-XYZ-1987 15:01:01.79", false},
		{"26-FEB-19870 15:01:01.79", false},
		{"26-FEB-1987  15:01:01.79", false},
		{"26-FEB-1987 15:1:01.79", false},
		{"Mon 26-FEB-1987 15:01:01.79", false},
		{"26-FEB-1987", false},
		{"", false},
	}
	for _, tt := range tests {
		got, ok := timestampDate(tt.in)
		if ok != tt.fast {
			t.Errorf("timestampDate(%q) ok = %v, want %v", tt.in, ok, tt.fast)
		}
		want, wantOK := findDateForms(tt.in)
		if ok && (!wantOK || got != want) {
			t.Errorf("timestampDate(%q) = %+v, the regexps %+v (%v)", tt.in, got, want, wantOK)
		}
		if d, _ := findDate(tt.in); d != want {
			t.Errorf("findDate(%q) = %+v, the regexps %+v", tt.in, d, want)
		}
	}
}
