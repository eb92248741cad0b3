package entities

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// phraseMention is a person mention of the nth (from 0) occurrence of
// phrase in d, with role.
func phraseMention(t *testing.T, d *Document, phrase string, nth int, role string) Mention {
	t.Helper()
	at := -1
	for i := 0; i <= nth; i++ {
		k := strings.Index(d.Text[at+1:], phrase)
		if k < 0 {
			t.Fatalf("%q (%d) not in %q", phrase, nth, d.Text)
		}
		at += 1 + k
	}
	m := tokenSpanMention(t, d, at, len(phrase), graph.Person)
	m.Role = role
	return m
}

func TestResolveLoneWords(t *testing.T) {
	type men struct {
		phrase string
		nth    int
		role   string
	}
	for _, c := range []struct {
		name string
		text string
		ms   []men
		want []string // each entity's name and its mention count, "name/n", in text order
	}{
		{"titled surname before the full name, written apart from it",
			"President Quarnby spoke. Later Nadia Quarnby said so.",
			[]men{{"Quarnby", 0, "President"}, {"Nadia Quarnby", 0, ""}},
			[]string{"Nadia Quarnby/2"}},
		{"given name after another's kin noun joins its own full name",
			"Ada Brell, mother of Tomas, spoke. Tomas Brell thanked her.",
			[]men{{"Ada Brell", 0, ""}, {"Tomas", 0, ""}, {"Tomas Brell", 0, ""}},
			[]string{"Ada Brell/1", "Tomas Brell/2"}},
		{"surname coordinated with the full name of another",
			"President Quarnby will visit Rome. Quarnby and Nadia Quarnby will be there. Quarnby will fly on.",
			[]men{{"Quarnby", 0, "President"}, {"Quarnby", 1, ""}, {"Nadia Quarnby", 0, ""}, {"Quarnby", 3, ""}},
			[]string{"Quarnby/3", "Nadia Quarnby/1"}},
		{"full name coordinated with the surname",
			"Nadia Quarnby and Quarnby spoke. Quarnby left.",
			[]men{{"Nadia Quarnby", 0, ""}, {"Quarnby", 1, ""}, {"Quarnby", 2, ""}},
			[]string{"Nadia Quarnby/1", "Quarnby/2"}},
		{"surname after the full name joins it",
			"Nadia Quarnby spoke. President Quarnby said so.",
			[]men{{"Nadia Quarnby", 0, ""}, {"Quarnby", 1, "President"}},
			[]string{"Nadia Quarnby/2"}},
		{"middle word before the full name",
			"Brell was born in Milan. His sister Ada Brell Vostani is a writer.",
			[]men{{"Brell", 0, ""}, {"Ada Brell Vostani", 0, ""}},
			[]string{"Brell/1", "Ada Brell Vostani/1"}},
		{"word before the full name that ends one of its forms joins it",
			"Brell won. Ada Brell spoke at the Ada Brell Hall.",
			[]men{{"Brell", 0, ""}, {"Ada Brell", 0, ""}, {"Ada Brell Hall", 0, ""}},
			[]string{"Ada Brell Hall/3"}},
		{"given name before the full name joins it",
			"JANVIK WINS. Janvik Dorr beat Ed Hill. Janvik said so.",
			[]men{{"JANVIK", 0, ""}, {"Janvik Dorr", 0, ""}, {"Janvik", 1, ""}},
			[]string{"Janvik Dorr/3"}},
		{"the relative named by a kin noun and of",
			"Tom Quarnby, the eldest son of President Quarnby, hosts the show. Tom Quarnby said so.",
			[]men{{"Tom Quarnby", 0, ""}, {"Quarnby", 1, "President"}, {"Tom Quarnby", 1, ""}},
			[]string{"Tom Quarnby/2", "Quarnby/1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := text.Segment(c.text)
			var ms []Mention
			for _, x := range c.ms {
				ms = append(ms, phraseMention(t, d, x.phrase, x.nth, x.role))
			}
			var got []string
			for _, e := range resolve(d, ms, nil, nil).Entities {
				got = append(got, e.Name+"/"+strconv.Itoa(len(e.Mentions)))
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("entities %q, want %q", got, c.want)
			}
		})
	}
}
