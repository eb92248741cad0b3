package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	var b strings.Builder
	text := "Mr. Smith didn't go to the U.S. today. They're anti-war, (he said) \"it's John's car\"... OK? " +
		"Yes! It cannot cost $5 or 50%, e.g. this.\n\nA new paragraph\nwraps here"
	for _, s := range Tokenize(text) {
		for i, tk := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(tk.Form)
		}
		b.WriteByte('\n')
	}
	golden(t, "tokenize.golden", []byte(b.String()))
}

// FuzzTokenize checks the tokenizer's offsets on any input: each token is
// the text at its offsets, non-empty, in order, without spaces.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr. Smith didn't go.", "anti-war... \"yes\"", "can't won’t gonna", "a\n\nb", "U.S. $5 50%", "'s 'll -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range Tokenize(text) {
			if len(s) == 0 {
				t.Fatal("empty sentence")
			}
			for _, tk := range s {
				if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) || text[tk.Start:tk.End] != tk.Form {
					t.Fatalf("token %+v (previous end %d) in %q", tk, last, text)
				}
				if strings.TrimSpace(tk.Form) != tk.Form && utf8.ValidString(tk.Form) {
					t.Fatalf("token %q has spaces", tk.Form)
				}
				last = tk.End
			}
		}
	})
}

func TestRetokenize(t *testing.T) {
	text := "They didn't see anti-war Mr. Khan's car"
	var toks []Token
	for _, f := range []string{"They", "didn't", "see", "anti-war", "Mr.", "Khan", "'s", "car"} {
		i := strings.Index(text, f)
		toks = append(toks, Token{Form: f, Start: i, End: i + len(f)})
	}
	toks = append(toks, Token{Form: "elsewhere", Start: -1, End: -1})
	var got []string
	for _, tk := range Retokenize(text, toks) {
		if tk.Start >= 0 && text[tk.Start:tk.End] != tk.Form {
			t.Errorf("token %q at %d:%d", tk.Form, tk.Start, tk.End)
		}
		got = append(got, tk.Form)
	}
	if s := strings.Join(got, " "); s != "They did n't see anti - war Mr. Khan 's car elsewhere" {
		t.Errorf("Retokenize = %q", s)
	}
}
