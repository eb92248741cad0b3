package main

import (
	"testing"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

func TestAddCityShortNames(t *testing.T) {
	city := func(name string, pop int) *builder {
		return newBuilder(gz.Entry{ID: "place:" + name, Name: name, Type: graph.Place, Population: pop})
	}
	cities := []*builder{
		city("Neuburg am Fluss", 400000),
		city("Neuburg (Bach)", 30000),
		city("Altdorf an der Weide", 20000),
		city("Altdorf", 90000),
		city("Kingsby upon Marsh", 300000),
		city("Bergheim (Kreis 4)", 50000),
		city("Sankt Ost (balance)", 50000),
	}
	addCityShortNames(cities)
	want := map[string]string{ // city → kind of its short name, "" for none
		"Neuburg am Fluss":     "name",    // the largest Neuburg
		"Neuburg (Bach)":       "derived", // a larger Neuburg exists
		"Altdorf an der Weide": "derived", // a larger city is called Altdorf
		"Altdorf":              "",
		"Kingsby upon Marsh":   "", // English "upon" names are not shortened
		"Bergheim (Kreis 4)":   "", // a district number is no river
		"Sankt Ost (balance)":  "",
	}
	for _, b := range cities {
		got := ""
		for _, a := range b.Aliases[1:] {
			got = string(a.Kind)
		}
		if got != want[b.Name] {
			t.Errorf("%s: short name kind %q, want %q (aliases %v)", b.Name, got, want[b.Name], b.Aliases)
		}
	}
}
