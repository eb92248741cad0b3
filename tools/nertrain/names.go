package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// knownOrgNames returns the names of the lexicon's lists of well-known
// organizations called lists (lexicon.KnownOrganizationNames; all of
// them when lists is empty) as gazetteer features of the organization
// class, so the model learns what such names look like.
func knownOrgNames(lists []string) []ner.GazName {
	var out []ner.GazName
	for _, o := range lexicon.KnownOrganizationNames(lists...) {
		out = append(out, ner.GazName{Text: o.Name, Class: ner.GazOrg})
	}
	return out
}

// formerCountries reads the country names of a WhoGov table (Party
// Facts' whogov_whogov.csv, column "country": governments since 1945)
// and returns those the gazetteer does not know as a country, such as
// the Soviet Union or Yugoslavia, as names of the country class.
func formerCountries(path string, g *gazetteer.Gazetteer) ([]ner.GazName, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := -1
	for i, h := range head {
		if h == "country" {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("%s: no column \"country\"", path)
	}
	known := map[string]bool{}
	for e := range g.All {
		if e.Type == graph.Country {
			for _, a := range e.Aliases {
				known[gazetteer.Key(a.Text)] = true
			}
		}
	}
	seen := map[string]bool{}
	var out []ner.GazName
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		name := rec[col]
		k := gazetteer.Key(name)
		if k == "" || known[k] || seen[k] || strings.ContainsAny(name, "()&") {
			continue
		}
		seen[k] = true
		out = append(out, ner.GazName{Text: name, Class: ner.GazCountry})
	}
	return out, nil
}
