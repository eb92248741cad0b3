package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestPersonNameRepeats(t *testing.T) {
	d := text.Segment("President Quimby spoke. Quimby declared victory. Zarnow said so. Brisk Holdings rose.")
	cue := spanMention(t, d, "Quimby", graph.Person)
	cue.Source = "cue"
	model := spanMention(t, d, "Quimby declared", graph.Organization)
	model.TokEnd, model.End = model.TokStart+1, model.Start+len("Quimby")
	other := spanMention(t, d, "Zarnow", graph.Organization)
	got := personNameRepeats(d, []Mention{cue, model, other})
	for i, want := range []graph.Type{graph.Person, graph.Person, graph.Organization} {
		if got[i].Type != want {
			t.Errorf("mention %q: type %s, want %s", got[i].Text(d), got[i].Type, want)
		}
	}
	// A name of several words keeps the recognizer's type.
	long := spanMention(t, d, "Brisk Holdings", graph.Person)
	long.Source = "cue"
	long2 := spanMention(t, d, "Brisk Holdings", graph.Organization)
	if got := personNameRepeats(d, []Mention{long, long2}); got[1].Type != graph.Organization {
		t.Errorf("two-word organization retyped: %s", got[1].Type)
	}
	// A person from the recognizer alone gives no type to the others.
	weak := spanMention(t, d, "Quimby", graph.Person)
	model2 := spanMention(t, d, "Quimby declared", graph.Organization)
	model2.TokEnd, model2.End = model2.TokStart+1, model2.Start+len("Quimby")
	if got := personNameRepeats(d, []Mention{weak, model2}); got[1].Type != graph.Organization {
		t.Errorf("model person retyped another model mention: %s", got[1].Type)
	}
}
