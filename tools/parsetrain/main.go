package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax"
)

func main() {
	seed := flag.Uint64("seed", 1, "random seed (shuffling, exploration)")
	ud := flag.String("ud", "../shared/ud", "folder of the UD treebanks")
	out := flag.String("out", "data/parser/model.bin.gz", "model file to write")
	readme := flag.String("readme", "data/README.md", "README whose parser figures table is rewritten (empty: none)")
	tagEpochs := flag.Int("tag-epochs", 10, "most tagger epochs (best on ewt-dev kept)")
	parseEpochs := flag.Int("parse-epochs", 15, "most parser epochs (best on ewt-dev kept)")
	folds := flag.Int("folds", 5, "jackknife folds for the parser's training tags (0: gold tags)")
	useClusters := flag.Bool("clusters", true, "use entities/ner's word clusters as features")
	explore := flag.Float64("explore", 0.9, "chance of following the model's own move after epoch 1")
	flag.Parse()
	log.SetFlags(0)

	train := read(filepath.Join(*ud, "ewt-train.conllu"))
	dev := read(filepath.Join(*ud, "ewt-dev.conllu"))
	gum := read(filepath.Join(*ud, "gum-dev.conllu"))
	start := time.Now()
	m, err := syntax.Train(train, dev, syntax.TrainOptions{Seed: *seed, Clusters: clusters(*useClusters), TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs,
		Folds: *folds, Explore: *explore, Log: func(f string, a ...any) {
			log.Printf("%6.0fs "+f, append([]any{time.Since(start).Seconds()}, a...)...)
		}})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	// Score the model as it is stored (quantised), not as trained.
	m, err = syntax.Load(bytes.NewReader(buf.Bytes()), clusters(*useClusters))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	rows := []figure{{"ewt-dev.conllu", m.Evaluate(dev)}, {"gum-dev.conllu", m.Evaluate(gum)}}
	for _, r := range rows {
		log.Printf("%s: UAS %.2f LAS %.2f UPOS %.2f (%d words)", r.data, r.s.UAS(), r.s.LAS(), r.s.UPOSAcc(), r.s.Words)
	}
	log.Printf("wrote %s (%d bytes) in %s", *out, buf.Len(), time.Since(start).Round(time.Second))
	if *readme != "" {
		if err := updateReadme(*readme, rows, *seed, buf.Len()); err != nil {
			log.Fatal(err)
		}
	}
}

// clusters returns the NER model whose word clusters the parser reads,
// or nil.
func clusters(use bool) syntax.Clusters {
	if !use {
		return nil
	}
	return ner.Default()
}

type figure struct {
	data string
	s    syntax.Score
}

func read(path string) []*syntax.Sentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("parsetrain: %v", err)
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f, path)
	if err != nil {
		log.Fatalf("parsetrain: %v", err)
	}
	return s
}

// updateReadme rewrites the lines between the parser-figures markers.
func updateReadme(path string, rows []figure, seed uint64, size int) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	const begin, end = "<!-- parser figures -->\n", "<!-- end parser figures -->\n"
	i, j := bytes.Index(b, []byte(begin)), bytes.Index(b, []byte(end))
	if i < 0 || j < i {
		return fmt.Errorf("%s: no %q ... %q markers", path, begin[:len(begin)-1], end[:len(end)-1])
	}
	var t bytes.Buffer
	t.WriteString(begin)
	fmt.Fprintf(&t, "| data | UAS | LAS | UPOS | words |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range rows {
		fmt.Fprintf(&t, "| %s | %.2f | %.2f | %.2f | %d |\n", r.data, r.s.UAS(), r.s.LAS(), r.s.UPOSAcc(), r.s.Words)
	}
	fmt.Fprintf(&t, "\nSeed %d; model file %.1f MB.\n", seed, float64(size)/1e6)
	t.WriteString(end)
	nb := append(append(append([]byte{}, b[:i]...), t.Bytes()...), b[j+len(end):]...)
	return os.WriteFile(path, nb, 0o644)
}
