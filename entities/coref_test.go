package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// corefCases are short texts written for this test; each checks one rule
// of the coref stage or a relation read through a reference.
var corefCases = []struct{ name, text string }{
	{"pronoun", "Mr Tom Hale runs a bakery in Leeds. He said flour prices would rise."},
	{"gender", "Ms Jane Doyle met Mr Peter Lamb in Leeds. She said the talks went well."},
	{"two-people", "Mr Peter Lamb met Mr John Crane in Leeds. He said the talks went well."},
	{"named-after", "Mr Peter Lamb arrived in Oslo on Monday. He told Mr John Crane that the deal was off."},
	{"too-far", "Mr Peter Lamb arrived on Monday. The weather was cold. Snow fell all day. Trains stopped. He left."},
	{"company", "Brixton Foods Ltd reported a loss on Tuesday. The company said sales fell in the spring."},
	{"public-body", "The Trade Commission opened an inquiry into prices. The company said it would not comment."},
	{"bank", "Shares in Halvard Bank rose after Brixton Foods Ltd paid its loans. The bank said profits doubled."},
	{"party", "The Social Democratic Party of Germany won seats in Bremen. The party said turnout was high."},
	{"description", "Mr Tom Hale spoke in Leeds on Friday. The minister said taxes would fall."},
	{"apposition", "Tom Hale, the minister, said taxes would fall."},
	{"description-name", "The minister Tom Hale said taxes would fall."},
	{"heads-through-pronoun", "Mr Ivo Marsh joined Brixton Foods Ltd in 1990. He is the chairman of Brixton Foods Ltd."},
	{"role-through-company", "Brixton Foods Ltd reported a loss. Ann Kerr, the chief executive of the company, said costs rose."},
	{"own-party-through-pronoun", "Mr Ivo Marsh spoke in Britain on Monday. He said his own Labour party had lost its way."},
	{"possessive-party", "Mr Ivo Marsh's Labour party lost seats in Britain."},
	{"possessive-not-party", "Mr Ivo Marsh's Labour critics spoke in Britain."},
	{"its", "Brixton Foods Ltd said its chairman, Mr Ivo Marsh, would retire."},
	{"its-two-owners", "Brixton Foods Ltd and Halvard Bank said its chairman, Mr Ivo Marsh, would retire."},
	{"its-previous-sentence", "Brixton Foods Ltd reported losses. Its chairman, Mr Ivo Marsh, quit."},
	{"board", "Mr Ivo Marsh, chairman of the supervisory board of Brixton Foods Ltd, said costs rose."},
	{"age-apposition", "Mr Ivo Marsh, 54, chairman of Brixton Foods Ltd, said costs rose."},
	{"country", "Japan's economy grew fast. Mr Ivo Marsh, the country's finance minister, said growth would slow."},
	{"country-in-event", "Talks on the Iraq war ended. Mr Ivo Marsh has toured the country since."},
	{"event", "The Oslo fishing accord lapsed in May. A Senate panel investigating the accord met on Monday."},
	{"event-of", "The Oslo fishing accord lapsed in May. The accord of 1990, critics said, was better."},
	{"event-other-head", "The Oslo fishing accord lapsed in May. Brixton Foods Ltd attended the summit."},
	{"possessor", "Mr Peter Lamb criticised Mr John Crane's plan on Monday. He said it would fail."},
	{"two-possessors", "Mr Peter Lamb's aide read Mr John Crane's plan on Monday. He said it would fail."},
	{"event-opens-sentence", "Mr Peter Lamb spoke on Monday. The Tavish inquiry cleared him of wrongdoing."},
	{"visit-through-pronoun", "Mrs Ada Quist spoke to reporters on Monday. She will visit Paris and Rome in May."},
	// coref_subject.go
	{"continued-subject", "Mr Peter Lamb met Mr John Crane in Leeds on Friday. He was named chairman of Brixton Foods Ltd in 1985."},
	{"continued-subject-adverb", "Mr Peter Lamb met Mr John Crane in Leeds on Friday. Later, he said the talks went well."},
	{"continued-subject-chain", "Mr Peter Lamb said the talks went well. He met Mr John Crane in Leeds. He is the chairman of Brixton Foods Ltd."},
	{"continued-subject-not-first", "The talks with Mr Peter Lamb and Mr John Crane went well. He is the chairman of Brixton Foods Ltd."},
	{"continued-subject-possessor", "Mr Peter Lamb's aide met Mr John Crane in Leeds. He is the chairman of Brixton Foods Ltd."},
	{"continued-subject-gender", "Mr Peter Lamb met Ms Jane Doyle in Leeds on Friday. She is the chairman of Brixton Foods Ltd."},
	{"bound-object", "Mr Peter Lamb said Mr John Crane would win. He said Mr Crane had made him deputy leader of the Green Party."},
	{"bound-object-subject-only", "Mr Peter Lamb spoke in Leeds on Monday. Mr John Crane praised him on Friday."},
	{"bound-object-no-one", "Mr Peter Lamb met Mr Ivo Marsh in Leeds on Monday. Mr John Crane praised him on Friday."},
	// coref_titles.go
	{"title-far-back", "Finance Minister Tom Hale of Norway spoke in Oslo. Mr Peter Lamb met Mr John Crane. Mr Ivo Marsh agreed. The finance minister said taxes would fall."},
	{"title-rank", "Mr Tom Hale, the shadow chancellor, spoke in Leeds on Friday. The chancellor said taxes would fall."},
	{"title-other-head", "Tory leader Tom Hale spoke in Leeds on Friday. The minister said taxes would fall."},
	{"title-legislator", "Tory leader Tom Hale spoke in Leeds on Friday. The Tory MP said taxes would fall."},
	{"unnamed-speaker", "Finance Minister Tom Hale spoke in Oslo on Friday. The spokesman said taxes would fall."},
	{"named-speaker", "Mr Tom Hale, spokesman for Brixton Foods Ltd, spoke on Friday. The spokesman said sales would fall."},
	{"title-of-another", "Prime Minister Tom Hale of Norway spoke in Oslo. A team led by Mr Ivo Marsh, a special assistant to the prime minister, will go to Paris."},
	{"reporting-clause-not-title", "Mr Tom Hale met the Norwegian envoy, a Brixton Foods Ltd spokesman said. The spokesman said sales would fall."},
}

