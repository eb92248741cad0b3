package entities

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// maxGazTokens bounds the tokens of one gazetteer lookup.
const maxGazTokens = 14

// minFreePopulation is the population above which a city name is taken
// as a place without further evidence; smaller towns need their country
// to be named in the same article.
const minFreePopulation = 100_000

// minDerivedPopulation is the least population of a place matched by a
// generated variant of its name.
const minDerivedPopulation = 15_000

// minFreeRegionPopulation is the population above which a state or
// province is taken as a place without its country being named.
const minFreeRegionPopulation = 1_000_000

// directions are words that name regions in many countries.
var directions = lexicon.Set("directions")

// isAdjective reports whether a capitalised word has the shape of an
// adjective of origin or belief ("Islamic", "Democratic", "Socialist").
func isAdjective(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"ic", "ical", "ist", "ian", "ese", "ish", "ary"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// gazSpan is a span of tokens whose key the gazetteer holds.
type gazSpan struct {
	tokStart, tokEnd int
	matches          []gazetteer.Match
}

// gazSpans finds every token span, within one sentence, that starts like a
// name, ends on a word and whose key the gazetteer holds.
func gazSpans(d *Document, keys []string, gz *gazetteer.Gazetteer) []gazSpan {
	return scanGazetteer(d, keys, gz, true)
}

// scanGazetteer is gazSpans; with stopEarly false it tries every n-gram up
// to the longest key instead of stopping where no key goes on (the tests
// check both find the same spans).
func scanGazetteer(d *Document, keys []string, gz *gazetteer.Gazetteer, stopEarly bool) []gazSpan {
	var out []gazSpan
	maxTok := min(gz.MaxWords()*2+1, maxGazTokens)
	var b strings.Builder
	for _, s := range d.Sentences {
		for i := s.TokStart; i < s.TokEnd; i++ {
			if !startsName(d.Tokens[i]) {
				continue
			}
			b.Reset()
			pendingSpace := false
			for j := i; j < s.TokEnd && j < i+maxTok; j++ {
				t := d.Tokens[j]
				if j > i {
					if t.Break || t.Text == "," || t.Text == "." && !text.AbbreviationDot(d.Tokens, j) || t.Text == ";" || t.Text == ":" {
						break // but "St. Louis" goes on
					}
					if t.Space {
						pendingSpace = true
					}
				}
				if keys[j] == "" {
					pendingSpace = true
					continue
				}
				if pendingSpace && b.Len() > 0 {
					b.WriteByte(' ')
				}
				pendingSpace = false
				if w := compassWord(t); j == i && w != "" && j+1 < s.TokEnd {
					b.WriteString(w) // "S. Korea" is read as "South Korea"
				} else {
					b.WriteString(keys[j])
				}
				if !t.Word() && t.Text != ")" {
					continue
				}
				m, longer := gz.LookupLonger(b.String())
				if len(m) > 0 {
					out = append(out, gazSpan{tokStart: i, tokEnd: j + 1, matches: m})
				}
				// No key goes on from here with a space and another word:
				// stop unless the next token is written on without one.
				if stopEarly && !longer && j+1 < s.TokEnd && (d.Tokens[j+1].Space || keys[j+1] == "") {
					break
				}
			}
		}
	}
	return out
}

// compassWords are the points of the compass news abbreviates before a
// country's or state's name ("S. Korea", "W. Virginia").
var compassWords = map[string]string{"N.": "north", "S.": "south", "E.": "east", "W.": "west"}

// compassWord returns the word token t abbreviates when it is a point of
// the compass with its period, in capitals ("S."); else "".
func compassWord(t Token) string {
	if len(t.Text) != 2 {
		return ""
	}
	return compassWords[t.Text]
}

// context is what one article says that helps choose between readings.
type context struct {
	// countries counts strong mentions of each country code.
	countries map[string]int
	// spelled counts the mentions of each country code by a name, a
	// short name or a demonym: the support a bare ISO code needs.
	spelled map[string]int
	// gz is the gazetteer, for readings a span's own matches lack.
	gz *gazetteer.Gazetteer
	// parties holds the parties accepted somewhere in the article on
	// political wording; their short names count everywhere in it.
	parties map[*gazetteer.Entry]bool
}

// isStrongKind reports whether an alias of this kind is taken without
// further evidence.
func isStrongKind(k gazetteer.AliasKind) bool {
	return k == gazetteer.AliasKind("name") || k == gazetteer.AliasKind("short") ||
		k == gazetteer.AliasKind("demonym") || k == gazetteer.AliasKind("code")
}

// countryMentions counts the unambiguous country mentions of a document:
// names, codes and demonyms that read only as a country.
// It also returns the counts of those that are not country codes.
func countryMentions(d *Document, spans []gazSpan) (counts, spelled map[string]int) {
	counts, spelled = map[string]int{}, map[string]int{}
	for _, sp := range spans {
		text := d.Text[d.Tokens[sp.tokStart].Start:d.Tokens[sp.tokEnd-1].End]
		for _, m := range sp.matches {
			if m.Entry.Type == graph.Country && isStrongKind(m.Alias.Kind) && caseFits(m, text) {
				counts[m.Entry.Country]++
				if m.Alias.Kind != gazetteer.KindCode {
					spelled[m.Entry.Country]++
				}
				break
			}
		}
	}
	return counts, spelled
}

// caseFits reports whether the surface text may stand for the alias: an
// alias written in capitals (an acronym or code) matches only text in
// capitals, so "US" matches "U.S." but not "Us"; a short one in mixed
// case only itself or capitals ("CoR", not "Cor").
func caseFits(m gazetteer.Match, text string) bool {
	switch {
	case m.ShortCaps():
		return allCaps(text)
	case m.ShortInnerCap():
		return text == m.Alias.Text || allCaps(text) // "CoR" is no given name "Cor"
	}
	return true
}

// chooseReading picks the reading of a gazetteer span that the article
// supports, or reports false when none is acceptable; choose
// (regiondemonyms.go) calls it when the span is no state after a town.
func chooseReading(d *Document, sp gazSpan, ctx *context) (gazetteer.Match, float64, bool) {
	first := d.Tokens[sp.tokStart]
	text := d.Text[first.Start:d.Tokens[sp.tokEnd-1].End]
	single := sp.tokEnd-sp.tokStart == 1
	if single && (nonNames[low(first)] || roleNouns[low(first)]) {
		return gazetteer.Match{}, 0, false
	}
	best, bestPrio := gazetteer.Match{}, -1.0
	for _, m := range sp.matches {
		e := m.Entry
		if !caseFits(m, text) || !lastWordFits(d, sp, m.Alias.Text) {
			continue
		}
		named := e.Country != "" && ctx.countries[e.Country] > 0
		if codeUnsupported(m.Alias, e, ctx.spelled) {
			continue
		}
		var prio float64
		switch {
		case e.Type == graph.Organization && allCaps(m.Alias.Text) && letters(m.Alias.Text) < 3 && shortAcronymDoubtful(d, sp, m.Alias.Text, e):
			continue // "Commerzbank AG", "<BA>", "certificates of deposit (CD)"
		case e.Type == graph.Party:
			acronym, ok := partyAliasFits(d, sp, m, ctx, named)
			if !ok {
				continue
			}
			prio = 88
			if acronym {
				named = false // no bonus: an organization's acronym wins
			}
		case m.Alias.Kind == gazetteer.AliasKind("derived"):
			// A variant the generator made: only where the article names
			// the entry's country, never for villages, and never a lone
			// adjective ("Islamic").
			if !named || e.Type == graph.Place && e.Population < minDerivedPopulation || single && isAdjective(first.Text) || len([]rune(m.Alias.Text)) <= 2 {
				continue
			}
			prio = 40
		case e.Type == graph.Country:
			prio = 100
		case e.Type == graph.Organization:
			prio = 90
		case e.Type == graph.Person:
			prio = 85
		case e.Capital:
			prio = 80
		case e.Type == graph.Place && strings.HasPrefix(e.ID, "area:"):
			prio = 60 // continents and world regions
		case e.Type == graph.Place && strings.HasPrefix(e.ID, "region:"):
			// A state or province: a populous one anywhere, a small one
			// where its country is named; a one-word name shaped like an
			// adjective ("Western", "Central") only where its country is.
			if !named && !regionReading(m.Alias) && (e.Population < minFreeRegionPopulation || single && (isAdjective(first.Text) || directions[low(first)])) {
				continue
			}
			prio = 60
		case e.Type == graph.Place:
			if e.Population < minFreePopulation && !named {
				continue
			}
			prio = 50 + math.Log10(float64(e.Population)+1)
		default:
			prio = 30
		}
		if named {
			prio += 10 + math.Min(float64(ctx.countries[e.Country]), 9)
		}
		if prio > bestPrio {
			best, bestPrio = m, prio
		}
	}
	if bestPrio < 0 {
		return gazetteer.Match{}, 0, false
	}
	// A one-word place that is neither a country nor a capital yields to a
	// longer phrase typed by its head noun ("Central Bank").
	score := ScoreStrong
	switch {
	case single && best.Entry.Type == graph.Place && !best.Entry.Capital && best.Entry.Population < minFreeRegionPopulation:
		// A one-word town is often a surname too ("Collins", "Lawson"):
		// a head-noun phrase or a trained recognizer's reading wins.
		score = ScoreWeakPlace
	case best.Alias.Kind == gazetteer.AliasKind("derived") || single && best.Entry.Type == graph.Place && !best.Entry.Capital:
		score = ScoreHead
	}
	return best, score, true
}

// codeUnsupported reports whether alias a of entry e is a country code
// or a party acronym that cannot read as e here. A two-letter code ("MP",
// "PM") or party acronym ("BP", "AM") never does: such letters are mostly
// other words. A longer code ("MDA", "CAN", "IRL") is more often an
// acronym of something else; it reads as the country only where the
// article spells the country out, by a name, a short name or a demonym:
// spelled holds those counts by country code (see countryMentions).
func codeUnsupported(a gazetteer.Alias, e *gazetteer.Entry, spelled map[string]int) bool {
	return a.Kind == gazetteer.KindCode && (len([]rune(a.Text)) < 3 || spelled[e.Country] == 0) ||
		e.Type == graph.Party && allCaps(a.Text) && letters(a.Text) < 3
}

// partyAliasFits reports whether a party's gazetteer alias reads as the
// party where it stands, and whether the alias is an acronym (which earns
// no country bonus: an organization's acronym wins).
func partyAliasFits(d *Document, sp gazSpan, m gazetteer.Match, ctx *context, named bool) (acronym, ok bool) {
	e := m.Entry
	first := d.Tokens[sp.tokStart]
	single := sp.tokEnd-sp.tokStart == 1
	// Party short names and acronyms collide with common words and
	// other bodies' acronyms ("Union", "Life", "EC", "GDP"): they
	// count only where the party's country is named and the
	// sentence speaks of politics. A full name needs its country
	// or a party word ("... Party", "... Front").
	acronym = allCaps(m.Alias.Text) && len([]rune(m.Alias.Text)) <= 6
	if m.Alias.Kind != gazetteer.KindName || single || acronym {
		if !named || !politicsInSentence(d, sp.tokStart) && !ctx.parties[e] {
			return acronym, false
		}
		// A lone word inside a longer name is part of that name
		// ("Soviet Union", "U.S. Congress", "Life Insurance").
		if single && !acronym && inCapRun(d, sp.tokStart) {
			return acronym, false
		}
		// A lone word that is also a demonym names where someone is
		// from, not the party whose name holds it ("a Scottish
		// politician", "Welsh voters").
		if single && demonymSpan(sp) {
			return acronym, false
		}
		// A lone word ("Congress", "Labour") reads as a party when
		// a political word follows it ("Congress MP", "Labour
		// leader"), when it is a plural ("Conservatives"), or when
		// the article so reads it elsewhere.
		if single && !acronym && !ctx.parties[e] && !politicsNext(d, sp.tokEnd) && !strings.HasSuffix(low(first), "s") {
			return acronym, false
		}
		// An acronym the article defines for something else
		// ("Japan Automobile Manufacturers Association (JAMA)").
		if acronym && definedElsewhere(d, m.Alias.Text, e) {
			return acronym, false
		}
	} else if !named && (!hasPartyWord(m.Alias.Text) || capitalisedBefore(d, sp.tokStart)) {
		return acronym, false // no party word, or inside a longer name
	} else if !named && m.Alias.Text != e.Name && !ctx.parties[e] && (!politicsInSentence(d, sp.tokStart) || otherParty(sp, e)) {
		// Another name of the party, often its name put in
		// English, is more often some other body's ("National
		// League" of a baseball table): without the party's
		// country it needs politics in its sentence, and a name
		// another party also has ("Party of God") needs the
		// country.
		return acronym, false
	}
	return acronym, true
}

// otherParty reports whether one of a span's readings is a party other
// than e.
func otherParty(sp gazSpan, e *gazetteer.Entry) bool {
	return slices.ContainsFunc(sp.matches, func(m gazetteer.Match) bool { return m.Entry.Type == graph.Party && m.Entry != e })
}

// demonymSpan reports whether one of a span's readings is a demonym.
func demonymSpan(sp gazSpan) bool {
	return slices.ContainsFunc(sp.matches, func(m gazetteer.Match) bool { return m.Alias.Kind == gazetteer.KindDemonym })
}

// politicsWords, in a sentence, say it speaks of parties and politics.
var politicsWords = lexicon.Set("politics_words")

// politicsInSentence reports whether the sentence holding token i has a
// politics word.
func politicsInSentence(d *Document, i int) bool {
	si := sentenceOf(d, d.Tokens[i].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	for k := s.TokStart; k < s.TokEnd; k++ {
		if politicsWords[low(d.Tokens[k])] {
			return true
		}
	}
	return false
}

// politicsNext reports whether token i is a political word ("MP",
// "leader", "party", "government").
func politicsNext(d *Document, i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	l := low(d.Tokens[i])
	return politicsWords[l] || roleNouns[l] || legislatorNouns[l]
}

// shortAcronymDoubtful reports whether a one- or two-letter acronym at sp
// is likely something else than the organization: part of a longer name
// ("Commerzbank AG"), a ticker ("<BA>", "HACP.PA") or defined in the text
// for something else.
func shortAcronymDoubtful(d *Document, sp gazSpan, acr string, e *gazetteer.Entry) bool {
	if inCapRun(d, sp.tokStart) || definedElsewhere(d, acr, e) {
		return true
	}
	if sp.tokStart > 0 {
		p := d.Tokens[sp.tokStart-1]
		switch p.Text {
		case "<", ".", "/", "&":
			return true
		}
		if p.Word() && p.Cap() && !p.Break && !nonNames[low(p)] {
			return true // "Commerzbank AG" opening a sentence
		}
	}
	if sp.tokEnd < len(d.Tokens) {
		switch d.Tokens[sp.tokEnd].Text {
		case ">", "/", "&":
			return true
		}
	}
	return false
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// lastWordFits reports whether a span of several tokens ends as the alias
// does: a capitalised last word in the alias must be capitalised in the
// text, so "The union" does not read as "The Union".
func lastWordFits(d *Document, sp gazSpan, alias string) bool {
	if sp.tokEnd-sp.tokStart < 2 {
		return true
	}
	t := d.Tokens[sp.tokEnd-1]
	if !t.Word() || t.Cap() || !unicode.IsLetter([]rune(t.Text)[0]) {
		return true
	}
	words := strings.Fields(alias)
	if len(words) == 0 {
		return true
	}
	last := []rune(words[len(words)-1])
	return !unicode.IsUpper(last[0])
}

// inCapRun reports whether token i has a capitalised word right before
// it (not at the start of its sentence) or right after it.
func inCapRun(d *Document, i int) bool {
	si := sentenceOf(d, d.Tokens[i].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	// Role words are not part of the name: "Congress MP X", "Labour Leader".
	if n := d.Tokens[min(i+1, len(d.Tokens)-1)]; i+1 < s.TokEnd && n.Word() && n.Cap() && !n.Break && !isRoleWord(low(n)) {
		return true
	}
	if i-1 > s.TokStart {
		p := d.Tokens[i-1]
		if (p.Word() && p.Cap() || p.Text == "." && i-2 >= s.TokStart && d.Tokens[i-2].Cap()) && !nonNames[low(p)] && !isRoleWord(low(p)) {
			return true
		}
	}
	return false
}

// capitalisedBefore reports whether token i follows a capitalised word
// of its sentence that may start a name, so that a party's full name
// there is the end of a longer one ("National Farmers Union" holds a
// Swedish party's "Farmers' Union"): not the sentence's first word,
// not a function word or a role noun ("President"); a role modifier
// ("National") may start a name.
func capitalisedBefore(d *Document, i int) bool {
	si := sentenceOf(d, d.Tokens[i].Start)
	if si < 0 || i-1 <= d.Sentences[si].TokStart {
		return false
	}
	p := d.Tokens[i-1]
	return p.Word() && p.Cap() && !nonNames[low(p)] && !roleNouns[low(p)]
}

// definedElsewhere reports whether the text defines the acronym in
// parentheses ("(JAMA)") without naming the entry in full.
func definedElsewhere(d *Document, acr string, e *gazetteer.Entry) bool {
	if !strings.Contains(d.Text, "("+acr+")") {
		return false
	}
	return !strings.Contains(strings.ToLower(d.Text), strings.ToLower(e.Name))
}

// partyWords end or open the full names of political parties.
var partyWords = lexicon.Set("party_words")

// hasPartyWord reports whether a name holds a party word.
func hasPartyWord(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if partyWords[strings.Trim(w, "(),.")] {
			return true
		}
	}
	return false
}

// gazetteerMentions turns gazetteer spans into candidate mentions.
func gazetteerMentions(d *Document, spans []gazSpan, ctx *context) []Mention {
	// First pass: the parties the article names on political wording.
	ctx.parties = map[*gazetteer.Entry]bool{}
	for _, sp := range spans {
		if !slices.ContainsFunc(sp.matches, func(m gazetteer.Match) bool { return m.Entry.Type == graph.Party }) {
			continue // only parties need the first pass
		}
		if m, _, ok := choose(d, sp, ctx); ok && m.Entry.Type == graph.Party {
			ctx.parties[m.Entry] = true
		}
	}
	var out []Mention
	for _, sp := range spans {
		m, score, ok := choose(d, sp, ctx)
		if !ok {
			continue
		}
		if c := cityOverState(d, sp, ctx, m); c != nil {
			m.Entry = c
		} else if c := seaOverTown(d, ctx.gz, m.Entry, sp.tokStart, sp.tokEnd); c != nil {
			m.Entry = c
		}
		if demonymName(d, sp, m) {
			out = append(out, Mention{
				Start: d.Tokens[sp.tokStart].Start, End: d.Tokens[sp.tokEnd-1].End,
				TokStart: sp.tokStart, TokEnd: sp.tokEnd,
				Type: graph.Person, Source: "rule", Score: ScoreWeakPlace,
			})
			continue
		}
		out = append(out, Mention{
			Start: d.Tokens[sp.tokStart].Start, End: d.Tokens[sp.tokEnd-1].End,
			TokStart: sp.tokStart, TokEnd: sp.tokEnd,
			Type: m.Entry.Type, Entry: m.Entry, Source: "gazetteer", Score: score,
		})
	}
	return out
}

// stateCues, before a state's name, say the state is meant ("upstate New
// York").
var stateCues = map[string]bool{"upstate": true, "downstate": true}

// cityOverState returns the big city that a state's name stands for
// unless the text marks the state: "Washington" and "New York" are the
// cities in most news, "Washington state", "upstate New York", "the state
// of Washington" and "Seattle, Washington" the states. The city must be
// the country's capital or hold a million people, and be named as the
// state is, alone or with "City".
func cityOverState(d *Document, sp gazSpan, ctx *context, m gazetteer.Match) *gazetteer.Entry {
	if ctx.gz == nil || m.Entry.Type != graph.Place || !strings.HasPrefix(m.Entry.ID, "region:") || stateMarked(d, sp) {
		return nil
	}
	return bigCityForState(ctx.gz, m.Entry, m.Alias.Text, sp.matches)
}

// bigCityForState returns the city a state's name stands for, or nil:
// among the readings of the name (matches) and the gazetteer's "<name>
// City", the most populous place in the state's country that is its
// capital or holds a million people.
func bigCityForState(gz *gazetteer.Gazetteer, state *gazetteer.Entry, name string, matches []gazetteer.Match) *gazetteer.Entry {
	cands := append(slices.Clone(matches), gz.Lookup(gazetteer.Key(name)+" city")...)
	var best *gazetteer.Entry
	for _, c := range cands {
		e := c.Entry
		if e.Type != graph.Place || e.Country != state.Country || !strings.HasPrefix(e.ID, "place:") {
			continue
		}
		if !e.Capital && e.Population < minFreeRegionPopulation {
			continue
		}
		if best == nil || e.Population > best.Population {
			best = e
		}
	}
	return best
}

// stateMarked reports whether the text around a state's name marks it as
// the state: "state" after it, "upstate" or "state of" before it, or a
// town and a comma before it ("Seattle, Washington").
func stateMarked(d *Document, sp gazSpan) bool {
	if sp.tokEnd < len(d.Tokens) && low(d.Tokens[sp.tokEnd]) == "state" {
		return true
	}
	if i := sp.tokStart - 1; i >= 0 {
		p := low(d.Tokens[i])
		if stateCues[p] || p == "of" && i > 0 && low(d.Tokens[i-1]) == "state" {
			return true
		}
		if p == "," && i > 0 && d.Tokens[i-1].Cap() && !d.Tokens[i-1].Break {
			return true
		}
	}
	return false
}
