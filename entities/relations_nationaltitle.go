package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// Some state offices are one country's wherever the news names them
// bare: "Treasury Secretary X" is the United States' even in a story
// datelined Mexico City that names Mexico in the same sentence, and
// "Chancellor of the Exchequer X" is Britain's. Such an office whose
// title carries no country of its own takes the title's country when
// the article names that country, and no country when it does not (the
// article's other countries are not its); it comes before the sentence's
// country, which for these titles is as often a counterpart's. The
// person's offices elsewhere in the article still decide first.

// confNationalTitle is the confidence of an office given its title's
// country.
const confNationalTitle = 0.6

// nationalTitles are the titles of one country's offices (lower-case
// title → ISO code).
var nationalTitles = lexicon.Pairs("national_titles")

// nationalTitleCountry returns the entity of the country whose office
// title names, or -1 when the article does not name it; national reports
// whether title is one country's at all.
func (rb *relBuilder) nationalTitleCountry(title string) (c int, national bool) {
	code := nationalTitles[strings.ToLower(strings.Join(strings.Fields(title), " "))]
	if code == "" {
		return -1, false
	}
	e := rb.gz.CountryByCode(code)
	if e == nil {
		return -1, true
	}
	return rb.namedEntry(e), true
}
