package store

import (
	"encoding/binary"

	"github.com/newsgraph/newsgraph/graph"
)

// ArticleMentions returns the stored mention spans of one article by the
// entity ID they were stored under. Those IDs are the ones extraction
// assigned: an entity merged since (at ingest or by a curation) still
// holds its own spans, so callers map them with [Txn.Resolve] and the
// curation log. Bad records are skipped.
func (t *Txn) ArticleMentions(article string) (map[graph.ID][]graph.Span, error) {
	out := map[graph.ID][]graph.Span{}
	prefix := pMention + article
	err := t.scan(prefix, true, func(k, v []byte) error {
		if len(k) != len(prefix)+8 {
			return nil
		}
		id := graph.ID(binary.BigEndian.Uint64(k[len(prefix):]))
		out[id] = append(out[id], decodeSpans(v)...)
		return nil
	})
	return out, err
}
