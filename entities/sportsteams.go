package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Sports reports name their teams after towns, counties and countries:
// "Leicestershire beat Somerset", "joined Newcastle", "KANSAS CITY AT
// DETROIT", "Australia will defend the Ashes". The rules of this file
// read those names as teams in an article that is a sports report by its
// words (sportsArticle) and names a sport (a sport cue such as "cricket"
// or "goalkeeper"); the place readings that stay are the ones a place
// has in such a report: the dateline, a venue after a preposition of
// place ("in Cardiff", "at Hove"), a place beside its country ("Nice,
// France") and a player's country in brackets ("Mark Cairns (England)").
//
// A scorecard's venue heading ("Hove : Sussex 363", "At Hove : Sussex
// 363", "London ( The Oval ) : Surrey 429") stays the town, one node with
// the town of any other article; no node of a ground is made from a
// town's name. The two headings say the same thing; an annotator who
// links "At Hove" to the county ground there and "Hove :" to the town
// (as AIDA's do, while "At Portsmouth" stays the town) knows which towns
// have a ground of their own entry, which the text does not tell; and a
// ground named "Hove" beside the town "Hove" would be two places no
// reader could tell apart. A ground the text names ("The Oval",
// "Headingley") is the recognizer's place of its own.

// sportsVenueWords are the words after which a name in a sports report is
// where something happens, not who plays.
var sportsVenueWords = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "of": true, "into": true,
	"across": true, "around": true, "throughout": true, "born": true, "native": true,
}

// teamAuxiliaries are the words after which a country that starts a
// clause of a sports report is its team: "Australia will defend the
// Ashes", "Germany could win in France", "South Africa managed to avoid".
var teamAuxiliaries = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "must": true, "should": true,
	"might": true, "have": true, "has": true, "had": true, "are": true, "were": true,
	"managed": true, "need": true, "needed": true, "needs": true,
}

// placeFollowers are the words after a town that make it an office or a
// site, not a team ("Dublin Newsroom", "Stansted airport").
var placeFollowers = map[string]bool{
	"newsroom": true, "newsdesk": true, "bureau": true, "airport": true, "station": true,
	"police": true, "port": true, "university": true, "area": true, "region": true,
}

// sportsReportTeams applies the rules above to a document's mentions once
// teamReadings has read the team roles: towns and counties in no place
// context, countries before an auxiliary, both sides of a fixture "A at
// B", and then every other mention of a name the report reads as a team.
func sportsReportTeams(d *Document, mentions []Mention) {
	if !sportsReport(d) {
		return
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Source == teamSource || !placeMention(m) && !(m.Type == graph.Organization && m.Entry == nil) || adjectiveMention(d, *m) {
			continue
		}
		if fixtureSide(d, mentions, i) || placeMention(m) && teamByContext(d, mentions, i) {
			m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
		}
	}
	teamRepeats(d, mentions)
}

// teamByContext reports whether place mention i of a sports report is a
// team: a town or region in no place context and not before a word that
// makes it a site, or a country starting a clause before an auxiliary.
func teamByContext(d *Document, mentions []Mention, i int) bool {
	m := &mentions[i]
	if datelinePlace(d, m) || placeContext(d, mentions, i) {
		return false
	}
	if m.Type == graph.Place {
		return !(m.TokEnd < len(d.Tokens) && placeFollowers[low(d.Tokens[m.TokEnd])])
	}
	return m.TokEnd < len(d.Tokens) && teamAuxiliaries[low(d.Tokens[m.TokEnd])] && (m.TokStart == 0 || !placeBeforeWords[low(d.Tokens[m.TokStart-1])])
}

// placeMention reports whether m is a town, region or country that may
// name a team: not a world region (a demonym is ruled out by the callers,
// see adjectiveMention).
func placeMention(m *Mention) bool {
	if m.Type != graph.Place && m.Type != graph.Country {
		return false
	}
	return !strings.HasPrefix(entryID(m), "area:")
}

// adjectiveMention reports whether m is one word shaped like an
// adjective of origin ("Australian", "Indian") or a region's demonym
// ("Welsh", "Scottish"): "Indian bowlers" and "the Scottish league" name
// no team.
func adjectiveMention(d *Document, m Mention) bool {
	if m.TokEnd-m.TokStart != 1 {
		return false
	}
	t := d.Tokens[m.TokStart].Text
	id, ok := regionDemonyms[strings.ToLower(t)]
	return ok && !strings.HasPrefix(id, "country:") || isAdjective(t)
}

