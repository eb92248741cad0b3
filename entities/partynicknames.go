package entities

import (
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// partyNickname is one line of the party_nicknames list.
type partyNickname struct {
	words   []string // lower case
	country string   // ISO code
	name    string   // the party's name in the gazetteer, lower case
}

// partyNicknames are the party short forms and nicknames by their first
// word.
var partyNicknames = readPartyNicknames()

func readPartyNicknames() map[string][]partyNickname {
	out := map[string][]partyNickname{}
	for _, line := range lexicon.Words("party_nicknames") {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			panic("lexicon party_nicknames: want nickname | country | party: " + line)
		}
		n := partyNickname{words: strings.Fields(f[0]), country: strings.ToUpper(strings.TrimSpace(f[1])), name: strings.TrimSpace(f[2])}
		out[n.words[0]] = append(out[n.words[0]], n)
	}
	return out
}

// partyNicknamesStage reads party nicknames the gazetteer does not know
// or accepts only where the party's country is named ("Tory leader X",
// "the Lib Dems", "GOP senators"). A nickname counts where the article
// supports one country's party (it names the country, or another party
// of it) and the wording is political: a political word or role follows
// it, it is a plural, or its sentence speaks of politics. It becomes a
// gazetteer mention of that party. The article supports a country by
// the gazetteer names it reads there and by its other nicknames.
type partyNicknamesStage struct{ gz *gazetteer.Gazetteer }

func (partyNicknamesStage) Name() string { return StagePartyNicknames }

func (s partyNicknamesStage) Run(d *Doc) {
	type found struct {
		k, end int
		ns     []partyNickname
	}
	var all []found
	var places []Mention
	for _, m := range d.GazetteerMentions {
		if m.Type == graph.Place {
			places = append(places, m)
		}
	}
	for k := 0; k < len(d.Tokens); k++ {
		if t := d.Tokens[k]; !t.Word() || !t.Cap() {
			continue
		}
		for _, ns := range longestNicknames(d.Document, k) {
			end := k + len(ns[0].words)
			// The person the nickname stands before is read apart from
			// it: a recognizer would take "Lib Dem Norman Baker" or
			// "Republican John Smith" for one name.
			if n := nicknamePerson(d.Document, k, end, places); n > 0 {
				d.Candidates = append(d.Candidates, Mention{Start: d.Tokens[end].Start, End: d.Tokens[end+n-1].End, TokStart: end, TokEnd: end + n,
					Type: graph.Person, Source: "cue", Score: ScoreHead})
			}
			if politicalNickname(d.Document, k, end, places) {
				all = append(all, found{k, end, ns})
				k = end - 1
			}
			break
		}
	}
	if len(all) == 0 {
		return // most articles: no support to count
	}
	support := partySupport(d.Document, d.GazetteerMentions)
	weak := weakSupport(d.Document, d.GazetteerMentions) // before the nicknames read below join them
	for _, f := range all {
		// Other nicknames support their countries too: "Labour" and
		// "Tory" in one article point to Britain together.
		sup := maps.Clone(support)
		seen := map[string]bool{}
		for _, g := range all {
			if g.ns[0].words[0] == f.ns[0].words[0] && len(g.ns[0].words) == len(f.ns[0].words) {
				continue
			}
			for _, n := range g.ns {
				if !seen[n.country+"|"+strings.Join(g.ns[0].words, " ")] {
					seen[n.country+"|"+strings.Join(g.ns[0].words, " ")] = true
					sup[n.country]++
				}
			}
		}
		e := s.bestParty(f.ns, sup)
		if e == nil && weak && priorNickname(d.Document, f.k, f.end, f.ns) {
			e = s.party(f.ns[0])
		}
		if e == nil {
			continue
		}
		m := Mention{Start: d.Tokens[f.k].Start, End: d.Tokens[f.end-1].End, TokStart: f.k, TokEnd: f.end,
			Type: graph.Party, Entry: e, Source: "gazetteer", Score: ScoreStrong}
		d.GazetteerMentions = append(d.GazetteerMentions, m)
		d.Candidates = append(d.Candidates, m)
	}
}

// nicknamePerson returns the length of the person's name of two or three
// words (personAfter) that follows the party nickname in tokens [k, end),
// or 0. The nickname must not be inside a longer capitalised name (a
// place of the gazetteer, a role word or a count may stand before it:
// "Ohio Republican X", "Two Tory X"), and it must read as a party: its
// sentence speaks of politics, or it is a nickname of several words ("Lib
// Dem") or a word that names parties even opening a sentence
// (sentenceFirstParty: "Republican", "Labour", not "Green").
func nicknamePerson(d *Document, k, end int, places []Mention) int {
	si := sentenceOf(d, d.Tokens[k].Start)
	if si < 0 {
		return 0
	}
	s := d.Sentences[si]
	if k > s.TokStart && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() && !isRelRoleWord(low(d.Tokens[k-1])) && !countOpening(d, s, k-1) &&
		!slices.ContainsFunc(places, func(m Mention) bool { return m.TokEnd == k }) {
		return 0
	}
	if end-k == 1 && !sentenceFirstParty(d.Tokens[k].Text) && !politicsInSentence(d, k) {
		return 0
	}
	return personAfter(d, s, end)
}

// longestNicknames returns the nicknames that start at token k, grouped
// by their words, longest first.
func longestNicknames(d *Document, k int) [][]partyNickname {
	var out [][]partyNickname
	if !partyNicknamesIx.of(d.Tokens[k]) {
		return out
	}
	byLen := map[int][]partyNickname{}
	maxLen := 0
	for _, n := range partyNicknames[low(d.Tokens[k])] {
		if k+len(n.words) > len(d.Tokens) {
			continue
		}
		ok := true
		for i, w := range n.words {
			if low(d.Tokens[k+i]) != w || !d.Tokens[k+i].Cap() {
				ok = false
				break
			}
		}
		if ok {
			byLen[len(n.words)] = append(byLen[len(n.words)], n)
			maxLen = max(maxLen, len(n.words))
		}
	}
	for l := maxLen; l > 0; l-- {
		if len(byLen[l]) > 0 {
			out = append(out, byLen[l])
		}
	}
	return out
}

