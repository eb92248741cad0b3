package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// TestGroupsAcrossArticles checks how the store keeps groups
// (entities/groups_settle.go): a group with a leader is one node in
// every article that names its leader, whatever noun the article calls
// it by, and two leaders' groups from one country are two. The names are
// made up.
func TestGroupsAcrossArticles(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		want     []string // "name: articles" of every group node
	}{
		{"one leader, two nouns", []string{
			"An Italian delegation led by Deputy Minister Marco Bellini arrived in Cairo on Sunday.",
			"The team led by Minister Marco Bellini left Amman on Thursday after three days of meetings.",
		}, []string{"team led by Marco Bellini: 1,2"}},
		{"two leaders, one country", []string{
			"An Italian delegation led by Deputy Minister Marco Bellini arrived in Cairo on Sunday.",
			"An Italian delegation headed by Senator Lucia Ferri will travel to Tunis next week.",
		}, []string{"team led by Lucia Ferri: 2", "team led by Marco Bellini: 1"}},
		{"a leader's delegation and committee", []string{
			"A delegation led by Senator Tom Hale arrived in Nairobi on Monday.",
			"The audit committee, chaired by Senator Tom Hale, met on Friday.",
		}, []string{"audit committee led by Tom Hale: 2", "team led by Tom Hale: 1"}},
		{"no generic groups", []string{
			"Officials said the diplomatic mission was part of a wider effort.",
			"The head of the delegation said the talks went well.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := linkWith(t, entities.New(), tt.articles...)
			arts := map[graph.ID][]string{}
			for _, a := range g.Articles {
				for _, id := range a.Entities {
					arts[id] = append(arts[id], strings.TrimLeft(a.ID, "0"))
				}
			}
			var got []string
			for _, e := range g.Entities {
				if e.Attrs["group"] == "true" {
					a := arts[e.ID]
					slices.Sort(a)
					got = append(got, e.Name+": "+strings.Join(a, ","))
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("groups = %q, want %q", got, tt.want)
			}
		})
	}
}
