package ingest

import (
	"slices"
	"testing"
)

// TestLinkGender: across articles, a lone surname with a female
// honorific does not end on a man's node, a male one not on a woman's,
// and two first names of different genders are no spelling variants of
// one name; what the names do not tell apart still joins.
func TestLinkGender(t *testing.T) {
	for _, tc := range []struct {
		name           string
		articles, want []string
	}{
		{"woman's surname apart from the one man", []string{
			"Senator Harold Quillby said the budget would pass.",
			"Officials said Mrs Quillby would travel on Monday.",
		}, []string{"Harold Quillby", "Quillby"}},
		{"man's surname apart from the one woman", []string{
			"Senator Beatrice Marrowfield said the budget would pass.",
			"Officials said Mr Marrowfield would travel on Monday.",
		}, []string{"Beatrice Marrowfield", "Marrowfield"}},
		{"woman's surname joins the one woman of two", []string{
			"Senator Harold Quillby said the budget would pass.",
			"Governor Beatrice Quillby visited a school in Ohio.",
			"Officials said Mrs Quillby would travel on Monday.",
		}, []string{"Beatrice Quillby", "Harold Quillby"}},
		{"a honorific of the same gender joins", []string{
			"Senator Beatrice Marrowfield said the budget would pass.",
			"Officials said Mrs Marrowfield would travel on Monday.",
		}, []string{"Beatrice Marrowfield"}},
		{"a bare surname still joins", []string{
			"Senator Harold Quillby said the budget would pass.",
			"Officials said Quillby would travel on Monday.",
		}, []string{"Harold Quillby"}},
		{"first names of different genders are no variants", []string{
			"Senator Dennis Plover said the budget would pass.",
			"Governor Denise Plover visited a school in Ohio.",
		}, []string{"Denise Plover", "Dennis Plover"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := personNames(linkAll(t, tc.articles...)); !slices.Equal(got, tc.want) {
				t.Errorf("persons = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAliasSex: the honorifics opening names give a gender only when
// they agree.
func TestAliasSex(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"Mrs Quillby", "Quillby"}, "f"},
		{[]string{"Mr. Quillby"}, "m"},
		{[]string{"Ms Quillby", "Mr Quillby"}, ""},
		{[]string{"Quillby", "Lady"}, ""},
	} {
		if got := aliasSex(tc.names); got != tc.want {
			t.Errorf("aliasSex(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}
