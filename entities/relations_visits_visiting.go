package entities

import "github.com/newsgraph/newsgraph/graph"

// "visiting" before a person's title makes the person a visitor where
// the story is told, as the guide's "visiting U.S. official X said in
// Tokyo" is a visit:
//
//	Deng told visiting U.S. Secretary of State X that ...
//	the accord was signed by the visiting Indonesian Finance Minister X
//	Meanwhile, visiting British Corporate Affairs Minister X told Japan ...
//
// The visit names no destination, so it is an undated visit: the
// dateline's country receives it when the visitor holds an office of
// another country and the article gives no other destination
// (resolveDatelineVisits). "visiting" as a verb ("X is visiting Y",
// "after visiting Y") is the visits rule's; it is adjectival here only
// after a determiner, a verb or preposition in lower case, a comma or the
// sentence's start.

// visitingVerbBefore are the words before "visiting" that make it a verb
// or a gerund, not an adjective: "X is visiting", "after visiting".
var visitingVerbBefore = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "after": true, "before": true, "while": true, "when": true, "since": true, "of": true,
	"by": true, "from": true, "who": true, "which": true, "that": true, "people": true, "tourists": true}

// visitingVisitors records the undated visits of "visiting <title> X"
// in sentence si.
func (rb *relBuilder) visitingVisitors(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for v := s.TokStart; v < s.TokEnd-1; v++ {
		if d.Tokens[v].LowerText() != "visiting" || !adjectivalVisiting(d, s, v) {
			continue
		}
		for _, p := range in {
			if p.tokStart <= v {
				continue
			}
			if rb.ex.Entities[p.ent].Type == graph.Person && titleGap(d, v+1, p.tokStart) && !titleModifier(d, p) {
				rb.undated = append(rb.undated, undatedVisit{p.ent, span})
				break
			}
			if !titleGap(d, v+1, p.tokEnd) {
				break
			}
		}
	}
}

// adjectivalVisiting reports whether "visiting" at token v qualifies the
// noun phrase after it (see above).
func adjectivalVisiting(d *Document, s Sentence, v int) bool {
	if v == s.TokStart {
		return true
	}
	t := d.Tokens[v-1]
	l := low(t)
	if visitingVerbBefore[l] || t.Cap() && !(v-1 == s.TokStart) {
		return false // "X visiting Y", "is visiting", "after visiting"
	}
	return t.Word() || t.Text == ","
}
