package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// A wire story datelined in a country's capital speaks of that country's
// government even when its text never names the country: "OTTAWA - ...
// Finance Minister X said" is Canada's finance minister, "WASHINGTON -
// Agriculture Secretary Y said" the United States' agriculture
// secretary. capitalOffice reads the capital's office only when the
// title's sentence names the country; this wider rule, the last resort of
// resolveOffices, takes the capital's country when the sentence names no
// country at all, for any state office the country can hold, when:
//
//   - the title is a minister's, a secretary's or a head of state's or
//     government's (not a spokesman's or an envoy's);
//   - the title is capitalised and no body, place or country stands
//     right before it ("Alberta Premier X", "EC Commissioner Y");
//   - the person is not the one met, told or received, nor "visiting";
//   - the person holds no place in an organization of the article, and
//     a head's title ("President X") stands in no story about one company:
//     a company's president is the company's;
//   - the capital's country is the one the article names most (the
//     dateline counting as one naming), no three other countries are
//     named and the title's paragraph names no other country
//     (otherCountryFocus): a foreign desk's story datelined in the
//     capital is about that other country's government, a summit's
//     about several, and a visitor's bare title stands beside the
//     country of the talks;
//   - the country can hold the office (offices_absent, offices_present):
//     a Tokyo story's "President X" is another country's president.
//
// The country joins the extraction as implied when the text does not
// name it. Trading precision for recall on purpose: a capital's stories
// quote their own government far more often than an unnamed foreign one,
// whose officials the wires introduce with a country or demonym.

// stateHeadNouns end the titles of a state's head that datelineOffice
// reads besides a minister's: a spokesman or envoy of the capital may
// speak for some office of it, not for the state.
var stateHeadNouns = map[string]bool{"president": true, "premier": true, "chancellor": true}

// lastWord returns the last word of title, lower case.
func lastWord(title string) string {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// confDatelineOffice is the confidence of an office given only the
// capital of the dateline.
const confDatelineOffice = 0.25

// datelineOffice returns the country of pending office po from a capital
// dateline when its sentence names no country (see above), or -1.
func (rb *relBuilder) datelineOffice(po pendingOffice) int {
	if !rb.bareStateOffice(po) {
		return -1
	}
	e := datelineEntry(rb.gz, rb.place, rb.region)
	if e == nil || e.Type != graph.Place || e.Country == "" ||
		!e.Capital && seatCities[strings.ToLower(rb.place)] != strings.ToLower(e.Country) {
		return -1
	}
	c := rb.gz.CountryByCode(e.Country)
	if c == nil || !canHoldOffice(c.Country, po.title) {
		return -1
	}
	return rb.officeCountryEntity(po, c)
}

// bareStateOffice reports whether pending office po may take a country
// the article implies (datelineOffice, partyOffice): a minister's or a
// head's capitalised title, in a sentence naming no country, that no
// body owns, whose holder is not the one met or visiting and has no
// place in an organization, and no company story's "President X".
func (rb *relBuilder) bareStateOffice(po pendingOffice) bool {
	if !po.cap || !ministerTitle(po.title) && !stateHeadNouns[lastWord(po.title)] || len(po.countries) > 0 ||
		rb.objectOfAddress(po) || rb.ownedTitle(po) || rb.visitingBefore(po) || rb.inOrganization(po.p) {
		return false
	}
	// A company story's "President X" heads the company or its unit.
	return !stateHeadNouns[lastWord(po.title)] || rb.homeOrganization() < 0
}

// officeCountryEntity returns the entity of country c for pending office
// po, adding c as implied when the article does not name it; -1 when a
// place or another country qualifies the title or the article is about
// another country (otherCountryFocus).
func (rb *relBuilder) officeCountryEntity(po pendingOffice, c *gazetteer.Entry) int {
	named := rb.namedEntry(c)
	if rb.foreignTitle(po, named) || rb.otherCountryFocus(po, named) {
		return -1
	}
	if named >= 0 {
		return named
	}
	return rb.ex.entityFor(c)
}

// countryNaming reports whether mention m of sentence s names a country
// as such: in its own words (no coreference), standing alone (no
// demonym's or body's part: standaloneCountry) and not as a destination.
// countryCounts counts these namings.
func (rb *relBuilder) countryNaming(m placed, s Sentence) bool {
	return rb.ex.Entities[m.ent].Type == graph.Country && !m.coref && rb.standaloneCountry(m, s) && !rb.destinationCountry(m)
}

// otherCountryFocus reports whether the article may be about another
// country than the capital's (entity c, -1 when unnamed): it names one
// as often as the capital's country or more (the dateline counting as
// one naming, homeVotes), or three other countries (a summit's story),
// or the title's paragraph names another country as such (po's minister
// may be a visitor: "Agriculture Secretary X took a hard line in talks
// here", the talks with another country's).
func (rb *relBuilder) otherCountryFocus(po pendingOffice, c int) bool {
	count := rb.countryCounts()
	own := 0
	if c >= 0 {
		own = count[c]
	} else {
		own = 1 // the dateline's naming of an unnamed country
	}
	others := 0
	for o, n := range count {
		if o == c {
			continue
		}
		if n >= own {
			return true
		}
		others++
	}
	if others >= 3 {
		return true
	}
	lo, hi := paragraphOf(rb.d, po.si)
	for si := lo; si < hi; si++ {
		s := rb.d.Sentences[si]
		for _, m := range rb.bySentence[si] {
			if m.ent != c && rb.countryNaming(m, s) {
				return true
			}
		}
	}
	return false
}
