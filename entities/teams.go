package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Word lists of the teams stage.
var (
	sportsWords = lexicon.Set("sports_words")
	teamVerbs   = lexicon.Set("team_verbs")
	teamObjects = lexicon.Set("team_objects")
	teamRoles   = lexicon.Set("team_roles")
	sportCues   = lexicon.Pairs("sport_cues")
	// clubLastWords end the names of clubs named after their town.
	clubLastWords = lexicon.Set("club_last_words")
)

// teamSource is the Source of a mention the teams stage reads as a team;
// resolve gives the team's entity the article's sport.
const teamSource = "team"

// teamReadings retypes a country or town that acts as a sports team
// ("England beat Scotland 2-1", "Leeds won", "against Leicester") as an
// organization of no gazetteer entry, so that the team does not merge
// into the place node of this article or of others. It needs a sports
// sentence (a score or a sports word) and the name in a team's role: the
// subject of a result verb, the object of "beat"/"against"/"over", next
// to a score, or before a sports role ("England captain"). Those mentions,
// and organizations in a team's role ("Leeds United beat ..."), get
// Source teamSource: resolve gives their entity the article's sport (the
// "sport" attribute), which keeps a town's cricket and football teams two
// nodes when articles are linked.
func teamReadings(d *Document, mentions []Mention) []Mention {
	sports := map[int]bool{} // sentence index → holds a sports cue
	article := sportsArticle(d)
	if article {
		mentions = splitTableHeadings(d, mentions)    // tableheadings.go
		mentions = nationalNicknameTeams(d, mentions) // nationalnicknames.go
		trimHeadlineVerbs(d, mentions)                // teamfixtures.go
		clubShortForms(d, mentions)
	}
	defer holdNationalities(d, mentions)()
	for i := range mentions {
		m := &mentions[i]
		placeName := m.Type == graph.Country || m.Type == graph.Place
		if !placeName && (m.Type != graph.Organization || m.Entry != nil) || m.Entry != nil && strings.HasPrefix(m.Entry.ID, "area:") {
			continue
		}
		if adjectiveMention(d, *m) {
			continue // "Indian bowlers": a demonym, not a team's name
		}
		si := sentenceOf(d, m.Start)
		if si < 0 {
			continue
		}
		s, seen := sports[si]
		if !seen {
			s = sportsSentence(d, si)
			sports[si] = s
		}
		if (s || article) && teamRole(d, si, m.TokStart, m.TokEnd) {
			m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
		}
	}
	coordinatedTeams(d, mentions)
	if article {
		clubNames(d, mentions)
		playerClubs(d, mentions)
		sportsReportTeams(d, mentions)
		teamDemonyms(d, mentions) // teamdemonyms.go
		travelHosts(d, mentions)  // teamfixtures.go
		transferClubs(d, mentions)
		nationSides(d, mentions)
	}
	return mentions
}

// clubNames reads as a team, in a sports article, a place the trained
// recognizer found, of no gazetteer entry, whose last word ends a club's
// name ("Norwich City", "Bristol Rovers"); a known city ("Mexico City")
// has its entry.
func clubNames(d *Document, mentions []Mention) {
	for i := range mentions {
		m := &mentions[i]
		if m.Type == graph.Place && m.Entry == nil && m.TokEnd-m.TokStart >= 2 && clubLastWords[low(d.Tokens[m.TokEnd-1])] {
			m.Type, m.Source = graph.Organization, teamSource
		}
	}
}

// playerClubs reads as a team, in a sports article, a town written in the
// possessive before a person: "Leeds 's Harry Kewell" is a player of the
// club. A country so written stays the country ("Kenya 's Paul Tergat" is
// where the runner is from).
func playerClubs(d *Document, mentions []Mention) {
	var people map[int]bool // the tokens people's mentions start at
	for i := range mentions {
		m := &mentions[i]
		after := afterPossessive(d, m.TokEnd)
		if m.Type != graph.Place || strings.HasPrefix(entryID(m), "area:") || after < 0 {
			continue
		}
		if people == nil {
			people = map[int]bool{}
			for _, o := range mentions {
				if o.Type == graph.Person {
					people[o.TokStart] = true
				}
			}
		}
		if people[after] {
			m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
		}
	}
}

