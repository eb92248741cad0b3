package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// Ingest one article from a reader and a JSON lines feed with a bad line
// into a new store; run again, everything is unchanged (the feed's good
// line is skipped unread).
func Example() {
	dir, err := os.MkdirTemp("", "ingest-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	feed := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(feed, []byte(`{"title": "Talks", "text": "Officials in Lahore said on Monday that talks with the United Nations would resume."}
{"title": "broken", "text":
`), 0o644)
	story := "Ministers meet\n\nThe foreign ministers of France and Germany met in Paris on Tuesday.\n"

	s, err := store.Open(filepath.Join(dir, "db"), store.Options{Create: true})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	engine := ingest.New(s, ingest.Options{})
	for range 2 {
		inputs := []ingest.Input{
			{Path: "story.txt", Reader: strings.NewReader(story), Format: "text"},
			{Path: feed},
		}
		sum, err := engine.Run(context.Background(), inputs, nil)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d added, %d unchanged, %d failed; the store holds %d articles\n", sum.Added, sum.Unchanged, len(sum.Failed), sum.Articles)
		for _, f := range sum.Failed {
			fmt.Printf("  failed: %s line %d\n", filepath.Base(f.Path), f.Line)
		}
	}
	// Output:
	// 2 added, 0 unchanged, 1 failed; the store holds 2 articles
	//   failed: feed.jsonl line 2
	// 0 added, 2 unchanged, 1 failed; the store holds 2 articles
	//   failed: feed.jsonl line 2
}
