package main

import (
	"regexp"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
)

// qualifiedCity matches a city name made of one word and a qualifier that
// tells namesakes apart by their river, lake or hills, which news
// leaves out: "Frankfurt am Main", "Marburg an der Lahn", "Halle
// (Saale)", "Frankfurt (Oder)". English "upon" names are not shortened:
// "Kingston upon Hull" is "Hull" in the news, not "Kingston".
var qualifiedCity = regexp.MustCompile(`^(\p{Lu}[\p{L}'-]+)(?: (?:am|an der|an den|im|in der|ob der) \p{Lu}.*| \(\p{Lu}[^()0-9]*\))$`)

// addCityShortNames gives each city whose name has such a qualifier its
// short name: as a name when the city is the most populous place that
// the short name could mean (no other city is called so, or all are
// smaller, and no larger qualified city shortens to it), else as a weak
// variant that needs the country named nearby.
func addCityShortNames(cities []*builder) {
	largest := map[string]int{} // key of a city name → largest population of that name
	for _, b := range cities {
		k := gz.Key(b.Name)
		largest[k] = max(largest[k], b.Population)
	}
	type short struct {
		b    *builder
		name string
	}
	var shorts []short
	for _, b := range cities {
		if m := qualifiedCity.FindStringSubmatch(b.Name); m != nil {
			shorts = append(shorts, short{b, m[1]})
			k := gz.Key(m[1])
			if _, ok := largest[k]; !ok {
				largest[k] = 0
			}
		}
	}
	// The largest population among the qualified cities of each short name.
	qualified := map[string]int{}
	for _, s := range shorts {
		k := gz.Key(s.name)
		qualified[k] = max(qualified[k], s.b.Population)
	}
	for _, s := range shorts {
		k := gz.Key(s.name)
		kind := gz.KindDerived
		if s.b.Population > largest[k] && s.b.Population >= qualified[k] {
			kind = gz.KindName
		}
		s.b.add(s.name, kind)
	}
}
