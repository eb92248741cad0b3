package entities

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// dateline adds the article's dateline place, when the gazetteer knows it
// as a country or a city, and the place's country, as implied entities.
func dateline(ex *Extraction, gz *gazetteer.Gazetteer, place, region string) {
	entry := datelineEntry(gz, place, region)
	if entry == nil {
		return
	}
	ex.entityFor(entry)
	if entry.Type == graph.Place {
		if c := gz.CountryByCode(entry.Country); c != nil {
			ex.entityFor(c)
		}
	}
}

// datelineEntry returns the gazetteer's country or city for a dateline
// place, or nil. A region after the place ("SAN MATEO, Calif.") picks
// the place of that name in the region's country, however small. A
// dateline names the city a story was filed from, so a state's name
// stands for the big city named like it ("NEW YORK", "WASHINGTON").
func datelineEntry(gz *gazetteer.Gazetteer, place, region string) *gazetteer.Entry {
	if place == "" {
		return nil
	}
	k := datelineKey{gz, place, region}
	datelineMemo.Lock()
	e, ok := datelineMemo.m[k]
	datelineMemo.Unlock()
	if ok {
		return e
	}
	e = readDatelineEntry(gz, place, region)
	datelineMemo.Lock()
	if datelineMemo.m == nil || len(datelineMemo.m) >= maxDatelineMemo {
		datelineMemo.m = map[datelineKey]*gazetteer.Entry{}
	}
	datelineMemo.m[k] = e
	datelineMemo.Unlock()
	return e
}

// datelineMemo keeps datelineEntry's answers: the relation rules ask it
// again and again of an article's dateline (datelineCountry), and the
// articles of a feed share a few datelines ("NEW YORK", "WASHINGTON"),
// while each answer costs several gazetteer lookups. A gazetteer does not
// change once made, so an answer stays right; the memo starts over when
// it holds maxDatelineMemo answers.
var datelineMemo struct {
	sync.Mutex
	m map[datelineKey]*gazetteer.Entry
}

type datelineKey struct {
	gz            *gazetteer.Gazetteer
	place, region string
}

const maxDatelineMemo = 1 << 12

// readDatelineEntry is datelineEntry without the memo.
func readDatelineEntry(gz *gazetteer.Gazetteer, place, region string) *gazetteer.Entry {
	e := datelineReading(gz, place, region)
	if e != nil && strings.HasPrefix(e.ID, "region:") {
		if c := bigCityForState(gz, e, place, gz.Find(place)); c != nil {
			return c
		}
	}
	return e
}

// datelineReading is datelineEntry before a state gives way to its city.
func datelineReading(gz *gazetteer.Gazetteer, place, region string) *gazetteer.Entry {
	if place == "" {
		return nil
	}
	var first *gazetteer.Entry
	country := regionCountry(gz, region)
	for _, m := range gz.Find(place) {
		if m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode {
			continue
		}
		if m.Entry.Type == graph.Country || m.Entry.Type == graph.Place && m.Entry.Country != "" {
			if country == "" || m.Entry.Country == country {
				return m.Entry
			}
			if first == nil {
				first = m.Entry
			}
		}
	}
	return first
}

// regionCountry returns the country code of a dateline's region: a US
// state or Canadian province abbreviation ("Calif.", "Ont."), or a region
// or country the gazetteer knows by that name ("Texas", "Ontario",
// "France"); "" when it names none.
func regionCountry(gz *gazetteer.Gazetteer, region string) string {
	if region == "" {
		return ""
	}
	if id := regionAbbreviations[gazetteer.Key(region)]; id != "" {
		if e := entryByListID(gz, id); e != nil {
			return e.Country
		}
	}
	for _, m := range gz.Find(region) {
		if !m.Alias.Weak() && m.Entry.Country != "" && (m.Entry.Type == graph.Country || strings.HasPrefix(m.Entry.ID, "region:")) {
			return m.Entry.Country
		}
	}
	return ""
}

// datelineCountry returns the country of a dateline place, or nil.
func datelineCountry(gz *gazetteer.Gazetteer, place, region string) *gazetteer.Entry {
	e := datelineEntry(gz, place, region)
	if e == nil || e.Type == graph.Country {
		return e
	}
	return gz.CountryByCode(e.Country)
}