// minReportWords is the number of different sports words that make an
// article naming a sport but giving no score a sports report.
const minReportWords = 5

// sportsReport reports whether d is a sports report: it names a sport or
// one of its words ("cricket", "goalkeeper", "inning") and gives a score
// ("2-1") or uses minReportWords different sports words. A story that
// mentions a game in passing (a singer's "halftime show", "fans") is
// none.
func sportsReport(d *Document) bool {
	cue, score, words := sportSignals(d)
	return cue && (score || words >= minReportWords)
}

// sportSignals reads d once for the signs of sports news: whether it names
// a sport or one of its words (cue), gives a score that is no date
// (score), and how many different sports words it uses.
func sportSignals(d *Document) (cue, score bool, words int) {
	seen := map[string]bool{}
	for k := range d.Tokens {
		if sportCuesIx.at(d, k) {
			cue = true
		}
		if sportsWordsIx.at(d, k) {
			seen[d.Tokens[k].LowerText()] = true
		}
		score = score || isScore(d, k, len(d.Tokens)) && !(k > 0 && isDateSeparator(d.Tokens[k-1].Text)) && !(k+3 < len(d.Tokens) && isDateSeparator(d.Tokens[k+3].Text))
	}
	return cue, score, len(seen)
}

// isDateSeparator reports whether s separates the parts of a numeric
// date, so that "08-30" in "1996-08-30" is no score.
func isDateSeparator(s string) bool { return s == "-" || s == "/" || s == "." }

// datelinePlace reports whether m opens a dateline: a date follows it
// within a few tokens, with only a region or country and commas between
// ("NICE , France 1996-08-30", "CHICAGO 1996-08-30").
func datelinePlace(d *Document, m *Mention) bool {
	for k := m.TokEnd; k < len(d.Tokens) && k < m.TokEnd+5; k++ {
		t := d.Tokens[k]
		switch {
		case dateAt(d, k):
			return true
		case t.Text == "," || t.Word() && t.Cap():
		default:
			return false
		}
	}
	return false
}

// dateAt reports whether a date starts at token k: a year, a separator
// and a number ("1996-08-30", split into five tokens), a day or month
// number and a separator ("30/08/1996"), or a month name and a number
// ("Aug 30").
func dateAt(d *Document, k int) bool {
	t := d.Tokens[k].Text
	if k+2 < len(d.Tokens) && isNumber(t) && len(t) <= 4 && isNumber(d.Tokens[k+2].Text) {
		switch d.Tokens[k+1].Text {
		case "-", "/", ".":
			return true
		}
	}
	return months[strings.TrimSuffix(low(d.Tokens[k]), ".")] > 0 && k+1 < len(d.Tokens) && isNumber(d.Tokens[k+1].Text)
}

// placeContext reports whether mention i reads as a place in a sports
// report: after a preposition of place, beside another place ("Nice,
// France", "Edgbaston, Birmingham"), or a country in brackets after a
// name ("Mark Cairns (England)", "Red Star (Yugoslavia)").
func placeContext(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	if m.TokStart > 0 {
		prev := d.Tokens[m.TokStart-1]
		if sportsVenueWords[low(prev)] {
			return true
		}
		if low(prev) == "to" && m.TokStart >= 2 && travelVerbs[low(d.Tokens[m.TokStart-2])] && m.Type == graph.Place {
			return true // "the squad travels to Porto": where they go (teamfixtures.go)
		}
		if prev.Text == "(" && m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Text == ")" {
			return true
		}
		if prev.Text == "," && placeEndsAt(mentions, m.TokStart-1) {
			return true
		}
	}
	// "Nice , France"; a venue heading a result, "Leicester : Leicestershire
	// beat Somerset", with its ground in brackets too, "London ( The Oval )
	// : Surrey 429".
	if k := bracketEnd(d, m.TokEnd); k > m.TokEnd && k+1 < len(d.Tokens) && d.Tokens[k].Text == ":" && placeStartsAt(mentions, k+1) {
		return true
	}
	return m.TokEnd+1 < len(d.Tokens) && (d.Tokens[m.TokEnd].Text == "," || d.Tokens[m.TokEnd].Text == ":") && placeStartsAt(mentions, m.TokEnd+1)
}

