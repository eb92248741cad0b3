package main

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/ner"
	"golang.org/x/text/encoding/charmap"
)

// gmbDocSentences is how many consecutive sentences of the GMB corpus
// make one training document: the corpus lost its document boundaries,
// and the model's history features need documents.
const gmbDocSentences = 20

// readGMB reads the GMB-derived NER corpus (ner_dataset.csv, Windows-1252,
// columns "Sentence #,Word,POS,Tag", "Sentence: N" on each sentence's
// first token; or the zip holding it) as CoNLL-2003 examples: per → PER,
// geo → LOC, org → ORG, art, eve and nat → MISC, gpe → MISC for
// adjectives and plurals ("Iraqi", "Afghans", as CoNLL tags them) and LOC
// otherwise, tim → O. At most max sentences (0: all).
func readGMB(path string, max int) ([]ner.Example, error) {
	r, closer, err := openGMB(path)
	if err != nil {
		return nil, err
	}
	defer closer()
	cr := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(r))
	cr.FieldsPerRecord = 4
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var sents, tags [][]string
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if strings.HasPrefix(rec[0], "Sentence:") || len(sents) == 0 {
			if max > 0 && len(sents) == max {
				break
			}
			sents, tags = append(sents, nil), append(tags, nil)
		}
		k := len(sents) - 1
		sents[k] = append(sents[k], rec[1])
		tags[k] = append(tags[k], gmbTag(rec[3], rec[2]))
	}
	var exs []ner.Example
	for i := 0; i < len(sents); i += gmbDocSentences {
		j := min(i+gmbDocSentences, len(sents))
		exs = append(exs, ner.Example{Sents: sents[i:j], Tags: tags[i:j]})
	}
	return exs, nil
}

// openGMB opens the CSV file, or the first file of a zip archive.
func openGMB(path string) (io.Reader, func(), error) {
	if strings.HasSuffix(path, ".zip") {
		z, err := zip.OpenReader(path)
		if err != nil {
			return nil, nil, err
		}
		if len(z.File) == 0 {
			z.Close()
			return nil, nil, fmt.Errorf("%s: empty archive", path)
		}
		f, err := z.File[0].Open()
		if err != nil {
			z.Close()
			return nil, nil, err
		}
		return f, func() { f.Close(); z.Close() }, nil
	}
	f, err := openFile(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// gmbTag maps one GMB tag (IOB2 over GMB's types) to CoNLL-2003's types.
func gmbTag(tag, pos string) string {
	prefix, typ, ok := strings.Cut(tag, "-")
	if !ok {
		return "O"
	}
	switch typ {
	case "per":
		typ = "PER"
	case "geo":
		typ = "LOC"
	case "org":
		typ = "ORG"
	case "art", "eve", "nat":
		typ = "MISC"
	case "gpe":
		typ = "LOC"
		if strings.HasPrefix(pos, "JJ") || strings.HasSuffix(pos, "S") {
			typ = "MISC"
		}
	default:
		return "O"
	}
	return prefix + "-" + typ
}

func openFile(path string) (io.ReadCloser, error) { return os.Open(path) }

// gmbNames returns the names GMB's examples tag at least minCount times
// with one type, as gazetteer names of the matching class: PER → person,
// ORG → organization, LOC → place. Names tagged with several types go to
// the most frequent one.
func gmbNames(exs []ner.Example, minCount int) []ner.GazName {
	counts := map[string]map[string]int{}
	for _, ex := range exs {
		for i, tags := range ex.Tags {
			for _, c := range ner.Chunks(tags) {
				name := strings.Join(ex.Sents[i][c.Start:c.End], " ")
				if counts[name] == nil {
					counts[name] = map[string]int{}
				}
				counts[name][c.Type]++
			}
		}
	}
	classes := map[string]ner.GazClass{"PER": ner.GazPerson, "ORG": ner.GazOrg, "LOC": ner.GazPlace}
	var out []ner.GazName
	for name, byType := range counts {
		best, n := "", 0
		for t, k := range byType {
			if k > n || k == n && t < best {
				best, n = t, k
			}
		}
		if cl, ok := classes[best]; ok && n >= minCount {
			out = append(out, ner.GazName{Text: name, Class: cl})
		}
	}
	slices.SortFunc(out, func(a, b ner.GazName) int { return strings.Compare(a.Text, b.Text) })
	return out
}

// writeCoNLL writes examples as a CoNLL column file (token and tag, a
// -DOCSTART- line before each document) that 'newsgraph eval ner' reads.
func writeCoNLL(path string, exs []ner.Example) error {
	var b strings.Builder
	for _, ex := range exs {
		b.WriteString("-DOCSTART- O\n\n")
		for i, s := range ex.Sents {
			for j, w := range s {
				// A column file splits on spaces: "5\u00a0storm" is one token.
				fmt.Fprintf(&b, "%s %s\n", strings.Join(strings.Fields(w), "_"), ex.Tags[i][j])
			}
			b.WriteString("\n")
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
