// Command benchingest writes the cleaned text of every article in the
// given files as JSON lines ({"text": ...}), the texts newsgraph extracts
// from, so that scripts/bench-ingest can run another extractor on exactly
// the same texts. With -n it stops after that many articles.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/entities/article"
)

func main() {
	n := flag.Int("n", 0, "stop after this many articles (0: all)")
	flag.Parse()
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	count := 0
	for path, err := range article.Files(flag.Args()) {
		if err != nil {
			continue
		}
		for a, err := range article.ReadFile(path) {
			if err != nil {
				continue
			}
			if err := enc.Encode(map[string]string{"text": a.Text}); err != nil {
				fmt.Fprintln(os.Stderr, "benchingest:", err)
				os.Exit(1)
			}
			if count++; *n > 0 && count >= *n {
				out.Flush()
				return
			}
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "benchingest:", err)
		os.Exit(1)
	}
}
