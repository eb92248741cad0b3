package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// notAfterTheLists are the lists of lexicon.KnownOrganizations whose
// names are not read after a lower-case "the": "the Amazon" is the river,
// and a company is not named with an article. Their names are also only
// as strong as the model's before a capitalised word ("Amazon Prime
// Video").
var notAfterTheLists = []string{"org_companies"}

// sportsBodiesList is the list of sports leagues, tours and governing
// bodies (org_sports_bodies). It is no list of lexicon.KnownOrganizations:
// its short names ("National League", "NFL") are other things outside
// sport, so the recognizer's retyping does not read them, and the entity
// finder reads a name of fewer than sportsBodyAnywhere words only in a
// sports report (sportsBodyContext).
const sportsBodiesList = "org_sports_bodies"

// sportsBodyAnywhere is the number of words from which a sports body's
// name is the body wherever it stands ("National Football League").
const sportsBodyAnywhere = 3

// knownOrg is one name of the known organizations: its token keys
// (gazetteer.Key: lower case, marks and apostrophes folded), whether
// it comes from notAfterTheLists, whether it is a sports body's name
// (body), and whether that name is read only in a sports report (sport).
type knownOrg struct {
	toks               []string
	brand, body, sport bool
}

// knownOrgs maps the first token key of each known organization's name
// to the names, longest first.
var knownOrgs = loadKnownOrgs()

func loadKnownOrgs() map[string][]knownOrg {
	m := map[string][]knownOrg{}
	names := lexicon.KnownOrganizationNames()
	for _, n := range lexicon.Words(sportsBodiesList) {
		names = append(names, lexicon.KnownOrganization{Name: n, List: sportsBodiesList})
	}
	for _, o := range names {
		toks := tokenKeys(text.Segment(o.Name))
		brand := slices.Contains(notAfterTheLists, o.List)
		body := o.List == sportsBodiesList
		sport := body && len(toks) < sportsBodyAnywhere
		names := m[toks[0]]
		if i := slices.IndexFunc(names, func(n knownOrg) bool { return slices.Equal(n.toks, toks) }); i >= 0 {
			// A name of two lists is a brand when one of them says so,
			// and read anywhere when one of them is no sports list.
			names[i].brand = names[i].brand || brand
			names[i].sport = names[i].sport && sport
			names[i].body = names[i].body && body
			continue
		}
		m[toks[0]] = append(names, knownOrg{toks: toks, brand: brand, body: body, sport: sport})
	}
	for _, names := range m {
		// Longest first, so "Xinhua News Agency" wins over "Xinhua"
		// (stable: of names of one length, the first listed first).
		slices.SortStableFunc(names, func(a, b knownOrg) int { return len(b.toks) - len(a.toks) })
	}
	return m
}

