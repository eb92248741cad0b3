package newsgraph

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// The size rules of the architecture (issue 13): a file a reader can hold
// in mind, a function that fits on a couple of screens. They apply to the
// program, not to its tests.
const (
	maxFileLines = 600
	maxFuncLines = 120
)

// sizeSkip lists the folders, relative to the module root, whose Go files
// are not checked: test data is input, not program, and the Dgraph build
// tool is a separate module.
var sizeSkip = []string{"tools/dgraph-build"}

// sizeViolation is one file or function over its limit.
type sizeViolation struct {
	pos   string // file:line
	what  string // "file" or "func name"
	lines int
	limit int
}

func (v sizeViolation) String() string {
	return fmt.Sprintf("%s: %s is %d lines (limit %d)", v.pos, v.what, v.lines, v.limit)
}

// checkSizes parses every Go file below root (test files when tests is
// true, the others otherwise) and returns the files and functions over
// their limits. A function is a declared function or method, or a
// function literal at the top level of a declaration (a var or const).
func checkSizes(root string, tests bool) ([]sizeViolation, error) {
	var out []sizeViolation
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			for _, s := range sizeSkip {
				if rel == s {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") != tests {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		out = append(out, fileSizes(fset, f, rel, tests)...)
		return nil
	})
	return out, err
}

// fileSizes returns the violations in one parsed file; rel names it.
// The file limit applies to non-test files only.
func fileSizes(fset *token.FileSet, f *ast.File, rel string, tests bool) []sizeViolation {
	var out []sizeViolation
	tf := fset.File(f.Pos())
	if n := tf.LineCount(); !tests && n > maxFileLines {
		out = append(out, sizeViolation{pos: rel + ":1", what: "file", lines: n, limit: maxFileLines})
	}
	span := func(n ast.Node, what string) {
		start, end := fset.Position(n.Pos()).Line, fset.Position(n.End()).Line
		if lines := end - start + 1; lines > maxFuncLines {
			out = append(out, sizeViolation{pos: fmt.Sprintf("%s:%d", rel, start), what: what, lines: lines, limit: maxFuncLines})
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			span(d, "func "+funcName(d))
		case *ast.GenDecl:
			for _, s := range d.Specs {
				vs, ok := s.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, v := range vs.Values {
					if lit, ok := v.(*ast.FuncLit); ok && i < len(vs.Names) {
						span(lit, "func literal "+vs.Names[i].Name)
					}
				}
			}
		}
	}
	return out
}

// funcName names a function or method as Go source would: Recv.Name.
func funcName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch r := t.(type) {
	case *ast.IndexExpr:
		t = r.X
	case *ast.IndexListExpr:
		t = r.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + d.Name.Name
	}
	return d.Name.Name
}

// TestSizes enforces the size rules on the module's non-test Go files.
func TestSizes(t *testing.T) {
	vs, err := checkSizes(".", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Error(v)
	}
}

// TestTestSizes reports, without failing, the test functions over the
// function limit: the rule is for the program, but a long test is worth
// knowing about.
func TestTestSizes(t *testing.T) {
	vs, err := checkSizes(".", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Log(v)
	}
}
