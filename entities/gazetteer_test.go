package entities

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// TestGazSpansStopEarly checks that stopping an n-gram scan where no
// gazetteer key goes on finds the same spans as trying every n-gram, on
// the sample articles and, when ../shared is there, on BBC News articles.
func TestGazSpansStopEarly(t *testing.T) {
	var texts []string
	samples, err := filepath.Glob("../data/samples/*")
	if err != nil || len(samples) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, p := range samples {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if f, err := os.Open("../../shared/corpus/bbc_news.jsonl"); err != nil {
		t.Logf("BBC News not checked: %v", err)
	} else {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for len(texts) < 400 && sc.Scan() {
			var a struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, a.Text)
		}
	}
	gz := gazetteer.Default()
	spans := 0
	for _, text := range texts {
		d := Segment(text)
		keys := tokenKeys(d)
		got, want := scanGazetteer(d, keys, gz, true), scanGazetteer(d, keys, gz, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("stopping early found %d spans, trying every n-gram %d, in %.80q", len(got), len(want), text)
		}
		spans += len(got)
	}
	if spans < 1000 {
		t.Errorf("only %d spans in %d texts: the check means little", spans, len(texts))
	}
}
