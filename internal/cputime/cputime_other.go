//go:build !unix

package cputime

import "time"

// Used is 0: CPU time is not measured on this system.
func Used() time.Duration { return 0 }
