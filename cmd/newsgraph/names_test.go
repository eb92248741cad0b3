package main

import (
	"strings"
	"testing"
)

// TestNamesAsTyped checks that every command resolves names the way a
// person types them, and that a name meaning several entities is listed,
// never guessed, above all by the commands that write.
func TestNamesAsTyped(t *testing.T) {
	db := storyDB(t)
	// One word of a name finds it when only one entity has that word.
	code, out, errs := cli(t, db, "neighbours", "shehbaz")
	if code != 0 || !strings.Contains(out, "Bilawal Bhutto Zardari") || !strings.Contains(errs, `"shehbaz" is "Shehbaz Sharif"`) {
		t.Fatalf("neighbours shehbaz: code %d, out %q, err %q", code, out, errs)
	}
	// Words in any order, and a misspelt word.
	for _, name := range []string{"sharif shehbaz", "shehbaz shariff"} {
		if code, _, errs := cli(t, db, "path", name, "Pakistan"); code != 0 {
			t.Errorf("path %q Pakistan: code %d, err %q", name, code, errs)
		}
	}
	// Make "zardari" name two people.
	mustRun(t, db, "alias", "add", "Shehbaz Sharif", "Zardari")
	before := exportJSON(t, db)
	for _, args := range [][]string{
		{"merge", "Pakistan", "zardari"},
		{"rename", "zardari", "Someone"},
		{"retype", "zardari", "place"},
		{"alias", "add", "zardari", "Z"},
		{"split", "zardari", "--alias", "Mr Zardari"},
		{"show", "zardari"},
		{"export", "--format", "json", "--focus", "zardari"},
	} {
		code, out, errs := cli(t, db, args...)
		first := strings.Index(errs, "1. Bilawal Bhutto Zardari (#")
		second := strings.Index(errs, "2. Shehbaz Sharif (#")
		if code != 1 || first < 0 || second < first || !strings.Contains(errs, "party: Pakistan Peoples Party") {
			t.Errorf("%q: code %d, out %q, err %q; want exit 1 and both candidates, most mentioned first", args, code, out, errs)
		}
	}
	if after := exportJSON(t, db); after != before {
		t.Errorf("an ambiguous name changed the graph: %s", firstDiff(before, after))
	}
	// --pick chooses among the candidates, in the order listed.
	code, out, errs = cli(t, db, "show", "zardari", "--pick", "2")
	if code != 0 || !strings.HasPrefix(out, "Shehbaz Sharif") {
		t.Errorf("show zardari --pick 2: code %d, out %q, err %q", code, out, errs)
	}
	if code, _, errs := cli(t, db, "show", "zardari", "--pick", "3"); code != 2 {
		t.Errorf("show zardari --pick 3: code %d, err %q; want 2", code, errs)
	}
	code, out, errs = cli(t, db, "merge", "Pakistan", "zardari", "--pick", "0,2", "--dry-run")
	if code != 0 || !strings.Contains(out, `merge "Shehbaz Sharif"`) {
		t.Errorf("merge --pick 0,2: code %d, out %q, err %q", code, out, errs)
	}
}