// knownOrganizations finds the names of the known organizations in d,
// their first and last words capitalised ("NASDAQ" and "Nasdaq", not
// "nasdaq-listed"), and returns them as organization mentions with
// the gazetteer's readings inside them removed ("France" in "Agence
// France-Presse", "Portugal" in "Banco de Portugal", a party named after
// "NHK"). A name with a capitalised word glued before or after it may be
// part of a longer name ("Thomson Reuters"): it is then only as strong as
// the model's mentions, so a longer one the model finds wins.
func knownOrganizations(d *Document, keys []string, gaz []Mention) (kept, known []Mention) {
	sports := -1 // whether d is a sports report, once asked: 0 no, 1 yes
	for i := 0; i < len(d.Tokens); i++ {
		if keys[i] == "" {
			continue
		}
		for _, name := range knownOrgs[keys[i]] {
			if !tokensAre(d, keys, i, name.toks) {
				continue
			}
			brand := name.brand
			end := i + len(name.toks)
			if name.body {
				if sports < 0 {
					sports = 0
					if sportsBodyContext(d) {
						sports = 1
					}
				}
				if name.sport && sports == 0 || linkedAfter(d, end) || bodyPart(d, i, end) {
					continue // "the National League won the election"; "National League for Democracy"; "Uefa Cup"
				}
			}
			// "the iTunes store" is the brand still: no river or common
			// noun is written with a capital after a lower-case letter.
			afterThe := i > 0 && d.Tokens[i-1].Text == "the" && startsUpper(d.Tokens[i].Text)
			if brand && (afterThe || gluedWord(d, i-1, i) || gluedWord(d, end, end)) {
				continue // "the Amazon"; "Daimler-Benz", "BP/Standard"
			}
			score := text.ScoreStrong
			// A capitalised word after the name may continue it, unless
			// a title opens there ("Acme Deputy Chairman X").
			title := roleTitleOpens(d, end)
			// A sports body's division after it is no longer name
			// ("American League East"): the body's reading stays strong.
			division := name.body && end < len(d.Tokens) && regionCompassWords[low(d.Tokens[end])]
			if capitalisedNeighbour(d, i-1) || !title && !division && (capitalisedNeighbour(d, end) || brand && capitalisedAfter(d, end)) || brand && linkedBefore(d, i) {
				score = text.ScoreModel
			}
			known = append(known, Mention{
				Start: d.Tokens[i].Start, End: d.Tokens[end-1].End, TokStart: i, TokEnd: end,
				Type: graph.Organization, Source: "list", Score: score,
			})
			i = end - 1
			break
		}
	}
	if len(known) == 0 {
		return gaz, nil
	}
	kept = gaz[:0:0]
	for _, g := range gaz {
		inside := false
		for _, k := range known {
			inside = inside || k.Score == text.ScoreStrong && k.Start <= g.Start && g.End <= k.End
		}
		if !inside {
			kept = append(kept, g)
		}
	}
	return kept, known
}

// tokensAre reports whether d's tokens from i (their keys) are name's,
// the first and the last capitalised, or the last a number ("Channel 4").
func tokensAre(d *Document, keys []string, i int, name []string) bool {
	n := len(name)
	if i+n > len(d.Tokens) || !nameCased(d.Tokens[i].Text) || !nameCased(d.Tokens[i+n-1].Text) && !startsDigit(d.Tokens[i+n-1].Text) {
		return false
	}
	for j, t := range name {
		if keys[i+j] != t {
			return false
		}
	}
	return true
}

// startsDigit reports whether w begins with a digit.
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// capitalisedNeighbour reports whether token i is a capitalised word with
// lower-case letters ("Thomson", not "US") in the same sentence as the
// name beside it: a sentence's first word does not count.
func capitalisedNeighbour(d *Document, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[i].Text
	if !startsUpper(w) || strings.ToUpper(w) == w || nonNames[strings.ToLower(w)] {
		return false
	}
	for _, s := range d.Sentences {
		if s.TokStart == i {
			return false
		}
	}
	return true
}

// roleTitleOpens reports whether a person's title opens at token i, after a
// known organization's name: capitalised title words up to a role noun
// ("Bank of Velland Governor X", "Acme Deputy Chairman X"). The name then
// ends where the title begins: the title is no part of it.
func roleTitleOpens(d *Document, i int) bool {
	for k := i; k < len(d.Tokens) && k < i+3; k++ {
		l := low(d.Tokens[k])
		if !d.Tokens[k].Cap() || !isRoleWord(l) {
			return false
		}
		if roleNouns[l] {
			return true
		}
	}
	return false
}

// capitalisedAfter reports whether token i, after a company's name, is
// a capitalised word glued to it by a space, whatever its letters
// ("Apple TV", "Amazon Prime Video"), or "and" and a corporate word
// ("Merrill Lynch and Co Inc"): the name of a product or a longer name.
func capitalisedAfter(d *Document, i int) bool {
	if i <= 0 || i >= len(d.Tokens) || !d.Tokens[i-1].Space || sentenceOf(d, d.Tokens[i].Start) != sentenceOf(d, d.Tokens[i-1].Start) {
		return false
	}
	if l := low(d.Tokens[i]); (l == "and" || l == "&") && i+1 < len(d.Tokens) {
		n := strings.TrimSuffix(low(d.Tokens[i+1]), ".")
		return d.Tokens[i+1].Cap() && corporateWords[n] && n != "and" && n != "the"
	}
	return d.Tokens[i].Word() && startsUpper(d.Tokens[i].Text)
}

