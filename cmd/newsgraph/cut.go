package main

import "github.com/spf13/pflag"

// cutFlags are --top and --min-mentions, which cut a long listing down.
type cutFlags struct {
	top         int
	minMentions int
}

// add registers the flags with usage lines saying what they keep.
func (c *cutFlags) add(f *pflag.FlagSet, top, minMentions string) {
	f.IntVar(&c.top, "top", 0, top)
	f.IntVar(&c.minMentions, "min-mentions", 0, minMentions)
}

// check rejects negative values.
func (c *cutFlags) check() error {
	if c.top < 0 {
		return failf(exitStore, "--top %d: want 0 (all) or more", c.top)
	}
	if c.minMentions < 0 {
		return failf(exitStore, "--min-mentions %d: want 0 or more", c.minMentions)
	}
	return nil
}

// limit returns n capped at --top.
func (c *cutFlags) limit(n int) int {
	if c.top > 0 && c.top < n {
		return c.top
	}
	return n
}
