package ingest

import (
	"errors"

	"github.com/newsgraph/newsgraph/entities/article"
)

// Failure is one input that could not be ingested.
type Failure struct {
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
	// ID is the article's own identifier (its "id" field), when known.
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}

// Summary is what a Run reports; it is also the document of
// "newsgraph ingest --json".
type Summary struct {
	Added     int       `json:"added"`
	Unchanged int       `json:"unchanged"`
	Failed    []Failure `json:"failed"`
	// Skipped are the articles without text (a JSON record with a title
	// and no body, a page that is all furniture): nothing to ingest, but
	// nothing wrong with the input either.
	Skipped []Failure `json:"skipped"`
	// Entities, Relations and Articles are the store's counts after the
	// run.
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	Articles  int `json:"articles"`
	// Words is the number of words in the articles read (added and
	// unchanged), for rates; input skipped unread is not counted.
	Words       int  `json:"words"`
	Interrupted bool `json:"interrupted,omitempty"`
	// StoppedAt names the first input not read after an interruption.
	StoppedAt string `json:"stopped_at,omitempty"`
	// Seen counts the paths skipped because they led to a file or
	// directory read before (symbolic links that fan out).
	Seen int `json:"already_seen,omitempty"`
	// Retried counts the batches too big for one transaction
	// (store.ErrTxnTooBig), rolled back and committed again one article
	// at a time: each of their articles was linked twice. The writer
	// sizes batches so that this is rare.
	Retried int `json:"retried_batches,omitempty"`
	// InParts counts the articles too big for one transaction on their
	// own (store.TxnLimits), stored over several (store.UpdateInParts),
	// whole or not at all all the same.
	InParts int `json:"articles_in_parts,omitempty"`
}

// failureOf describes an input failure for the summary, with the file and
// line when err is an *article.Error.
func failureOf(err error) Failure {
	f := Failure{Error: err.Error()}
	var ae *article.Error
	if errors.As(err, &ae) {
		f.Path, f.Line = ae.Path, ae.Line
		if ae.Err != nil {
			f.Error = ae.Err.Error()
		}
	}
	var nt *article.NoTextError
	if errors.As(err, &nt) {
		f.ID = nt.Ref
	}
	return f
}

// fail reports an input that was not ingested: an article without text
// is skipped, anything else failed.
func (p *session) fail(err error) {
	if errors.Is(err, article.ErrNoText) {
		p.sum.Skipped = append(p.sum.Skipped, failureOf(err))
		return
	}
	p.sum.Failed = append(p.sum.Failed, failureOf(err))
}
