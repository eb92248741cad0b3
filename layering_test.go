package newsgraph

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The layering rules, checked on the import graph `go list` reports for
// the module's packages (test files excluded: the rules are about what the
// program is built from).
const (
	module = "github.com/newsgraph/newsgraph"
	badger = "github.com/dgraph-io/badger"
	ingest = module + "/ingest"
	cmd    = module + "/cmd"
	ents   = module + "/entities"
)

// noBadger lists the packages that, with their sub-packages, must not
// depend on Badger, even indirectly: they work on the model, not on the
// store. badgerOK are the exceptions.
var (
	noBadger = []string{module + "/graph", module + "/entities", module + "/export"}
	badgerOK = []string{module + "/graph/store"}
)

// listed is the part of `go list -json` output the rules read.
type listed struct {
	ImportPath string
	Standard   bool
	Imports    []string
}

// importGraph runs `go list -deps -json` on the module and returns every
// package it lists (the module's and all they depend on) by import path.
func importGraph(t *testing.T) map[string]*listed {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH: skipping the layering check")
	}
	out, err := exec.Command("go", "list", "-deps", "-json", "./...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]*listed{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		p := &listed{}
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

// under reports whether path is pkg or one of its sub-packages.
func under(path, pkg string) bool { return path == pkg || strings.HasPrefix(path, pkg+"/") }

// chain returns the import chain from one package to the first package
// bad accepts, breadth first (so the shortest), or nil when there is none.
func chain(pkgs map[string]*listed, from string, bad func(string) bool) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if bad(p) {
			var c []string
			for ; p != ""; p = prev[p] {
				c = append(c, p)
			}
			slices.Reverse(c)
			return c
		}
		if pkgs[p] == nil {
			continue
		}
		for _, q := range pkgs[p].Imports {
			if _, seen := prev[q]; !seen {
				prev[q] = p
				queue = append(queue, q)
			}
		}
	}
	return nil
}

// layeringProblems applies the rules to an import graph and returns one
// line per broken rule.
func layeringProblems(pkgs map[string]*listed) []string {
	var problems []string
	// The model imports only the standard library.
	if _, ok := pkgs[module+"/graph"]; !ok {
		problems = append(problems, "package "+module+"/graph is missing")
	} else if c := chain(pkgs, module+"/graph", func(p string) bool {
		return p != module+"/graph" && (pkgs[p] == nil || !pkgs[p].Standard)
	}); c != nil {
		problems = append(problems, "graph must import only the standard library, but imports "+strings.Join(c, " → "))
	}
	var paths []string
	for path := range pkgs {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if !slices.ContainsFunc(noBadger, func(u string) bool { return under(p, u) }) ||
			slices.ContainsFunc(badgerOK, func(u string) bool { return under(p, u) }) {
			continue
		}
		if c := chain(pkgs, p, func(q string) bool { return under(q, badger) }); c != nil {
			problems = append(problems, strings.TrimPrefix(p, module+"/")+" must not depend on Badger, but: "+strings.Join(c, " → "))
		}
	}
	for _, path := range paths {
		if !under(path, module) {
			continue
		}
		for _, imp := range pkgs[path].Imports {
			// Only the CLI drives the ingest engine (and the engine's own
			// sub-packages may use it).
			if imp == ingest && !under(path, cmd) && !under(path, ingest) {
				problems = append(problems, strings.TrimPrefix(path, module+"/")+" imports "+ingest+": only cmd/... may")
			}
			// The extraction pipeline sits on its parts: a sub-package of
			// entities (text, lexicon, gazetteer, ner, article) never
			// imports entities itself.
			if imp == ents && under(path, ents) && path != ents {
				problems = append(problems, strings.TrimPrefix(path, module+"/")+" imports "+ents+": its sub-packages may not")
			}
			// Nothing imports the CLI.
			if under(imp, cmd) {
				problems = append(problems, strings.TrimPrefix(path, module+"/")+" imports "+imp+": nothing may import cmd/...")
			}
		}
	}
	return problems
}

// TestLayering checks the module's layering (see the root package
// documentation): graph imports nothing of the project and no Badger;
// nothing under graph (but graph/store), entities or export depends on
// Badger; only cmd imports the ingest engine; no sub-package of entities
// imports entities; nothing imports cmd.
func TestLayering(t *testing.T) {
	for _, p := range layeringProblems(importGraph(t)) {
		t.Error(p)
	}
}

// TestLayeringRules checks that each rule fails on an import graph that
// breaks it, so TestLayering passing means something.
func TestLayeringRules(t *testing.T) {
	base := func() map[string]*listed {
		return map[string]*listed{
			"fmt":                       {ImportPath: "fmt", Standard: true},
			module + "/graph":           {ImportPath: module + "/graph", Imports: []string{"fmt"}},
			module + "/graph/store":     {ImportPath: module + "/graph/store", Imports: []string{module + "/graph", badger + "/v4"}},
			module + "/graph/analytics": {ImportPath: module + "/graph/analytics", Imports: []string{module + "/graph"}},
			badger + "/v4":              {ImportPath: badger + "/v4"},
			module + "/export":          {ImportPath: module + "/export", Imports: []string{module + "/graph"}},
			module + "/ingest":          {ImportPath: module + "/ingest", Imports: []string{module + "/graph/store"}},
			module + "/cmd/newsgraph":   {ImportPath: module + "/cmd/newsgraph", Imports: []string{module + "/ingest", module + "/export"}},
			module + "/entities":        {ImportPath: module + "/entities", Imports: []string{module + "/entities/ner", module + "/graph"}},
			module + "/entities/ner":    {ImportPath: module + "/entities/ner", Imports: []string{module + "/graph"}},
		}
	}
	if p := layeringProblems(base()); len(p) != 0 {
		t.Fatalf("a well-layered graph breaks rules: %q", p)
	}
	for _, tc := range []struct {
		name      string
		from, imp string
		want      string
	}{
		{"model imports the project", module + "/graph", module + "/export", "graph must import only the standard library"},
		{"model imports Badger", module + "/graph", badger + "/v4", "graph must import only the standard library"},
		{"export depends on Badger", module + "/export", module + "/graph/store", "export must not depend on Badger, but: " + module + "/export → " + module + "/graph/store → " + badger + "/v4"},
		{"extraction depends on Badger", module + "/entities/ner", module + "/graph/store", "entities/ner must not depend on Badger"},
		{"analytics depends on Badger", module + "/graph/analytics", module + "/graph/store", "graph/analytics must not depend on Badger"},
		{"export imports ingest", module + "/export", module + "/ingest", "export imports " + ingest + ": only cmd/... may"},
		{"ner imports entities", module + "/entities/ner", module + "/entities", "entities/ner imports " + ents + ": its sub-packages may not"},
		{"export imports cmd", module + "/export", module + "/cmd/newsgraph", "export imports " + module + "/cmd/newsgraph: nothing may import cmd/..."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := base()
			g[tc.from].Imports = append(g[tc.from].Imports, tc.imp)
			p := layeringProblems(g)
			if !slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("problems %q, want one containing %q", p, tc.want)
			}
		})
	}
}
