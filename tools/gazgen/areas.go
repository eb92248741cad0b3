package main

import (
	"slices"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// handAreas are continents, world regions and seas that news names and
// that no source lists (general knowledge, written for this generator).
// The first name is the entry's name; later ones are aliases, and a
// one-word alias is kind Short.
var handAreas = [][]string{
	{"North America"}, {"South America"}, {"Latin America"},
	{"Middle East", "Mideast"}, {"Near East"}, {"Far East"},
	{"Indian subcontinent", "South Asian subcontinent"},
	{"Sub-Saharan Africa", "Subsaharan Africa"}, {"Horn of Africa"},
	{"Sahel"}, {"Maghreb"}, {"Levant"}, {"Balkans"}, {"Caucasus", "South Caucasus"},
	{"Scandinavia"}, {"Baltic states", "Baltics"}, {"Eurasia"},
	{"Asia-Pacific"}, {"Indo-Pacific"}, {"Arctic"}, {"Siberia"}, {"Patagonia"},
	{"Kashmir"}, {"Kurdistan"}, {"Himalayas", "Himalaya"}, {"Sahara"},
	{"Korean Peninsula"}, {"Arabian Peninsula"}, {"Gulf region", "Persian Gulf region"},
	{"Pacific Ocean", "Pacific"}, {"Atlantic Ocean", "Atlantic"}, {"Indian Ocean"},
	{"Arctic Ocean"}, {"Southern Ocean"}, {"Mediterranean Sea", "Mediterranean"},
	{"Red Sea"}, {"Black Sea"}, {"Caspian Sea"}, {"Baltic Sea"}, {"North Sea"},
	{"South China Sea"}, {"East China Sea"}, {"Arabian Sea"}, {"Persian Gulf"},
	{"Gulf of Mexico"}, {"Gulf of Aden"}, {"Bay of Bengal"}, {"Strait of Hormuz"},
	{"Taiwan Strait"}, {"English Channel"}, {"Suez Canal"}, {"Panama Canal"},
}

// directions rewrites the adjectives of the UN region names into the
// nouns news uses: "Western Asia" → "West Asia", "South-Eastern Asia" →
// "Southeast Asia".
var directions = []struct {
	from string
	to   []string
}{
	{"South-Eastern", []string{"Southeast", "South-East", "South East"}},
	{"Southeast", []string{"South-East", "South East"}},
	{"Western", []string{"West"}}, {"Eastern", []string{"East"}},
	{"Northern", []string{"North"}}, {"Southern", []string{"South"}},
	{"Middle", []string{"Central"}},
}

// areaBuilders makes the continent and world-region entries: the regions
// and subregions of world-countries with direction variants, then
// handAreas. A variant that is a country's name ("Southern Africa" →
// "South Africa") is skipped.
func areaBuilders(w *world) []*builder {
	countryKeys := make(map[string]bool)
	for _, c := range w.countries {
		for _, a := range c.b.Aliases {
			countryKeys[gz.Key(a.Text)] = true
		}
	}
	byID := make(map[string]*builder)
	var out []*builder
	get := func(name string) *builder {
		id := "area:" + slug(name)
		if b, ok := byID[id]; ok {
			return b
		}
		b := newBuilder(gz.Entry{ID: id, Name: name, Type: graph.Place})
		addName(b, name, gz.KindName)
		byID[id] = b
		out = append(out, b)
		return b
	}
	var names []string
	for _, c := range w.countries {
		names = append(names, c.region, c.subregion)
	}
	slices.Sort(names)
	for _, name := range slices.Compact(names) {
		if name == "" {
			continue
		}
		b := get(name)
		for _, d := range directions {
			rest, ok := strings.CutPrefix(name, d.from+" ")
			if !ok {
				continue
			}
			for _, to := range d.to {
				if v := to + " " + rest; !countryKeys[gz.Key(v)] {
					b.add(v, gz.KindName)
				}
			}
		}
	}
	for _, names := range handAreas {
		b := get(names[0])
		for _, a := range names[1:] {
			kind := gz.KindName
			if !strings.Contains(a, " ") {
				kind = gz.KindShort
			}
			b.add(a, kind)
		}
	}
	return out
}
