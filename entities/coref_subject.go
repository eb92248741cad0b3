package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Two rules for pronouns that the nearest-person search of coref.go
// leaves unresolved or gets wrong.
//
// A subject pronoun that opens its sentence, when the nearest-person
// search finds no single person, continues the subject of the sentence
// right before (only that one):
//
//	Mr X met Mr Y in Leeds. He was named chairman of Z in 1985.   (X)
//	Mr X met Mr Y on Friday. Later, he said the talks went well.  (X)
//
// The earlier sentence's subject is its first person, named at its start
// (after titles and honorifics only: "Finance Minister Mr X said"), not as
// a possessor ("X's aide"), or the person its own opening pronoun refers
// to when it names no speaker ("He said ... . He also said"; but in "He
// has dealt with it," Mr Y said. He ...", Y), and never a person its own
// clause names ("She alleged X had ...": not X). The pronoun may follow a
// sentence adverb or conjunction and a comma ("But he", "Later, he").
//
// An object pronoun never refers to the subject of its own clause: in
// "He said Mr Y had made him deputy leader", "him" is not Y (the person
// named right before the verb of "him"); it is the one other person the
// sentence refers to before it ("He", already resolved), else the person
// the nearest-person search finds if that is not Y.

// subjectPronouns open a sentence as its subject.
var subjectPronouns = map[string]bool{"he": true, "she": true}

// subjectOpeners may stand before a sentence's subject pronoun.
var subjectOpeners = map[string]bool{"but": true, "and": true, "later": true, "however": true,
	"meanwhile": true, "yet": true, "so": true, "now": true, ",": true}

// continuedSubject returns the person that subject pronoun k of sentence
// si (of gender g, "" for any) refers to as the subject of the sentence
// before: the person named at its start, or the person its own opening
// pronoun was resolved to (refs, the references found so far).
func continuedSubject(d *Document, ex *Extraction, by [][]corefMention, refs []Coref, gender map[int]string, si, k int, g string) (int, bool) {
	s := d.Sentences[si]
	if si == 0 || !subjectPronouns[low(d.Tokens[k])] || k+1 >= s.TokEnd || !d.Tokens[k+1].Word() || d.Tokens[k+1].Cap() || !afterOpeners(d, s.TokStart, k) {
		return 0, false
	}
	prev := d.Sentences[si-1]
	e := -1
	for _, m := range by[si-1] {
		if ex.Entities[m.ent].Type == graph.Person {
			if subjectAtStart(d, prev, m) && (m.tokEnd >= len(d.Tokens) || !isPossessive(d.Tokens[m.tokEnd])) {
				e = m.ent
			}
			break
		}
	}
	if e < 0 && !slices.ContainsFunc(by[si-1], func(m corefMention) bool { return ex.Entities[m.ent].Type == graph.Person && speakerAt(d, m) }) {
		for _, r := range refs {
			if r.TokStart >= prev.TokStart && r.TokStart < prev.TokEnd && r.TokEnd == r.TokStart+1 &&
				subjectPronouns[low(d.Tokens[r.TokStart])] && afterOpeners(d, prev.TokStart, r.TokStart) {
				e = r.Entity
			}
		}
	}
	if e < 0 || g != "" && gender[e] != "" && gender[e] != g || namedInClause(d, by[si], k, e) {
		return 0, false
	}
	return e, true
}

// speakerAt reports whether mention m is the speaker of a reporting
// clause: "said Mr Y", "Y said", "Y told".
func speakerAt(d *Document, m corefMention) bool {
	if m.tokEnd < len(d.Tokens) && reportingVerbs[low(d.Tokens[m.tokEnd])] {
		return true
	}
	k := m.tokStart - 1
	for k >= 0 && honorifics[strings.TrimSuffix(low(d.Tokens[k]), ".")] {
		k--
	}
	return k >= 0 && reportingVerbs[low(d.Tokens[k])]
}

