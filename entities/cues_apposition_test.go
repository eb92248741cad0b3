package entities

import (
	"slices"
	"testing"
)

func TestClassApposition(t *testing.T) {
	tests := []struct {
		text string
		want []string // type:name among the entities
		not  []string
	}{
		{"Quillco, the controversial private security company, is to run the centres.", []string{"organization:Quillco"}, nil},
		{"Norbury, a small fishing village, voted against it.", []string{"place:Norbury"}, nil},
		{"Quillco, the firm that makes the chips, rose.", []string{"organization:Quillco"}, nil},
		// The class noun must close the apposition, in lower case.
		{"Quillco, the company chairman, spoke to us.", nil, []string{"organization:Quillco"}},
		{"Quillco, the Company of Merchants, spoke.", nil, []string{"organization:Quillco"}},
	}
	for _, tc := range tests {
		got := names(New().ExtractArticle(tc.text, ArticleInfo{}))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: entities %q, want %s", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: entities %q, want no %s", tc.text, got, w)
			}
		}
	}
}
