package entities

import "testing"

// TestLeagueClubNames checks which written forms of a team name one
// club of a made-up league, and that a form naming two clubs, or forms
// naming two clubs between them, name none.
func TestLeagueClubNames(t *testing.T) {
	saved, savedFull := clubForms, fullClubNames
	defer func() { clubForms, fullClubNames = saved, savedFull }()
	clubForms, fullClubNames = readLeagueClubs([]string{
		"baseball | vestby : ravens ; old harbour : ravens",
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
		{"baseball", []string{"Old Harbour"}, "Vestby Ravens"},
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
	if e.Name != "Vestby Ravens" || e.Attrs["sport"] != "baseball" {
		t.Errorf("full name: got %q, %v, want Vestby Ravens, baseball", e.Name, e.Attrs)
	}
	e = &Entity{Name: "Ravens"}
	leagueClubNames(e, map[string]int{"Ravens": 1})
	if e.Name != "Ravens" || e.Attrs["sport"] != "" {
		t.Errorf("a nickname outside a sports report: got %q, %v, want it unchanged", e.Name, e.Attrs)
	}
}
