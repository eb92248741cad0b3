package entities

import "github.com/newsgraph/newsgraph/graph"

// personNameRepeats gives the person's type to the recognizer's one-word
// mentions of another type that spell exactly a person's name the rules
// found in the same article ("President Reagan said ... Reagan
// declared", the second read as an organization): one article uses one
// name for one entity. Only mentions without a gazetteer entry change,
// and only where the person comes from a cue or a repeat of one. A name
// of several words the recognizer calls an organization ("Stop Quillby
// Expansion chairman X") outweighs a cue's reading of it.
//
// The recognizer may also read one word two ways in one article, a person
// here and a place there ("offered Wiesel the nomination, but Wiesel was
// not interested"): its place readings of the word, with no gazetteer
// entry and no preposition of place before them ("in", "at", "from"),
// become the person when its person readings are at least as many and
// one of them is a person acting (modelPlaceRepeats). Its organization
// readings stay: a one-word company is as often read as a person by the
// wording around it.
func personNameRepeats(d *Document, ms []Mention) []Mention {
	persons := map[string]bool{}
	for _, m := range ms {
		if m.Type == graph.Person && (m.Source == "cue" || m.Source == "repeat") {
			persons[m.Text(d)] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Source == "model" && m.Entry == nil && m.TokEnd-m.TokStart == 1 && m.Type != graph.Person && m.Type != graph.Event && persons[m.Text(d)] {
			m.Type = graph.Person
		}
	}
	return modelPlaceRepeats(d, ms)
}

// modelPlaceRepeats gives the person's type to the recognizer's one-word
// places of no gazetteer entry that spell a one-word person it found in
// the same article at least as often, once at least as a person acting
// ("Wiesel was", not "Kyushu's eastern coast"; actsAsPerson), unless a
// preposition of place comes before the place (see personNameRepeats).
func modelPlaceRepeats(d *Document, ms []Mention) []Mention {
	// votes counts, by text, the one-word person readings up and the
	// place readings down, those after "in" too.
	var votes map[string]int
	var acting map[string]bool // a person reading acts as a person (actsAsPerson)
	oneWordModel := func(m *Mention) bool {
		return m.Source == "model" && m.Entry == nil && m.TokEnd-m.TokStart == 1
	}
	var person, place bool
	for i := range ms {
		if m := &ms[i]; oneWordModel(m) {
			person = person || m.Type == graph.Person
			place = place || m.Type == graph.Place
		}
	}
	if !person || !place {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if !oneWordModel(m) || m.Type != graph.Person && m.Type != graph.Place {
			continue
		}
		if votes == nil {
			votes = map[string]int{}
		}
		if m.Type == graph.Person {
			votes[m.Text(d)]++
			if actsAsPerson(d, *m) {
				if acting == nil {
					acting = map[string]bool{}
				}
				acting[m.Text(d)] = true
			}
		} else {
			votes[m.Text(d)]--
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Place || !oneWordModel(m) || votes[m.Text(d)] < 0 || !acting[m.Text(d)] {
			continue
		}
		if m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] {
			continue
		}
		// This place counted against, so a count of 0 or more holds a
		// person reading at least.
		m.Type = graph.Person
	}
	return ms
}
