package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A title after a comma that runs straight into a name is that name's,
// not the title of the person before the comma: in "Mr Kennedy's tour
// comes as he, Labour leader Y and Conservative leader Z step up
// campaigning" the comma opens a list, and Labour's leader is Y. The
// apposition "X, Labour leader, said" and "X, a Labour MP" end their
// title at a comma or a verb, never at a person's name.

// titleOfNamed reports whether role title r, read after a comma, is
// followed by a person's name, an honorific allowed between ("Labour
// leader Mr Y").
func (rb *relBuilder) titleOfNamed(r roleSpan, s Sentence, at map[int]placed) bool {
	d := rb.d
	k := r.end
	if k < s.TokEnd && honorifics[strings.TrimSuffix(low(d.Tokens[k]), ".")] {
		k++
	}
	m, ok := at[k]
	return ok && !m.coref && rb.ex.Entities[m.ent].Type == graph.Person
}
