package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// officeNouns are the offices of a state ("governor", "premier").
var officeNouns = lexicon.Set("office_nouns")

// directionWords are the words that make a place's name a part of it
// ("East", "North-West", "Central"), from the lexicon's directions.
var directionWords = lexicon.Set("directions")

// fixPlaces applies the rules that find places the model types as other
// things, in place, after fixNames:
//
//   - a place with a direction word before or after it is a place,
//     whatever the model called the whole ("Marl East", "West Velland",
//     "Ostria Centre": districts and constituencies; directionPlaces);
//   - places joined by dashes are one place ("Marl - Velby - Ostria": a
//     constituency named for its towns; dashedPlaces);
//   - an office of a place is no organization: "Governor of Velland" and
//     "Marl Mayor" name the place (officePlace).
func (m *Model) fixPlaces(sents [][]string, chunks [][]Chunk) {
	for si, s := range sents {
		cs := chunks[si]
		for i := range cs {
			cs[i] = m.officePlace(s, m.directionPlace(s, cs[i]))
			cs[i].Type = m.institution(cs[i].Type, s[cs[i].Start:cs[i].End])
		}
		chunks[si] = m.dashedPlaces(s, cs)
	}
}

// directionPlace returns a name of two or three words typed organization,
// person or misc whose first or last word is a direction and whose other
// words are a gazetteer place as a place; other names as they are.
// Names with an organization head ("Central Bank") keep their type; a
// direction that is also one ("Centre") does not count.
func (m *Model) directionPlace(s []string, c Chunk) Chunk {
	n := c.End - c.Start
	if n < 2 || n > 3 || c.Type != FineOrganization && c.Type != FinePerson && c.Type != FineMisc {
		return c
	}
	toks := s[c.Start:c.End]
	var rest []string
	switch {
	case direction(toks[0]):
		rest = toks[1:]
	case direction(toks[n-1]):
		rest = toks[:n-1]
	default:
		return c
	}
	if orgHeaded(rest) || m.spanGaz(rest)&(1<<gazPlace) == 0 {
		return c
	}
	c.Type = FinePlace
	return c
}

// direction reports whether a capitalised word is a direction word or two
// joined by a hyphen ("North-West").
func direction(w string) bool {
	if !capitalised(w) {
		return false
	}
	for p := range strings.SplitSeq(strings.ToLower(w), "-") {
		if !directionWords[p] {
			return false
		}
	}
	return true
}

// dashedPlaces joins names separated by dashes ("-", "--") into one
// place when they look like a list of towns: two names of which one is a
// place and the other a place, organization, person or misc name, or
// three and more of which one is a place or a gazetteer place. A run
// holding a country, party or event is left alone ("India - Pakistan"),
// and so are two organizations ("Leeds - Chelsea" in sports results).
func (m *Model) dashedPlaces(s []string, cs []Chunk) []Chunk {
	for i := 0; i < len(cs); i++ {
		j := i + 1
		for j < len(cs) && cs[j].Start == cs[j-1].End+1 && dash(s[cs[j-1].End]) {
			j++
		}
		if j-i < 2 || !m.townList(s, cs[i:j]) {
			continue
		}
		cs[i] = Chunk{Type: FinePlace, Start: cs[i].Start, End: cs[j-1].End}
		cs = append(cs[:i+1], cs[j:]...)
	}
	return cs
}

// townList reports whether names joined by dashes are a list of towns
// (see dashedPlaces).
func (m *Model) townList(s []string, run []Chunk) bool {
	places, gazPlaces := 0, 0
	for _, c := range run {
		switch c.Type {
		case FinePlace:
			places++
		case FineOrganization, FinePerson, FineMisc:
			if m.spanGaz(s[c.Start:c.End])&(1<<gazPlace) != 0 {
				gazPlaces++
			}
		default:
			return false
		}
	}
	if len(run) == 2 {
		return places >= 1
	}
	return places+gazPlaces >= 1
}

// dash reports whether a token is a dash between words.
func dash(w string) bool { return w == "-" || w == "--" }

// officePlace returns the place of an organization name made of an
// office and a gazetteer place or country ("Governor of Velland",
// "Marl Mayor"), typed as the gazetteer types it; other names as they
// are.
func (m *Model) officePlace(s []string, c Chunk) Chunk {
	n := c.End - c.Start
	if c.Type != FineOrganization || n < 2 {
		return c
	}
	office := func(w string) bool {
		l := strings.ToLower(w)
		return officeNouns[l] || personTitles[l]
	}
	var p Chunk
	switch {
	case n >= 3 && office(s[c.Start]) && s[c.Start+1] == "of":
		p = Chunk{Start: c.Start + 2, End: c.End}
	case office(s[c.End-1]):
		p = Chunk{Start: c.Start, End: c.End - 1}
	default:
		return c
	}
	switch g := m.spanGaz(s[p.Start:p.End]); {
	case g&(1<<gazCountry) != 0:
		p.Type = FineCountry
	case g&(1<<gazPlace) != 0:
		p.Type = FinePlace
	default:
		return c
	}
	return p
}
