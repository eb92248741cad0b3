package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestHeadNounInstitutions checks names typed by their head noun: the
// heads of research, learning and care bodies, the first heads of names in
// languages that put the head first, and two names joined by "and", on
// sentences written for this test.
func TestHeadNounInstitutions(t *testing.T) {
	tests := []wantCase{
		{
			text: "Vorlak spent ten years working at the Brenfield Laboratory as a physicist.",
			want: []string{"organization:Brenfield Laboratory"},
		},
		{
			text: "In 1971 she became professor at the Collège de Varnes, then at the Scuola Normale.",
			want: []string{"organization:Collège de Varnes", "organization:Scuola Normale"},
		},
		{
			text: "He was later held in Morven Prison and Castor Dell Prison.",
			want: []string{"place:Morven Prison", "place:Castor Dell Prison"},
			not:  []string{"place:Morven Prison and Castor Dell Prison"},
		},
		{
			text: "She studied at the University of Tarvona and Scuola Superiore in the north.",
			want: []string{"organization:University of Tarvona", "organization:Scuola Superiore"},
		},
		{
			// A confederation is a body, a people's adjective inside its name
			// no country of its own.
			text: "Tom Varley, director general of the Confederation of Norvish Industry, said pay rose.",
			want: []string{"organization:Confederation of Norvish Industry"},
		},
		{
			text: "The Confederation of British Industry said pay rose.",
			want: []string{"organization:Confederation of British Industry"},
		},
		{
			// The words after "and" are no name of their own.
			text: "He joined the Department of Wildlife and Fisheries in 1990.",
			want: []string{"organization:Department of Wildlife and Fisheries"},
		},
		{
			// A unit's number; a valley named by its head beside a town.
			text: "She served with the 31st Armoured Brigade in Tarnwick Valley and Velm Counties.",
			want: []string{"organization:31st Armoured Brigade", "place:Tarnwick Valley"},
			not:  []string{"organization:Armoured Brigade"},
		},
		{
			// A line or field of title case that is one headed name.
			text: "Prices will rise, she wrote.\n\nChief Executive\n\nVarnes Energy Institute\n\nNews • Ostrian Department of Energy • Jobs",
			want: []string{"organization:Varnes Energy Institute", "organization:Ostrian Department of Energy"},
		},
		{
			// A heading with other words names nothing by its head.
			text: "Varnes Energy Institute Faces Cuts\n\nPrices will rise, she wrote.",
			not:  []string{"organization:Varnes Energy Institute"},
		},
		{
			// Words after "and" that end as a company's name: one company.
			text: "Shares of Varnes Trust and Savings Bank rose on Monday.",
			want: []string{"organization:Varnes Trust and Savings Bank"},
			not:  []string{"organization:Varnes Trust"},
		},
		{
			// A run inside a longer one names nothing by itself.
			text: "Prices rose in Bay of Tarnwick and Velm Region on Monday.",
			not:  []string{"place:Tarnwick and Velm Region"},
		},
		{
			// After "and", head nouns alone: one name.
			text: "She ran the Varnes Savings Bank and Trust Company for ten years.",
			not:  []string{"organization:Trust Company"},
		},
	}
	checkNameCases(t, New(), tests)
}

// TestRankTitledAlias checks that a military rank before a full name is
// kept as the person's titled form.
func TestRankTitledAlias(t *testing.T) {
	ex := New().Extract("The plan is that of Brigadier Tomas Vell, who is much younger.")
	for _, e := range ex.Entities {
		if e.Type == graph.Person && e.Name == "Tomas Vell" {
			if !slices.Contains(e.Aliases, "Brigadier Tomas Vell") {
				t.Errorf("aliases %v lack the titled form", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no person Tomas Vell in %v", names(ex))
}

// TestNameEdges checks names kept whole at their edges: initials with
// their periods before a particle, a party named by its country's
// demonym, on sentences written for this test.
func TestNameEdges(t *testing.T) {
	tests := []wantCase{
		{
			text: "Talks began with President T. R. van Velden on Monday.",
			want: []string{"person:T. R. van Velden"},
			not:  []string{"person:van Velden"},
		},
		{
			// A body after "director of the" is no office before a name.
			text: "He was then director of the Tarnwick Open Web Foundation, a post he held until 1990.",
			want: []string{"organization:Tarnwick Open Web Foundation"},
			not:  []string{"person:Open Web Foundation"},
		},
		{
			text: "She served a term as a senator for the Peruvian Farmers Party.",
			want: []string{"party:Peruvian Farmers Party"},
		},
	}
	checkNameCases(t, New(), tests)
}

// TestCaseFits checks which surface forms may stand for an alias by case:
// an acronym in capitals or mixed case is no capitalised word.
func TestCaseFits(t *testing.T) {
	for _, tc := range []struct {
		alias, text string
		want        bool
	}{
		{"US", "U.S.", true},
		{"US", "Us", false},
		{"CoR", "CoR", true},
		{"CoR", "COR", true},
		{"CoR", "Cor", false},
		{"McVell", "McVell", true},
		{"Tarnwick", "TARNWICK", true},
	} {
		if got := caseFits(gazetteer.Match{Alias: gazetteer.Alias{Text: tc.alias}}, tc.text); got != tc.want {
			t.Errorf("caseFits(%q, %q) = %v, want %v", tc.alias, tc.text, got, tc.want)
		}
	}
}

// checkNameCases extracts each case's text with x and checks its
// entities, written "type:name" (see names), as checkRelations checks
// relations.
func checkNameCases(t *testing.T, x *Extractor, cases []wantCase) {
	t.Helper()
	for _, c := range cases {
		checkRelations(t, c.text, names(x.ExtractArticle(c.text, c.info)), c.want, c.not)
	}
}
