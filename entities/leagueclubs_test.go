package entities

import "testing"

// TestLeagueClubNames checks which written forms of a team name one
// club of a made-up league, and that a form naming two clubs, or forms
// naming two clubs between them, name none.
func TestLeagueClubNames(t *testing.T) {
	saved, savedFull, savedVariants := clubForms, fullClubNames, clubVariants
	defer func() { clubForms, fullClubNames, clubVariants = saved, savedFull, savedVariants }()
	clubForms, fullClubNames, clubVariants = readLeagueClubs([]string{
		"baseball | vestby : ravens ; old harbour : ravens",
		"baseball | kelby : storks ; lund : gulls ; kelby : terns",
		"baseball | ostmark : herons",
		"baseball | ostmark : larks",
		"hockey | vestby : wolves",
	})
	tests := []struct {
		sport string
		forms []string
		want  string
	}{
		{"baseball", []string{"VESTBY"}, "Vestby Ravens"},
		{"baseball", []string{"Ravens"}, "Vestby Ravens"},
		// A former name's own town or nickname gives the former name, as
		// a report of its time wrote it; a town all names share, the
		// current one.
		{"baseball", []string{"Old Harbour"}, "Old Harbour Ravens"},
		{"baseball", []string{"LUND", "Gulls"}, "Lund Gulls"},
		{"baseball", []string{"Terns"}, "Kelby Terns"},
		{"baseball", []string{"KELBY"}, "Kelby Storks"},
		{"baseball", []string{"Gulls", "Terns"}, "Kelby Storks"},
		{"hockey", []string{"Vestby"}, "Vestby Wolves"},
		{"baseball", []string{"OSTMARK"}, ""},
		{"baseball", []string{"OSTMARK", "Larks"}, "Ostmark Larks"},
		{"baseball", []string{"Vestby", "Larks"}, ""},
		{"football", []string{"Vestby"}, ""},
	}
	for _, tc := range tests {
		forms := map[string]int{}
		for _, f := range tc.forms {
			forms[f]++
		}
		got, ok := leagueClubName(tc.sport, forms)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("leagueClubName(%s, %v) = %q, %v, want %q", tc.sport, tc.forms, got, ok, tc.want)
		}
	}
	// A full name gives the club and its sport wherever it stands.
	e := &Entity{Name: "Old Harbour Ravens"}
	leagueClubNames(e, map[string]int{"Old Harbour Ravens": 1})
	if e.Name != "Old Harbour Ravens" || e.Attrs["sport"] != "baseball" {
		t.Errorf("full name: got %q, %v, want Old Harbour Ravens, baseball", e.Name, e.Attrs)
	}
	e = &Entity{Name: "Ravens"}
	leagueClubNames(e, map[string]int{"Ravens": 1})
	if e.Name != "Ravens" || e.Attrs["sport"] != "" {
		t.Errorf("a nickname outside a sports report: got %q, %v, want it unchanged", e.Name, e.Attrs)
	}
}
