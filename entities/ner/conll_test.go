package ner

import (
	"errors"
	"strings"
	"testing"
)

const sample = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`

func TestReadCoNLL(t *testing.T) {
	lines, err := ReadCoNLL(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 10 {
		t.Fatalf("%d lines, want 10", len(lines))
	}
	docs := Documents(lines)
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("documents %+v", docs)
	}
	toks := Column(lines, docs[0], 0)
	tags := Column(lines, docs[0], -1)
	if strings.Join(toks[1], " ") != "Peter Blackburn" || strings.Join(tags[0], " ") != "I-ORG O" {
		t.Errorf("columns %q %q", toks, tags)
	}
}

func TestReadCoNLLWithoutDocStart(t *testing.T) {
	lines, err := ReadCoNLL(strings.NewReader("Labour\tB-politicalparty\r\nwon\tO\n\nMay\tB-politician\n"))
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(lines)
	if len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Fatalf("documents %+v", docs)
	}
	if got := Column(lines, docs[0], 1)[0][0]; got != "B-politicalparty" {
		t.Errorf("tag %q", got)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		is       error
	}{
		{"columns", "a B\nb C D\n", 2, ErrColumns},
		{"utf8", "a O\n\xff O\n", 2, nil},
		{"control", "a O\n\x1b[31m O\n", 2, nil},
		{"format", "a O\nb\u202e O\n", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLL(strings.NewReader(tt.in))
			var re *ReadError
			if !errors.As(err, &re) || re.Line != tt.line {
				t.Fatalf("error %v, want one on line %d", err, tt.line)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// FuzzReadCoNLL checks that reading never panics, that every token line
// lands in exactly one sentence, and that the model tags whatever is read.
func FuzzReadCoNLL(f *testing.F) {
	f.Add(sample)
	f.Add("a\tB-x\n\n\nb\tI-y\n")
	f.Add("-DOCSTART-\n-DOCSTART-\nx\n")
	m := Default()
	f.Fuzz(func(t *testing.T, in string) {
		lines, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		tokens := 0
		for _, l := range lines {
			if l.Token() {
				tokens++
			}
		}
		seen := 0
		for _, d := range Documents(lines) {
			sents := Column(lines, d, 0)
			for _, s := range sents {
				seen += len(s)
			}
			tags := m.Tag(sents)
			for i, s := range sents {
				if len(tags[i]) != len(s) {
					t.Fatalf("%d tags for %d tokens", len(tags[i]), len(s))
				}
				Chunks(Column(lines, d, -1)[i])
			}
		}
		if seen != tokens {
			t.Fatalf("%d token lines, %d in sentences", tokens, seen)
		}
	})
}
