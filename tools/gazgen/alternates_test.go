package main

import (
	"bytes"
	"strings"
	"testing"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestDeriveAlternates checks which alternate names of a cities500 row
// are kept: one word of letters, long enough, not a spelling variant of
// the name, of a city of a million people or more.
func TestDeriveAlternates(t *testing.T) {
	row := func(id, name, alts, pop string) string {
		f := []string{id, name, name, alts, "0", "0", "P", "PPL", "FD", "", "01", "", "", "", pop, "", "0", "Europe/X", "2020-01-01"}
		return strings.Join(f, "\t")
	}
	in := strings.Join([]string{
		row("1", "Quillgrad", "Oldquill,Quillgrod,QG,Old Quill,Quilo,Vesterhaven,vesterby", "2000000"),
		row("2", "Smallby", "Formerby", "50000"),
	}, "\n")
	var out bytes.Buffer
	if err := deriveAlternates(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := readAlternates(out.String())
	if want := []string{"Oldquill", "Vesterhaven"}; strings.Join(got["place:1"], "|") != strings.Join(want, "|") {
		t.Errorf("alternates of place:1 = %q, want %q", got["place:1"], want)
	}
	if _, ok := got["place:2"]; ok {
		t.Errorf("a city under a million has alternates: %q", got["place:2"])
	}
}

// TestAltTaken checks that an alternate name yields to a country, a
// region and a town of altTownPopulation people, not to a village.
func TestAltTaken(t *testing.T) {
	city := newBuilder(gz.Entry{ID: "place:1", Name: "Quillgrad", Type: graph.Place, Population: 2_000_000})
	village := newBuilder(gz.Entry{ID: "place:2", Name: "Oldquill", Type: graph.Place, Population: 900})
	town := newBuilder(gz.Entry{ID: "place:3", Name: "Vesterhaven", Type: graph.Place, Population: 40_000})
	country := newBuilder(gz.Entry{ID: "country:FD", Name: "Norvania", Type: graph.Country})
	taken := altTaken([]*builder{city, village, town, country})
	for name, want := range map[string]bool{"Oldquill": false, "Vesterhaven": true, "Norvania": true, "Quillgrad": true} {
		if got := taken[gz.Key(name)] != nil; got != want {
			t.Errorf("%s taken: %v, want %v", name, got, want)
		}
	}
}
