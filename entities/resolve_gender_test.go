package entities

import (
	"slices"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

func TestResolveHonorificGender(t *testing.T) {
	type men struct {
		phrase string
		nth    int
	}
	for _, c := range []struct {
		name string
		text string
		ms   []men
		want []string // each entity's name and its mention count, "name/n", in text order
	}{
		{"Mrs and Mr with one surname are two people",
			"Dorian Valcourt spoke. Mr Valcourt said so. Mrs Valcourt disagreed. Mr Valcourt left.",
			[]men{{"Dorian Valcourt", 0}, {"Valcourt", 1}, {"Valcourt", 2}, {"Valcourt", 3}},
			[]string{"Dorian Valcourt/3", "Valcourt/1"}},
		{"the wife named first: the article's most frequent honorific is the full name's",
			"Dorvan Valcourt spoke. Mrs Valcourt disagreed. Mr Valcourt said so. Mr Valcourt left.",
			[]men{{"Dorvan Valcourt", 0}, {"Valcourt", 1}, {"Valcourt", 2}, {"Valcourt", 3}},
			[]string{"Dorvan Valcourt/3", "Valcourt/1"}},
		{"a man's given name with only Mrs: the list alone does not split",
			"Gregory Talbridge spoke. Mrs Talbridge said so. Talbridge left.",
			[]men{{"Gregory Talbridge", 0}, {"Talbridge", 1}, {"Talbridge", 2}},
			[]string{"Gregory Talbridge/3"}},
		{"both honorifics: the given name tells which is the full name's",
			"Gregory Talbridge spoke. Mrs Talbridge said so. Mrs Talbridge left. Mr Talbridge stayed.",
			[]men{{"Gregory Talbridge", 0}, {"Talbridge", 1}, {"Talbridge", 2}, {"Talbridge", 3}},
			[]string{"Gregory Talbridge/2", "Talbridge/2"}},
		{"two full names sharing the surname: the honorific joins the one of its gender",
			"Gregory Talbridge and Helen Talbridge spoke. Mrs Talbridge said so. Mr Talbridge left.",
			[]men{{"Gregory Talbridge", 0}, {"Helen Talbridge", 0}, {"Talbridge", 2}, {"Talbridge", 3}},
			[]string{"Gregory Talbridge/2", "Helen Talbridge/2"}},
		{"the text wins over the list",
			"Margaret Quade spoke. Mr Quade said so. Mr Quade left.",
			[]men{{"Margaret Quade", 0}, {"Quade", 1}, {"Quade", 2}},
			[]string{"Margaret Quade/3"}},
		{"a given name read as a surname: no list gender",
			"Gregory Helen spoke. Mrs Gregory said so.",
			[]men{{"Gregory Helen", 0}, {"Gregory", 1}},
			[]string{"Gregory Helen/2"}},
		{"a surname that is an honorific word is no honorific",
			"Helen King spoke. Ms King said so.",
			[]men{{"Helen King", 0}, {"King", 1}},
			[]string{"Helen King/2"}},
		{"a woman named in full keeps Ms, Mr is someone else",
			"Ms Ilsa Marrow won. Ms Marrow said so. Mr Marrow, her husband, cheered.",
			[]men{{"Ilsa Marrow", 0}, {"Marrow", 1}, {"Marrow", 2}},
			[]string{"Ilsa Marrow/2", "Marrow/1"}},
		{"a bare surname keeps to the full name",
			"Dorian Valcourt spoke. Mr Valcourt said so. Lady Valcourt disagreed. Valcourt left.",
			[]men{{"Dorian Valcourt", 0}, {"Valcourt", 1}, {"Valcourt", 2}, {"Valcourt", 3}},
			[]string{"Dorian Valcourt/3", "Valcourt/1"}},
		{"later short forms of the other gender join the one kept apart",
			"Dorian Valcourt spoke. Mr Valcourt said so. Mrs Valcourt disagreed. Mr Valcourt left. Mrs Valcourt stayed.",
			[]men{{"Dorian Valcourt", 0}, {"Valcourt", 1}, {"Valcourt", 2}, {"Valcourt", 3}, {"Valcourt", 4}},
			[]string{"Dorian Valcourt/3", "Valcourt/2"}},
		{"one gender throughout joins as before",
			"Ilsa Marrow won. Mrs Marrow said so. Ms. Marrow left.",
			[]men{{"Ilsa Marrow", 0}, {"Marrow", 1}, {"Marrow", 2}},
			[]string{"Ilsa Marrow/3"}},
		{"no full name: Mr and Mrs of a surname are two people",
			"Mr Tollan said so. Mrs Tollan disagreed. Tollan left.",
			[]men{{"Tollan", 0}, {"Tollan", 1}, {"Tollan", 2}},
			[]string{"Tollan/2", "Tollan/1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := text.Segment(c.text)
			var ms []Mention
			for _, x := range c.ms {
				ms = append(ms, phraseMention(t, d, x.phrase, x.nth, ""))
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
