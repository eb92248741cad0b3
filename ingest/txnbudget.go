package ingest

import "github.com/newsgraph/newsgraph/graph/store"

// A batch is committed in one transaction, which Badger refuses past its
// limits (store.TxnLimits: 26,212 entries and 2.5 MB with the store's 16
// MB memtable). A batch that is refused is rolled back and committed
// again one article at a time (writer.flush), linking each article twice:
// correct, but wasted work. So the writer estimates what each article will
// write, from its text and its extraction, before linking it, and ends a
// batch before the estimate passes half the limits.
//
// The estimate was measured on BBC + Reuters-21578 (20,788 articles,
// Txn.Size before and after each article's putArticle):
//
//   - entries: 3 + 2 per entity + 1 per mention + 2 per relation + 1 per
//     evidence sentence. The article's own entries were that estimate
//     times 1.08 on average (median 1.01, 99th percentile 1.71, at
//     most 2.20);
//   - bytes: the text (one value) plus about 64 bytes an entry (keys and
//     the small records linking writes: mean 62, 99th percentile 90, at
//     most 117).
//
// A batch sums many articles, so its ratio stays near the mean; half the
// limits leaves room for a batch that writes up to twice its estimate.
// The article text alone was a poor measure: linking writes about 4 bytes
// for each byte of text, up to 40 in articles dense with names.
//
// An article may be too big for a transaction on its own: 172 KB of BBC
// articles run together, estimated at 27,950 entries, passes the limit of
// 26,212 and is reported as failed (writer.tooBig), as before. Only a
// larger memtable (store options) would take it.

const (
	entryBytes = 64 // bytes an entry of linking's adds, besides the text (measured)
	fixedCost  = 3  // the article's record, text and content hash
)

// articleCost estimates what storing and linking it adds to a
// transaction.
func articleCost(it *workItem) store.TxnSize {
	n := fixedCost
	if ex := it.ex; ex != nil {
		n += 2 * len(ex.Entities)
		for _, e := range ex.Entities {
			n += len(e.Mentions)
		}
		n += 2 * len(ex.Relations)
		for _, r := range ex.Relations {
			n += len(r.Sentences)
		}
	}
	return store.TxnSize{Entries: n, Bytes: len(it.a.Text) + entryBytes*n}
}

// batchCap is the most a batch's estimated cost may reach: half of what
// one transaction may hold (the test hook Options.txnLimits replaces the
// store's limits).
func (p *session) batchCap() store.TxnSize {
	l := p.store.TxnLimits()
	if p.cfg.txnLimits != (store.TxnLimits{}) {
		l = p.cfg.txnLimits
	}
	return store.TxnSize{Entries: l.Entries / 2, Bytes: l.Bytes / 2}
}

// fits reports whether an article of cost c may join the batch.
func (w *writer) fits(c store.TxnSize) bool {
	return w.est.Entries+c.Entries <= w.cap.Entries && w.est.Bytes+c.Bytes <= w.cap.Bytes
}