// bracketEnd returns the token after a bracketed group of at most four
// tokens that opens at token k ("( The Oval )"), or k when none does.
func bracketEnd(d *Document, k int) int {
	if k >= len(d.Tokens) || d.Tokens[k].Text != "(" {
		return k
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+5; j++ {
		if d.Tokens[j].Text == ")" {
			return j + 1
		}
	}
	return k
}

// placeEndsAt and placeStartsAt report whether a place or country
// mention ends right before token k, or starts at it.
func placeEndsAt(mentions []Mention, k int) bool {
	for _, o := range mentions {
		if o.TokEnd == k && (o.Type == graph.Place || o.Type == graph.Country) {
			return true
		}
	}
	return false
}

func placeStartsAt(mentions []Mention, k int) bool {
	for _, o := range mentions {
		if o.TokStart == k && placeOrTeam(o) {
			return true
		}
	}
	return false
}

// clauseStart reports whether token k starts a clause: the first token, or
// after a sentence end, a dateline's date, a colon or "--".
func clauseStart(d *Document, k int) bool {
	if k == 0 {
		return true
	}
	p := d.Tokens[k-1].Text
	if k >= 2 && strings.EqualFold(p, "the") {
		p = d.Tokens[k-2].Text
	}
	return p == "." || p == ":" || p == "--" || p == ";" || isSentenceStart(d, k) || k >= 5 && isNumber(p) && dateAt(d, k-5)
}

// isSentenceStart reports whether token k (or "The" before it) starts a
// sentence.
func isSentenceStart(d *Document, k int) bool {
	si := sentenceOf(d, d.Tokens[k].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si].TokStart
	return s == k || s == k-1 && strings.EqualFold(d.Tokens[s].Text, "the")
}

// fixtureSide reports whether mention i is a side of a fixture "A at B"
// ("KANSAS CITY AT DETROIT", "United States at Netherlands"): two names
// with only "at" between, the first not after a lower-case word (which
// makes it an object: "beat Somerset at Leicester"), the second not
// before a colon ("At Hove : Sussex 363").
func fixtureSide(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	for _, o := range mentions {
		var a, b Mention
		switch {
		case o.TokStart == m.TokEnd+1:
			a, b = m, o
		case o.TokEnd == m.TokStart-1:
			a, b = o, m
		default:
			continue
		}
		if !strings.EqualFold(d.Tokens[a.TokEnd].Text, "at") || !placeOrTeam(a) || !placeOrTeam(b) {
			continue
		}
		if a.TokStart > 0 {
			if p := d.Tokens[a.TokStart-1]; p.Word() && !p.Cap() {
				continue
			}
		}
		if b.TokEnd < len(d.Tokens) && d.Tokens[b.TokEnd].Text == ":" {
			continue
		}
		return true
	}
	return false
}

// placeOrTeam reports whether a mention is a place, a country, a team or
// an organization of no gazetteer entry (a club the recognizer found).
func placeOrTeam(m Mention) bool {
	return m.Type == graph.Place || m.Type == graph.Country || m.Source == teamSource || m.Type == graph.Organization && m.Entry == nil
}

// teamRepeats reads every other mention of a team's name in the report
// as the team ("Essex" in a list after "ESSEX AND KENT MADE TO SWEAT"),
// save the dateline and a place in its place context.
func teamRepeats(d *Document, mentions []Mention) {
	teams := teamNames(d, mentions, strings.ToLower)
	if len(teams) == 0 {
		return
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Source == teamSource || !placeMention(m) || !teams[strings.ToLower(m.Text(d))] {
			continue
		}
		if adjectiveMention(d, *m) || datelinePlace(d, m) || placeContext(d, mentions, i) || stateOwner(d, m) {
			continue
		}
		m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
	}
}

// teamNames returns the names, as key makes them, of the mentions the
// teams stage read as teams.
func teamNames(d *Document, mentions []Mention, key func(string) string) map[string]bool {
	teams := map[string]bool{}
	for _, m := range mentions {
		if m.Source == teamSource {
			teams[key(m.Text(d))] = true
		}
	}
	return teams
}
