package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

func TestSyntaxStage(t *testing.T) {
	text := "The minister didn't travel. She led a delegation to London and Paris."
	x := New(WithStageAfter(StageSegment, SyntaxStage(embedded.Parser())))
	if i := slices.Index(x.Stages(), StageSyntax); i != 1 {
		t.Fatalf("stages = %v", x.Stages())
	}
	if slices.Contains(New().Stages(), StageSyntax) {
		t.Error("the syntax stage is on by default")
	}
	d := x.Run(&Document{Text: text}, ArticleInfo{})
	if len(d.Trees) != len(d.Sentences) || len(d.Trees) != 2 {
		t.Fatalf("%d trees for %d sentences", len(d.Trees), len(d.Sentences))
	}
	forms := []string{}
	for _, tk := range d.Trees[0].Tokens {
		if text[tk.Start:tk.End] != tk.Form {
			t.Errorf("token %q at %d:%d", tk.Form, tk.Start, tk.End)
		}
		forms = append(forms, tk.Form)
	}
	if !slices.Equal(forms, []string{"The", "minister", "did", "n't", "travel", "."}) {
		t.Errorf("first sentence's words: %q", forms)
	}
	tr := d.Trees[1]
	london := slices.IndexFunc(tr.Tokens, func(tk syntax.Token) bool { return tk.Form == "London" })
	paris := slices.IndexFunc(tr.Tokens, func(tk syntax.Token) bool { return tk.Form == "Paris" })
	if c := tr.Conjuncts(london); !slices.Equal(c, []int{paris}) {
		t.Errorf("conjuncts of London = %v, want [%d] (tree %+v)", c, paris, tr.Tokens)
	}
	if New().Run(&Document{Text: text}, ArticleInfo{}).Trees != nil {
		t.Error("trees without the syntax stage")
	}
}
