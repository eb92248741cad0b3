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

// officesAbsent maps an office title (lower case) to the codes of the
// countries that lack it.
var officesAbsent = loadOfficesAbsent()

func loadOfficesAbsent() map[string][]string {
	m := map[string][]string{}
	for _, line := range lexicon.Words("offices_absent") {
		office, codes, ok := strings.Cut(line, ":")
		if !ok {
			panic("entities: offices_absent: no colon in " + line)
		}
		m[strings.TrimSpace(office)] = strings.Fields(codes)
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
	l := strings.ToLower(strings.Join(strings.Fields(title), " "))
	for office, codes := range officesAbsent {
		if l != office && !strings.HasSuffix(l, " "+office) {
			continue
		}
		for _, code := range codes {
			if rb.gz.CountryByCode(code) == e {
				return true
			}
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
