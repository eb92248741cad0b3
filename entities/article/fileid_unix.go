//go:build unix

package article

import (
	"os"
	"syscall"
)

// fileID identifies a file on this machine: its device and inode.
type fileID struct{ dev, ino uint64 }

func fileIDOf(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}
