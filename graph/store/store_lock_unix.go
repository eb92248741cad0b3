//go:build unix

package store

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockDir takes the lock Badger takes on a store directory (an exclusive
// flock on its LOCK file), so that repairs never race a running writer. It
// reports false when another process holds it.
func lockDir(dir string) (unlock func(), ok bool) {
	f, err := os.OpenFile(filepath.Join(dir, "LOCK"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, false
	}
	return func() {
		os.Remove(f.Name()) // as Badger leaves it after a clean close
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, true
}
