//go:build unix

package store

import (
	"path/filepath"
	"syscall"
)

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
