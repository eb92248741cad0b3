package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	code, out, errs := runCLI(t, "The minister didn't fly to London.\n\nShe stayed.", "parse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "# sent_id = "); n != 2 {
		t.Errorf("%d sentences:\n%s", n, out)
	}
	for _, want := range []string{"# text = The minister didn't fly to London.", "\tn't\t", "TokenRange=0:3", "SpaceAfter=No"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Every word line has ten columns and a head.
	for _, l := range strings.Split(out, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		if c := strings.Split(l, "\t"); len(c) != 10 || c[6] == "_" || c[7] == "_" {
			t.Errorf("bad line %q", l)
		}
	}
}

func TestParseCoNLLU(t *testing.T) {
	dir := t.TempDir()
	in := "# text = They left.\n1-2\tThey're\t_\t_\t_\t_\t_\t_\t_\t_\n1\tThey\tthey\t_\t_\t_\t_\t_\t_\t_\n2\t're\t_\t_\t_\t_\t_\t_\t_\t_\n3\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	path := filepath.Join(dir, "in.conllu")
	os.WriteFile(path, []byte(in), 0o644)
	code, out, errs := runCLI(t, "", "parse", "--conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "1-2\tThey're\t_") || !strings.Contains(out, "1\tThey\tthey\tPRON") || strings.Count(out, "\troot\t") != 1 {
		t.Errorf("output:\n%s", out)
	}
	code, _, errs = runCLI(t, "", "parse", "--conllu", filepath.Join(dir, "missing.conllu"))
	if code != 1 || !strings.Contains(errs, "missing.conllu") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
	os.WriteFile(path, []byte("1\tx\n"), 0o644)
	code, _, errs = runCLI(t, "", "parse", "--conllu", path)
	if code != 1 || !strings.Contains(errs, "in.conllu:1: 2 columns") {
		t.Errorf("bad file: exit %d, %q", code, errs)
	}
}

func TestEvalParse(t *testing.T) {
	path := filepath.Join("..", "..", "entities", "syntax", "testdata", "sample.conllu")
	code, out, errs := runCLI(t, "", "eval", "parse", "--conllu", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r evalParseResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 2 || r.Words != 20 || r.UAS <= 0 || r.UAS > 100 || r.LAS > r.UAS || r.UPOS <= 0 {
		t.Errorf("result %+v", r)
	}
	code, out, _ = runCLI(t, "", "eval", "parse", "--help")
	if code != 0 || !strings.Contains(out, "subtype") || !strings.Contains(out, "UAS") {
		t.Errorf("help: %s", out)
	}
}
