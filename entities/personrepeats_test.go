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

// wordMention is a one-token model mention of type typ at the nth (from
// 0) token written w.
func wordMention(t *testing.T, d *Document, w string, nth int, typ graph.Type) Mention {
	t.Helper()
	for i, tk := range d.Tokens {
		if tk.Text != w {
			continue
		}
		if nth == 0 {
			return Mention{Start: tk.Start, End: tk.End, TokStart: i, TokEnd: i + 1, Type: typ, Source: "model"}
		}
		nth--
	}
	t.Fatalf("%q not in %q", w, d.Text)
	return Mention{}
}

func TestModelPlaceRepeats(t *testing.T) {
	type reading struct {
		nth int
		typ graph.Type
	}
	for _, c := range []struct {
		text string
		in   []reading
		want []graph.Type
	}{
		// One word, read a place once and a person once: the person.
		{"They offered Quarnby the post, but Quarnby was not interested.",
			[]reading{{0, graph.Place}, {1, graph.Person}}, []graph.Type{graph.Person, graph.Person}},
		// More place readings than person readings: the places stay.
		{"Quarnby is calm. Quarnby has a river. Quarnby said no.",
			[]reading{{0, graph.Place}, {1, graph.Place}, {2, graph.Person}}, []graph.Type{graph.Place, graph.Place, graph.Person}},
		// After a preposition of place the word stays a place, and counts.
		{"She flew to Quarnby, where Quarnby spoke.",
			[]reading{{0, graph.Place}, {1, graph.Person}}, []graph.Type{graph.Place, graph.Person}},
		// A person reading that does not act as one: nothing changes.
		{"Quarnby grew. Ships left Quarnby's coast.",
			[]reading{{0, graph.Place}, {1, graph.Person}}, []graph.Type{graph.Place, graph.Person}},
		// No person reading: nothing changes.
		{"Quarnby grew. Quarnby shrank.",
			[]reading{{0, graph.Place}, {1, graph.Place}}, []graph.Type{graph.Place, graph.Place}},
	} {
		d := text.Segment(c.text)
		var ms []Mention
		for _, r := range c.in {
			ms = append(ms, wordMention(t, d, "Quarnby", r.nth, r.typ))
		}
		got := personNameRepeats(d, ms)
		for i, want := range c.want {
			if got[i].Type != want {
				t.Errorf("%q mention %d: type %s, want %s", c.text, i, got[i].Type, want)
			}
		}
	}
}