// coordinatedTeams reads as teams the places listed with a team ("Essex,
// Derbyshire and Surrey all closed in on victory" once Derbyshire is a
// team): names joined only by commas, "and", "or" or "v" in one sentence,
// with at least one word among them, are one list, and a list holding a
// team is a list of teams.
func coordinatedTeams(d *Document, mentions []Mention) {
	order := make([]int, 0, len(mentions))
	for i := range mentions {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return mentions[a].TokStart - mentions[b].TokStart })
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && listJoined(d, mentions[order[end-1]], mentions[order[end]]) {
			end++
		}
		team, conj := false, false
		for j, i := range order[start:end] {
			team = team || mentions[i].Source == teamSource
			if j > 0 {
				conj = conj || !onlyCommas(d, mentions[order[start+j-1]].TokEnd, mentions[i].TokStart)
			}
		}
		// A list needs a conjunction: "Lockerbie, Scotland" is a town and
		// its country.
		if team && conj && end-start > 1 {
			for _, i := range order[start:end] {
				m := &mentions[i]
				if (m.Type == graph.Country || m.Type == graph.Place) && !adjectiveMention(d, *m) && (m.Entry == nil || !strings.HasPrefix(m.Entry.ID, "area:")) {
					m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
				}
			}
		}
		start = end
	}
}

// onlyCommas reports whether tokens [from, to) are all commas.
func onlyCommas(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.Tokens[k].Text != "," {
			return false
		}
	}
	return true
}

// listJoined reports whether mentions a and b, a first, are neighbours in
// a list: in one sentence, with only commas, "and", "or" or "v" between.
func listJoined(d *Document, a, b Mention) bool {
	if b.TokStart <= a.TokEnd || b.TokStart-a.TokEnd > 2 || sentenceOf(d, a.Start) != sentenceOf(d, b.Start) {
		return false
	}
	for k := a.TokEnd; k < b.TokStart; k++ {
		switch low(d.Tokens[k]) {
		case ",", "and", "or", "v", "vs":
		default:
			return false
		}
	}
	return true
}

