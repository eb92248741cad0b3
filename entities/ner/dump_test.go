package ner

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/text"
)

// TestDumpOutput writes everything the taggers decide, for CoNLL-2003
// eng.testa, CrossNER politics dev and the first NER_DUMP_ARTICLES (5000
// unless set) Reuters-21578 articles, to the file NER_DUMP names: the
// label of every token from the coarse and the fine model, the chunks of
// FineChunks and the mentions of Recognize. It is a tool for changes meant
// not to alter the output: dump before, dump after, compare the files
// byte for byte. It is skipped unless NER_DUMP is set.
func TestDumpOutput(t *testing.T) {
	path := os.Getenv("NER_DUMP")
	if path == "" {
		t.Skip("skipping: set NER_DUMP to a file to write the taggers' output to")
	}
	limit := 5000
	if s := os.Getenv("NER_DUMP_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		limit = n
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	coarse, fine := Default(), DefaultFine()
	labels := func(m *Model, sents [][]string) {
		sc := m.getScratch()
		for _, l := range m.tagLabels(sents, sc) {
			fmt.Fprintf(w, " %d", l)
		}
		m.putScratch(sc)
		fmt.Fprintln(w)
	}
	doc := func(name string, sents [][]string) {
		fmt.Fprintf(w, "# %s\n", name)
		labels(coarse, sents)
		labels(fine, sents)
		fmt.Fprintln(w, coarse.FineChunks(sents))
		fmt.Fprintln(w, fine.FineChunks(sents))
		fmt.Fprintln(w, coarse.Tag(sents))
	}
	for _, rel := range []string{"ner/conll2003/eng.testa", "ner/crossner_politics/dev.txt"} {
		for i, d := range readDocs(t, sharedFile(t, rel)) {
			doc(fmt.Sprintf("%s %d", rel, i), d.Sents)
		}
	}
	r := DefaultRecognizer()
	n := 0
	for a, err := range article.ReadFile(sharedFile(t, "corpus/reuters21578.jsonl")) {
		if err != nil {
			continue
		}
		if n == limit {
			break
		}
		n++
		d := text.Segment(a.Text)
		fmt.Fprintf(w, "# reuters %s\n%v\n", a.Ref, r.Recognize(d))
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			for _, tk := range d.Tokens[s.TokStart:s.TokEnd] {
				sents[i] = append(sents[i], tk.Text)
			}
		}
		doc("reuters "+a.Ref, sents)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d articles)", path, n)
}
