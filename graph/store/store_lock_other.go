//go:build !unix

package store

// lockDir cannot lock a store directory on this system, so repairs that
// need the lock are not attempted.
func lockDir(dir string) (unlock func(), ok bool) { return nil, false }
