package entities

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// dateline adds the article's dateline place, when the gazetteer knows it
// as a country or a city, and the place's country, as implied entities.
func dateline(ex *Extraction, gz *gazetteer.Gazetteer, place string) {
	if place == "" {
		return
	}
	var entry *gazetteer.Entry
	for _, m := range gz.Find(place) {
		if m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode {
			continue
		}
		if m.Entry.Type == graph.Country || m.Entry.Type == graph.Place && m.Entry.Country != "" {
			entry = m.Entry
			break
		}
	}
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
