package main

import (
	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// formerCountry is a state that no longer exists but that news still
// names, in history and in the names of the states that followed it.
type formerCountry struct {
	code, qid, name string   // ISO 3166-3 former alpha-2 code, Wikidata ID, English name
	names, shorts   []string // other full names; abbreviations
	demonyms        []string
}

// formerCountries are the former states of the last century that the
// current-country sources lack (general knowledge, written for this
// generator): without them "the Soviet Union" is read as an organization
// and "Soviet" is not recognised at all.
var formerCountries = []formerCountry{
	{"SU", "Q15180", "Soviet Union", []string{"Union of Soviet Socialist Republics"}, []string{"USSR", "U.S.S.R."}, []string{"Soviet", "Soviets"}},
	{"YU", "Q36704", "Yugoslavia", []string{"Socialist Federal Republic of Yugoslavia"}, []string{"SFRY"}, []string{"Yugoslav", "Yugoslavs", "Yugoslavian"}},
	{"CS", "Q33946", "Czechoslovakia", []string{"Czechoslovak Socialist Republic"}, nil, []string{"Czechoslovak", "Czechoslovaks", "Czechoslovakian"}},
	{"DD", "Q16957", "East Germany", []string{"German Democratic Republic"}, []string{"GDR"}, []string{"East German", "East Germans"}},
}

// formerCountryBuilders makes the country entries of formerCountries.
func formerCountryBuilders() []*builder {
	out := make([]*builder, 0, len(formerCountries))
	for _, f := range formerCountries {
		b := newBuilder(gz.Entry{ID: "country:" + f.code, Name: f.name, Type: graph.Country, Country: f.code, QID: f.qid})
		for _, n := range f.names {
			addName(b, n, gz.KindName)
		}
		b.addAll(gz.KindShort, f.shorts...)
		b.addAll(gz.KindDemonym, f.demonyms...)
		out = append(out, b)
	}
	return out
}

// formerName is an earlier name of a state that continues as a current
// country: news of its time names it so ("West Germany", "West German
// Finance Minister X"), and the state is the current country's entry.
type formerName struct {
	code     string   // the current country's ISO alpha-2 code
	names    []string // the earlier names
	demonyms []string
}

// formerNames are the earlier names of current countries (general
// knowledge, written for this generator). East Germany is another state
// (formerCountries); West Germany continues as Germany.
var formerNames = []formerName{
	{"DE", []string{"West Germany"}, []string{"West German", "West Germans"}},
}

// addFormerNames gives the current countries (by code) their earlier
// names.
func addFormerNames(byCCA2 map[string]*country) {
	for _, f := range formerNames {
		c := byCCA2[f.code]
		if c == nil {
			continue
		}
		b := c.b
		for _, n := range f.names {
			addName(b, n, gz.KindName)
		}
		b.addAll(gz.KindDemonym, f.demonyms...)
	}
}
