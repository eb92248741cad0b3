package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
	"github.com/spf13/cobra"
)

type parseOptions struct {
	conllu bool
}

const parseScheme = `Columns are CoNLL-U's (https://universaldependencies.org/format.html): ID,
FORM, LEMMA, UPOS (universal part of speech), XPOS (Penn Treebank tag), FEATS
(left empty), HEAD (the ID of the word's head, 0 for the root), DEPREL (the
Universal Dependencies relation to the head, with English subtypes such as
nmod:poss), DEPS, MISC. The model is trained on UD English EWT (CC BY-SA 4.0).`

func newParseCommand(g *globalOptions) *cobra.Command {
	o := &parseOptions{}
	c := &cobra.Command{
		Use:   "parse [FILE]",
		Short: "Tag and dependency-parse English text, writing CoNLL-U",
		Long: `Split plain text into sentences and tokens, tag each word with its part of
speech and lemma, find each word's syntactic head and relation, and write
CoNLL-U. FILE defaults to standard input.

Tokens follow UD English: punctuation apart, hyphens between words apart,
clitics apart ("don't" → do n't, "John's" → John 's). Each sentence gets
"# sent_id" and "# text" comments; each word's MISC holds TokenRange=START:END
(byte offsets in the input) and SpaceAfter=No where no space follows it.

With --conllu, FILE is already CoNLL-U: its sentences and words are kept as
they are (multiword tokens and empty nodes too), and UPOS, XPOS, HEAD and
DEPREL are filled in, LEMMA only where it is empty.

` + parseScheme + `
` + exitHelp,
		Example: `  echo "The minister, who led the delegation, flew to London." | newsgraph parse
  newsgraph parse article.txt > article.conllu
  newsgraph parse --conllu gold.conllu > predicted.conllu`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runParse(g, o, args) },
	}
	c.Flags().BoolVar(&o.conllu, "conllu", false, "FILE is CoNLL-U: keep its tokens and sentences, fill in the tags and the tree")
	return c
}

// openInput opens FILE, or standard input without one (or for "-").
func openInput(g *globalOptions, args []string) (io.Reader, string, func(), error) {
	if len(args) == 0 || args[0] == "-" {
		return g.stdin, "standard input", func() {}, nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, "", nil, failf(exitFailure, "%v", err)
	}
	return f, args[0], func() { f.Close() }, nil
}

func runParse(g *globalOptions, o *parseOptions, args []string) error {
	r, name, done, err := openInput(g, args)
	if err != nil {
		return err
	}
	defer done()
	m := embedded.Parser()
	if o.conllu {
		sents, err := syntax.ReadCoNLLU(r, name)
		if err != nil {
			return failf(exitFailure, "%v", err)
		}
		for _, s := range sents {
			m.Annotate(s)
		}
		return syntax.WriteCoNLLU(g.stdout, sents)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return failf(exitFailure, "%s: %v", name, err)
	}
	text := string(b)
	var out []*syntax.Sentence
	for i, t := range m.ParseText(text) {
		out = append(out, treeSentence(text, t, i+1))
	}
	return syntax.WriteCoNLLU(g.stdout, out)
}

// treeSentence writes a parsed sentence as CoNLL-U, its text and offsets
// in comments and MISC.
func treeSentence(text string, t *syntax.Tree, id int) *syntax.Sentence {
	s := &syntax.Sentence{Words: make([]syntax.Word, len(t.Tokens))}
	first, last := t.Tokens[0], t.Tokens[len(t.Tokens)-1]
	s.Comments = []string{fmt.Sprintf("# sent_id = %d", id), "# text = " + strings.Join(strings.Fields(text[first.Start:last.End]), " ")}
	for i, tk := range t.Tokens {
		misc := fmt.Sprintf("TokenRange=%d:%d", tk.Start, tk.End)
		if i+1 < len(t.Tokens) && t.Tokens[i+1].Start == tk.End {
			misc += "|SpaceAfter=No"
		}
		s.Words[i] = syntax.Word{ID: i + 1, Form: tk.Form, Lemma: tk.Lemma, UPOS: tk.UPOS, XPOS: tk.XPOS,
			Head: tk.Head + 1, Deprel: tk.Deprel, Misc: misc}
	}
	return s
}
