package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// mentionsFor returns an empty mention list with room for n mentions, or
// nil when n is 0, as appending nothing to a nil list leaves it. The
// stages that rebuild a list of mentions keep most of it: growing the
// new list by appending would allocate and copy it several times.
func mentionsFor(n int) []Mention {
	if n == 0 {
		return nil
	}
	return make([]Mention, 0, n)
}

// splitAllCompanies splits every organization mention that joins two
// company names ("Wood Gundy Inc and First Marathon Securities Ltd").
func splitAllCompanies(d *Document, ms []Mention) []Mention {
	out := mentionsFor(len(ms))
	for _, m := range ms {
		if parts := splitCompanies(d, m); m.Type == graph.Organization && len(parts) > 1 {
			out = append(out, parts...)
			continue
		}
		out = append(out, m)
	}
	return out
}

// splitCompanies splits an organization mention at an "and" that follows
// a corporate word ("Inc", "Ltd", "Corp"), or returns nil.
func splitCompanies(d *Document, m Mention) []Mention {
	var parts []Mention
	start := m.TokStart
	for k := m.TokStart + 1; k+1 < m.TokEnd; k++ {
		if low(d.Tokens[k]) != "and" || !corporateWords[strings.TrimSuffix(low(d.Tokens[k-1]), ".")] || low(d.Tokens[k-1]) == "and" {
			continue
		}
		p := m
		p.TokStart, p.TokEnd = start, k
		p.Start, p.End = d.Tokens[start].Start, d.Tokens[k-1].End
		parts = append(parts, p)
		start = k + 1
	}
	if len(parts) == 0 {
		return nil
	}
	p := m
	p.TokStart, p.Start = start, d.Tokens[start].Start
	return append(parts, p)
}

// governmentVerbs, after a capital, make it stand for its government
// ("Islamabad accused ...").
var governmentVerbs = lexicon.Set("government_verbs")

// governmentNouns, after a capital's possessive, make it stand for its
// government ("New Delhi's stance").
var governmentNouns = lexicon.Set("government_nouns")

// capitalsForGovernments reads a capital that acts or holds a position as
// its country ("Islamabad said", "New Delhi's stance"): the mention then
// names the country. A capital listed after a person is another person
// (coordinatedWithPerson).
func capitalsForGovernments(d *Document, ms []Mention, gz *gazetteer.Gazetteer) []Mention {
	for i, m := range ms {
		if m.Entry == nil || !m.Entry.Capital || m.Entry.Country == "" || m.TokEnd >= len(d.Tokens) {
			continue
		}
		next := d.Tokens[m.TokEnd]
		l := low(next)
		acts := reportingVerbs[l] || governmentVerbs[l]
		if isPossessive(next) && m.TokEnd+1 < len(d.Tokens) {
			acts = governmentNouns[low(d.Tokens[m.TokEnd+1])]
		}
		if !acts || coordinatedWithPerson(d, ms, i) {
			continue
		}
		if c := gz.CountryByCode(m.Entry.Country); c != nil {
			ms[i].Entry, ms[i].Type = c, c.Type
		}
	}
	return ms
}

// coordinatedWithPerson reports whether mention i follows a person's
// mention and "and" or a comma: "Ada and Victoria said" are two people,
// whatever country has a capital of that name.
func coordinatedWithPerson(d *Document, ms []Mention, i int) bool {
	k := ms[i].TokStart - 1
	if i == 0 || k < 1 || low(d.Tokens[k]) != "and" && d.Tokens[k].Text != "," {
		return false
	}
	p := ms[i-1]
	return p.Type == graph.Person && p.TokEnd == k
}

// companyPrefixes retypes a person guessed from the wording alone ("X Y
// said") whose name opens an organization's name in the same article
// ("Merrill Lynch said" beside "Merrill Lynch and Co Inc").
func companyPrefixes(d *Document, ms []Mention) []Mention {
	var orgs []string
	for _, m := range ms {
		if m.Type == graph.Organization {
			orgs = append(orgs, strings.ToLower(surface(d, m)))
		}
	}
	if len(orgs) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Type != graph.Person || m.Score >= ScoreStrong || m.Role != "" {
			continue
		}
		name := strings.ToLower(surface(d, m)) + " "
		for _, o := range orgs {
			if strings.HasPrefix(o, name) {
				ms[i].Type = graph.Organization
				break
			}
		}
	}
	return ms
}

// controlParticiples join a country to a place it holds:
// "Pakistan-occupied Kashmir", "Russian-held Crimea".
var controlParticiples = lexicon.Set("control_participles")

// controlledPlaces merges "<country or demonym>-<participle> <place>" into
// one place mention, a territory named by who holds it.
func controlledPlaces(d *Document, selected []Mention) []Mention {
	out := mentionsFor(len(selected))
	for i := 0; i < len(selected); i++ {
		m := selected[i]
		j := m.TokEnd
		if m.Type == graph.Country && i+1 < len(selected) && j+2 < len(d.Tokens) &&
			isDash(d.Tokens[j].Text) && !d.Tokens[j].Space && !d.Tokens[j+1].Space &&
			controlParticiples[low(d.Tokens[j+1])] && selected[i+1].TokStart == j+2 && selected[i+1].Type == graph.Place {
			p := selected[i+1]
			out = append(out, Mention{Start: m.Start, End: p.End, TokStart: m.TokStart, TokEnd: p.TokEnd, Type: graph.Place, Source: "rule", Score: ScoreStrong})
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// isWeakPlace reports whether m is a one-word place read from the
// gazetteer without other evidence: a town that is neither a country nor
// a capital.
func isWeakPlace(m Mention) bool {
	return m.TokEnd-m.TokStart == 1 && m.Type == graph.Place && m.Score <= ScoreHead
}

// dropNameFragments removes one-word places that sit inside a run of
// capitalised words no other mention explains: "Shashi" in "Shashi
// Tharoor" is part of a name, not the city.
func dropNameFragments(d *Document, selected []Mention) []Mention {
	covered := make([]bool, len(d.Tokens)) // by token; capWord reads no other
	for _, m := range selected {
		for t := max(m.TokStart, 0); t < min(m.TokEnd, len(covered)); t++ {
			covered[t] = true
		}
	}
	capWord := func(k int) bool {
		return k >= 0 && k < len(d.Tokens) && !covered[k] && d.Tokens[k].Word() && d.Tokens[k].Cap() && !nonNames[low(d.Tokens[k])]
	}
	out := selected[:0:0]
	if len(selected) > 0 {
		out = mentionsFor(len(selected))
	}
	for _, m := range selected {
		if isWeakPlace(m) {
			// A competition's word before the town ends a table's heading
			// run into the first club ("American League DETROIT 4"), not
			// a name the town is part of.
			before := m.TokStart > 0 && d.Tokens[m.TokStart].Space && !d.Tokens[m.TokStart].Break && capWord(m.TokStart-1) && !competitionWords[low(d.Tokens[m.TokStart-1])]
			after := m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Space && !d.Tokens[m.TokEnd].Break && capWord(m.TokEnd)
			if before || after {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
