package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestGroups checks groups and their relations on made-up general news
// sentences: each entity or relation in want must be found, and nothing
// starting with an entry of not.
func TestGroups(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string // "group NAME {attrs}" or relations
		not  []string
	}{
		{text: "A parliamentary delegation led by Senator Mary Cole arrived in Oslo on Monday.",
			want: []string{"group team led by Mary Cole",
				"leads Mary Cole -> team led by Mary Cole {role=head}",
				"visits team led by Mary Cole -> Oslo"}},
		{text: "Senator Tom Hale will lead a seven-member team to Nairobi and Kampala. The team will meet ministers.",
			want: []string{"leads Tom Hale -> team led by Tom Hale {role=head}",
				"visits team led by Tom Hale -> Nairobi",
				"visits team led by Tom Hale -> Kampala"}},
		{text: "The Canadian delegation, headed by Minister Anna Berg, flew to Tokyo. Later the delegation travelled to Seoul.",
			want: []string{"group team led by Anna Berg {country=CA}",
				"visits team led by Anna Berg -> Tokyo",
				"visits team led by Anna Berg -> Seoul"}},
		{text: "The panel comprising Judge Peter Lund, Judge Ann Roe and Judge Sam Ode heard the case.",
			not: []string{"group"}},
		{text: "A three-judge panel comprising Judge Peter Lund, Judge Ann Roe and Judge Sam Ode heard the case.",
			want: []string{"affiliated_with Peter Lund -> three-judge panel", "affiliated_with Ann Roe -> three-judge panel",
				"affiliated_with Sam Ode -> three-judge panel"}},
		{text: "Senator Peter Lund, a member of the trade committee, said prices would rise.",
			want: []string{"affiliated_with Peter Lund -> trade committee"}},
		{text: "A trade mission, led by Deputy Minister of Commerce Ana Ruiz, was sent to Lima on Monday.",
			want: []string{"leads Ana Ruiz -> team led by Ana Ruiz {role=head}",
				"visits team led by Ana Ruiz -> Lima", "visits Ana Ruiz -> Lima"}},
		{text: "Headed by Senator Tom Hale, the committee includes Senator Mary Cole and Senator Peter Lund.",
			want: []string{"leads Tom Hale -> committee led by Tom Hale {role=head}",
				"affiliated_with Mary Cole -> committee led by Tom Hale", "affiliated_with Peter Lund -> committee led by Tom Hale"}},
		{text: "The chairman of the audit panel, Judge Ann Roe, resigned.",
			want: []string{"leads Ann Roe -> audit panel led by Ann Roe {role=chairman}"}},
		{text: "The Foreign Affairs Committee met on Tuesday.",
			not: []string{"group"}},
		{text: "The team said it was happy.",
			not: []string{"group"}},
	}
	for _, tt := range tests {
		ex := x.ExtractArticle(tt.text, ArticleInfo{})
		var got []string
		for _, e := range ex.Entities {
			if e.IsGroup() {
				s := "group " + e.Name
				if c := e.Attrs["country"]; c != "" {
					s += " {country=" + c + "}"
				}
				got = append(got, s)
			}
		}
		for _, r := range ex.Relations {
			got = append(got, relString(ex, r))
		}
		for _, w := range tt.want {
			if !affiliatedKnown && strings.HasPrefix(w, string(affiliatedWith)) {
				t.Logf("graph has no kind %s yet: not checking %s", affiliatedWith, w)
				continue
			}
			if !slices.Contains(got, w) {
				t.Errorf("%q:\n  missing %s\n  got %q", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			for _, g := range got {
				if strings.HasPrefix(g, n) {
					t.Errorf("%q: unexpected %s", tt.text, g)
				}
			}
		}
	}
}
