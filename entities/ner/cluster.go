package ner

// Cluster returns the word clusters the model holds for w (induced from
// unlabelled news by tools/nertrain): a coarse cluster and a fine one
// within it, both 0 when the word has none. Other taggers (entities/syntax)
// read them as features; they must be retrained when the clusters change.
func (m *Model) Cluster(w string) (coarse, fine uint32) {
	if m.clusters == nil {
		return 0, 0
	}
	t := m.wordTok(w)
	return t.c1, t.c2
}
