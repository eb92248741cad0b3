package article

import (
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Files walks paths, which name files and directories, and yields every
// readable file in them: directories are walked recursively in sorted
// order, symbolic links are followed (to files and to directories), and a
// directory met again inside itself is reported with ErrLoop instead of
// being walked forever. Each file and directory is visited once, by device
// and inode: one met again by another path (links that fan out to the same
// places) is skipped silently; use a Walk to count them. Files and
// directories whose names start with "." are skipped inside directories (a
// path given explicitly is always used). The path "-" (standard input) is
// passed through as it is. A path that cannot be read (missing, permission
// denied, a symbolic-link loop) yields an *Error, and the walk goes on.
func Files(paths []string) iter.Seq2[string, error] {
	return new(Walk).Files(paths)
}

// A Walk walks paths as Files does, remembering what it visited: walking
// more paths with the same Walk skips what the earlier ones visited.
type Walk struct {
	// Seen counts the paths skipped because they led to a file or
	// directory visited before.
	Seen int

	visited map[fileID]bool
}

// Files walks paths as the function Files does.
func (w *Walk) Files(paths []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		if w.visited == nil {
			w.visited = map[fileID]bool{}
		}
		for _, p := range paths {
			if p == "-" {
				if !yield(p, nil) {
					return
				}
				continue
			}
			if !w.visit(p, nil, true, yield) {
				return
			}
		}
	}
}

// once reports whether fi is met for the first time, and remembers it.
func (w *Walk) once(fi os.FileInfo) bool {
	id, ok := fileIDOf(fi)
	if !ok {
		return true // no identity on this system: visit
	}
	if w.visited[id] {
		w.Seen++
		return false
	}
	w.visited[id] = true
	return true
}

// visit yields the file p, or the files under the directory p. ancestors
// are the directories being walked above p. It returns false when the
// caller stopped the iteration.
func (w *Walk) visit(p string, ancestors []os.FileInfo, explicit bool, yield func(string, error) bool) bool {
	fi, err := os.Stat(p)
	if err != nil {
		return yield("", &Error{Path: p, Err: osErr(err)})
	}
	switch {
	case fi.IsDir():
		for _, anc := range ancestors {
			if os.SameFile(anc, fi) {
				return yield("", &Error{Path: p, Err: ErrLoop})
			}
		}
		if !w.once(fi) {
			return true
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return yield("", &Error{Path: p, Err: osErr(err)})
		}
		ancestors = append(ancestors, fi)
		for _, e := range entries { // sorted by name
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if !w.visit(filepath.Join(p, e.Name()), ancestors, false, yield) {
				return false
			}
		}
		return true
	case fi.Mode().IsRegular():
		if !w.once(fi) {
			return true
		}
		f, err := os.Open(p)
		if err != nil {
			return yield("", &Error{Path: p, Err: osErr(err)})
		}
		f.Close()
		return yield(p, nil)
	case explicit:
		return yield("", &Error{Path: p, Err: ErrNotRegular})
	}
	return true // a device, socket or pipe met in a directory
}
