package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one word line of a CoNLL-U file (or one parsed word). ID is its
// 1-based position in the sentence; Head is the ID of its head, 0 for the
// root, -1 when unknown.
type Word struct {
	ID                      int
	Form, Lemma, UPOS, XPOS string
	Feats                   string
	Head                    int
	Deprel, Deps, Misc      string
}

// Extra is a CoNLL-U line that is not a word: a multiword-token range
// ("3-4\tdon't\t...") or an empty node ("5.1\t..."). Before is the number
// of words that come before it, so writing puts it back in place.
type Extra struct {
	Before int
	Line   string
}

// Sentence is one CoNLL-U sentence: its comment lines (without changes,
// "# text = ..." included), its words and its other lines.
type Sentence struct {
	Comments []string
	Words    []Word
	Extras   []Extra
}

// ReadCoNLLU reads every sentence of a CoNLL-U file. name is used in
// error messages ("name:line: problem").
func ReadCoNLLU(r io.Reader, name string) ([]*Sentence, error) {
	var out []*Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	cur := &Sentence{}
	n := 0
	flush := func() error {
		if len(cur.Words) == 0 && len(cur.Comments) == 0 && len(cur.Extras) == 0 {
			return nil
		}
		for i, w := range cur.Words {
			if w.Head > len(cur.Words) {
				return fmt.Errorf("%s: sentence ending line %d: word %d has head %d beyond the sentence", name, n, i+1, w.Head)
			}
		}
		out = append(out, cur)
		cur = &Sentence{}
		return nil
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			if err := flush(); err != nil {
				return out, err
			}
			continue
		case line[0] == '#':
			cur.Comments = append(cur.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return out, fmt.Errorf("%s:%d: %d columns, want 10", name, n, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			cur.Extras = append(cur.Extras, Extra{Before: len(cur.Words), Line: line})
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return out, fmt.Errorf("%s:%d: word ID %q, want %d", name, n, cols[0], len(cur.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return out, fmt.Errorf("%s:%d: HEAD %q is not a word ID", name, n, cols[6])
			}
		}
		if cols[1] == "" {
			return out, fmt.Errorf("%s:%d: empty FORM", name, n)
		}
		cur.Words = append(cur.Words, Word{ID: id, Form: cols[1], Lemma: unders(cols[2]), UPOS: unders(cols[3]),
			XPOS: unders(cols[4]), Feats: unders(cols[5]), Head: head, Deprel: unders(cols[7]), Deps: unders(cols[8]), Misc: unders(cols[9])})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %v", name, n, err)
	}
	return out, flush()
}

// unders reads "_" as empty. (A lemma "_" of the form "_" is lost; the
// writer writes it back as "_", so nothing changes on a round trip.)
func unders(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func orUnder(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes sentences in CoNLL-U, each followed by a blank line.
// Empty fields are written "_"; tabs and line breaks inside a field (which
// CoNLL-U cannot hold) become spaces.
func WriteCoNLLU(w io.Writer, sents []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, s)
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString(clean(c))
		bw.WriteByte('\n')
	}
	e := 0
	for i := 0; i <= len(s.Words); i++ {
		for e < len(s.Extras) && s.Extras[e].Before <= i {
			bw.WriteString(s.Extras[e].Line)
			bw.WriteByte('\n')
			e++
		}
		if i == len(s.Words) {
			break
		}
		w := &s.Words[i]
		head := "_"
		if w.Head >= 0 {
			head = strconv.Itoa(w.Head)
		}
		fields := [10]string{strconv.Itoa(i + 1), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, head, w.Deprel, w.Deps, w.Misc}
		for j, f := range fields {
			if j > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(orUnder(clean(f)))
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}

// clean replaces tabs and line breaks, which would break the format.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
