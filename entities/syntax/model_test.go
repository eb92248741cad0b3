package syntax

import (
	"bytes"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"testing"
)

// recordedDev reads the ewt-dev figures tools/parsetrain wrote into
// data/README.md.
func recordedDev(t *testing.T) (uas, las, upos float64) {
	b, err := os.ReadFile("../../data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`\| ewt-dev\.conllu \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \|`).FindSubmatch(b)
	if m == nil {
		t.Fatal("data/README.md has no ewt-dev row in the parser figures")
	}
	f := func(s []byte) float64 { v, _ := strconv.ParseFloat(string(s), 64); return v }
	return f(m[1]), f(m[2]), f(m[3])
}

// TestEmbeddedModel checks the embedded model against the figures
// recorded when it was trained, less 0.5.
func TestEmbeddedModel(t *testing.T) {
	dev := readShared(t, "ewt-dev.conllu")
	uas, las, upos := recordedDev(t)
	if Default().ClustersStale() {
		t.Error("entities/ner's word clusters changed since the parser was trained: retrain it (go run ./tools/parsetrain -seed 1)")
	}
	s := Default().Evaluate(dev)
	t.Logf("ewt-dev: UAS %.2f LAS %.2f UPOS %.2f (recorded %.2f %.2f %.2f)", s.UAS(), s.LAS(), s.UPOSAcc(), uas, las, upos)
	if s.UAS() < uas-0.5 || s.LAS() < las-0.5 || s.UPOSAcc() < upos-0.5 {
		t.Errorf("embedded model below its recorded figures")
	}
}

// TestTrainSaveLoad trains a tiny model on the sample, checks it learns
// its training sentences and survives Save and Load unchanged.
func TestTrainSaveLoad(t *testing.T) {
	sents := readSample(t)
	m, err := Train(sents, sents, TrainOptions{Seed: 1, TagEpochs: 10, ParseEpochs: 10, Explore: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	s := m.Evaluate(sents)
	if s.UPOSAcc() < 90 || s.UAS() < 90 {
		t.Errorf("training sentences: UAS %.1f UPOS %.1f", s.UAS(), s.UPOSAcc())
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(b.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"They", "did", "n't", "see", "Rome", "."}
	if a, b := m.ParseSentence(words), m2.ParseSentence(words); !reflect.DeepEqual(a, b) {
		t.Errorf("loaded model parses differently:\n%+v\n%+v", a, b)
	}
	if _, err := Load(bytes.NewReader(b.Bytes()[:b.Len()/2]), nil); err == nil {
		t.Error("truncated model loaded")
	}
	if _, err := Load(bytes.NewReader([]byte("not a model")), nil); err == nil {
		t.Error("garbage loaded")
	}
}

func TestParseText(t *testing.T) {
	text := "The minister, who led the delegation, flew to London and Paris. It didn't rain."
	trees := Default().ParseText(text)
	if len(trees) != 2 {
		t.Fatalf("%d sentences", len(trees))
	}
	for _, tr := range trees {
		roots := 0
		for i, tk := range tr.Tokens {
			if text[tk.Start:tk.End] != tk.Form {
				t.Errorf("token %d %q at %d:%d", i, tk.Form, tk.Start, tk.End)
			}
			if tk.Head < 0 {
				roots++
			} else if tk.Head >= len(tr.Tokens) || tk.Head == i {
				t.Errorf("token %d has head %d", i, tk.Head)
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Deprel == "" || tk.Lemma == "" {
				t.Errorf("token %d not filled: %+v", i, tk)
			}
		}
		if roots != 1 {
			t.Errorf("%d roots", roots)
		}
	}
}

func TestLemmas(t *testing.T) {
	lz := &lemmatizer{except: map[string]string{"went\tVBD": "go", "i\tPRP": "="}}
	for _, tc := range []struct{ form, xpos, want string }{
		{"went", "VBD", "go"}, {"I", "PRP", "I"}, {"Cities", "NNS", "city"}, {"boxes", "NNS", "box"},
		{"stopped", "VBD", "stop"}, {"created", "VBN", "create"}, {"walking", "VBG", "walk"}, {"London", "NNP", "London"},
		{"bigger", "JJR", "big"}, {"happiest", "JJS", "happy"}, {"The", "DT", "the"}, {"news", "NN", "news"},
	} {
		if got := lz.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%s/%s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

// TestConcurrent parses the same sentences from several goroutines (each
// with its own scratch and word cache) and checks they agree.
func TestConcurrent(t *testing.T) {
	m := Default()
	sents := [][]string{
		{"The", "minister", "did", "n't", "go", "."},
		{"Ali", "and", "Rao", "flew", "to", "Paris", "and", "Berlin", "."},
		{"Prices", "rose", "3", "%", "on", "Monday", "."},
	}
	want := make([]*Tree, len(sents))
	for i, s := range sents {
		want[i] = m.ParseSentence(s)
	}
	errs := make(chan string, 8)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := (k + g) % len(sents)
				if got := m.ParseSentence(sents[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- "goroutine parse differs"
					break
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
