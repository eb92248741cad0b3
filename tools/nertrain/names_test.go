package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

func TestFormerCountries(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "whogov.csv")
	csv := "\"country_short\",\"country\",\"party\"\n" +
		"\"FRA\",\"France\",\"x\"\n" +
		"\"ZZA\",\"Kestrelia\",\"y\"\n" +
		"\"ZZA\",\"Kestrelia\",\"z\"\n" +
		"\"ZZB\",\"Trinidad & Tobago\",\"w\"\n"
	if err := os.WriteFile(p, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := formerCountries(p, gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "Kestrelia" {
		t.Errorf("formerCountries = %v, want only Kestrelia (France is known, & names are left out)", got)
	}
	if _, err := formerCountries(filepath.Join(dir, "missing.csv"), gazetteer.Default()); err == nil {
		t.Error("missing file: no error")
	}
}

func TestKnownOrgNames(t *testing.T) {
	names := knownOrgNames(nil)
	if some := knownOrgNames([]string{"org_news_agencies"}); len(some) == 0 || len(some) >= len(names) {
		t.Errorf("knownOrgNames(org_news_agencies): %d names of %d: want some, not all", len(some), len(names))
	}
	if len(names) < 100 {
		t.Fatalf("knownOrgNames: %d names, want the lexicon's org_*.txt lists", len(names))
	}
	for _, n := range names {
		if n.Text == "" || n.Class != ner.GazOrg {
			t.Errorf("name %+v: want a non-empty organization", n)
		}
	}
}

func TestCrossCoarse(t *testing.T) {
	in := []string{"B-politician", "I-politician", "O", "B-politicalparty", "B-country", "B-election", "I-election", "B-misc"}
	want := []string{"B-PER", "I-PER", "O", "B-ORG", "B-LOC", "B-MISC", "I-MISC", "B-MISC"}
	got := ner.MapTypes(in, crossCoarse)
	if !slices.Equal(got, want) {
		t.Errorf("MapTypes(%v) = %v, want %v", in, got, want)
	}
	for _, l := range in {
		_, typ, _ := strings.Cut(l, "-")
		if _, ok := crossCoarse[typ]; typ != "" && !ok {
			t.Errorf("label %q not mapped", typ)
		}
	}
}

func TestGazetteerNamesPartyAliases(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{{
		ID: "party:1", Type: graph.Party, Name: "Velland Workers Party",
		Aliases: []gazetteer.Alias{{Text: "Velland Workers Party", Kind: gazetteer.KindDerived}, {Text: "VWP", Kind: gazetteer.KindDerived}, {Text: "Workers", Kind: gazetteer.KindDerived}},
	}, {
		ID: "party:2", Type: graph.Party, Name: "Ostrian Unity",
		Aliases: []gazetteer.Alias{{Text: "Ostrian Unity", Kind: gazetteer.KindName}, {Text: "OU", Kind: gazetteer.KindShort}},
	}, {
		ID: "party:3", Type: graph.Party, Name: "Vellandintang",
		Aliases: []gazetteer.Alias{{Text: "Vellandintang", Kind: gazetteer.KindDerived}},
	}, {
		ID: "party:4", Type: graph.Party, Name: "Progress",
		Aliases: []gazetteer.Alias{{Text: "Progress", Kind: gazetteer.KindDerived}},
	}})
	lower := lowerWords([]string{"progress", "Progress", "Velland"}, []uint8{1, 1, 5})
	class := func(names []ner.GazName) map[string]ner.GazClass {
		m := map[string]ner.GazClass{}
		for _, n := range names {
			m[n.Text] = n.Class
		}
		return m
	}
	defer func(v bool) { partyAliases = v }(partyAliases)
	partyAliases = false
	if got, want := class(gazetteerNames(g, lower)), map[string]ner.GazClass{"Ostrian Unity": ner.GazParty, "OU": ner.GazParty}; !maps.Equal(got, want) {
		t.Errorf("without aliases: %v, want %v", got, want)
	}
	partyAliases = true
	want := map[string]ner.GazClass{
		"Ostrian Unity": ner.GazParty, "OU": ner.GazParty,
		"Velland Workers Party": ner.GazParty, // a shared name of several words
		"VWP":                   ner.GazPartyAlias, "Workers": ner.GazPartyAlias,
		"Vellandintang": ner.GazParty, // one word news does not write in lower case
		"Progress":      ner.GazPartyAlias,
	}
	if got := class(gazetteerNames(g, lower)); !maps.Equal(got, want) {
		t.Errorf("with aliases: %v, want %v", got, want)
	}
}
