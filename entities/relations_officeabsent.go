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
	readOfficeList("offices_absent", func(office string, codes []string) {
		for _, code := range codes {
			m[code] = append(m[code], office)
		}
	})
	return m
}

// readOfficeList calls each for every line "office: codes" of lexicon
// list name (offices_absent, offices_present), the office trimmed and the
// countries' codes upper case, as gazetteer entries spell them.
func readOfficeList(name string, each func(office string, codes []string)) {
	for _, line := range lexicon.Words(name) {
		office, codes, ok := strings.Cut(line, ":")
		if !ok {
			panic("entities: " + name + ": no colon in " + line)
		}
		each(strings.TrimSpace(office), strings.Fields(strings.ToUpper(codes)))
	}
}

// officeTitle returns title spelt as the office lists spell offices: lower
// case, one space between words.
func officeTitle(title string) string {
	return strings.ToLower(strings.Join(strings.Fields(title), " "))
}

// isOffice reports whether office title l (officeTitle) is office or a
// kind of it ("deputy prime minister" ends in "prime minister").
func isOffice(l, office string) bool {
	return l == office || strings.HasSuffix(l, " "+office)
}

// codeLacksOffice reports whether the country of code lacks office title
// l (officeTitle) by offices_absent.
func codeLacksOffice(code, l string) bool {
	for _, office := range officesAbsent[code] {
		if isOffice(l, office) {
			return true
		}
	}
	return false
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
	if len(officesAbsent[e.Country]) == 0 || rb.gz.CountryByCode(e.Country) != e {
		return false // not a country's own entry
	}
	return codeLacksOffice(e.Country, officeTitle(title))
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
