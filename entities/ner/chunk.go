package ner

import (
	"cmp"
	"slices"
	"strings"
)

// Chunk is a phrase of one type over tokens [Start, End) of a sentence.
type Chunk struct {
	Type       string
	Start, End int
}

// splitTag splits a tag into its prefix (B, I, L, U, E, S, or O) and type.
// A tag without a recognised prefix is read as I of the whole tag, as
// conlleval reads it.
func splitTag(tag string) (byte, string) {
	if tag == "" || tag == "O" {
		return 'O', ""
	}
	if len(tag) >= 2 && tag[1] == '-' {
		switch tag[0] {
		case 'B', 'I', 'L', 'U', 'E', 'S':
			return tag[0], tag[2:]
		}
	}
	return 'I', tag
}

// normalise maps the BILOU and BIOES prefixes onto B and I plus the end
// and single marks conlleval knows.
func normalise(p byte) byte {
	switch p {
	case 'L':
		return 'E'
	case 'U':
		return 'S'
	}
	return p
}

// chunkEnds reports whether a chunk ended just before a token tagged
// (p, t) after one tagged (pp, pt): conlleval's endOfChunk.
func chunkEnds(pp byte, pt string, p byte, t string) bool {
	switch {
	case pp == 'E' || pp == 'S':
		return true
	case pp == 'B' && (p == 'B' || p == 'O' || p == 'S'):
		return true
	case pp == 'I' && (p == 'B' || p == 'O' || p == 'S'):
		return true
	}
	return pp != 'O' && pt != t
}

// chunkStarts reports whether a chunk starts at a token tagged (p, t)
// after one tagged (pp, pt): conlleval's startOfChunk.
func chunkStarts(pp byte, pt string, p byte, t string) bool {
	switch {
	case p == 'B' || p == 'S':
		return true
	case (pp == 'E' || pp == 'S' || pp == 'O') && (p == 'I' || p == 'E'):
		return true
	}
	return p != 'O' && pt != t
}

// Chunks returns the phrases of one sentence's tags, read the way
// conlleval reads them, so IOB1 ("I-PER I-PER B-PER"), IOB2 and BILOU/BIOES
// tags all work.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	pp, pt := byte('O'), ""
	start := -1
	for i, tag := range tags {
		p, t := splitTag(tag)
		p = normalise(p)
		if start >= 0 && chunkEnds(pp, pt, p, t) {
			out = append(out, Chunk{pt, start, i})
			start = -1
		}
		if chunkStarts(pp, pt, p, t) {
			start = i
		}
		pp, pt = p, t
	}
	if start >= 0 {
		out = append(out, Chunk{pt, start, len(tags)})
	}
	return out
}

// IOB2 writes chunks over n tokens as IOB2 tags.
func IOB2(chunks []Chunk, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, c := range chunks {
		for i := c.Start; i < c.End; i++ {
			if i == c.Start {
				tags[i] = "B-" + c.Type
			} else {
				tags[i] = "I-" + c.Type
			}
		}
	}
	return tags
}

// bilou writes chunks over n tokens as BILOU tags.
func bilou(chunks []Chunk, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, c := range chunks {
		if c.End-c.Start == 1 {
			tags[c.Start] = "U-" + c.Type
			continue
		}
		for i := c.Start; i < c.End; i++ {
			switch i {
			case c.Start:
				tags[i] = "B-" + c.Type
			case c.End - 1:
				tags[i] = "L-" + c.Type
			default:
				tags[i] = "I-" + c.Type
			}
		}
	}
	return tags
}

// Score is precision, recall and F1 (in per cent) of one type or overall.
type Score struct {
	Type      string  `json:"type"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) finish() {
	if s.Predicted > 0 {
		s.Precision = 100 * float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = 100 * float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Evaluation counts phrases as conlleval does.
type Evaluation struct {
	Tokens        int `json:"tokens"`
	TokensCorrect int `json:"tokens_correct"`
	byType        map[string]*Score
}

// Add counts one sentence's gold and predicted tags (same length).
// Types listed in ignore are dropped from both before counting.
func (e *Evaluation) Add(gold, pred []string, ignore ...string) {
	if e.byType == nil {
		e.byType = map[string]*Score{}
	}
	score := func(t string) *Score {
		s := e.byType[t]
		if s == nil {
			s = &Score{Type: t}
			e.byType[t] = s
		}
		return s
	}
	gc := Chunks(gold)
	pc := Chunks(pred)
	// Tokens are compared in IOB2, so IOB1 gold does not count against
	// IOB2 predictions.
	g2, p2 := IOB2(gc, len(gold)), IOB2(pc, len(pred))
	for i := range g2 {
		e.Tokens++
		if g2[i] == p2[i] {
			e.TokensCorrect++
		}
	}
	keep := func(c Chunk) bool { return !slices.Contains(ignore, c.Type) }
	set := map[Chunk]bool{}
	for _, c := range gc {
		if keep(c) {
			set[c] = true
			score(c.Type).Gold++
		}
	}
	for _, c := range pc {
		if keep(c) {
			s := score(c.Type)
			s.Predicted++
			if set[c] {
				s.Correct++
			}
		}
	}
}

// Scores returns one Score per type, sorted by type, and the overall score.
func (e *Evaluation) Scores() (types []Score, overall Score) {
	return e.ByType(), e.Overall()
}

// ByType returns one Score per type, sorted by type.
func (e *Evaluation) ByType() []Score {
	var types []Score
	for _, s := range e.byType {
		c := *s
		c.finish()
		types = append(types, c)
	}
	slices.SortFunc(types, func(a, b Score) int { return cmp.Compare(a.Type, b.Type) })
	return types
}

// Overall returns the score over all types but those in exclude.
func (e *Evaluation) Overall(exclude ...string) Score {
	overall := Score{Type: "overall"}
	for t, s := range e.byType {
		if slices.Contains(exclude, t) {
			continue
		}
		overall.Gold += s.Gold
		overall.Predicted += s.Predicted
		overall.Correct += s.Correct
	}
	overall.finish()
	return overall
}

// typeOf returns the type of a tag, "" for O.
func typeOf(tag string) string {
	_, t := splitTag(tag)
	return t
}

// MapTypes renames the types of tags with m (types missing from m are
// kept); used to read CrossNER's labels as newsgraph types.
func MapTypes(tags []string, m map[string]string) []string {
	out := make([]string, len(tags))
	for i, tag := range tags {
		p, t := splitTag(tag)
		if p == 'O' {
			out[i] = "O"
			continue
		}
		if n, ok := m[strings.ToLower(t)]; ok {
			t = n
		}
		out[i] = string(p) + "-" + t
	}
	return out
}
