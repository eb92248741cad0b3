package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// country is what the generator knows about one country or territory.
type country struct {
	b          *builder
	cca2, cca3 string
	region     string // world-countries region ("Asia")
	subregion  string // world-countries subregion ("Southern Asia")
	// capitals are the capital cities as world-countries names them (or
	// the Factbook when world-countries has none); capitalForms adds the
	// Factbook's spellings ("Washington, DC").
	capitals, capitalForms []string
	// words are the keys of the country's names and demonyms, the words a
	// party name drops for its acronym and short form.
	words map[string]bool
	fb    *factbookCountry
}

// world is the country data every other part of the generator uses.
type world struct {
	countries []*country // by cca2
	byCCA2    map[string]*country
	byCCA3    map[string]string // ISO alpha-3 → alpha-2, plus historical codes
	factbook  []*factbookCountry
	common    map[string]bool // see commonWords
	languages map[string]bool // keys of language names ("german", "hindi")
}

// handCountryNames are common English short names that no source lists
// (general knowledge, written for this generator).
var handCountryNames = map[string][]string{
	"GB": {"Britain"},
	"US": {"America"},
	"BA": {"Bosnia"},
	"TT": {"Trinidad"},
	"AG": {"Antigua"},
	"KN": {"St Kitts"},
	"VC": {"St Vincent"},
}