// gluedWord reports whether token k is a hyphen, slash or ampersand glued
// to token at (k is at or just before it): the name is part of a longer
// word ("Daimler-Benz", "BP/Standard").
func gluedWord(d *Document, k, at int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Text {
	case "-", "/", "&":
	default:
		return false
	}
	if k == at {
		return !d.Tokens[k].Space
	}
	return !d.Tokens[at].Space
}

// linkedBefore reports whether a name link ("de", "of"; not "and", which
// lists names) and a capitalised word come before token i: the name ends
// a longer one ("Caisse Nationale de Credit Agricole", "Banco de
// Santander").
func linkedBefore(d *Document, i int) bool {
	l := ""
	if i >= 1 {
		l = low(d.Tokens[i-1])
	}
	return i >= 2 && functionWords[l] && l != "and" && l != "&" && l != "the" && d.Tokens[i-2].Word() && d.Tokens[i-2].Cap() &&
		sentenceOf(d, d.Tokens[i-2].Start) == sentenceOf(d, d.Tokens[i].Start)
}

// sportsBodyContext reports whether d is a sports report for a sports
// body's short name: it names a sport (a sport cue, "baseball") and gives
// a score or uses minSportsWords different sports words, as a results
// table does that gives its scores without a hyphen ("DETROIT 4 Kansas
// City 1") and sportsReport would miss.
func sportsBodyContext(d *Document) bool {
	if sportsReport(d) {
		return true
	}
	for k := range d.Tokens {
		if sportCuesIx.at(d, k) {
			return sportsArticle(d)
		}
	}
	return false
}

// bodyEventWords are the words after a sports body's name that make it
// part of a competition's name ("Uefa Cup", "Fifa World Cup", "ATP Tour
// Finals"): the competition is an event of its own.
var bodyEventWords = map[string]bool{
	"cup": true, "trophy": true, "tour": true, "series": true, "world": true, "champions": true,
	"championship": true, "championships": true, "tournament": true, "open": true, "final": true,
	"finals": true, "sevens": true, "games": true, "shield": true, "plate": true,
}

// bodyPart reports whether a sports body's name at tokens [i, end) is
// part of a longer name: a capitalised word before it ("Ryman Premier
// League" is another league) or a competition's word after it.
func bodyPart(d *Document, i, end int) bool {
	return capitalisedNeighbour(d, i-1) || end < len(d.Tokens) && d.Tokens[end].Cap() && bodyEventWords[low(d.Tokens[end])]
}

// linkedAfter reports whether a name link ("for", "of"; not "and") and a
// capitalised word follow a sports body's name ending before token i: it
// starts a longer name ("National League for Democracy").
func linkedAfter(d *Document, i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	l := low(d.Tokens[i])
	return functionWords[l] && l != "and" && l != "&" && d.Tokens[i+1].Word() && d.Tokens[i+1].Cap() &&
		sentenceOf(d, d.Tokens[i+1].Start) == sentenceOf(d, d.Tokens[i].Start)
}

// startsUpper reports whether a word starts with an upper-case letter.
var startsUpper = text.StartsUpper

// nameCased reports whether w is written as a name: it starts with an
// upper-case letter, or it is a brand written with a lower-case letter
// before a capital ("iTunes", "eBay", "iPhone"), which is as much a name
// and which the lists' "first word capitalised" test would otherwise
// never let through ("itunes" in lower case is not read).
func nameCased(w string) bool {
	if startsUpper(w) {
		return true
	}
	r := []rune(w)
	return len(r) >= 3 && unicode.IsLower(r[0]) && unicode.IsUpper(r[1]) && unicode.IsLower(r[2])
}
