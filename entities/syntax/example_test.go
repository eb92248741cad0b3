package syntax_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

func ExampleParser_ParseText() {
	text := "Ali and Rao flew to Paris."
	var p *syntax.Parser = embedded.Parser()
	t := p.ParseText(text)[0]
	for i, tk := range t.Tokens {
		head := "ROOT"
		if tk.Head >= 0 {
			head = t.Tokens[tk.Head].Form
		}
		fmt.Printf("%d %s %s %s <- %s\n", i, tk.Form, tk.UPOS, tk.Deprel, head)
	}
	fmt.Println("conjuncts of Ali:", t.Conjuncts(0))
	// Output:
	// 0 Ali PROPN nsubj <- flew
	// 1 and CCONJ cc <- Rao
	// 2 Rao PROPN conj <- Ali
	// 3 flew VERB root <- ROOT
	// 4 to ADP case <- Paris
	// 5 Paris PROPN obl <- flew
	// 6 . PUNCT punct <- flew
	// conjuncts of Ali: [2]
}
