package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/syntax"
)

// StageSyntax names the opt-in stage that tags and dependency-parses each
// sentence ([SyntaxStage]).
const StageSyntax = "syntax"

// SyntaxStage returns the stage that parses every sentence of a Doc with
// p (the embedded model is entities/syntax/embedded.Parser(); package
// entities cannot load it itself, as it would then depend on entities/ner)
// and leaves the trees in Doc.Trees, one per sentence. Sentence tokens are re-split as UD English
// splits them ("didn't" → did n't) with their byte offsets kept, so a
// tree token maps to the text and to the Doc's tokens by offset. It is
// not among DefaultStages; stages that read trees add it, e.g.
// WithStageAfter(StageSegment, SyntaxStage(embedded.Parser())).
func SyntaxStage(p *syntax.Parser) Stage { return syntaxStage{p} }

type syntaxStage struct{ p *syntax.Parser }

func (syntaxStage) Name() string { return StageSyntax }

func (s syntaxStage) Run(d *Doc) {
	d.Trees = make([]*syntax.Tree, len(d.Sentences))
	var toks []syntax.Token
	for i := range d.Sentences {
		d.Trees[i], toks = parseSentence(s.p, d.Document, i, toks)
	}
}

// parseSentence parses sentence i of d with p; toks is scratch space,
// returned for reuse.
func parseSentence(p *syntax.Parser, d *Document, i int, toks []syntax.Token) (*syntax.Tree, []syntax.Token) {
	words, toks := treeTokens(d, i, toks)
	return p.ParseTokens(words), toks
}

// treeTokens returns the tokens of sentence i of d as the parser reads
// them: split as UD English splits them, with their byte offsets. toks
// is scratch space, returned for reuse.
func treeTokens(d *Document, i int, toks []syntax.Token) ([]syntax.Token, []syntax.Token) {
	se := d.Sentences[i]
	toks = slices.Grow(toks[:0], se.TokEnd-se.TokStart)
	for _, t := range d.Tokens[se.TokStart:se.TokEnd] {
		toks = append(toks, syntax.Token{Form: t.Text, Start: t.Start, End: t.End})
	}
	return syntax.Retokenize(d.Text, toks), toks
}

// Tree returns the parse of sentence i: the syntax stage's tree, or, after
// [RelationSyntaxStage], a parse made now and kept in Trees. It returns
// nil when no syntax stage ran.
func (d *Doc) Tree(i int) *syntax.Tree {
	if i < 0 || i >= len(d.Trees) {
		return nil
	}
	if d.Trees[i] == nil && d.parser != nil {
		d.Trees[i] = d.parser.ParseTokens(d.treeTokens(i))
	}
	return d.Trees[i]
}

// treeTokens returns the tokens of sentence i as the parser reads them
// (see the function treeTokens), split once per sentence: the parse gate
// (parseCanAdd) reads them before Tree parses them.
func (d *Doc) treeTokens(i int) []syntax.Token {
	if d.split == nil {
		d.split = make([][]syntax.Token, len(d.Sentences))
	}
	if d.split[i] == nil {
		d.split[i], _ = treeTokens(d.Document, i, nil)
	}
	return d.split[i]
}
