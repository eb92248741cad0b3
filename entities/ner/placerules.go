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
//   - in a list of three names or more, most of them places, a name of
//     one word typed organization or person is a place too ("Marlby,
//     Velby, Dunholt and Kessel"; listPlaces);
//   - places joined by dashes are one place ("Marl - Velby - Ostria": a
//     constituency named for its towns; dashedPlaces);
//   - an office of a place is no organization: "Governor of Velland" and
//     "Marl Mayor" name the place, "Governor of Velland Ada Quillby" the
//     place and a person (officePlace).
func (m *Model) fixPlaces(sents [][]string, chunks [][]Chunk) {
	for si, s := range sents {
		var cs []Chunk
		for _, c := range chunks[si] {
			for _, c := range m.officePlace(s, m.directionPlace(s, c)) {
				c.Type = m.institution(c.Type, s[c.Start:c.End])
				cs = append(cs, c)
			}
		}
		chunks[si] = m.dashedPlaces(s, cs)
		m.listPlaces(s, chunks[si])
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

// officeTitles are offices of a place besides the state's offices and
// the person titles ("Comptroller", "Sheriff", "Senators").
var officeTitles = lexicon.Set("ner_office_titles")

// officePlace returns the place of an organization name made of an
// office and a gazetteer place or country ("Governor of Velland",
// "Marl Mayor"), typed as the gazetteer types it, and the person after
// "Office of Place" when two capitalised words or more follow the place
// ("Governor of Velland Ada Quillby"); other names as they are.
func (m *Model) officePlace(s []string, c Chunk) []Chunk {
	n := c.End - c.Start
	if c.Type != FineOrganization || n < 2 {
		return []Chunk{c}
	}
	office := func(w string) bool {
		l := strings.ToLower(w)
		return officeNouns[l] || personTitles[l] || officeTitles[l]
	}
	switch {
	case n >= 3 && office(s[c.Start]) && s[c.Start+1] == "of":
		for k := c.End; k > c.Start+2; k-- {
			t := m.placeType(s[c.Start+2 : k])
			switch {
			case t == "":
				continue
			case k == c.End:
				return []Chunk{{Type: t, Start: c.Start + 2, End: k}}
			case c.End-k >= 2 && personWords(s[k:c.End]):
				return []Chunk{{Type: t, Start: c.Start + 2, End: k}, {Type: FinePerson, Start: k, End: c.End}}
			}
			break
		}
	case office(s[c.End-1]):
		if t := m.placeType(s[c.Start : c.End-1]); t != "" {
			return []Chunk{{Type: t, Start: c.Start, End: c.End - 1}}
		}
	}
	return []Chunk{c}
}

// placeType returns the type of a place's or country's name the
// gazetteer knows (country first), or "".
func (m *Model) placeType(toks []string) string {
	g := m.spanGaz(toks)
	switch {
	case g&(1<<gazCountry) != 0:
		return FineCountry
	case g&(1<<gazPlace) != 0:
		return FinePlace
	}
	return ""
}

// personWords reports whether words may be a person's name: capitalised,
// not in capitals (a Roman numeral may end it), no organization's head.
func personWords(toks []string) bool {
	for _, w := range toks {
		if !capitalised(w) || len(w) > 1 && strings.ToUpper(w) == w && !romanNumeral(w) || orgHeads[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// listPlaces types as places the one-word names typed organization or
// person in a list of three names or more (joined by commas, "and" or
// "or"; see listGap) of which more than half are places: a list of towns names towns.
// A name the gazetteer knows as something else than a place, or one of
// the lexicon's well-known organizations, keeps its type.
func (m *Model) listPlaces(s []string, cs []Chunk) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && listGap(s[cs[j-1].End:cs[j].Start]) {
			j++
		}
		places := 0
		for _, c := range cs[i:j] {
			if c.Type == FinePlace {
				places++
			}
		}
		if j-i >= 3 && 2*places > j-i {
			for k := i; k < j; k++ {
				c := cs[k]
				name := s[c.Start:c.End]
				if c.End-c.Start == 1 && (c.Type == FineOrganization || c.Type == FinePerson) && m.spanGaz(name)&^(1<<gazPlace) == 0 && !knownOrgName(name) {
					cs[k].Type = FinePlace
				}
			}
		}
		i = j
	}
}
