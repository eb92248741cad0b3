package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
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
	names := knownOrgNames()
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
