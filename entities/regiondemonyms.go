package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// regionDemonyms maps the adjectives of world areas and of regions that
// are not countries to their gazetteer entries ("european" →
// "area:europe", "scottish" → "region:GB.SCT").
var regionDemonyms = lexicon.Pairs("region_demonyms")

// addRegionDemonyms adds to a document's gazetteer spans the readings of
// region and area adjectives: "European markets" name Europe and "the
// Scottish league" Scotland, as "Pakistani" names Pakistan. The reading
// joins the span's other readings ("Scottish" is also a word of a party's
// name), and choose weighs it as a demonym of a place. The spans stay in
// text order.
func addRegionDemonyms(d *Document, keys []string, gz *gazetteer.Gazetteer, spans []gazSpan) []gazSpan {
	added := false
	for i, t := range d.Tokens {
		if !t.Cap() {
			continue
		}
		id, ok := regionDemonyms[keys[i]]
		if !ok {
			continue
		}
		e := gz.ByID(id)
		if e == nil {
			continue
		}
		m := gazetteer.Match{Entry: e, Alias: gazetteer.Alias{Text: t.Text, Kind: gazetteer.KindDemonym}}
		j := slices.IndexFunc(spans, func(sp gazSpan) bool { return sp.tokStart == i && sp.tokEnd == i+1 })
		if j >= 0 {
			spans[j].matches = append(slices.Clip(spans[j].matches), m)
			continue
		}
		spans = append(spans, gazSpan{tokStart: i, tokEnd: i + 1, matches: []gazetteer.Match{m}})
		added = true
	}
	if added {
		slices.SortStableFunc(spans, func(a, b gazSpan) int { return a.tokStart - b.tokStart })
	}
	return spans
}
