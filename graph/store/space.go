package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"syscall"
)

// ErrNoSpace means the disk holding the store has too little free space
// to write safely. What was committed before is kept.
var ErrNoSpace = errors.New("no space left on device")

// minFree is the free space a write needs: Badger writes into memory-mapped
// files, and a page of such a file that the disk cannot hold kills the
// process (SIGBUS) instead of failing a write. A memtable log fills up to
// its size (16 MB, see Open) and is then flushed to a table file of about
// the same size while the next log fills: twice the memtable, and room
// for compaction and the manifest.
const minFree = 40 << 20

// SpaceError reports too little free space on the disk holding Dir.
type SpaceError struct {
	Dir        string
	Free, Need uint64 // bytes
}

func (e *SpaceError) Error() string {
	return fmt.Sprintf("no space left on %s: %d MB free, need about %d MB; what was stored before is kept: free some space and run the command again",
		device(e.Dir), e.Free>>20, e.Need>>20)
}

func (e *SpaceError) Unwrap() error { return ErrNoSpace }

// freeBytes returns the space available to this process on the file
// system holding path (or its nearest existing parent).
func freeBytes(path string) (uint64, bool) {
	for p := path; ; p = filepath.Dir(p) {
		var st syscall.Statfs_t
		if err := syscall.Statfs(p, &st); err == nil {
			return st.Bavail * uint64(st.Bsize), true
		}
		if p == filepath.Dir(p) {
			return 0, false
		}
	}
}

// device names the file system holding path: its mount point.
func device(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	dev := func(p string) (uint64, bool) {
		var st syscall.Stat_t
		if syscall.Stat(p, &st) != nil {
			return 0, false
		}
		return uint64(st.Dev), true
	}
	p := abs
	for {
		if _, ok := dev(p); ok {
			break
		}
		if p == filepath.Dir(p) {
			return path
		}
		p = filepath.Dir(p)
	}
	d, _ := dev(p)
	for p != filepath.Dir(p) {
		if pd, ok := dev(filepath.Dir(p)); !ok || pd != d {
			break
		}
		p = filepath.Dir(p)
	}
	return p
}

// checkSpace fails with a *SpaceError when the store's disk has less than
// minFree available.
func checkSpace(dir string) error {
	if free, ok := freeBytes(dir); ok && free < minFree {
		return &SpaceError{Dir: dir, Free: free, Need: minFree}
	}
	return nil
}
