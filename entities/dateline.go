package entities

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// dateline adds the article's dateline place, when the gazetteer knows it
// as a country or a city, and the place's country, as implied entities.
func dateline(ex *Extraction, gz *gazetteer.Gazetteer, place string) {
	entry := datelineEntry(gz, place)
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
// place, or nil.
func datelineEntry(gz *gazetteer.Gazetteer, place string) *gazetteer.Entry {
	if place == "" {
		return nil
	}
	for _, m := range gz.Find(place) {
		if m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode {
			continue
		}
		if m.Entry.Type == graph.Country || m.Entry.Type == graph.Place && m.Entry.Country != "" {
			return m.Entry
		}
	}
	return nil
}

// datelineCountry returns the country of a dateline place, or nil.
func datelineCountry(gz *gazetteer.Gazetteer, place string) *gazetteer.Entry {
	e := datelineEntry(gz, place)
	if e == nil || e.Type == graph.Country {
		return e
	}
	return gz.CountryByCode(e.Country)
}
