package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// A state office some countries do not have is never theirs: "Prime
// Minister X" in a sentence naming the United States and Canada is
// Canada's, "President X" in a Japanese story the other country's.
// resolveOffices leaves such countries out of every source of an office's
// country (the sentence's, the article's home, the dateline's).

// officesAbsent maps a country's code (upper case, as gazetteer entries
// spell it) to the office titles (lower case) it lacks: precomputed once
// per country, so that a lookup reads only that country's few offices.
var officesAbsent = loadOfficesAbsent()

func loadOfficesAbsent() map[string][]string {
	m := map[string][]string{}
	for _, line := range lexicon.Words("offices_absent") {
		office, codes, ok := strings.Cut(line, ":")
		if !ok {
			panic("entities: offices_absent: no colon in " + line)
		}
		for _, code := range strings.Fields(codes) {
			code = strings.ToUpper(code)
			m[code] = append(m[code], strings.TrimSpace(office))
		}
	}
	return m
}

// lacksOffice reports whether country entity c has no office of this
// title: the title ends in an office of officesAbsent ("Deputy Prime
// Minister") that c's country lacks.
func (rb *relBuilder) lacksOffice(c int, title string) bool {
	if c < 0 {
		return false
	}
	e := rb.ex.Entities[c].Entry
	if e == nil {
		return false
	}
	offices := officesAbsent[e.Country]
	if len(offices) == 0 || rb.gz.CountryByCode(e.Country) != e {
		return false // not a country's own entry
	}
	l := strings.ToLower(strings.Join(strings.Fields(title), " "))
	for _, office := range offices {
		if l == office || strings.HasSuffix(l, " "+office) {
			return true
		}
	}
	return false
}

// officeCountries returns the countries of po's sentence that may hold
// its office.
func (rb *relBuilder) officeCountries(po pendingOffice) []int {
	var out []int
	for _, c := range po.countries {
		if !rb.lacksOffice(c, po.title) {
			out = append(out, c)
		}
	}
	if out == nil && po.countries != nil {
		out = []int{} // named countries, none of them the office's
	}
	return out
}
