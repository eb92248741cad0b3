//go:build unix

package store

import (
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Badger locks a store by an flock on the directory itself: exclusive for
// a writer, shared for a read-only open. The functions here take the same
// lock, so that what Open checks or repairs before Badger opens the store
// cannot change under it. A process must release them before Badger opens
// the directory: two locks on different descriptors conflict even within
// one process.

// flockDir takes Badger's lock on dir without waiting.
func flockDir(dir string, how int) (unlock func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, false
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, true
}

// shareDir takes a reader's (shared) lock: no writer can change the files
// while it is held. It reports false when a writer holds the store.
func shareDir(dir string) (unlock func(), ok bool) { return flockDir(dir, syscall.LOCK_SH) }

// replayLockName is the file in a store directory whose lock a reader holds
// while it replays the logs of a crashed writer (see Open): the other
// readers wait for it instead of failing.
const replayLockName = "REPLAY.lock"

// replayWait is how long a reader waits for another one's replay.
const replayWait = 30 * time.Second

// lockReplay takes the replay lock of dir, waiting up to replayWait. It
// reports false when the lock file cannot be created (a read-only
// directory) or the wait times out.
func lockReplay(dir string) (unlock func(), ok bool) {
	f, err := os.OpenFile(filepath.Join(dir, replayLockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false
	}
	deadline := time.Now().Add(replayWait)
	for syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		if time.Now().After(deadline) {
			f.Close()
			return nil, false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, true
}

// waitReplay waits while another reader replays dir's logs.
func waitReplay(dir string) {
	if !fileExists(filepath.Join(dir, replayLockName)) {
		return
	}
	if unlock, ok := lockReplay(dir); ok {
		unlock()
	}
}
