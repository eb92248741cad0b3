package entities

import "github.com/newsgraph/newsgraph/graph"

// An article's lead often names a person by office only and gives the
// name as the next sentence's subject:
//
//	The chief executive of the Acme group has taken control of ... .
//	Jo Bell has replaced ...
//	Taxes will rise, the BBC's economics editor has learned. Jo Bell says ...
//
// leadDescription reads that: the one description "the T's <role>" or
// "the <role> of (the) T" of a sentence, up to the first that names a
// person, and the person whose name opens the next sentence, named
// nowhere in the description's; the person holds the role in T (emitRole
// decides the kind).
func (rb *relBuilder) leadDescription() {
	for si := 0; si+1 < len(rb.d.Sentences) && si+1 < len(rb.bySentence); si++ {
		rb.describedNext(si)
		for _, m := range rb.bySentence[si] {
			if rb.ex.Entities[m.ent].Type == graph.Person {
				return // only until the article names its first person
			}
		}
	}
}

// describedNext reads the description of sentence si whose person the
// next sentence names first (leadDescription).
func (rb *relBuilder) describedNext(si int) {
	d := rb.d
	s0, s1 := d.Sentences[si], d.Sentences[si+1]
	in0, in1 := rb.bySentence[si], rb.bySentence[si+1]
	if len(in1) == 0 || in1[0].coref || rb.ex.Entities[in1[0].ent].Type != graph.Person {
		return
	}
	p := in1[0]
	if nameStart(d, p, s1.TokStart) != s1.TokStart || p.tokEnd-p.tokStart < 2 && p.tokStart == s1.TokStart {
		return // the name does not open the sentence, or is one word with no honorific ("Reuter")
	}
	at := map[int]placed{}
	for _, m := range in0 {
		if m.ent == p.ent {
			return // named in the description's sentence: the description may be another's
		}
		if m.tokEnd > m.tokStart {
			at[m.tokStart] = m
		}
	}
	found := 0
	var body placed
	var title roleSpan
	for k := s0.TokStart; k+2 < s0.TokEnd; k++ {
		if low(d.Tokens[k]) != "the" || rb.appositive(k, s0, in0) {
			continue // "X, chairman and the chief executive of Y": X's title
		}
		if t, r, ok := rb.leadTitle(k, s0, at); ok {
			found++
			body, title = t, r
		}
	}
	if found != 1 {
		return
	}
	switch rb.ex.Entities[body.ent].Type {
	case graph.Organization, graph.Party, graph.Country:
	default:
		return
	}
	rb.emitRole(p.ent, body.ent, body.tokStart, title, sentenceSpan(s0), si, confKnown)
}

// appositive reports whether the description at token k (its "the")
// stands beside a name or a title before it: "X, the chairman of Y",
// "chairman and the chief executive of Y", "X (the head of Y)".
func (rb *relBuilder) appositive(k int, s Sentence, in []placed) bool {
	d := rb.d
	if k == s.TokStart {
		return false
	}
	switch low(d.Tokens[k-1]) {
	case "and", "or":
		return true
	case ",", "(", "-", "--":
		if k-2 < s.TokStart {
			return false
		}
		if isRelRoleWord(low(d.Tokens[k-2])) {
			return true
		}
		for _, m := range in {
			if m.tokEnd == k-1 && rb.ex.Entities[m.ent].Type == graph.Person {
				return true
			}
		}
	}
	return false
}

// leadTitle reads a description at token k (its "the"): "the T's <role>"
// or "the <role> of (the) T". It returns T and the title.
func (rb *relBuilder) leadTitle(k int, s Sentence, at map[int]placed) (placed, roleSpan, bool) {
	d := rb.d
	j := k + 1
	t, possessor := at[j]
	if possessor {
		if !possessiveAt(d, t.tokEnd) {
			return placed{}, roleSpan{}, false
		}
		j = t.tokEnd + 1
	}
	start, end, noun := j, -1, ""
	for ; j < s.TokEnd; j++ {
		l := low(d.Tokens[j])
		if _, ok := at[j]; ok || !d.Tokens[j].Word() || !isRelRoleWord(l) || titleStopWords[l] {
			break
		}
		if isRoleNoun(l) {
			end, noun = j+1, l
		}
	}
	if end < 0 || end != j || end >= s.TokEnd || singularRole(noun) != noun {
		return placed{}, roleSpan{}, false
	}
	r := roleSpan{start: start, end: end, noun: noun}
	if possessor {
		if n := d.Tokens[end]; n.Word() && n.Cap() || n.Text == "," || low(n) == "of" {
			return placed{}, roleSpan{}, false // a name or an apposition follows: not a description
		}
		return t, r, true
	}
	if low(d.Tokens[end]) != "of" {
		return placed{}, roleSpan{}, false
	}
	j = end + 1
	if j < s.TokEnd && low(d.Tokens[j]) == "the" {
		j++
	}
	t, ok := at[j]
	if !ok || t.tokEnd < s.TokEnd && d.Tokens[t.tokEnd].Text == "," && t.tokEnd+1 < s.TokEnd && startsNameAt(d, t.tokEnd+1, s.TokEnd) {
		return placed{}, roleSpan{}, false // "the head of T, X": named in apposition
	}
	if possessiveAt(d, t.tokEnd) {
		return placed{}, roleSpan{}, false // "of India's Y state": T modifies what follows
	}
	for i := t.tokEnd; i < t.tokEnd+4 && i < s.TokEnd && d.Tokens[i].Word(); i++ {
		if _, ok := at[i]; ok {
			return placed{}, roleSpan{}, false // T modifies a body named after it: "of US healthcare firm Y"
		}
	}
	if rb.ex.Entities[t.ent].Type == graph.Country && t.tokEnd < s.TokEnd && d.Tokens[t.tokEnd].Word() {
		return placed{}, roleSpan{}, false // "the head of US firms": the country is a modifier
	}
	return t, r, true
}
