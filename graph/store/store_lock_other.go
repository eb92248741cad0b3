//go:build !unix

package store

// On systems without flock the store directory cannot be locked, so
// repairs that need the lock are not attempted and the checks before an
// open run unlocked.

func lockDir(dir string) (unlock func(), ok bool)    { return nil, false }
func shareDir(dir string) (unlock func(), ok bool)   { return func() {}, true }
func lockReplay(dir string) (unlock func(), ok bool) { return nil, false }
func waitReplay(dir string)                          {}

const replayLockName = "REPLAY.lock"
