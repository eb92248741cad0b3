package ingest

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities/article"
)

// maxArticleBytes bounds one article's cleaned text; longer texts are
// reported, not stored, to keep every article one bounded transaction.
const maxArticleBytes = 4 << 20

// checkSize refuses an article whose text is over maxArticleBytes.
func checkSize(a *article.Article) error {
	if len(a.Text) > maxArticleBytes {
		return &article.Error{Path: a.Path, Line: a.Line, Err: fmt.Errorf("article text is %d MB, over the %d MB limit", len(a.Text)>>20, maxArticleBytes>>20)}
	}
	return nil
}

// countWords counts runs of non-space bytes.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
