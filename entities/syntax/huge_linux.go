package syntax

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks Linux to back the memory of s with huge pages: the
// weight tables are read at random, and with 4 KB pages nearly every
// lookup also misses the TLB. Only the whole 2 MB pages inside s are
// advised; an error (an old kernel, huge pages disabled) changes nothing.
func adviseHuge[T any](s []T) {
	const huge = 2 << 20
	n := uintptr(len(s)) * unsafe.Sizeof(*new(T))
	if n < 2*huge {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	lo := (p + huge - 1) &^ (huge - 1)
	hi := (p + n) &^ (huge - 1)
	if hi <= lo {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
}
