package syntax

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n%s\nwant:\n%s", name, got, want)
	}
}

func readSample(t *testing.T) []*Sentence {
	t.Helper()
	f, err := os.Open("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f, "sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCoNLLURoundTrip(t *testing.T) {
	sents := readSample(t)
	if len(sents) != 2 || len(sents[0].Words) != 9 || len(sents[1].Words) != 11 {
		t.Fatalf("read %d sentences", len(sents))
	}
	if e := sents[0].Extras; len(e) != 1 || e[0].Before != 1 || !strings.HasPrefix(e[0].Line, "2-3\t") {
		t.Errorf("multiword token: %+v", e)
	}
	if w := sents[0].Words[5]; w.Form != "Khan" || w.Head != 8 || w.Deprel != "nmod:poss" || w.Misc != "SpaceAfter=No" {
		t.Errorf("word 6: %+v", w)
	}
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, sents); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile("testdata/sample.conllu")
	if b.String() != string(orig) {
		t.Errorf("round trip changed the file:\n%s", b.String())
	}
	golden(t, "sample.golden.conllu", b.Bytes())
}

func TestCoNLLUErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\ta\n", "x:1: 2 columns, want 10"},
		{"2\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", `x:1: word ID "2", want 1`},
		{"1\ta\t_\t_\t_\t_\tz\troot\t_\t_\n", `x:1: HEAD "z" is not a word ID`},
		{"1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n\n", "word 1 has head 5 beyond the sentence"},
	} {
		_, err := ReadCoNLLU(strings.NewReader(tc.in), "x")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

// FuzzReadCoNLLU checks that whatever the reader accepts, the writer
// writes back into something the reader reads as the same sentences.
func FuzzReadCoNLLU(f *testing.F) {
	b, _ := os.ReadFile("testdata/sample.conllu")
	f.Add(string(b))
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Add("# c\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		s1, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var w bytes.Buffer
		if err := WriteCoNLLU(&w, s1); err != nil {
			t.Fatal(err)
		}
		s2, err := ReadCoNLLU(bytes.NewReader(w.Bytes()), "again")
		if err != nil {
			t.Fatalf("written file unreadable: %v\n%q", err, w.String())
		}
		var w2 bytes.Buffer
		WriteCoNLLU(&w2, s2)
		if !bytes.Equal(w.Bytes(), w2.Bytes()) {
			t.Fatalf("second write differs:\n%q\n%q", w.String(), w2.String())
		}
		if len(s1) != len(s2) {
			t.Fatalf("%d sentences, then %d", len(s1), len(s2))
		}
		for i := range s1 {
			if len(s1[i].Words) != len(s2[i].Words) || !reflect.DeepEqual(heads(s1[i]), heads(s2[i])) {
				t.Fatalf("sentence %d changed", i)
			}
		}
	})
}

func heads(s *Sentence) []int {
	h := make([]int, len(s.Words))
	for i, w := range s.Words {
		h[i] = w.Head
	}
	return h
}
