package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// nameByDateline names a state's department that the article names bare
// ("the Finance Ministry", "the Treasury", "the Ministry of Trade") by
// the country of the article's dateline, c: the Finance Ministry of a
// story filed from Tokyo is Japan's, and linking joins entities of one
// name across articles, so the bare name would make one node of every
// country's ministry (nameQualified does the same for a department the
// article qualifies itself). The department must be an organization
// without a gazetteer entry whose name is a department word and words of
// portfolios only (bareDepartment), and no other country may be named
// more often than c in the article. The qualifier is the abbreviation
// the article writes c by ("U.S.", "UK"), else c's demonym as an
// adjective ("Japanese Finance Ministry").
func nameByDateline(ex *Extraction, c *gazetteer.Entry) {
	if c == nil || c.Type != graph.Country {
		return
	}
	own := datelineCountryLeads(ex, c)
	if own == nil {
		return
	}
	q := countryQualifier(own, c)
	if q == "" {
		return
	}
	for _, e := range ex.Entities {
		if e.Type == graph.Organization && e.Entry == nil && bareDepartment(e) {
			bare := e.Name
			e.Name = q + " " + bare
			addAlias(e, bare)
		}
	}
}

// bareDepartment reports whether e's name is a state department's, of at
// most four words: a department word ("Ministry" or "Department" alone
// tells no department) and words of portfolios and titles ("Finance",
// "Foreign", "Trade and Industry"), and that no alias of e extends.
func bareDepartment(e *Entity) bool {
	words := strings.Fields(gazetteer.Key(e.Name))
	if len(words) == 0 || len(words) > 4 || len(words) == 1 && (words[0] == "ministry" || words[0] == "department") {
		return false
	}
	dept := false
	for _, w := range words {
		switch {
		case departmentWords[w]:
			dept = true
		case w == "of" || w == "and" || w == "for" || isRoleWord(w):
		default:
			return false
		}
	}
	if !dept {
		return false
	}
	k := gazetteer.Key(e.Name)
	for _, a := range e.Aliases {
		if ak := gazetteer.Key(a); ak != k && strings.HasSuffix(ak, " "+k) {
			return false
		}
	}
	return true
}

// countryQualifier returns the form that qualifies a body by country c,
// whose entity in the article is own: an abbreviation of two or three
// capitals the article writes it by ("U.S.", "UK"); else, for a country
// of a name of several words, its abbreviation of two capitals ("US" for
// the United States, which linking reads as "U.S."); else c's demonym
// that reads as an adjective ("Japanese", "Swedish", not "Swede"); else
// "".
func countryQualifier(own *Entity, c *gazetteer.Entry) string {
	for _, a := range append([]string{own.Name}, own.Aliases...) {
		if allCaps(a) && letters(a) >= 2 && letters(a) <= 3 {
			return a
		}
	}
	if strings.Contains(c.Name, " ") {
		for _, a := range c.Aliases {
			if a.Kind == gazetteer.KindShort && len(a.Text) == 2 && allCaps(a.Text) {
				return a.Text
			}
		}
	}
	for _, a := range c.Aliases {
		if a.Kind == gazetteer.KindDemonym && adjectiveDemonym(a.Text) {
			return a.Text
		}
	}
	return ""
}

// adjectiveDemonym reports whether demonym w reads as an adjective:
// "Japanese", "French", "Swedish", "German", "Thai"; not a noun for a
// person or people ("Swede", "Frenchman", "Germans").
func adjectiveDemonym(w string) bool {
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "man") || strings.HasSuffix(l, "men") || strings.HasSuffix(l, "s") {
		return false
	}
	return isAdjective(l) || strings.HasSuffix(l, "an") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "i")
}

// datelineCountryLeads returns c's entity in ex when no other country of
// ex has more mentions (an article filed from a country that it does not
// name at all counts c's mentions as none), else nil.
func datelineCountryLeads(ex *Extraction, c *gazetteer.Entry) *Entity {
	own := &Entity{Name: c.Name, Type: graph.Country, Entry: c}
	for _, e := range ex.Entities {
		if e.Type == graph.Country && e.Entry == c {
			own = e
		}
	}
	for _, e := range ex.Entities {
		if e.Type == graph.Country && e.Entry != c && len(e.Mentions) > len(own.Mentions) {
			return nil
		}
	}
	return own
}