// articleSport returns the sport a document's sport cues name most
// often, or "" when none does or two tie.
func articleSport(d *Document) string {
	counts := map[string]int{}
	for k := range d.Tokens {
		if sportCuesIx.at(d, k) { // a bit test first: most tokens are no cue
			counts[sportCues[d.Tokens[k].LowerText()]]++
		}
	}
	best, n, tie := "", 0, false
	for sp, c := range counts {
		switch {
		case c > n:
			best, n, tie = sp, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// sportsSentence reports whether sentence si holds a sports word or a
// score ("2-1").
func sportsSentence(d *Document, si int) bool {
	s := d.Sentences[si]
	for k := s.TokStart; k < s.TokEnd; k++ {
		if sportsWordsIx.at(d, k) || isScore(d, k, s.TokEnd) {
			return true
		}
	}
	return false
}

// minSportsWords is the number of different sports words that make a
// whole article a sports report, so that a team's name reads as the team
// in its sentences without a sports word ("... the song from Newcastle's
// supporters").
const minSportsWords = 3

// sportsArticle reports whether the document uses minSportsWords
// different sports words.
func sportsArticle(d *Document) bool {
	seen := map[string]bool{}
	for k := range d.Tokens {
		if l := d.Tokens[k].LowerText(); sportsWordsIx.at(d, k) && !seen[l] {
			seen[l] = true
			if len(seen) >= minSportsWords {
				return true
			}
		}
	}
	return false
}

// isScore reports whether the tokens at k form a score: a number, a
// hyphen and a number ("2-1", "2 - 1").
func isScore(d *Document, k, end int) bool {
	if k+2 >= end || d.Tokens[k+1].Text != "-" {
		return false
	}
	return isNumber(d.Tokens[k].Text) && isNumber(d.Tokens[k+2].Text) && len(d.Tokens[k].Text) <= 3 && len(d.Tokens[k+2].Text) <= 3
}

// teamRole reports whether the name at tokens [start, end) of sentence si
// plays a team's part.
func teamRole(d *Document, si, start, end int) bool {
	s := d.Sentences[si]
	if end < s.TokEnd {
		next := low(d.Tokens[end])
		if teamVerbs[next] || teamRoles[next] {
			return true
		}
		if k := bracketEnd(d, end); k > end && k < s.TokEnd && (teamVerbs[low(d.Tokens[k])] || isNumber(d.Tokens[k].Text) && len(d.Tokens[k].Text) <= 3) {
			return true // a club and its country in a results list: "Red Star ( Yugoslavia ) beat", "Alba ( Germany ) 75"
		}
		if isNumber(next) && len(next) <= 3 && !(start > s.TokStart && low(d.Tokens[start-1]) == "in" && isScore(d, end, s.TokEnd)) {
			return true // a results line: "Leeds 2 Coventry 1"; "edged Austria in Salzburg 3-2" is where
		}
		if k := afterPossessive(d, end); k > 0 && k < s.TokEnd && (teamRoles[low(d.Tokens[k])] || sportsWords[low(d.Tokens[k])] || sidePart(d, k, s.TokEnd)) {
			return true // "England's captain", "Leeds' league campaign", "Peru's new-look side"
		}
		if teamObjects[next] && next != "over" && next != "against" {
			return true // "India v Zimbabwe"
		}
		if (next == ":" || next == "-") && end+2 < s.TokEnd && d.Tokens[end+1].Cap() && d.Tokens[end+2].Cap() {
			return true // a line-up: "Kenya : John Smith , ..."
		}
		if next == "and" {
			// "Austria and Scotland drew 0-0": a result verb after the pair.
			if k := capRunEnd(d, end+1, s.TokEnd); k > end+1 && k < s.TokEnd && teamVerbs[low(d.Tokens[k])] {
				return true
			}
		}
	}
	if start-1 > s.TokStart && low(d.Tokens[start-1]) == "the" {
		start-- // "against the Netherlands": the words before the article
	}
	start = skipManModifier(d, s.TokStart, start) // "over 10-man Turkey"
	if start-1 >= s.TokStart {
		prev := low(d.Tokens[start-1])
		if teamObjects[prev] || prev == "between" && contestBefore(d, start-1, s.TokStart) {
			return true // "beat Wales", "a match between Kenya and ..."
		}
		if prev == "and" {
			// "between Kenya and Sri Lanka", "Austria and Scotland drew".
			if k := capRunStart(d, start-1, s.TokStart); k < start-1 && k > s.TokStart && low(d.Tokens[k-1]) == "between" && contestBefore(d, k-1, s.TokStart) {
				return true
			}
		}
		if start-2 >= s.TokStart {
			prev2 := low(d.Tokens[start-2])
			if k := start - 4; (prev == "with" || prev == "to") && k >= s.TokStart && isScore(d, k, start) {
				prev2 = low(d.Tokens[k-1]) // "drew 2-2 with Brazil", "lost 2-1 to Peru"
			}
			if prev == "with" && (prev2 == "drew" || prev2 == "draw" || prev2 == "draws" || prev2 == "tied" || sportsWords[prev2]) {
				return true // "drew with Brazil", "the match with the Netherlands"
			}
			if prev == "to" && (prev2 == "lost" || prev2 == "lose" || prev2 == "losing" || prev2 == "loses") {
				return true
			}
			if prev == "by" && passiveResults[prev2] {
				return true // "held to a draw by Peru", "beaten by Peru"
			}
		}
	}
	return false
}

// contestNouns name a contest between two sides besides the sports
// words ("the clash between", "the first test between").
var contestNouns = map[string]bool{"clash": true, "tie": true, "derby": true, "meeting": true, "contest": true, "showdown": true, "encounter": true, "test": true, "series": true, "rivalry": true, "duel": true}

// contestBefore reports whether the word before "between" at token k
// (not before from) names a contest: "a match between Kenya and Peru"
// names two sides, "the stage between Roermond and Landgraaf" a route.
func contestBefore(d *Document, k, from int) bool {
	if k-1 < from {
		return false
	}
	w := low(d.Tokens[k-1])
	return sportsWords[w] || contestNouns[w]
}

// passiveResults are the participles and nouns of a result whose agent,
// after "by", is the side that made it ("beaten by", "a draw by").
var passiveResults = map[string]bool{"beaten": true, "held": true, "defeated": true, "thrashed": true, "routed": true, "edged": true, "hammered": true, "crushed": true, "stunned": true, "upset": true, "eliminated": true, "draw": true, "defeat": true, "win": true, "victory": true}

// skipManModifier returns the start of a "10-man" modifier that ends
// right before token start ("victory over 10-man Turkey"), or start.
func skipManModifier(d *Document, from, start int) int {
	if k := start - 3; k >= from && low(d.Tokens[start-1]) == "man" && d.Tokens[start-2].Text == "-" && isNumber(d.Tokens[k].Text) && len(d.Tokens[k].Text) <= 2 {
		return k
	}
	return start
}

// afterPossessive returns the token after a possessive marker at token k
// ("'s", "'" then "s" as a tokenizer splits " 's", or a lone "'"), or -1
// when none is there or nothing follows it.
func afterPossessive(d *Document, k int) int {
	switch {
	case k >= len(d.Tokens):
		return -1
	case isPossessive(d.Tokens[k]):
		k++
	case d.Tokens[k].Text == "'" || d.Tokens[k].Text == "’":
		k++
		if k < len(d.Tokens) && d.Tokens[k].Text == "s" {
			k++
		}
	default:
		return -1
	}
	if k >= len(d.Tokens) {
		return -1
	}
	return k
}

// capRunEnd returns the end of the run of capitalised words from token i
// (at most four), or i when none starts there.
func capRunEnd(d *Document, i, end int) int {
	k := i
	for k < end && k < i+4 && d.Tokens[k].Word() && d.Tokens[k].Cap() {
		k++
	}
	return k
}

// capRunStart returns the start of the run of capitalised words that ends
// right before token i (at most four), or i when none does.
func capRunStart(d *Document, i, start int) int {
	k := i
	for k-1 >= start && k > i-4 && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() {
		k--
	}
	return k
}
