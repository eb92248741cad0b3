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
// being walked forever. Files and directories whose names start with "."
// are skipped inside directories (a path given explicitly is always
// used). The path "-" (standard input) is passed through as it is. A path
// that cannot be read (missing, permission denied, a symbolic-link loop)
// yields an *Error, and the walk goes on.
func Files(paths []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, p := range paths {
			if p == "-" {
				if !yield(p, nil) {
					return
				}
				continue
			}
			if !visit(p, nil, true, yield) {
				return
			}
		}
	}
}

// visit yields the file p, or the files under the directory p. ancestors
// are the directories being walked above p. It returns false when the
// caller stopped the iteration.
func visit(p string, ancestors []os.FileInfo, explicit bool, yield func(string, error) bool) bool {
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
		entries, err := os.ReadDir(p)
		if err != nil {
			return yield("", &Error{Path: p, Err: osErr(err)})
		}
		ancestors = append(ancestors, fi)
		for _, e := range entries { // sorted by name
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if !visit(filepath.Join(p, e.Name()), ancestors, false, yield) {
				return false
			}
		}
		return true
	case fi.Mode().IsRegular():
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
