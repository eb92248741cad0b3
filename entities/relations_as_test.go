package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAsRole checks "as <role> of T" on sentences written for this test.
func TestAsRole(t *testing.T) {
	cases := []struct {
		text, from string
		kind       graph.Kind
		to         string
		former     bool
	}{
		{"Mr Ivo Marsh has replaced Mr Tom Hale as chief executive of Brixton Foods Ltd.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd", false},
		{"Mr Ivo Marsh has replaced Mr Tom Hale as chief executive of Brixton Foods Ltd.", "Tom Hale", graph.Leads, "Brixton Foods Ltd", true},
		{"Mr Ivo Marsh resigned as chairman of Brixton Foods Ltd on Monday.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd", true},
		{"Mr Ivo Marsh was appointed as an economist at Brixton Foods Ltd.", "Ivo Marsh", graph.AffiliatedWith, "Brixton Foods Ltd", false},
		{"Mr Ivo Marsh spoke as Brixton Foods Ltd reported a loss.", "Ivo Marsh", "", "Brixton Foods Ltd", false},
		{"Mr Ivo Marsh, who resigned as chairman of Brixton Foods Ltd in May, spoke first.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd", true},
	}
	x := New()
	for _, c := range cases {
		ex := x.Extract(c.text)
		var got graph.Kind
		former := false
		for _, r := range ex.Relations {
			if ex.Entities[r.From].Name == c.from && ex.Entities[r.To].Name == c.to && r.Kind != graph.CoMention {
				got, former = r.Kind, r.Attrs["former"] == "true"
			}
		}
		if got != c.kind || former != c.former {
			t.Errorf("%q: %s → %s = %q former=%v, want %q former=%v", c.text, c.from, c.to, got, former, c.kind, c.former)
		}
	}
}

// TestAppositionPatterns checks "P, who heads T", "T's <role>, P",
// "<role> P of T", "P, a former T <role>", "P works for T" and "P joined
// T" on sentences written for this test.
func TestAppositionPatterns(t *testing.T) {
	cases := []struct {
		text, from string
		kind       graph.Kind
		to         string
	}{
		{"Mr Ivo Marsh, who heads Brixton Foods Ltd, said costs rose.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd"},
		{"Mr Ivo Marsh, who also chairs Brixton Foods Ltd, said costs rose.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd"},
		{"Brixton Foods Ltd's chief executive, Mr Ivo Marsh, said costs rose.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd"},
		{"France's foreign minister, Mr Ivo Marsh, said talks would go on.", "Ivo Marsh", graph.HoldsRole, "France"},
		{"Brixton Foods Ltd's results, Mr Ivo Marsh said, were poor.", "Ivo Marsh", "", "Brixton Foods Ltd"},
		{"Chief executive Ivo Marsh of Brixton Foods Ltd said costs rose.", "Ivo Marsh", graph.Leads, "Brixton Foods Ltd"},
		{"Mr Ivo Marsh, a former Brixton Foods Ltd economist, said costs rose.", "Ivo Marsh", graph.AffiliatedWith, "Brixton Foods Ltd"},
		{"Mr Ivo Marsh, who works for Brixton Foods Ltd, said costs rose.", "Ivo Marsh", graph.AffiliatedWith, "Brixton Foods Ltd"},
		{"Mr Ivo Marsh joined Brixton Foods Ltd in 1990.", "Ivo Marsh", graph.AffiliatedWith, "Brixton Foods Ltd"},
		{"Mr Ivo Marsh joined the Labour Party in Britain in 1990.", "Ivo Marsh", graph.MemberOf, "Labour Party"},
	}
	x := New()
	for _, c := range cases {
		ex := x.Extract(c.text)
		var got graph.Kind
		for _, r := range ex.Relations {
			if ex.Entities[r.From].Name == c.from && ex.Entities[r.To].Name == c.to && r.Kind != graph.CoMention {
				got = r.Kind
			}
		}
		if got != c.kind {
			t.Errorf("%q: %s → %s = %q, want %q", c.text, c.from, c.to, got, c.kind)
		}
	}
}

func TestBelongsTo(t *testing.T) {
	checkIngestRelCases(t, graph.MemberOf, []relCase{
		{"Anna Kovacs, who belongs to the Liberal Party, said ties were strong.", "Anna Kovacs", "Liberal Party", true},
	})
	checkIngestRelCases(t, graph.AffiliatedWith, []relCase{
		{"Anna Kovacs, who belongs to the Corrow Rowing Club, said ties were strong.", "Anna Kovacs", "Corrow Rowing Club", true},
	})
}
