package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// A wire story datelined in a country's capital speaks of that country's
// government: a minister's office there whose country neither the title,
// the person's other offices nor the rules of resolveOffices settle
// ("OTTAWA - ... Environment Minister X said", "BONN - Finance Minister X
// said he was surprised by U.S. criticism") is the capital's country,
// when:
//
//   - the title is a minister's, a secretary's, a chancellor's or a
//     premier's (ministerTitle), capitalised, with no body before it;
//   - the title's sentence names the country, as a noun or an
//     adjective ("said the U.S. would", "West German policies"): a
//     capital's stories name visiting officials with bare titles too
//     ("TOKYO - ... will meet Defence Secretary X");
//   - the person is not the one met, told or received, nor "visiting";
//   - no other country is named as such before the title in its
//     sentence ("Japan's envoy and Finance Minister X").
//
// A foreign minister visiting the capital is named with a demonym or a
// country on first mention, which gives the office its country first.

// confCapitalOffice is the confidence of an office given the capital of
// the dateline.
const confCapitalOffice = 0.3

// seatCities are government seats the gazetteer does not flag as capitals
// (city → ISO code).
var seatCities = lexicon.Pairs("seat_cities")

// capitalOffice returns the country of pending office po from a capital
// dateline (see above), or -1.
func (rb *relBuilder) capitalOffice(po pendingOffice) int {
	if !ministerTitle(po.title) || rb.objectOfAddress(po) || rb.ownedTitle(po) {
		return -1
	}
	c := rb.capitalDatelineCountry()
	if c < 0 || rb.visitingBefore(po) {
		return -1
	}
	if rb.otherCountryBefore(po, c) {
		return -1
	}
	named := false
	for _, m := range rb.bySentence[po.si] {
		named = named || !m.coref && m.ent == c
	}
	if !named {
		return -1
	}
	return c
}

// capitalDatelineCountry returns the entity of the country whose capital
// (or seat of government) datelines the article, when the article names
// that country; -1 otherwise.
func (rb *relBuilder) capitalDatelineCountry() int {
	e := datelineEntry(rb.gz, rb.place, rb.region)
	if e == nil || e.Type != graph.Place || e.Country == "" ||
		!e.Capital && seatCities[strings.ToLower(rb.place)] != strings.ToLower(e.Country) {
		return -1
	}
	return rb.namedCountryOf(e)
}
