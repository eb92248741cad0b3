package entities

import "testing"

// TestTitleFit checks how a role description fits a person's title; the
// "@type:index" words stand for entities named inside them.
func TestTitleFit(t *testing.T) {
	tests := []struct {
		words []string // the description's words; its head noun is the last
		title personTitle
		want  int
	}{
		{[]string{"finance", "minister"}, personTitle{"minister", "finance"}, 2},
		{[]string{"minister"}, personTitle{"minister", "finance"}, 2},
		{[]string{"foreign", "minister"}, personTitle{"minister", "finance"}, 1},
		{[]string{"leader"}, personTitle{"minister", "finance"}, 0},
		{[]string{"chancellor"}, personTitle{"chancellor", "shadow"}, 0},
		{[]string{"deputy", "leader"}, personTitle{"leader"}, 0},
		{[]string{"former", "mp"}, personTitle{"mp"}, 1},
		{[]string{"president"}, personTitle{"president", "former"}, 0},
		{[]string{"@party:3", "leader"}, personTitle{"leader", "@party:3"}, 2},
		{[]string{"@party:3", "leader"}, personTitle{"leader", "@party:5"}, 0},
		{[]string{"@country:2", "minister"}, personTitle{"minister", "prime"}, 1},
		{[]string{"@country:2", "minister"}, personTitle{"minister", "prime", "@country:7"}, 0},
	}
	for _, tt := range tests {
		head := tt.words[len(tt.words)-1]
		if got := titleFit(tt.words, head, tt.title); got != tt.want {
			t.Errorf("titleFit(%v, %v) = %d, want %d", tt.words, tt.title, got, tt.want)
		}
	}
}
