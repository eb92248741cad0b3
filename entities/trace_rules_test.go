package entities

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTraceRules checks the audit labels of involved_in (trace_rules.go):
// with traceRules set, each relation names the rule that added it on its
// sentence, a case of events' switch by its name and any other rule by
// file and function; without it, no relation carries a label.
func TestTraceRules(t *testing.T) {
	cases := []struct {
		text, from, to, rule string
	}{
		{"Premier Ana Ruiz attended the Lisbon summit on Monday.", "Ana Ruiz", "Lisbon summit", "actionBetween"},
		{"Peru's election was held in May.", "Peru", "election", "possessive"},
		{"Acme Motors is in talks with the French carmaker Borvex Motors about a possible alliance.", "Borvex Motors", "talks", "relations_events_talks:talksSides<relate"},
		{"Premier Tom Hale met his Ruritanian counterpart, President Ana Ruiz, in Lisbon on Monday.", "Ana Ruiz", "meeting", "relations_meet_verb:metSides<relate"},
	}
	line := regexp.MustCompile(`:\d+`)
	x := New()
	defer func(old bool) { traceRules = old }(traceRules)
	for _, c := range cases {
		traceRules = true
		ex := x.Extract(c.text)
		got := tracedRules(ex, c.from, c.to)
		if got == nil {
			t.Errorf("%q: no involved_in %s -> %s", c.text, c.from, c.to)
			continue
		}
		var fams []string
		for _, l := range got {
			fams = append(fams, line.ReplaceAllString(l, ""))
		}
		if !strings.Contains(";"+strings.Join(fams, ";")+";", ";"+c.rule+";") {
			t.Errorf("%q: %s -> %s labelled %v, want %s among them", c.text, c.from, c.to, fams, c.rule)
		}
		traceRules = false
		if got := tracedRules(x.Extract(c.text), c.from, c.to); len(got) != 0 {
			t.Errorf("%q: labelled %v without traceRules", c.text, got)
		}
	}
}

// tracedRules returns the rule labels of the involved_in relation from the
// entity named from to the event named (or aliased) to, nil when there is
// no such relation, and an empty list when it carries none.
func tracedRules(ex *Extraction, from, to string) []string {
	for _, r := range ex.Relations {
		if r.Kind != graph.InvolvedIn || ex.Entities[r.From].Name != from || !hasRel(&Extraction{Entities: ex.Entities, Relations: []Relation{r}}, graph.InvolvedIn, from, to) {
			continue
		}
		out := []string{}
		for k, v := range r.Attrs {
			if strings.HasPrefix(k, "rule@") {
				out = append(out, strings.Split(v, ";")...)
			}
		}
		return out
	}
	return nil
}
