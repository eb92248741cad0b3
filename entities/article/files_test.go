package article

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Title\n\nText."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, rel := range []string{"b.txt", "a.txt", "sub/c.md", "sub/deeper/d.json", ".hidden.txt", ".git/e.txt"} {
		write(rel)
	}
	symlink := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(dir, rel)); err != nil {
			t.Skipf("symbolic links unavailable: %v", err)
		}
	}
	symlink(filepath.Join(dir, "a.txt"), "link-to-a.txt")
	symlink(dir, "sub/loop")               // a directory that contains itself
	symlink("missing.txt", "dangling.txt") // a link to nothing
	symlink("self.txt", "self.txt")        // a link to itself

	var got []string
	w := new(Walk)
	for p, err := range w.Files([]string{dir, filepath.Join(dir, "nope.txt"), "-"}) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is not an *Error", err)
			}
			got = append(got, "error "+strings.TrimPrefix(err.Error(), dir+"/"))
			continue
		}
		got = append(got, strings.TrimPrefix(p, dir+"/"))
	}
	want := []string{
		"a.txt",
		"b.txt",
		"error dangling.txt: no such file or directory",
		"error self.txt: too many levels of symbolic links",
		"sub/c.md",
		"sub/deeper/d.json",
		"error sub/loop: directory loop",
		"error nope.txt: no such file or directory",
		"-",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Files yielded:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if w.Seen != 1 {
		t.Errorf("Seen = %d, want 1 (link-to-a.txt)", w.Seen)
	}
}

// TestFilesFanOut walks 30 levels of directories, each with two links to
// the next: a walk that followed every path would meet the last directory
// 2^30 times. Each file must come once, and the second link of each level
// be counted as seen.
func TestFilesFanOut(t *testing.T) {
	dir := t.TempDir()
	const levels = 30
	level := func(k int) string { return filepath.Join(dir, fmt.Sprintf("L%02d", k)) }
	for k := 0; k <= levels; k++ {
		if err := os.Mkdir(level(k), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(level(k), fmt.Sprintf("f%02d.txt", k)), []byte("Title\n\nText."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k := 0; k < levels; k++ {
		for _, name := range []string{"x", "y"} {
			if err := os.Symlink(level(k+1), filepath.Join(level(k), name)); err != nil {
				t.Skipf("symbolic links unavailable: %v", err)
			}
		}
	}
	w := new(Walk)
	files := map[string]bool{}
	n := 0
	for p, err := range w.Files([]string{level(0)}) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n > 2*(levels+1) {
			t.Fatalf("over %d files yielded: the walk follows every path", n-1)
		}
		files[filepath.Base(p)] = true
	}
	if n != levels+1 || len(files) != levels+1 {
		t.Errorf("yielded %d paths of %d files, want %d", n, len(files), levels+1)
	}
	if w.Seen != levels {
		t.Errorf("Seen = %d, want %d", w.Seen, levels)
	}
}

func TestFilesPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range Files([]string{locked, secret}) {
		n++
		if !errors.Is(err, os.ErrPermission) {
			t.Errorf("got %v, want permission denied", err)
		}
	}
	if n != 2 {
		t.Errorf("got %d results, want 2", n)
	}
}
