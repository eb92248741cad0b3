package syntax

import (
	"reflect"
	"strings"
	"testing"
)

// tree builds a Tree from "form/head/deprel" items, heads 1-based as in
// CoNLL-U (0 the root).
func tree(spec string) *Tree {
	t := &Tree{}
	for _, item := range strings.Fields(spec) {
		p := strings.Split(item, "/")
		h := 0
		for _, c := range p[1] {
			h = h*10 + int(c-'0')
		}
		t.Tokens = append(t.Tokens, Token{Form: p[0], Head: h - 1, Deprel: p[2], Start: -1, End: -1})
	}
	return t
}

// "Ministers Ali , Khan and Rao , who led the team , flew to London and Paris ."
// Ali is the head of a list (conj Khan, conj Rao) with an apposition.
const listSentence = "Ministers/2/compound Ali/13/nsubj ,/4/punct Khan/2/conj and/6/cc Rao/2/conj ,/9/punct who/9/nsubj " +
	"led/2/acl:relcl the/11/det team/9/obj ,/9/punct flew/0/root to/15/case London/13/obl and/17/cc Paris/15/conj ./13/punct"

func TestChildrenAndConjuncts(t *testing.T) {
	tr := tree(listSentence)
	if got, want := tr.Children(1), []int{0, 3, 5, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("Children(Ali) = %v, want %v", got, want)
	}
	for _, tc := range []struct {
		i    int
		want []int
	}{
		{1, []int{3, 5}}, {3, []int{1, 5}}, {5, []int{1, 3}}, {14, []int{16}}, {16, []int{14}}, {12, nil},
	} {
		if got := tr.Conjuncts(tc.i); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Conjuncts(%d) = %v, want %v", tc.i, got, tc.want)
		}
	}
	if tr.Root() != 12 {
		t.Errorf("Root = %d", tr.Root())
	}
}

func TestConjunctsNested(t *testing.T) {
	// "A and B , and C or D": conj(A,B) conj(A,C) conj(C,D).
	tr := tree("A/0/root and/3/cc B/1/conj ,/6/punct and/6/cc C/1/conj or/8/cc D/6/conj")
	if got, want := tr.Conjuncts(7), []int{0, 2, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("Conjuncts(D) = %v, want %v", got, want)
	}
}

func TestAppositions(t *testing.T) {
	// "Ali , India 's minister , and Rao , its envoy , spoke"
	tr := tree("Ali/12/nsubj ,/5/punct India/5/nmod:poss 's/3/case minister/1/appos ,/5/punct and/8/cc Rao/1/conj " +
		",/11/punct its/11/nmod:poss envoy/8/appos spoke/0/root")
	if got, want := tr.Appositions(0), []int{4}; !reflect.DeepEqual(got, want) {
		t.Errorf("Appositions(Ali) = %v, want %v", got, want)
	}
	if got, want := tr.Appositions(4), []int{0}; !reflect.DeepEqual(got, want) {
		t.Errorf("Appositions(minister) = %v, want %v", got, want)
	}
	if got, want := tr.Appositions(7), []int{10}; !reflect.DeepEqual(got, want) {
		t.Errorf("Appositions(Rao) = %v, want %v", got, want)
	}
	if got := tr.Appositions(11); got != nil {
		t.Errorf("Appositions(spoke) = %v", got)
	}
}

func TestPath(t *testing.T) {
	tr := tree(listSentence)
	for _, tc := range []struct {
		i, j int
		want []int
		rels string
	}{
		{1, 14, []int{1, 12, 14}, "nsubj↑ obl↓"},
		{10, 16, []int{10, 8, 1, 12, 14, 16}, "obj↑ acl:relcl↑ nsubj↑ obl↓ conj↓"},
		{12, 12, []int{12}, ""},
		{16, 14, []int{16, 14}, "conj↑"},
	} {
		got := tr.Path(tc.i, tc.j)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Path(%d,%d) = %v, want %v", tc.i, tc.j, got, tc.want)
		}
		if r := tr.Relations(got); r != tc.rels {
			t.Errorf("Relations(Path(%d,%d)) = %q, want %q", tc.i, tc.j, r, tc.rels)
		}
	}
	if tr.Path(-1, 3) != nil || tr.Path(0, 99) != nil {
		t.Error("Path out of range is not nil")
	}
}

func TestSubtreeAndSpan(t *testing.T) {
	tr := tree(listSentence)
	for _, tc := range []struct{ i, first, last int }{
		{1, 0, 11}, {14, 13, 16}, {12, 0, 17}, {10, 9, 10}, {2, 2, 2},
	} {
		if f, l := tr.Subtree(tc.i); f != tc.first || l != tc.last {
			t.Errorf("Subtree(%d) = %d..%d, want %d..%d", tc.i, f, l, tc.first, tc.last)
		}
	}
	if s, e := tr.Span(1); s != -1 || e != -1 {
		t.Errorf("Span without offsets = %d,%d", s, e)
	}
	text := "the big dog"
	tr = &Tree{Tokens: []Token{{Form: "the", Head: 2, Start: 0, End: 3}, {Form: "big", Head: 2, Start: 4, End: 7}, {Form: "dog", Head: -1, Start: 8, End: 11}}}
	if s, e := tr.Span(2); text[s:e] != "the big dog" {
		t.Errorf("Span(dog) = %q", text[s:e])
	}
	if s, e := tr.Span(1); text[s:e] != "big" {
		t.Errorf("Span(big) = %q", text[s:e])
	}
}
