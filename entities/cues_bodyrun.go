package entities

import "github.com/newsgraph/newsgraph/graph"

// bodyGoesOn reports whether the capitalised run at token i goes on from a
// body's name over "of" or "and", so that its first word ends the body's
// name rather than opening a person's: "the Office of Management and
// Budget James Varn said", "the Bureau of Land and Water X said". A title
// between the body and the run ends the body ("Bank of England Governor
// X").
func bodyGoesOn(d *Document, s Sentence, i int) bool {
	for k := i - 1; k > s.TokStart && i-k <= 10; k-- {
		switch l := low(d.Tokens[k]); {
		case l == "of":
			if p := d.Tokens[k-1]; p.Cap() && p.Word() && bodyHeadWord(low(p)) {
				return true
			}
		case l == "and" || l == "&":
			// "Salomon Brothers Inc and Edward D. Jones": "and" after a
			// whole body's name opens another; it counts only inside an
			// "of" field, found further back.
		case titleHeadWord(d.Tokens[k]):
			return false
		case d.Tokens[k].Cap() && d.Tokens[k].Word():
		default:
			return false
		}
	}
	return false
}

// bodyHeadWord reports whether l, a lower-case word, is a body's head
// noun (head_nouns, ner_org_heads): "Office", "Bureau", "Ministry".
func bodyHeadWord(l string) bool {
	return headNouns[l] != "" || orgComplementHeads[l]
}

// bodyBeforeName reports whether a model person's first word, at token i,
// is a body's name: the body's name goes on into the run (bodyGoesOn), or
// "union" or "party" in lower case types the name before it ("the rail
// union Aslef Dara Pendle said", "the party Volta Ines Marr said").
func bodyBeforeName(d *Document, i int) bool {
	si := sentenceOf(d, d.Tokens[i].Start)
	if si < 0 || i <= d.Sentences[si].TokStart {
		return false
	}
	// The cut word is a whole word, no initial ("stockbroker B. D. X").
	if prev := d.Tokens[i-1]; !prev.Cap() && prev.Text == low(prev) && len(d.Tokens[i].Text) > 1 && d.Tokens[i+1].Word() {
		// Not "the company PT Tambang Timah": a company's name is often
		// three words.
		if classNouns[prev.Text] == graph.Party || prev.Text == "union" {
			return true
		}
	}
	return bodyGoesOn(d, d.Sentences[si], i)
}
