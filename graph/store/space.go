package store

import (
	"errors"
	"fmt"
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

// checkSpace fails with a *SpaceError when the store's disk has less than
// minFree available.
func checkSpace(dir string) error {
	if free, ok := freeBytes(dir); ok && free < minFree {
		return &SpaceError{Dir: dir, Free: free, Need: minFree}
	}
	return nil
}
