package main

import (
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// supraverden field names, by the kind their values get.
var (
	orgNameFields   = []string{"Name_en", "Name_other_en", "Name_other_1_en", "Name_other_2_en", "Name_other_3_en", "Name_other_4_en"}
	orgShortFields  = []string{"Abbreviation_en", "Abbreviation_other_en", "Abbreviation_other_2_en"}
	orgFormerFields = []string{"Name_former_en", "Abbreviation_former_en"}
)

// orgBuilders reads the international organisations of supraverden and
// of the Factbook's organisation appendix (via country_codes_orgs), merges
// those that share a name, and adds the variants of addOrgVariants.
// International bodies have no country, so the variants made here keep
// the kind of what they stand for rather than becoming Derived (which the
// extractor accepts only next to the entry's country).
func orgBuilders(shared string) ([]*builder, error) {
	dir := filepath.Join(shared, "gazetteers")
	f, err := os.Open(filepath.Join(dir, "supraverden_intl_orgs/general_list.yaml"))
	if err != nil {
		return nil, err
	}
	recs, err := readYAMLRecords(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	var out []*builder
	byID := make(map[string]*builder)
	byName := make(map[string]*builder) // orgKey of a name → org
	index := func(b *builder) {
		for _, a := range b.Aliases {
			if a.Kind == gz.KindName {
				if _, ok := byName[orgKey(a.Text)]; !ok {
					byName[orgKey(a.Text)] = b
				}
			}
		}
	}
	for _, r := range recs {
		name := r.Fields["Name_en"]
		if name == "" {
			name = r.Key
		}
		qid := r.Fields["Wikidata_code"]
		if !qidRE.MatchString(qid) {
			qid = ""
		}
		id := "org:" + qid
		if qid == "" {
			id = "org:" + slug(name)
		}
		b, ok := byID[id]
		if !ok {
			b = newBuilder(gz.Entry{ID: id, Name: clean(name), Type: graph.Organization, QID: qid})
			byID[id] = b
			out = append(out, b)
		}
		for _, fld := range orgNameFields {
			addName(b, r.Fields[fld], gz.KindName)
		}
		for _, fld := range orgShortFields {
			b.add(r.Fields[fld], gz.KindShort)
		}
		for _, fld := range orgFormerFields {
			b.add(r.Fields[fld], gz.KindDerived)
		}
		index(b)
	}

	rows, err := readCSV(filepath.Join(dir, "country_codes_orgs/CountrycodesOrgs.csv"))
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	for _, r := range rows {
		name, abbr := clean(r["org_name"]), clean(r["org_id"])
		if name == "" || seen[name+"|"+abbr] {
			continue
		}
		seen[name+"|"+abbr] = true
		if strings.Contains(abbr, "_") || !isAbbreviationLike(abbr) || len(abbr) < 2 {
			abbr = "" // ids like ARCTIC_COUNCIL, EuroArea and C are not written forms
		}
		b := byName[orgKey(name)]
		if b == nil {
			id := "org:" + slug(cmp.Or(abbr, name))
			if b = byID[id]; b == nil {
				b = newBuilder(gz.Entry{ID: id, Name: name, Type: graph.Organization})
				byID[id] = b
				out = append(out, b)
			}
		}
		addName(b, name, gz.KindName)
		b.add(abbr, gz.KindShort)
		index(b)
	}
	for _, b := range out {
		addOrgVariants(b)
	}
	return out, nil
}

// orgKey is the key under which two organisation names count as the same:
// looseKey without stop words, with "organization" for "organisation"
// ("Organization of the Petroleum Exporting Countries" = "Organisation of
// Petroleum Exporting Countries").
func orgKey(s string) string {
	var words []string
	for _, w := range strings.Fields(looseKey(s)) {
		if !acronymStop[w] {
			words = append(words, strings.Replace(w, "isation", "ization", 1))
		}
	}
	return strings.Join(words, " ")
}

// isAbbreviationLike reports whether s looks like an abbreviation: no
// space and more capitals than lower-case letters ("G-77", "eu-LISA",
// "AfDB").
func isAbbreviationLike(s string) bool {
	if s == "" || strings.Contains(s, " ") {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		}
	}
	return upper > lower
}

var numberWords = []string{"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
	"Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"}

var (
	qidRE        = regexp.MustCompile(`^Q[0-9]+$`)
	groupOfRE    = regexp.MustCompile(`^Group of (\d+)$`)
	letterDashRE = regexp.MustCompile(`^([A-Z]+)-(\d+)$`)
)

// addOrgVariants adds "UN X" for "United Nations X", "G7" for "G-7", and
// "Group of Seven" and "G7" for "Group of 7".
func addOrgVariants(b *builder) {
	for _, a := range slices.Clone(b.Aliases) {
		if rest, ok := strings.CutPrefix(a.Text, "United Nations "); ok && a.Kind != gz.KindDerived {
			b.add("UN "+rest, gz.KindShort)
		}
		if m := letterDashRE.FindStringSubmatch(a.Text); m != nil {
			b.add(m[1]+m[2], a.Kind)
		}
		if m := groupOfRE.FindStringSubmatch(a.Text); m != nil {
			n, _ := strconv.Atoi(m[1])
			if n > 0 && n < len(numberWords) {
				b.add("Group of "+numberWords[n], gz.KindName)
			}
			b.add("G"+m[1], gz.KindShort)
		}
	}
}
