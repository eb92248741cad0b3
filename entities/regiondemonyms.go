package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// regionDemonyms maps the adjectives of world areas and of regions that
// are not countries to their gazetteer entries ("european" →
// "area:europe", "scottish" → "region:GB.SCT").
var regionDemonyms = lexicon.Pairs("region_demonyms")

// regionAbbreviations maps the keys of US state and Canadian province
// abbreviations to their gazetteer entries ("calif" → "region:US.CA").
var regionAbbreviations = lexicon.Pairs("region_abbreviations")

// kindAfterTown is the alias kind of a region abbreviation read after a
// town: choose takes it as the region without further evidence.
const kindAfterTown = gazetteer.AliasKind("after-town")

// regionReading reports whether a region's alias is one this file reads
// ("Scottish", "Ore." after "Portland,"): the context has already vouched
// for it, so choose takes the region however small, and though its word
// is shaped like an adjective. A world area's demonym needs no such pass.
func regionReading(a gazetteer.Alias) bool {
	return a.Kind == gazetteer.KindDemonym || a.Kind == kindAfterTown
}

// addRegionDemonyms adds to a document's gazetteer spans the readings of
// region and area adjectives ("European markets" name Europe and "the
// Scottish league" Scotland, as "Pakistani" names Pakistan) and of state
// and province abbreviations after a town ("Portland, Ore.", "Houston,
// TX"). A reading joins the span's other readings ("Scottish" is also a
// word of a party's name) and choose weighs it. The spans stay in text
// order.
func addRegionDemonyms(d *Document, keys []string, gz *gazetteer.Gazetteer, spans []gazSpan) []gazSpan {
	added := false
	for i, t := range d.Tokens {
		if !t.Cap() {
			continue
		}
		kind := gazetteer.KindDemonym
		id, ok := regionDemonyms[keys[i]]
		if !ok {
			if id, ok = regionAbbreviations[keys[i]]; !ok || !afterTown(d, i) || !placeSpanEnds(spans, i-1) {
				continue
			}
			kind = kindAfterTown
		}
		e := entryByListID(gz, id)
		if e == nil {
			continue
		}
		m := gazetteer.Match{Entry: e, Alias: gazetteer.Alias{Text: t.Text, Kind: kind}}
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

// placeSpanEnds reports whether a gazetteer span with a place reading
// ends at token end: a state's postal code reads as the state only after
// a town ("Columbus, OH", "Raleigh, NC"), not after any capitalised word
// ("Then, OK, ...").
func placeSpanEnds(spans []gazSpan, end int) bool {
	for _, sp := range spans {
		if sp.tokEnd != end {
			continue
		}
		for _, m := range sp.matches {
			if m.Entry.Type == graph.Place {
				return true
			}
		}
	}
	return false
}

// choose picks the reading of a gazetteer span that the article supports,
// or reports false when none is acceptable: a state's abbreviation after
// a town (afterTownReading) outright, any other span by chooseReading.
func choose(d *Document, sp gazSpan, ctx *context) (gazetteer.Match, float64, bool) {
	if m, ok := afterTownReading(sp); ok {
		return m, ScoreStrong, true // "Columbus, OH"
	}
	return chooseReading(d, sp, ctx)
}

// afterTownReading returns the reading of a span that addRegionDemonyms
// read as a state's abbreviation after a town. The position has vouched
// for it: "OH" and "OR" after "Columbus," and "Portland," are Ohio and
// Oregon, not the interjection and conjunction nonNames turns away, and
// "NC" after "Raleigh," is North Carolina, not the Nordic Council.
func afterTownReading(sp gazSpan) (gazetteer.Match, bool) {
	for _, m := range sp.matches {
		if m.Alias.Kind == kindAfterTown {
			return m, true
		}
	}
	return gazetteer.Match{}, false
}

// entryByListID returns the gazetteer entry of an ID as a word list
// writes it, in lower case: the codes after "region:" and "country:" are
// upper case in the gazetteer ("region:us.ca" is "region:US.CA"), an
// area's slug is not.
func entryByListID(gz *gazetteer.Gazetteer, id string) *gazetteer.Entry {
	for _, prefix := range []string{"region:", "country:"} {
		if code, ok := strings.CutPrefix(id, prefix); ok {
			return gz.ByID(prefix + strings.ToUpper(code))
		}
	}
	return gz.ByID(id)
}

// afterTown reports whether token i is written as a state's abbreviation
// after a town: a capitalised word and a comma before it, and the token
// itself an abbreviation with its period ("Calif.", "N.Y.") or before a
// dateline's date, or a postal code in capitals ("TX").
func afterTown(d *Document, i int) bool {
	if i < 2 || d.Tokens[i-1].Text != "," || !d.Tokens[i-2].Word() || !d.Tokens[i-2].Cap() {
		return false
	}
	t := d.Tokens[i].Text
	if strings.Contains(t, ".") || i+1 < len(d.Tokens) && (d.Tokens[i+1].Text == "." && !d.Tokens[i+1].Space || dateAt(d, i+1)) {
		return true // "Calif.", or a dateline's "IRVINE , Calif 1996-08-30"
	}
	return len(t) == 2 && allCaps(t)
}
