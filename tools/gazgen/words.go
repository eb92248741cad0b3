package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
)

// commonMinCount is how often a word must occur written in lower case in
// the two news corpora (about 2.7 million lower-case tokens together) to
// count as a common English word. At 20 (about 7 per million),
// "reading" (59), "nice" (48), "split" (564), "mobile" (480), "may"
// (2,189) and "of" are common, while place names that news text only
// capitalises stay out: "paris" (2), "china" (2), "turkey" (1), "york"
// (16), "bath" (5).
const commonMinCount = 20

// corpusFiles are the JSON Lines corpora read for word counts, with the
// field that holds each article's text.
var corpusFiles = []struct{ path, field string }{
	{"corpus/reuters21578.jsonl", "body"},
	{"corpus/bbc_news.jsonl", "text"},
}

// commonWords counts the tokens written entirely in lower case in the news
// corpora under shared and returns the keys of those seen at least
// commonMinCount times.
func commonWords(shared string) (map[string]bool, error) {
	counts := make(map[string]int)
	for _, f := range corpusFiles {
		if err := countLower(filepath.Join(shared, f.path), f.field, counts); err != nil {
			return nil, err
		}
	}
	common := make(map[string]bool)
	for w, n := range counts {
		if n >= commonMinCount {
			common[gz.Key(w)] = true
		}
	}
	return common, nil
}

func countLower(path, field string, counts map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Body string `json:"body"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		text := rec.Text
		if field == "body" {
			text = rec.Body
		}
		countTokens(text, counts)
	}
	return sc.Err()
}

// countTokens counts the runs of letters in text that hold no capital.
func countTokens(text string, counts map[string]int) {
	start, lower := -1, true
	for i, r := range text + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start, lower = i, true
			}
			if !unicode.IsLower(r) {
				lower = false
			}
			continue
		}
		if start >= 0 && lower {
			counts[text[start:i]]++
		}
		start = -1
	}
}
