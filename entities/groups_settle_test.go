package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestGroupsSettled checks one article's later mentions of a group
// (groups_refs.go) and the merging, naming and dropping of its groups
// once relations are read (groups_settle.go), on made-up texts: every
// line of want must be found and none starting with an entry of not.
func TestGroupsSettled(t *testing.T) {
	x := New()
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"another noun, then the leader",
			"A nine-member French delegation will visit Oslo and Rome next week. The team, led by Foreign Minister Anne Dupont, will meet officials on Tuesday.",
			[]string{"group team led by Anne Dupont {country=FR} aliases=nine-member French delegation",
				"leads Anne Dupont -> team led by Anne Dupont {role=head}",
				"visits team led by Anne Dupont -> Oslo", "visits team led by Anne Dupont -> Rome"},
			[]string{"group nine-member", "group team {"}},
		{"one leader, two phrases",
			"A second delegation led by Senator Paul Martin will go to Moscow. The second team led by Senator Paul Martin will meet ministers.",
			[]string{"group team led by Paul Martin aliases=second delegation|second team",
				"visits team led by Paul Martin -> Moscow"},
			[]string{"group second"}},
		{"the leader in a later sentence",
			"A Spanish delegation will travel to Lisbon on Friday. The delegation will be headed by Minister Carlos Ruiz.",
			[]string{"group team led by Carlos Ruiz {country=ES} aliases=Spanish delegation",
				"leads Carlos Ruiz -> team led by Carlos Ruiz {role=head}", "visits team led by Carlos Ruiz -> Lisbon"},
			nil},
		{"the country's team",
			"A German delegation led by Minister Karl Weber and a French delegation led by Minister Anne Dupont arrived in Rome. The German team met officials.",
			[]string{"group team led by Karl Weber {country=DE} aliases=German delegation|German team",
				"group team led by Anne Dupont {country=FR} aliases=French delegation"},
			[]string{"group German team"}},
		{"one leader, two kinds of group",
			"Senator Tom Hale will lead a delegation to Nairobi. Hale also chairs the audit committee.",
			[]string{"group audit committee led by Tom Hale aliases=audit committee", "group team led by Tom Hale aliases=delegation",
				"visits team led by Tom Hale -> Nairobi"},
			nil},
		{"a bare noun of another kind",
			"A three-judge panel heard the case on Monday. The committee said the ruling would come later.",
			[]string{"group three-judge panel aliases=three-judge panel"},
			[]string{"group committee"}},
		{"a chairman and another person",
			"Senator Lee Hamm, chairman of the audit committee, and Senator Dan Ito, chairman of the trade panel, met on Monday.",
			[]string{"leads Lee Hamm -> audit committee led by Lee Hamm {role=head}", "leads Dan Ito -> trade panel led by Dan Ito {role=head}"},
			[]string{"leads Dan Ito -> audit", "leads Lee Hamm -> trade"}},
		{"no antecedent",
			"The head of the delegation said the talks went well. Officials said the diplomatic mission was part of a wider effort.",
			nil, []string{"group"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.ExtractArticle(tt.text, ArticleInfo{})
			var got []string
			for _, e := range ex.Entities {
				if e.IsGroup() {
					s := "group " + e.Name
					if c := e.Attrs["country"]; c != "" {
						s += " {country=" + c + "}"
					}
					got = append(got, s+" aliases="+strings.Join(e.Aliases, "|"))
				}
			}
			for _, r := range ex.Relations {
				got = append(got, relString(ex, r))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s\n  got %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("unexpected %s", g)
					}
				}
			}
		})
	}
}