func TestCorefGolden(t *testing.T) {
	x := New()
	var b strings.Builder
	for _, c := range corefCases {
		doc := x.Run(&Document{Text: c.text}, ArticleInfo{})
		ex := doc.Extraction
		fmt.Fprintf(&b, "== %s\n%s\n", c.name, c.text)
		for _, r := range doc.Corefs {
			words := "(after " + doc.Tokens[r.TokStart-1].Text + ")"
			if r.TokEnd > r.TokStart {
				words = doc.Tokens[r.TokStart].Text
			}
			fmt.Fprintf(&b, "  coref %s -> %s\n", words, ex.Entities[r.Entity].Name)
		}
		for _, r := range ex.Relations {
			switch r.Kind {
			case graph.CoMention, graph.LocatedIn, graph.CapitalOf:
				continue
			}
			fmt.Fprintf(&b, "  %s -%s-> %s %s\n", ex.Entities[r.From].Name, r.Kind, ex.Entities[r.To].Name, r.Attrs["role"])
		}
	}
	checkGolden(t, "coref.golden", b.String())
}

// TestCorefNoMentions checks that references add no mentions and no
// co-mentions: they only let the relation rules see an entity.
func TestCorefNoMentions(t *testing.T) {
	x := New()
	text := "Mr Tom Hale runs a bakery in Leeds. He said flour prices in Leeds would rise."
	doc := x.Run(&Document{Text: text}, ArticleInfo{})
	if len(doc.Corefs) != 1 {
		t.Fatalf("corefs = %v, want one (He)", doc.Corefs)
	}
	ex := doc.Extraction
	for _, e := range ex.Entities {
		for _, sp := range e.Mentions {
			if text[sp.Start:sp.End] == "He" {
				t.Errorf("%s got a mention of the pronoun", e.Name)
			}
		}
	}
	for _, r := range ex.Relations {
		if r.Kind == graph.CoMention && len(r.Sentences) > 1 {
			t.Errorf("co-mention %s - %s counts the pronoun's sentence", ex.Entities[r.From].Name, ex.Entities[r.To].Name)
		}
	}
}
