//go:build unix

package store

import "syscall"

// lockDir takes the lock Badger takes on a store directory (an exclusive
// flock on the directory itself, see lock_unix.go), so that repairs never
// race a running writer or reader. It reports false when another process
// holds it.
func lockDir(dir string) (unlock func(), ok bool) { return flockDir(dir, syscall.LOCK_EX) }
