package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/eval"
)

// tinySecond is a second reading of tinyGold: the visit agrees, the
// minister's office is read as the country's head (leads), and a doubted
// visit to Norway, being uncertain, is not a prediction.
var tinySecond = strings.Replace(strings.Replace(tinyGold,
	`"kind": "holds_role"`, `"kind": "leads"`, 1),
	`"evidence": "Kari Vik flew to Paris"}`, `"evidence": "Kari Vik flew to Paris"},
   {"kind": "visits", "source": "vik", "target": "no", "uncertain": true, "evidence": "Kari Vik flew to Paris"}`, 1)

func TestEvalRelationsAgreement(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "untouched.db")
	a, b := writeFile(t, dir, "a.json", tinyGold), writeFile(t, dir, "b.json", tinySecond)
	code, out, errs := cli(t, db, "eval", "relations", "--gold", a, "--annotation", b, "--json")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var rep eval.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	strict, loose := rep.Table("strict", "check"), rep.Table("loose", "check")
	if rep.Annotation != b || strict.Total.Gold != 2 || strict.Total.Predicted != 2 || strict.Total.Correct != 1 || loose.Total.Correct != 2 {
		t.Errorf("report %+v", rep)
	}
	code, out, _ = cli(t, db, "eval", "relations", "--gold", a, "--annotation", b, "--symmetric", "--loose")
	for _, want := range []string{"annotation " + b + " scored against " + a, "annotation " + a + " scored against " + b, "loose, check (1 articles)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("code %d, no %q in\n%s", code, want, out)
		}
	}
	code, out, _ = cli(t, db, "eval", "relations", "--gold", a, "--annotation", b, "--symmetric", "--json")
	var reps []eval.Report
	if err := json.Unmarshal([]byte(out), &reps); code != 0 || err != nil || len(reps) != 2 || reps[1].Gold != b {
		t.Errorf("symmetric JSON (code %d, %v): %s", code, err, out)
	}
}

func TestEvalRelationsAgreementErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	a := writeFile(t, dir, "a.json", tinyGold)
	other := writeFile(t, dir, "other.json", strings.Replace(tinyGold, `"id": "t1"`, `"id": "t9"`, 1))
	broken := writeFile(t, dir, "broken.json", `{"format": "newsgraph-relations-gold/1", "articles": [`)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string // in the one line of stderr
	}{
		{"missing article", []string{"--gold", a, "--annotation", other}, exitFailure,
			[]string{a, other, "not in " + other + ": t1", "not in " + a + ": t9"}},
		{"bad file", []string{"--gold", a, "--annotation", broken}, exitFailure,
			[]string{broken, "not a relation gold file"}},
		{"no such file", []string{"--gold", a, "--annotation", filepath.Join(dir, "none.json")}, exitFailure,
			[]string{"none.json"}},
		{"bad gold", []string{"--gold", broken, "--annotation", a}, exitFailure,
			[]string{broken, "not a relation gold file"}},
		{"with docred", []string{"--docred", a, "--annotation", a}, exitStore, []string{"--annotation goes with --gold"}},
		{"symmetric alone", []string{"--gold", a, "--symmetric"}, exitStore, []string{"--symmetric with --annotation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := cli(t, db, append([]string{"eval", "relations"}, tc.args...)...)
			if code != tc.code || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
				t.Errorf("code %d (want %d), stderr %q", code, tc.code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
		})
	}
}
