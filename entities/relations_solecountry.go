package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// A bare state office ("President X", "Chancellor X") whose country no
// other rule of resolveOffices settles is the office of the one country
// of the article that can hold it, when the text allows no other reading:
//
//	Japan's trade surplus ... President X said he would lift the tariffs   (X: the United States; Japan has no president)
//	Chancellor X told Britain's bankers ... Italy's ...                    (X: Britain; Italy has no chancellor)
//
// The candidates are the countries the article names as such (each at
// least twice, counting the dateline as one naming) and the dateline's
// country even when the text does not name it; a country that lacks the
// office (offices_absent) or is not among the few that have it
// (offices_present: "chancellor") is none. Exactly one candidate must
// remain, named at least twice, and:
//
//   - the title is capitalised and the person gets no other office of a
//     country and no place in an organization in the article (a
//     company's "President X" is the company's);
//   - the sentence names no other country as such, and the one it names
//     is its setting (homeInSentence: not where something goes or is
//     aimed, not after the title); no organization owns the title ("Acme
//     President X");
//   - the person is not the one met, told or received, nor "visiting"
//     (a visitor's host may be a third country's head).
//
// A country named only once is too weak a reading: "similar to the Iran
// arms affair" names Iran in a story about the United States' president.

// confSoleCountry is the confidence of an office given the article's one
// country that can hold it.
const confSoleCountry = 0.3

// officesPresent lists, in the order of the list file, each office (lower
// case) with the codes (upper case) of the only countries that have it. A
// slice, not a map: the first entry an office matches decides, so a longer
// office written before a shorter one it ends in ("vice chancellor" before
// "chancellor") is read the same way on every run.
var officesPresent = loadOfficesPresent()

type presentOffice struct {
	office string
	codes  []string
}

func loadOfficesPresent() []presentOffice {
	var l []presentOffice
	readOfficeList("offices_present", func(office string, codes []string) {
		l = append(l, presentOffice{office, codes})
	})
	return l
}

// canHoldOffice reports whether the country of ISO code code may hold
// office title: it does not lack it (offices_absent) and, for an office
// of offices_present, is one of the countries that have it.
func canHoldOffice(code, title string) bool {
	l := officeTitle(title)
	if codeLacksOffice(code, l) {
		return false
	}
	for _, p := range officesPresent {
		if isOffice(l, p.office) {
			return slices.Contains(p.codes, code)
		}
	}
	return true
}

// lastOfficeCountry returns the country of pending office po from a
// capital dateline (capitalOffice), else the article's one country that
// can hold it (soleOfficeCountry), else the capital's country of a
// sentence naming none (datelineOffice), with the confidence of the rule
// that gave it; -1 if none does.
func (rb *relBuilder) lastOfficeCountry(po pendingOffice) (int, float64) {
	if c := rb.capitalOffice(po); c >= 0 {
		return c, confCapitalOffice
	}
	if c := rb.soleOfficeCountry(po); c >= 0 {
		return c, confSoleCountry
	}
	return rb.datelineOffice(po), confDatelineOffice // the capital's country, named or not
}

// soleOfficeCountry returns the country of pending office po as the one
// country of the article that can hold it (see above), or -1.
func (rb *relBuilder) soleOfficeCountry(po pendingOffice) int {
	if !po.cap || rb.objectOfAddress(po) || rb.ownedTitle(po) || rb.visitingBefore(po) || rb.inOrganization(po.p) {
		return -1
	}
	count := rb.countryCounts()
	sole, code := -1, ""
	for c, n := range count {
		e := rb.ex.Entities[c].Entry
		if e == nil || !canHoldOffice(e.Country, po.title) {
			continue
		}
		if sole >= 0 || n < 2 {
			return -1 // two candidates, or a weak one
		}
		sole, code = c, e.Country
	}
	if sole < 0 {
		return -1
	}
	if dl := datelineCountry(rb.gz, rb.place, rb.region); dl != nil && dl.Country != code && canHoldOffice(dl.Country, po.title) {
		return -1 // "MEXICO CITY - ... President X": the dateline's country, named or not
	}
	if len(po.countries) > 0 && !rb.homeInSentence(po, sole) {
		return -1 // "called for President X to force Finland to open": Finland is aimed at
	}
	return sole
}

// inOrganization reports whether person p holds a role in, leads or works
// for an organization of the article.
func (rb *relBuilder) inOrganization(p int) bool {
	for k := range rb.rels {
		if k.a != p || rb.ex.Entities[k.b].Type != graph.Organization {
			continue
		}
		switch k.k {
		case graph.HoldsRole, graph.Leads, affiliatedWith:
			return true
		}
	}
	return false
}
