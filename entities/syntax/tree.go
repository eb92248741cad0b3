package syntax

import "strings"

// Tree is one parsed sentence: its tokens, each with its head's index.
type Tree struct {
	Tokens []Token
}

// Root returns the index of the sentence's root, or -1 for no tokens.
func (t *Tree) Root() int {
	for i, tk := range t.Tokens {
		if tk.Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the indexes of the tokens whose head is i, in order.
func (t *Tree) Children(i int) []int {
	var out []int
	for j, tk := range t.Tokens {
		if tk.Head == i && j != i {
			out = append(out, j)
		}
	}
	return out
}

// rel reports whether token j's relation is r (any subtype of r counts:
// "nmod" matches "nmod:poss").
func (t *Tree) rel(j int, r string) bool { return Universal(t.Tokens[j].Deprel) == r }

// Conjuncts returns every token coordinated with i, transitively, in
// text order, i excluded: UD hangs all conjuncts of "A, B and C" on the
// first (conj arcs A→B, A→C); from B the first is reached through its
// head, and nested lists are followed.
func (t *Tree) Conjuncts(i int) []int {
	if i < 0 || i >= len(t.Tokens) {
		return nil
	}
	first := i
	for t.Tokens[first].Head >= 0 && t.rel(first, "conj") {
		first = t.Tokens[first].Head
	}
	seen := map[int]bool{first: true}
	stack := []int{first}
	for len(stack) > 0 {
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range t.Children(h) {
			if t.rel(c, "conj") && !seen[c] {
				seen[c] = true
				stack = append(stack, c)
			}
		}
	}
	var out []int
	for j := range t.Tokens {
		if seen[j] && j != i {
			out = append(out, j)
		}
	}
	return out
}

// Appositions returns the tokens in apposition to i: its appos children,
// and the token i is an appos of (in both directions, "X, India's foreign
// minister," and the minister's X), with their conjuncts.
func (t *Tree) Appositions(i int) []int {
	if i < 0 || i >= len(t.Tokens) {
		return nil
	}
	var out []int
	add := func(j int) {
		for _, k := range out {
			if k == j {
				return
			}
		}
		out = append(out, j)
	}
	for _, c := range t.Children(i) {
		if t.rel(c, "appos") {
			add(c)
			for _, k := range t.Conjuncts(c) {
				if k != i {
					add(k)
				}
			}
		}
	}
	if h := t.Tokens[i].Head; h >= 0 && t.rel(i, "appos") {
		add(h)
	}
	return out
}

// Path returns the tokens on the dependency path from i to j, both
// included: up from i to their lowest common ancestor, then down to j.
// It returns nil when either index is out of range.
func (t *Tree) Path(i, j int) []int {
	n := len(t.Tokens)
	if i < 0 || j < 0 || i >= n || j >= n {
		return nil
	}
	up := func(k int) []int {
		var a []int
		for steps := 0; k >= 0 && steps <= n; steps++ {
			a = append(a, k)
			k = t.Tokens[k].Head
		}
		return a
	}
	ai, aj := up(i), up(j)
	pos := make(map[int]int, len(aj))
	for x, k := range aj {
		pos[k] = x
	}
	for x, k := range ai {
		if y, ok := pos[k]; ok {
			out := append([]int(nil), ai[:x+1]...)
			for z := y - 1; z >= 0; z-- {
				out = append(out, aj[z])
			}
			return out
		}
	}
	return nil
}

// Relations returns the relations along a path as Path gives it,
// written with "↑" for a step up to a head and "↓" for a step down to a
// dependent ("nsubj↑ obj↓").
func (t *Tree) Relations(path []int) string {
	var b strings.Builder
	for x := 1; x < len(path); x++ {
		if x > 1 {
			b.WriteByte(' ')
		}
		a, c := path[x-1], path[x]
		if t.Tokens[a].Head == c {
			b.WriteString(t.Tokens[a].Deprel + "↑")
		} else {
			b.WriteString(t.Tokens[c].Deprel + "↓")
		}
	}
	return b.String()
}

// Subtree returns the first and last token index of i's subtree (for a
// projective parse, every token between them is in it).
func (t *Tree) Subtree(i int) (first, last int) {
	if i < 0 || i >= len(t.Tokens) {
		return -1, -1
	}
	first, last = i, i
	for j := range t.Tokens {
		if j < first || j > last {
			if t.dominates(i, j) {
				first, last = min(first, j), max(last, j)
			}
		}
	}
	return first, last
}

// dominates reports whether a is j or one of its ancestors.
func (t *Tree) dominates(a, j int) bool {
	for steps := 0; j >= 0 && steps <= len(t.Tokens); steps++ {
		if j == a {
			return true
		}
		j = t.Tokens[j].Head
	}
	return false
}

// Span returns the byte offsets of i's subtree in the text the tree was
// parsed from (-1, -1 when the tokens carry no offsets).
func (t *Tree) Span(i int) (start, end int) {
	f, l := t.Subtree(i)
	if f < 0 || t.Tokens[f].Start < 0 {
		return -1, -1
	}
	return t.Tokens[f].Start, t.Tokens[l].End
}
