package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// relString spells a relation for comparison: "kind from -> to {attrs}".
func relString(ex *Extraction, r Relation) string {
	s := fmt.Sprintf("%s %s -> %s", r.Kind, ex.Entities[r.From].Name, ex.Entities[r.To].Name)
	if len(r.Attrs) > 0 {
		var kv []string
		for k, v := range r.Attrs {
			kv = append(kv, k+"="+v)
		}
		slices.Sort(kv)
		s += " {" + strings.Join(kv, " ") + "}"
	}
	return s
}

// checkTypedRels extracts text with x and reports each relation of want
// ("kind Source -> Target {attrs}", relString) missing from its typed
// relations (co_mention, located_in and capital_of left out) and each
// typed relation that holds a string of not.
func checkTypedRels(t *testing.T, x *Extractor, text string, want, not []string) {
	t.Helper()
	ex := x.ExtractArticle(text, ArticleInfo{})
	var got []string
	for _, r := range ex.Relations {
		switch r.Kind {
		case "co_mention", "located_in", "capital_of":
			continue
		}
		got = append(got, relString(ex, r))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q:\n  missing %s\n  got %q", text, w, got)
		}
	}
	for _, n := range not {
		for _, g := range got {
			if strings.Contains(g, n) {
				t.Errorf("%q: unexpected %s", text, g)
			}
		}
	}
}

func TestTypedRelations(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		info ArticleInfo
		want []string // relations that must be found
		not  []string // relations that must not be
	}{
		{
			text: "Pakistan's Prime Minister Shehbaz Sharif met the press.",
			want: []string{"holds_role Shehbaz Sharif -> Pakistan {role=Prime Minister}"},
		},
		{
			text: "Indian External Affairs Minister S Jaishankar spoke on Monday.",
			want: []string{"holds_role S Jaishankar -> India {role=External Affairs Minister}"},
		},
		{
			text: "The talks were led by Kamala Harris, the Vice President of the United States, in Paris.",
			want: []string{"holds_role Kamala Harris -> United States {role=Vice President}"},
		},
		{
			text: "Jaishankar, India's foreign minister, said so.",
			want: []string{"holds_role Jaishankar -> India {role=Foreign Minister}"},
		},
		{
			text: "The Pakistani government, led by Prime Minister Shehbaz Sharif, launched two missions.",
			want: []string{"holds_role Shehbaz Sharif -> Pakistan {role=Prime Minister}"},
		},
		{
			text: "Former Foreign Minister Bilawal Bhutto Zardari of Pakistan will lead the team.",
			want: []string{"holds_role Bilawal Bhutto Zardari -> Pakistan {former=true role=Foreign Minister}"},
		},
		{
			text: "Prime Minister Narendra Modi visited Paris on Friday, his third trip to France.",
			want: []string{"visits Narendra Modi -> Paris", "located_in Paris -> France", "capital_of Paris -> France"},
		},
		{
			text: "Prime Minister Narendra Modi visited Paris on Friday.",
			not:  []string{"located_in", "capital_of"}, // France is not named
		},
		{
			text: "Senator John Smith arrived in Tokyo for talks with Japan's leaders.",
			want: []string{"visits John Smith -> Tokyo"},
		},
		{
			text: "India launched Operation Sindoor on May 7, hitting nine sites.",
			info: ArticleInfo{Date: "2025-05-18"},
			want: []string{"involved_in India -> Operation Sindoor {date=2025-05-07}"},
		},
		{
			text: "Fighting during the Kargil War between May 3–26, 1999 killed hundreds.",
			want: []string{},
			not:  []string{"visits"},
		},
		{
			text: "But Federal Reserve Board chairman Paul Volcker said he might act.",
			// The head of an organization leads it; it is not also a role.
			want: []string{"leads Paul Volcker -> Federal Reserve Board {role=Chairman}"},
			not:  []string{"holds_role"},
		},
		{
			text: "Finance Minister Gerhard Stoltenberg said the agreement reached in Paris had held.",
			not:  []string{"visits"},
		},
		{
			text: "Nobody visited anything in the rain.",
			not:  []string{"visits", "holds_role"},
		},
	}
	for _, tt := range tests {
		ex := x.ExtractArticle(tt.text, tt.info)
		var got []string
		for _, r := range ex.Relations {
			got = append(got, relString(ex, r))
		}
		for _, w := range tt.want {
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

func TestFindDate(t *testing.T) {
	tests := []struct{ text, ref, want string }{
		{"It began on May 7.", "2025-05-18", "2025-05-07"},
		{"It began on April 22, 2025.", "", "2025-04-22"},
		{"Fighting ran May 7–10 along the border.", "2025-05-18", "2025-05-07/2025-05-10"},
		{"Fighting ran 7-10 May 2025.", "", "2025-05-07/2025-05-10"},
		{"It began on December 30.", "2025-01-05", "2024-12-30"},
		{"It began on May 7.", "", ""},
		{"You may 7 times try.", "2025-01-01", ""},
		{"On February 30, 2025 nothing.", "", ""},
	}
	for _, tt := range tests {
		d := Segment(tt.text)
		if got := findDate(d, d.Sentences[0], tt.ref); got != tt.want {
			t.Errorf("findDate(%q, %q) = %q, want %q", tt.text, tt.ref, got, tt.want)
		}
	}
}

func TestDatelineImpliesCountry(t *testing.T) {
	ex := New().ExtractArticle("Shares rose sharply on Tuesday.", ArticleInfo{Place: "CHICAGO"})
	var names []string
	for _, e := range ex.Entities {
		if !e.Implied || len(e.Mentions) > 0 {
			t.Errorf("%s: want implied, without mentions", e.Name)
		}
		names = append(names, string(e.Type)+":"+e.Name)
	}
	if !slices.Contains(names, "country:United States") || !slices.Contains(names, "place:Chicago") {
		t.Errorf("entities = %q, want Chicago and the United States implied", names)
	}
	_ = graph.Place
}
