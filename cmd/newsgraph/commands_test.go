package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestStatsListsEveryKind(t *testing.T) {
	db := storyDB(t)
	code, out, errs := cli(t, db, "stats")
	if code != 0 {
		t.Fatalf("stats: code %d, err %q", code, errs)
	}
	for _, k := range graph.Kinds {
		if !strings.Contains(out, "  "+string(k)+" ") {
			t.Errorf("stats does not list %s:\n%s", k, out)
		}
	}
}

func TestTopAndMinMentions(t *testing.T) {
	db := storyDB(t)
	var ents []graph.Entity
	_, out, _ := cli(t, db, "entities", "--json", "--top", "1")
	if err := json.Unmarshal([]byte(out), &ents); err != nil || len(ents) != 1 || ents[0].Name != "Bilawal Bhutto Zardari" {
		t.Errorf("entities --top 1 = %s (%v), want the most mentioned entity only", out, err)
	}
	_, out, _ = cli(t, db, "entities", "--json", "--min-mentions", "2")
	if err := json.Unmarshal([]byte(out), &ents); err != nil || len(ents) == 0 {
		t.Fatalf("entities --min-mentions 2 = %s (%v)", out, err)
	}
	for _, e := range ents {
		if e.Mentions < 2 {
			t.Errorf("entities --min-mentions 2 lists %s with %d mentions", e.Name, e.Mentions)
		}
	}
	var comms struct{ Communities []community }
	_, out, _ = cli(t, db, "communities", "--json", "--top", "1", "--min-mentions", "2")
	if err := json.Unmarshal([]byte(out), &comms); err != nil || len(comms.Communities) != 1 ||
		len(comms.Communities[0].Members) != 1 || comms.Communities[0].Members[0].Name != "Bilawal Bhutto Zardari" {
		t.Errorf("communities --top 1 --min-mentions 2 = %s (%v)", out, err)
	}
	var rows []articleRow
	_, out, _ = cli(t, db, "articles", "--json", "--min-mentions", "1000")
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 0 {
		t.Errorf("articles --min-mentions 1000 = %s (%v), want none", out, err)
	}
	_, out, _ = cli(t, db, "articles", "--json", "--top", "1")
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 1 {
		t.Errorf("articles --top 1 = %s (%v), want one", out, err)
	}
	for _, cmd := range []string{"entities", "communities", "articles"} {
		if code, _, _ := cli(t, db, cmd, "--top", "-1"); code != 2 {
			t.Errorf("%s --top -1: code %d, want 2", cmd, code)
		}
	}
}

// TestIngestSkipsArticlesWithoutText checks that records with a title and
// no body are skipped in one line, not failed one line each.
func TestIngestSkipsArticlesWithoutText(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	var b strings.Builder
	for _, id := range []string{"n1", "n2", "n3", "n4", "n5"} {
		b.WriteString(`{"id": "` + id + `", "title": "A headline and nothing else"}` + "\n")
	}
	b.WriteString(`{"id": "full", "title": "Talks", "text": "Harold Wexby met Dara Finch in Geneva on Monday to discuss trade."}` + "\n")
	feed := writeFile(t, dir, "feed.jsonl", b.String())
	code, out, errs := cli(t, db, "ingest", feed)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 0 || !strings.HasPrefix(out, "1 added") || len(lines) != 1 ||
		!strings.Contains(errs, "skipped 5 article(s) without text") || !strings.Contains(errs, "(id n3)") || strings.Contains(errs, "(id n4)") {
		t.Errorf("ingest: code %d, out %q, err %q; want exit 0 and one line naming the first three", code, out, errs)
	}
	db2 := filepath.Join(dir, "db2")
	code, _, errs = cli(t, db2, "ingest", "--verbose", feed)
	if n := strings.Count(errs, "skipped: no article text"); code != 0 || n != 5 {
		t.Errorf("ingest --verbose: code %d, %d lines, err %q; want every skipped article", code, n, errs)
	}
	var sum struct{ Skipped, Failed []struct{ ID string } }
	db3 := filepath.Join(dir, "db3")
	_, out, _ = cli(t, db3, "ingest", "--json", feed)
	if err := json.Unmarshal([]byte(out), &sum); err != nil || len(sum.Skipped) != 5 || sum.Skipped[0].ID != "n1" || len(sum.Failed) != 0 {
		t.Errorf("ingest --json: %s (%v)", out, err)
	}
	// A line that does not parse is still a failure.
	bad := writeFile(t, dir, "bad.jsonl", `{"id": "x", "title": "broken`+"\n")
	if code, _, errs := cli(t, db, "ingest", bad); code != 1 || !strings.Contains(errs, "bad.jsonl:1") {
		t.Errorf("ingest of a malformed line: code %d, err %q; want 1", code, errs)
	}
}

func TestDateFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	feed := writeFile(t, dir, "feed.jsonl", `{"id": "u", "title": "Talks", "text": "Harold Wexby met Dara Finch in Geneva on Monday to discuss trade."}`+"\n")
	if code, _, errs := cli(t, db, "ingest", feed); code != 0 {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	for _, args := range [][]string{
		{"rank", "--since", "2005-13-01"},
		{"articles", "--until", "2005-02-30"},
		{"neighbours", "Geneva", "--since", "2005-00-10"},
	} {
		if code, _, errs := cli(t, db, args...); code != 2 || !strings.Contains(errs, "not a calendar date") {
			t.Errorf("%q: code %d, err %q; want 2 and a clear error", args, code, errs)
		}
	}
	for _, args := range [][]string{{"articles", "--since", "2005-01-01"}, {"rank", "--until", "2030-01-01"}} {
		code, _, errs := cli(t, db, args...)
		if code != 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "none of the 1 articles has a date") {
			t.Errorf("%q: code %d, err %q; want a one-line note", args, code, errs)
		}
	}
}
