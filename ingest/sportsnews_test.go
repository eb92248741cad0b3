package ingest

import (
	"slices"
	"testing"
)

// TestLinkSportsNews: across articles, a lone surname of sports news
// joins only a person sports news named, and a lone surname of other news
// only a person other news named; a person both named takes either.
func TestLinkSportsNews(t *testing.T) {
	const (
		minister   = "Finance Minister Harold Quillby said the budget would pass."
		player     = "SOCCER - Riverton beat Westmark 3-1 in the league on Saturday. \"We deserved it,\" striker Tom Quillby said after scoring twice."
		loneSports = "SOCCER - Westmark drew 1-1 with Ashford in the league on Saturday. Mr Quillby said the team played well."
		loneOther  = "Officials said Mr Quillby would travel to the capital on Monday."
		fan        = "SOCCER - Riverton beat Westmark 2-0 in the league on Saturday. Finance Minister Harold Quillby said he watched the match."
	)
	for _, tc := range []struct {
		name           string
		articles, want []string
	}{
		{"a player's surname is not the minister's", []string{minister, loneSports}, []string{"Harold Quillby", "Quillby"}},
		{"the minister's surname is not the player's", []string{player, loneOther}, []string{"Quillby", "Tom Quillby"}},
		{"a player's surname joins the player", []string{player, loneSports}, []string{"Tom Quillby"}},
		{"the minister's surname joins the minister", []string{minister, loneOther}, []string{"Harold Quillby"}},
		{"a person both kinds of news named takes either", []string{minister, fan, loneSports, loneOther}, []string{"Harold Quillby"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := personNames(linkAll(t, tc.articles...)); !slices.Equal(got, tc.want) {
				t.Errorf("persons = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMergeNews: a stored person's kind of news is the union of the
// kinds that named it, whatever their order.
func TestMergeNews(t *testing.T) {
	for _, tc := range []struct {
		had       string
		isNew, in bool
		want      string
	}{
		{"", true, true, sportsOnly},
		{"", true, false, ""},
		{sportsOnly, false, true, sportsOnly},
		{sportsOnly, false, false, sportsSome},
		{"", false, true, sportsSome},
		{"", false, false, ""},
		{sportsSome, false, true, sportsSome},
		{sportsSome, false, false, sportsSome},
	} {
		if got := mergeNews(tc.had, tc.isNew, tc.in); got != tc.want {
			t.Errorf("mergeNews(%q, new %v, sports %v) = %q, want %q", tc.had, tc.isNew, tc.in, got, tc.want)
		}
	}
}

// TestNewsFits: a lone surname of one kind of news fits a person of its
// kind or of both.
func TestNewsFits(t *testing.T) {
	for _, tc := range []struct {
		lone, cand string
		want       bool
	}{
		{sportsOnly, sportsOnly, true},
		{sportsOnly, "", false},
		{"", sportsOnly, false},
		{"", "", true},
		{sportsOnly, sportsSome, true},
		{"", sportsSome, true},
	} {
		if got := newsFits(tc.lone, tc.cand); got != tc.want {
			t.Errorf("newsFits(%q, %q) = %v, want %v", tc.lone, tc.cand, got, tc.want)
		}
	}
}
