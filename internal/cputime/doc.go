// Package cputime reads the CPU time the process has used, for benchmarks
// and tests that report work per CPU second beside wall-clock rates (on a
// shared machine the two differ).
package cputime