// namedInClause reports whether entity e is named after token k in k's
// clause (mentions in): no comma, quotation mark or conjunction between.
func namedInClause(d *Document, in []corefMention, k, e int) bool {
	for _, m := range in {
		if m.ent != e || m.tokStart <= k {
			continue
		}
		clause := true
		for j := k + 1; j < m.tokStart; j++ {
			if t := d.Tokens[j]; !t.Word() || low(t) == "but" || low(t) == "and" {
				clause = false
				break
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// afterOpeners reports whether tokens [from, k) are all sentence adverbs,
// conjunctions and commas that may stand before a subject.
func afterOpeners(d *Document, from, k int) bool {
	for j := from; j < k; j++ {
		if !subjectOpeners[low(d.Tokens[j])] {
			return false
		}
	}
	return true
}

// subjectAtStart reports whether mention m stands at the start of sentence
// s after nothing but titles and honorifics (capitalised words, role
// words, "the").
func subjectAtStart(d *Document, s Sentence, m corefMention) bool {
	if m.tokStart-s.TokStart > 6 {
		return false
	}
	for j := s.TokStart; j < m.tokStart; j++ {
		t := d.Tokens[j]
		l := low(t)
		if !t.Word() || !(t.Cap() || isRelRoleWord(l) || l == "the" || honorifics[strings.TrimSuffix(l, ".")]) {
			return false
		}
	}
	return true
}

// objectPronouns are the pronouns bound by the rule above ("her" only
// when it ends a phrase: before a comma, a full stop or "to", not as a
// possessive).
func objectPronoun(d *Document, k int, s Sentence) bool {
	switch low(d.Tokens[k]) {
	case "him":
		return true
	case "her":
		if k+1 >= s.TokEnd {
			return true
		}
		n := d.Tokens[k+1]
		return !n.Word() || low(n) == "to" || low(n) == "as"
	}
	return false
}

// clauseSubject returns the person named right before the verb of object
// pronoun k (only lower-case words, at most four, between them), the one
// the pronoun cannot refer to.
func clauseSubject(d *Document, ex *Extraction, in []corefMention, k int) (int, bool) {
	for i := len(in) - 1; i >= 0; i-- {
		m := in[i]
		if m.tokEnd > k {
			continue
		}
		if ex.Entities[m.ent].Type != graph.Person || k-m.tokEnd > 4 {
			return 0, false
		}
		for j := m.tokEnd; j < k; j++ {
			if t := d.Tokens[j]; !t.Word() || t.Cap() || low(t) == "that" || low(t) == "and" {
				return 0, false
			}
		}
		return m.ent, true
	}
	return 0, false
}

// boundObject resolves object pronoun k of sentence si whose clause has a
// named subject: to the one other person of fitting gender that the
// sentence names or refers to by a pronoun already resolved (refs) before
// it; when there is none, to the person the nearest-person search finds
// unless that is the subject; when there are several, to no one. It
// reports whether the rule applies (then the pronoun is resolved to e, or
// not at all when e < 0).
func boundObject(d *Document, ex *Extraction, by [][]corefMention, refs []Coref, gender map[int]string, si, k int, g string) (e int, applies bool) {
	s := d.Sentences[si]
	if !objectPronoun(d, k, s) {
		return -1, false
	}
	subj, ok := clauseSubject(d, ex, by[si], k)
	if !ok {
		return -1, false
	}
	var cands []int
	add := func(c, at int) {
		if at < s.TokStart || at >= k || c == subj || ex.Entities[c].Type != graph.Person ||
			g != "" && gender[c] != "" && gender[c] != g || slices.Contains(cands, c) {
			return
		}
		cands = append(cands, c)
	}
	for _, m := range by[si] {
		add(m.ent, m.tokStart)
	}
	for _, r := range refs {
		add(r.Entity, r.TokStart)
	}
	switch len(cands) {
	case 0:
		if e, ok := findPerson(d, ex, by, gender, si, k, g, false); ok && e != subj {
			return e, true
		}
		return -1, true
	case 1:
		return cands[0], true
	}
	return -1, true
}
