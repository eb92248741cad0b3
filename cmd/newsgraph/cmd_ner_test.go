package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/data"
)

func init() {
	// Other tests of this package may define -update too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// runCLI runs one command line without a store.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "ner", name)
	if updating() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -run %s -update rewrites it):\n%s", path, t.Name(), got)
	}
}

func TestNERCommand(t *testing.T) {
	for _, tt := range []struct {
		name, file, golden string
		args               []string
	}{
		{"coarse", "sample.conll", "sample.coarse.golden", nil},
		{"fine", "sample.conll", "sample.fine.golden", []string{"--types", "fine"}},
		{"tabs", "crossner.txt", "crossner.fine.golden", []string{"--types", "fine"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := filepath.Join("testdata", "ner", tt.file)
			code, out, errs := runCLI(t, "", append([]string{"ner", "--conll", in}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			src, _ := os.ReadFile(in)
			inLines := strings.Split(strings.TrimRight(string(src), "\n"), "\n")
			outLines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if len(inLines) != len(outLines) {
				t.Fatalf("%d lines in, %d out", len(inLines), len(outLines))
			}
			for i := range inLines {
				if inLines[i] == "" {
					if outLines[i] != "" {
						t.Errorf("line %d: blank line became %q", i+1, outLines[i])
					}
					continue
				}
				if !strings.HasPrefix(outLines[i], inLines[i]) || len(strings.Fields(outLines[i])) != len(strings.Fields(inLines[i]))+1 {
					t.Errorf("line %d: %q is not %q plus a column", i+1, outLines[i], inLines[i])
				}
			}
			golden(t, tt.golden, out)
		})
	}
}

func TestNERCommandStdinAndErrors(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "ner", "sample.conll"))
	if err != nil {
		t.Fatal(err)
	}
	code, fromStdin, _ := runCLI(t, string(src), "ner", "--conll", "-")
	_, fromFile, _ := runCLI(t, "", "ner", "--conll", filepath.Join("testdata", "ner", "sample.conll"))
	if code != 0 || fromStdin != fromFile {
		t.Errorf("stdin: exit %d, output differs from the file's", code)
	}
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"ner"}, 2, "required flag"},
		{[]string{"ner", "--conll", "nonexistent.conll"}, 1, "nonexistent.conll"},
		{[]string{"ner", "--conll", "-", "--types", "odd"}, 2, "unknown --types"},
		{[]string{"eval", "ner", "--conll", "-"}, 1, "no gold column"},
	} {
		code, _, errs := runCLI(t, "word\n", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.msg) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and one line with %q", tt.args, code, errs, tt.code, tt.msg)
		}
	}
	code, _, errs := runCLI(t, "a B\nb C D\n", "ner", "--conll", "-")
	if code != 1 || !strings.Contains(errs, "standard input: line 2") {
		t.Errorf("bad columns: exit %d, %q", code, errs)
	}
}

func TestEvalNERCommand(t *testing.T) {
	in := filepath.Join("testdata", "ner", "sample.conll")
	code, out, errs := runCLI(t, "", "eval", "ner", "--conll", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "sample.eval.golden", out)
	code, out, errs = runCLI(t, "", "eval", "ner", "--conll", filepath.Join("testdata", "ner", "crossner.txt"), "--types", "fine", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res evalResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	// Gold: party, event, person, person, organization, place, country.
	if res.Overall.Gold != 7 || res.Tokens != 26 || len(res.ByType) == 0 {
		t.Errorf("result %+v", res)
	}
	golden(t, "crossner.eval.golden", out)
	// The recognizer ingest uses scores the same gold names.
	code, out, errs = runCLI(t, "", "eval", "ner", "--conll", filepath.Join("testdata", "ner", "crossner.txt"), "--types", "recognizer", "--json")
	if code != 0 {
		t.Fatalf("recognizer: exit %d: %s", code, errs)
	}
	res = evalResult{}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Overall.Gold != 7 || res.Types != "recognizer" || len(res.Excluded) != 1 {
		t.Errorf("recognizer result %+v", res)
	}
}

// TestNERModelsDir reads the models from a directory: the embedded ones
// written there tag as the embedded ones do, and a directory without
// models is an error of one line (so the flag is not ignored).
func TestNERModelsDir(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join("testdata", "ner", "crossner.txt")
	if err := os.WriteFile(filepath.Join(dir, "model.bin.gz"), data.NERModel, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fine.bin.gz"), data.NERFineModel, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, types := range []string{"coarse", "fine", "recognizer"} {
		_, want, _ := runCLI(t, "", "ner", "--conll", in, "--types", types)
		code, got, errs := runCLI(t, "", "ner", "--conll", in, "--types", types, "--models", dir)
		if code != 0 || got != want {
			t.Errorf("--types %s --models: exit %d (%s), output differs from the embedded models': %v", types, code, errs, got != want)
		}
	}
	code, _, errs := runCLI(t, "", "eval", "ner", "--conll", in, "--types", "fine", "--models", t.TempDir())
	if code != 1 || !strings.Contains(errs, "model.bin.gz") || strings.Count(errs, "\n") != 1 {
		t.Errorf("empty --models: exit %d, stderr %q", code, errs)
	}
}
