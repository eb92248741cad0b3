//go:build !unix

package store

// freeBytes cannot tell the free space on this system: writes are not
// checked.
func freeBytes(path string) (uint64, bool) { return 0, false }

// device names the file system holding path.
func device(path string) string { return path }
