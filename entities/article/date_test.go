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