// politicalNickname reports whether tokens [k, end) read as a party: not
// inside a longer capitalised name (a place of the gazetteer may stand
// before: "an Ohio Republican"), and a political word or role after them,
// a plural, a political sentence, or an apposition (", a Democrat,").
// places are the gazetteer's place readings.
func politicalNickname(d *Document, k, end int, places []Mention) bool {
	si := sentenceOf(d, d.Tokens[k].Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	start := k // the phrase's start, a place before the nickname included
	if i := slices.IndexFunc(places, func(m Mention) bool { return m.TokEnd == k }); i >= 0 && k > s.TokStart+1 {
		start = places[i].TokStart // "an Ohio Republican"
	} else if k > s.TokStart && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() && !isRelRoleWord(low(d.Tokens[k-1])) && !countOpening(d, s, k-1) {
		return false
	}
	if portfolioTitle(d, k, end) {
		return false
	}
	if end < s.TokEnd && d.Tokens[end].Word() && d.Tokens[end].Cap() && !politicsNext(d, end) {
		// "Lib Dem Norman Baker": a nickname before a person's full
		// name is the person's party (nicknamePerson says where).
		return nicknamePerson(d, k, end, places) > 0
	}
	// ", a Republican," and ", an Ohio Democrat.": a person's party.
	if start-2 >= s.TokStart && d.Tokens[start-2].Text == "," && indefiniteAt(d, start-1) &&
		(end == s.TokEnd || strings.Contains(",.);", d.Tokens[end].Text)) {
		return true
	}
	return politicsNext(d, end) || strings.HasSuffix(low(d.Tokens[end-1]), "s") || politicsInSentence(d, k)
}

// portfolioTitle reports whether the one-word nickname at [k, end) is the
// field of an office or a department written in capitals after it
// ("Labour Minister X", "the Labor Department"): a title of a state,
// not the party, which takes a lower-case title ("a Labour minister").
func portfolioTitle(d *Document, k, end int) bool {
	if end-k != 1 || end >= len(d.Tokens) || !roleExtra[low(d.Tokens[k])] || !d.Tokens[end].Cap() {
		return false
	}
	l := low(d.Tokens[end])
	return l == "minister" || l == "secretary" || departmentWords[l]
}

// personAfter returns the length of a person's name of two or three
// capitalised words, none a head noun, a political word or in capitals,
// that starts at token i of sentence s and ends before a word in lower
// case or a punctuation mark; 0 if there is none.
func personAfter(d *Document, s Sentence, i int) int {
	n := 0
	for ; i+n < s.TokEnd && d.Tokens[i+n].Word() && d.Tokens[i+n].Cap(); n++ {
		l := low(d.Tokens[i+n])
		if headNouns[l] != "" || nonNames[l] || politicsNext(d, i+n) || strings.ToUpper(d.Tokens[i+n].Text) == d.Tokens[i+n].Text {
			return 0
		}
	}
	if n < 2 || n > 3 || i+n >= s.TokEnd {
		return 0
	}
	return n
}

// countOpening reports whether token k opens sentence s with a count or a
// function word, capitalised only for its place: "Two Republican
// senators", "The Labour candidate".
func countOpening(d *Document, s Sentence, k int) bool {
	l := low(d.Tokens[k])
	return k == s.TokStart && (numberWords[l] || nonNames[l])
}

// partySupport counts, per country code, the gazetteer's readings in the
// article that lie in the country: the country, its parties, its places.
func partySupport(d *Document, ms []Mention) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		if supports(d, m) {
			out[m.Entry.Country]++
		}
	}
	return out
}

// bestParty returns the party of the nickname readings ns whose country
// the article supports best, or nil when none has support or two tie.
func (s partyNicknamesStage) bestParty(ns []partyNickname, support map[string]int) *gazetteer.Entry {
	var best *gazetteer.Entry
	bestN, tie := 0, false
	for _, n := range ns {
		c := support[n.country]
		if c == 0 || c < bestN {
			continue
		}
		e := s.party(n)
		if e == nil {
			continue
		}
		tie = c == bestN
		best, bestN = e, c
	}
	if tie {
		return nil
	}
	return best
}

// party returns the gazetteer entry of nickname n's party.
func (s partyNicknamesStage) party(n partyNickname) *gazetteer.Entry {
	for _, m := range s.gz.Find(n.name) {
		if m.Entry.Type == graph.Party && m.Entry.Country == n.country && strings.EqualFold(m.Entry.Name, n.name) {
			return m.Entry
		}
	}
	return nil
}

// trimPartyPrefix drops a party nickname that opens a person's mention
// where the rest is the person's name (nicknamePerson): "Republican John
// Smith" is John Smith, the Republican.
func trimPartyPrefix(d *Doc, ms []Mention) []Mention {
	var places []Mention
	for _, m := range d.GazetteerMentions {
		if m.Type == graph.Place {
			places = append(places, m)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Person {
			continue
		}
		for _, ns := range longestNicknames(d.Document, m.TokStart) {
			end := m.TokStart + len(ns[0].words)
			if end < m.TokEnd && nicknamePerson(d.Document, m.TokStart, end, places) == m.TokEnd-end {
				m.TokStart, m.Start = end, d.Tokens[end].Start
			}
			break
		}
	}
	return ms
}
