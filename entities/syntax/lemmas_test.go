package syntax

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestAppendLemmas checks that the lemma the parser gives a word, under
// the tag it chose, is always among the word's possible lemmas: the
// relation stages skip parsing a sentence on that promise.
func TestAppendLemmas(t *testing.T) {
	m := Default()
	sents := readSharedOptional("ewt-dev.conllu")
	if f, err := os.Open("testdata/sample.conllu"); err == nil {
		s, err := ReadCoNLLU(f, "sample.conllu")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sents = append(sents, s...)
	}
	if len(sents) == 0 {
		t.Fatal("no sentences")
	}
	var buf []string
	words := 0
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		for _, tk := range m.ParseSentence(forms).Tokens {
			buf = m.AppendLemmas(buf[:0], tk.Form)
			if !slices.Contains(buf, strings.ToLower(tk.Lemma)) {
				t.Errorf("%q tagged %s has lemma %q, not among %q", tk.Form, tk.XPOS, tk.Lemma, buf)
			}
			words++
		}
	}
	// Each rule and an exception, by hand.
	lz := &lemmatizer{except: map[string]string{"went\tVBD": "go", "led\tVBN": "lead"}}
	p := &Parser{lemmas: lz}
	for _, tc := range []struct{ form, want string }{
		{"went", "go"}, {"Led", "lead"}, {"Cities", "city"}, {"walking", "walk"}, {"bigger", "big"}, {"happiest", "happy"}, {"Zorvath", "zorvath"},
	} {
		if got := p.AppendLemmas(nil, tc.form); !slices.Contains(got, tc.want) {
			t.Errorf("AppendLemmas(%q) = %q, want %q among them", tc.form, got, tc.want)
		}
	}
	t.Logf("%d words", words)
}
