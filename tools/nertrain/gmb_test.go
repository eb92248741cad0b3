package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

func TestGMBTag(t *testing.T) {
	for _, tc := range []struct{ tag, pos, want string }{
		{"B-per", "NNP", "B-PER"}, {"I-org", "NNP", "I-ORG"}, {"B-geo", "NNP", "B-LOC"},
		{"B-gpe", "JJ", "B-MISC"}, {"B-gpe", "NNPS", "B-MISC"}, {"B-gpe", "NNP", "B-LOC"},
		{"B-tim", "NNP", "O"}, {"I-eve", "NN", "I-MISC"}, {"O", "DT", "O"},
	} {
		if got := gmbTag(tc.tag, tc.pos); got != tc.want {
			t.Errorf("gmbTag(%q, %q) = %q, want %q", tc.tag, tc.pos, got, tc.want)
		}
	}
}

func TestReadGMB(t *testing.T) {
	// Windows-1252: 0xE9 is "é".
	csv := "Sentence #,Word,POS,Tag\nSentence: 1,Ren\xe9,NNP,B-per\n,spoke,VBD,O\n,.,.,O\nSentence: 2,Iraqi,JJ,B-gpe\n,\"troops, too\",NNS,O\n"
	path := filepath.Join(t.TempDir(), "gmb.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	exs, err := readGMB(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 1 {
		t.Fatalf("%d documents, want 1", len(exs))
	}
	wantS := [][]string{{"René", "spoke", "."}, {"Iraqi", "troops, too"}}
	wantT := [][]string{{"B-PER", "O", "O"}, {"B-MISC", "O"}}
	if !reflect.DeepEqual(exs[0].Sents, wantS) || !reflect.DeepEqual(exs[0].Tags, wantT) {
		t.Errorf("got %q %q", exs[0].Sents, exs[0].Tags)
	}
	if exs, err := readGMB(path, 1); err != nil || len(exs[0].Sents) != 1 {
		t.Errorf("max 1: %v %v", exs, err)
	}
	// Written as a column file, "troops, too" stays one token.
	out := filepath.Join(t.TempDir(), "gmb.conll")
	if err := writeCoNLL(out, exs); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := ner.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	docs := ner.Documents(lines)
	if len(docs) != 1 || !reflect.DeepEqual(ner.Column(lines, docs[0], -1), wantT) {
		t.Errorf("read back: %d documents, tags %q", len(docs), ner.Column(lines, docs[0], -1))
	}
}

func TestGMBNames(t *testing.T) {
	exs := []ner.Example{{
		Sents: [][]string{{"Voss", "met", "Karst", "Agency"}, {"Karst", "Agency", "and", "Voss", "in", "Tarn"}, {"Voss", "Tarn"}},
		Tags:  [][]string{{"B-PER", "O", "B-ORG", "I-ORG"}, {"B-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC"}, {"B-PER", "B-MISC"}},
	}}
	got := gmbNames(exs, 2)
	// "Voss" is a person twice and a place once; "Tarn" is a place once
	// and misc once: below the count.
	want := []ner.GazName{{Text: "Karst Agency", Class: ner.GazOrg}, {Text: "Voss", Class: ner.GazPerson}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gmbNames = %v, want %v", got, want)
	}
}
