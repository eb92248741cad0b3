// Package ingesttest holds what the tests of the ingest engine and of the
// CLI share: input fixtures (a sample directory with duplicates and a bad
// line, the head of a shared corpus) and a comparison of two stores' graphs.
// Only tests import it.
package ingesttest