// historicalCCA3 maps codes that Party Facts uses for states that no longer
// exist or have no ISO code to today's country ("" = international).
var historicalCCA3 = map[string]string{
	"XKX": "XK", // Kosovo
	"UNK": "XK",
	"DDR": "DE", // German Democratic Republic
	"NIR": "GB", // Northern Ireland
	"SML": "SO", // Somaliland
	"VNR": "VN", // Republic of Vietnam
	"YMD": "YE", // South Yemen
	"PMR": "MD", // Transnistria
	"NFL": "CA", // Newfoundland
	"ZZB": "TZ", // Zanzibar
	"AUH": "AT", // Austria-Hungary
	"EUN": "",   // European Union (European Parliament groups)
}

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string            `json:"cca2"`
	CCA3         string            `json:"cca3"`
	Capital      []string          `json:"capital"`
	AltSpellings []string          `json:"altSpellings"`
	Languages    map[string]string `json:"languages"`
	Region       string            `json:"region"`
	Subregion    string            `json:"subregion"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type codeRow struct {
	cca2, cca3, gec, name, capital string
	pop                            int
}

func readCountryCodes(path string) ([]codeRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := make(map[string]int)
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"ISO_3166_2", "ISO_3166_3", "FIPS_GEC", "NAME.EN", "CAPITAL.EN", "pop"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s: no column %s", path, h)
		}
	}
	var out []codeRow
	for _, r := range rows[1:] {
		pop, _ := strconv.ParseFloat(r[col["pop"]], 64)
		out = append(out, codeRow{
			cca2: r[col["ISO_3166_2"]], cca3: r[col["ISO_3166_3"]], gec: r[col["FIPS_GEC"]],
			name: r[col["NAME.EN"]], capital: r[col["CAPITAL.EN"]], pop: int(pop),
		})
	}
	return out, nil
}

// readWorld builds the country entries from world-countries, the code
// crosswalk and the Factbook.
func readWorld(shared string, common map[string]bool) (*world, error) {
	raw, err := os.ReadFile(filepath.Join(shared, "gazetteers/world-countries/countries.json"))
	if err != nil {
		return nil, err
	}
	var wcs []wcCountry
	if err := json.Unmarshal(raw, &wcs); err != nil {
		return nil, fmt.Errorf("countries.json: %w", err)
	}
	codes, err := readCountryCodes(filepath.Join(shared, "gazetteers/country_codes_orgs/Countrycodes.csv"))
	if err != nil {
		return nil, err
	}
	w := &world{byCCA2: make(map[string]*country), byCCA3: make(map[string]string), common: common, languages: make(map[string]bool)}
	for _, wc := range wcs {
		for _, l := range wc.Languages {
			w.languages[gz.Key(l)] = true
		}
	}
	for k, v := range historicalCCA3 {
		w.byCCA3[k] = v
	}
	gecToISO := make(map[string]string)
	codeByISO := make(map[string]codeRow)
	for _, r := range codes {
		if r.cca2 == "" {
			continue
		}
		codeByISO[r.cca2] = r
		if r.gec != "" {
			gecToISO[r.gec] = r.cca2
		}
		if r.cca3 != "" {
			w.byCCA3[r.cca3] = r.cca2
		}
	}
	w.factbook, err = readFactbook(filepath.Join(shared, "gazetteers/factbook"), gecToISO)
	if err != nil {
		return nil, err
	}
	fbByISO := make(map[string]*factbookCountry)
	for _, fb := range w.factbook {
		fbByISO[fb.ISO] = fb
	}

	for _, wc := range wcs {
		c := &country{cca2: wc.CCA2, cca3: wc.CCA3, region: wc.Region, subregion: wc.Subregion, fb: fbByISO[wc.CCA2]}
		w.byCCA3[wc.CCA3] = wc.CCA2
		cr := codeByISO[wc.CCA2]
		c.b = newBuilder(gz.Entry{
			ID:         "country:" + wc.CCA2,
			Name:       wc.Name.Common,
			Type:       graph.Country,
			Country:    wc.CCA2,
			Population: cr.pop,
		})
		addCountryNames(c, wc, cr, w.languages)
		c.capitals = wc.Capital
		if len(c.capitals) == 0 && c.fb != nil {
			c.capitals = splitCapitals(c.fb.Capital)
		}
		c.capitalForms = slices.Clone(c.capitals)
		if c.fb != nil {
			c.capitalForms = append(c.capitalForms, splitCapitals(c.fb.Capital)...)
		}
		w.countries = append(w.countries, c)
		w.byCCA2[wc.CCA2] = c
	}
	slices.SortFunc(w.countries, func(a, b *country) int { return strings.Compare(a.cca2, b.cca2) })
	dropCapitalNames(w.countries)
	dropNameDemonyms(w.countries)
	weakenSharedDemonyms(w.countries)
	for _, c := range w.countries {
		c.b.Capitals = c.capitals
		c.words = make(map[string]bool)
		for _, a := range c.b.Aliases {
			if a.Kind == gz.KindName || a.Kind == gz.KindDemonym {
				c.words[gz.Key(a.Text)] = true
			}
		}
	}
	return w, nil
}

func addCountryNames(c *country, wc wcCountry, cr codeRow, languages map[string]bool) {
	b := c.b
	names := []string{wc.Name.Common, wc.Name.Official}
	if eng, ok := wc.Name.Native["eng"]; ok {
		names = append(names, eng.Common, eng.Official)
	}
	if cr.name != "" {
		names = append(names, cr.name)
	}
	abbrevs := make(map[string]bool)
	if fb := c.fb; fb != nil {
		names = append(names, fb.ShortForm, fb.LongForm, fb.LocalShort, fb.LocalLong)
		for _, a := range factbookAbbreviations(fb.Abbreviation) {
			abbrevs[gz.Key(a)] = true
			b.add(a, gz.KindShort)
		}
		for _, f := range splitList(fb.Former) {
			b.add(f, gz.KindDerived)
		}
	}
	names = append(names, handCountryNames[c.cca2]...)
	for _, n := range names {
		for _, f := range nameForms(n, languages) {
			addName(b, invertComma(f), gz.KindName)
		}
	}
	for _, s := range wc.AltSpellings {
		s = clean(s)
		switch {
		case s == wc.CCA2:
			kind := gz.KindCode
			if abbrevs[gz.Key(s)] {
				kind = gz.KindShort
			}
			b.add(s, kind)
		case isAbbreviation(s):
			b.add(s, gz.KindShort)
		default:
			for _, f := range nameForms(s, languages) {
				addName(b, invertComma(f), gz.KindName)
			}
		}
	}
	b.add(wc.CCA3, gz.KindCode)
	// Demonyms: world-countries' singular forms with a made plural, then the
	// Factbook's nationality noun and adjective, which spell plurals out.
	if d, ok := wc.Demonyms["eng"]; ok {
		for _, s := range append(splitList(d.M), splitList(d.F)...) {
			b.add(s, gz.KindDemonym)
			b.add(plural(s), gz.KindDemonym)
		}
	}
	if fb := c.fb; fb != nil {
		for _, s := range append(nationality(fb.Noun), nationality(fb.Adjective)...) {
			b.add(s, gz.KindDemonym)
		}
	}
}

// nameForms splits a source's name field into names. Notes after ";" are
// dropped, "/" separates alternatives, and a parenthesised part that is a
// name becomes a name of its own ("Myanmar (Burma)"); one that names a
// language or makes a remark ("(German)", "(unofficial)") is dropped.
func nameForms(s string, languages map[string]bool) []string {
	s, _, _ = strings.Cut(clean(s), ";")
	var out []string
	for _, m := range parenRE.FindAllStringSubmatch(s, -1) {
		if inner := clean(m[1]); !strings.Contains(inner, "/") && isNameRemark(inner, languages) {
			out = append(out, inner)
		}
	}
	for _, alt := range orSlashRE.Split(dropParens(s, false), -1) {
		if alt = clean(alt); alt != "" {
			out = append(out, alt)
		}
	}
	return out
}

// isNameRemark reports whether a remark in brackets is a name: capitalised
// words (joined by "and", "of", "the") that are not all language names
// ("(Burma)", "(Vatican City State)", but not "(German)", "(Dutch and
// English)", "(unofficial)", "(French part)").
func isNameRemark(s string, languages map[string]bool) bool {
	languageOnly := true
	for _, w := range strings.Fields(s) {
		if connectors[w] {
			continue
		}
		if !startsUpper(w) {
			return false
		}
		languageOnly = languageOnly && languages[gz.Key(w)]
	}
	return s != "" && !languageOnly
}

// dropCapitalNames removes a country's names that are its capital's name
// unless that is also the country's common name: the Factbook gives
// "Tunis" as a local form of Tunisia, but "Singapore" stays.
func dropCapitalNames(cs []*country) {
	for _, c := range cs {
		common := gz.Key(c.b.Name)
		for _, capital := range c.capitalForms {
			if k := gz.Key(capital); k != common {
				c.b.removeIf(func(a gz.Alias) bool { return gz.Key(a.Text) == k })
			}
		}
	}
}

// dropNameDemonyms removes demonyms that are some country's name or short
// form (the Factbook gives "Congo" as an adjective of both Congos).
func dropNameDemonyms(cs []*country) {
	names := make(map[string]bool)
	for _, c := range cs {
		for _, a := range c.b.Aliases {
			if a.Kind == gz.KindName || a.Kind == gz.KindShort {
				names[gz.Key(a.Text)] = true
			}
		}
	}
	for _, c := range cs {
		c.b.removeIf(func(a gz.Alias) bool { return a.Kind == gz.KindDemonym && names[gz.Key(a.Text)] })
	}
}

// addName adds a name and its spelling variants with the same kind.
func addName(b *builder, s string, k gz.AliasKind) {
	if s == "" {
		return
	}
	b.add(s, k)
	for _, v := range spellings(s) {
		b.add(v, k)
	}
}

// isAbbreviation reports whether s is written like an abbreviation: two to
// six capitals, dots allowed ("UAE", "U.S.", "DPRK").
func isAbbreviation(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

var (
	parenNoteRE = regexp.MustCompile(`\((?:or )?([^)]*)\)`)
	parenRE     = regexp.MustCompile(`\(([^()]*)\)`)
	orSlashRE   = regexp.MustCompile(` or |/`)
	listSepRE   = regexp.MustCompile(`,| or |/`)
)

// factbookAbbreviations splits the Factbook's "abbreviation" field: "US or
// USA", "DRC (or DROC)", "Saint-Barth (French)/ St. Barts or St. Barths
// (English)".
func factbookAbbreviations(s string) []string {
	s = parenNoteRE.ReplaceAllStringFunc(clean(s), func(m string) string {
		if strings.HasPrefix(m, "(or ") {
			return " or " + m[4:len(m)-1]
		}
		return "" // a language note
	})
	var out []string
	for _, part := range orSlashRE.Split(s, -1) {
		if part = clean(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// splitList splits a list of names at commas and semicolons, dropping
// parenthesised notes and parts that do not start with a capital.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(dropParens(clean(s), false), func(r rune) bool { return r == ',' || r == ';' }) {
		if part = clean(part); startsUpper(part) {
			out = append(out, part)
		}
	}
	return out
}

// splitCapitals reads a Factbook capital name: "New Delhi", "Pretoria
// (administrative capital); Cape Town (legislative capital); Bloemfontein
// (judicial capital)".
func splitCapitals(s string) []string {
	var out []string
	for _, part := range strings.Split(dropParens(clean(s), false), ";") {
		if part = clean(part); part != "" && !strings.HasPrefix(part, "note") {
			out = append(out, part)
		}
	}
	return out
}

// plural makes the plural of a demonym: "Pakistani" → "Pakistanis",
// "Frenchman" → "Frenchmen". Forms that do not change ("Chinese", "Swiss",
// "French", "British") come back as they are.
func plural(s string) string {
	switch {
	case s == "":
		return s
	case strings.HasSuffix(s, "hman") || strings.HasSuffix(s, "sman"):
		return s[:len(s)-3] + "men" // Frenchman, Scotsman (not German)
	}
	for _, suf := range []string{"ese", "ss", "sh", "tch", "nch", "x", "z", "s"} {
		if strings.HasSuffix(s, suf) {
			return s
		}
	}
	return s + "s"
}

// nationality reads a Factbook nationality noun or adjective: "Pakistani(s)",
// "Frenchman(men), Frenchwoman(women)", "Motswana (singular), Batswana
// (plural)", "Equatorial Guinean(s) or Equatoguinean(s)". Notes after a
// semicolon and parenthesised remarks are dropped.
func nationality(s string) []string {
	s, _, _ = strings.Cut(clean(s), ";")
	s = remarkRE.ReplaceAllString(s, "")
	var out []string
	for _, part := range listSepRE.Split(s, -1) {
		part = strings.TrimSpace(part)
		base, suf := part, ""
		if i := strings.IndexByte(part, '('); i > 0 && strings.HasSuffix(part, ")") && part[i-1] != ' ' {
			base, suf = part[:i], part[i+1:len(part)-1]
		}
		base = clean(dropParens(base, false))
		if base == "" || base == "NA" || !startsUpper(strings.TrimLeft(base, "abcdefghijklmnopqrstuvwxyz")) {
			continue
		}
		out = append(out, base)
		if suf != "" {
			out = append(out, withSuffix(base, suf))
		}
	}
	return out
}

// withSuffix applies a Factbook plural suffix: "s" and "es" are appended,
// others replace the tail they start: "Frenchman" + "men" → "Frenchmen".
func withSuffix(base, suf string) string {
	if suf == "s" || suf == "es" {
		return base + suf
	}
	if i := strings.LastIndexByte(base, suf[0]); i > 0 {
		return base[:i] + suf
	}
	return base + suf
}

// weakenSharedDemonyms keeps a demonym strong only on the most populous
// of the countries that share it ("American" is the United States', not
// the Northern Mariana Islands').
func weakenSharedDemonyms(cs []*country) {
	best := make(map[string]*country)
	for _, c := range cs {
		for _, a := range c.b.Aliases {
			if a.Kind != gz.KindDemonym {
				continue
			}
			k := gz.Key(a.Text)
			if o, ok := best[k]; !ok || c.b.Population > o.b.Population {
				best[k] = c
			}
		}
	}
	for _, c := range cs {
		for _, a := range c.b.Aliases {
			if k := gz.Key(a.Text); a.Kind == gz.KindDemonym && best[k] != c {
				c.b.demote(k)
			}
		}
	}
}
