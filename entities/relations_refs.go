package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// The relation rules read a person where a name stands: "named P chief
// executive", "chairman P said", "<party> spokesman P". A reference the
// coref stage resolved to a person stands there too, and the rules that
// give a person a relation read it through personRef:
//
//	Acme named him chief executive.        him: the person referred to
//	The chairman said sales rose.          the Coref after "chairman"
//
// A possessive pronoun is not a name but an owner ("his party", "her
// chairman"); "her" is a name only as an object: at the end of a phrase
// or right after a verb of appointment ("named her chairman").

// personRef reports whether p stands for a person the way a name does: a
// mention of a person, or a reference resolved to one that is not a
// possessive.
func (rb *relBuilder) personRef(p placed) bool {
	if rb.ex.Entities[p.ent].Type != graph.Person {
		return false
	}
	if !p.coref || p.tokStart == p.tokEnd {
		return true // a name, or a role description ("the chairman")
	}
	d := rb.d
	switch low(d.Tokens[p.tokStart]) {
	case "his", "its", "their":
		return false
	case "her":
		k := p.tokStart
		si := sentenceOf(d, d.Tokens[k].Start)
		return si >= 0 && objectPronoun(d, k, d.Sentences[si]) || k > 0 && appointVerbs[low(d.Tokens[k-1])]
	}
	return true
}
