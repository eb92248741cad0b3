package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// Word lists of the rules that fix a tagged name's extent and type after
// the model (see fixNames).
var (
	orgHeads        = lexicon.Set("ner_org_heads")
	nameLinks       = lexicon.Set("ner_name_links")
	eventLastWords  = lexicon.Set("ner_event_last_words")
	eventFirstWords = lexicon.Set("ner_event_first_words")
	stateHeads      = lexicon.Set("ner_state_heads")
	placeLastWords  = lexicon.Set("ner_place_last_words")
	ideologyWords   = lexicon.Set("ner_ideology_words")
	personTitles    = lexicon.Set("ner_person_titles")
	houseHeads      = lexicon.Set("ner_house_heads")
	meetingHeads    = lexicon.Set("ner_meeting_heads")
	corporateWords  = lexicon.Set("corporate_words")
	monthNames      = monthSet()
	nonNames        = lexicon.Set("non_names")
)

// monthSet returns the month names of the lexicon's month list.
func monthSet() map[string]bool {
	m := map[string]bool{}
	for _, p := range lexicon.Words("months") {
		if f := strings.Fields(p); len(f) > 0 {
			m[f[0]] = true
		}
	}
	return m
}

// fixNames applies the rules that the model's sequence view misses to
// each sentence's names, in place:
//
//   - an organization or event name holding a comma or "or" between
//     capitalised words is two names (splitLists);
//   - an organization's head and its complement are one name: the model
//     often cuts "Popular Front for the Liberation of Palestine" or "Fund
//     for Nature" at the preposition (joinComplements);
//   - a name's head word decides its type: "... Film Festival" and "Battle
//     of X" are events, "Duchy of X" and "Cape Colony" countries, "X
//     County" a place (retype);
//   - a name run over a governing board is the organization after it
//     ("Board of Trustees of X"; boardsOf);
//   - a demonym before untagged capitalised words ending in an
//     organization head names the organization ("Norwegian Parliament",
//     "Chinese Foreign Ministry"; demonymHeads);
//   - a person's title and name are the person ("Governor Cuomo";
//     titledPerson);
//   - an organization named for an ideology is a party ("Solidary
//     Democracy"; ideological);
//   - a list of names that holds parties is a list of parties: the model
//     calls a foreign party's name or acronym an organization unless its
//     words say "Party" (partyLists);
//   - "the" before an organization or party named by its head word is
//     not part of the name ("The Labour Party"; dropArticle);
//   - an event name takes the year and month before it ("June 2015 X
//     general election") and a Roman numeral after it ("World War I").
func fixNames(sents [][]string, chunks [][]Chunk) {
	for si, s := range sents {
		cs := boardsOf(s, joinComplements(s, foreignNames(s, splitLists(s, chunks[si]))))
		demonymHeads(s, cs)
		partyLists(s, cs)
		for i := range cs {
			cs[i] = dropArticle(s, cs[i])
			cs[i] = titledPerson(s, cs[i])
			cs[i].Type = retype(cs[i].Type, s[cs[i].Start:cs[i].End])
			if cs[i].Type == FineOrganization && ideological(s[cs[i].Start:cs[i].End]) {
				cs[i].Type = FineParty
			}
			if cs[i].Type == FineEvent {
				cs[i].Start = datedStart(s, cs[i], cs, i)
				if e := cs[i].End; numeralAfter(s, e) && (i+1 == len(cs) || cs[i+1].Start > e) {
					cs[i].End++ // "World War I", "Vatican Council II"
				}
			}
		}
		chunks[si] = cs
	}
}

// joinComplements joins an organization head and the complement after its
// preposition into one name: "[Jewish Fund] for [Justice]", "[World Wide
// Fund] for Nature", "Parliament of [Norway]". The head is the last word
// of a name, or an untagged capitalised word before the preposition; the
// complement a name or a run of capitalised words after it (and after
// "the"). The joined name is a party when its head is "party" or a party's
// head ("Front"), otherwise an organization.
func joinComplements(s []string, cs []Chunk) []Chunk {
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.Type == FineEvent || !orgHeads[strings.ToLower(s[c.End-1])] {
			continue
		}
		p := linkEnd(s, c.End)
		if p < 0 || houseHeads[strings.ToLower(s[c.End-1])] && !strings.EqualFold(s[c.End], "of") {
			continue
		}
		typ := joinedType(c.Type, s[c.End-1])
		end, next := complement(s, cs, typ, i+1, p)
		if end <= p {
			continue
		}
		end, next = andComplement(s, cs, next, p, end)
		cs[i] = Chunk{Type: typ, Start: c.Start, End: end}
		cs = slices.Delete(cs, i+1, next)
	}
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.Type == FineEvent || c.Type == FinePerson {
			continue
		}
		start := headStart(s, cs, i)
		if start < 0 {
			continue
		}
		cs[i] = Chunk{Type: joinedType(FineOrganization, s[c.Start-linkLen(s, c.Start)-1]), Start: start, End: c.End}
	}
	return cs
}

// linkEnd returns the position after the preposition (and "the") at p,
// or -1 when s[p] is not a name link.
func linkEnd(s []string, p int) int {
	if p >= len(s) || !nameLinks[strings.ToLower(s[p])] {
		return -1
	}
	p++
	if p < len(s) && s[p] == "the" {
		p++
	}
	return p
}

// linkLen returns how many words before position p are a name link and
// its "the" (0 when none).
func linkLen(s []string, p int) int {
	switch {
	case p >= 1 && nameLinks[strings.ToLower(s[p-1])]:
		return 1
	case p >= 2 && s[p-1] == "the" && nameLinks[strings.ToLower(s[p-2])]:
		return 2
	}
	return 0
}

// complement returns where the complement starting at p ends (p when
// there is none) and the index of the first chunk after it; chunks from
// next (the chunk after the head's) on it absorbs. Events, persons and,
// unless the joined name (of type typ) is a party, parties are names of
// their own ("the European Parliament for the Green Party").
func complement(s []string, cs []Chunk, typ string, next, p int) (int, int) {
	q := p
	for q < len(s) {
		if next < len(cs) && cs[next].Start == q {
			if t := cs[next].Type; t == FineEvent || t == FinePerson || t == FineParty && typ != FineParty {
				break
			}
			q = cs[next].End
			next++
			continue
		}
		if next < len(cs) && cs[next].Start < q || !capitalised(s[q]) || nonNames[strings.ToLower(s[q])] {
			break
		}
		q++
	}
	return q, next
}

// andComplement extends a complement that ends at q over "and" and a
// second part of its kind, where the name ends with that part: a place or
// country after a place or country ("Commission for [England] and
// [Wales]"), or one or two untagged capitalised words after untagged
// capitalised words ("Council of Advisors on Science and Technology",
// "Department of Wildlife and Fisheries"). A person's title after "and"
// starts a name of its own ("Ministry of Defence and Secretary X"). It
// returns the new end and the index of the first chunk after it.
func andComplement(s []string, cs []Chunk, next, p, q int) (int, int) {
	if q+1 >= len(s) || s[q] != "and" && s[q] != "&" {
		return q, next
	}
	placeLike := func(t string) bool { return t == FinePlace || t == FineCountry }
	if next > 0 && cs[next-1].End == q && cs[next-1].Start >= p {
		if !placeLike(cs[next-1].Type) || next >= len(cs) || cs[next].Start != q+1 || !placeLike(cs[next].Type) {
			return q, next
		}
		if e := cs[next].End; e < len(s) && capitalised(s[e]) {
			return q, next
		}
		return cs[next].End, next + 1
	}
	if !capitalised(s[q-1]) {
		return q, next
	}
	e := q + 1
	for e < len(s) && e-q <= 2 && capitalised(s[e]) && (next >= len(cs) || cs[next].Start > e) && !nonNames[strings.ToLower(s[e])] && !personTitles[strings.ToLower(s[e])] {
		e++
	}
	if e == q+1 || e < len(s) && capitalised(s[e]) {
		return q, next
	}
	return e, next
}

// headStart returns where an untagged organization head and the
// capitalised words before it start when they and a name link come right
// before chunk i ("Parliament of [Norway]", "Foundation for [Moral
// Law]"), or -1. A leading "The" is left out.
func headStart(s []string, cs []Chunk, i int) int {
	n := linkLen(s, cs[i].Start)
	h := cs[i].Start - n - 1
	if n == 0 || h < 0 || !capitalised(s[h]) || !orgHeads[strings.ToLower(s[h])] {
		return -1
	}
	if houseHeads[strings.ToLower(s[h])] && !strings.EqualFold(s[h+1], "of") {
		return -1
	}
	prevEnd := 0
	if i > 0 {
		prevEnd = cs[i-1].End
	}
	if h < prevEnd {
		return -1
	}
	start := h
	for start > prevEnd && capitalised(s[start-1]) && s[start-1] != "The" {
		start--
	}
	return start
}

// joinedType is the type of a name joined at its head word.
func joinedType(typ, head string) string {
	h := strings.ToLower(head)
	if h == "party" || h == "parties" || typ == FineParty && partyHeads[h] {
		return FineParty
	}
	return FineOrganization
}

// retype returns the type a name's head words give it: an organization or
// misc name ending in an event word, or with one before its "of" ("War
// of Independence"; "Campaign for X" is a body), or opening "Battle of"
// is an event; an
// organization, misc or place name of a state ("Duchy of X", "Cape
// Colony") a country; an organization ending in "County" a place. Parties,
// persons and one-word names keep the model's type.
func retype(typ string, toks []string) string {
	if len(toks) < 2 || typ != FineOrganization && typ != FineMisc && typ != FinePlace {
		return typ
	}
	first, last := strings.ToLower(toks[0]), strings.ToLower(toks[len(toks)-1])
	linked := false
	for _, t := range toks {
		linked = linked || nameLinks[t]
	}
	switch {
	case typ != FinePlace && (eventLastWords[last] || eventLastWords[strings.ToLower(headOf(toks))] || eventFirstWords[first] && nameLinks[toks[1]] || eventFirstWords[first] && toks[1] == "in"):
		return FineEvent
	case typ == FineOrganization && meeting(toks):
		return FineEvent
	case stateHeads[last] && !linked || stateHeads[first] && toks[1] == "of" || len(toks) > 2 && stateHeads[strings.ToLower(toks[1])] && toks[2] == "of":
		return FineCountry
	case typ == FineOrganization && placeLastWords[last] && !linked && !orgHeaded(toks):
		return FinePlace
	}
	return typ
}

// meeting reports whether a name is a meeting's: its last word is a
// meeting's head ("Velland Conference"), or the word before its first
// "on" is ("World Conference on Rivers"). "Conference of Ostrian Mayors"
// is a body.
func meeting(toks []string) bool {
	if meetingHeads[strings.ToLower(toks[len(toks)-1])] {
		return true
	}
	for i := 1; i < len(toks); i++ {
		if nameLinks[toks[i]] {
			return toks[i] == "on" && meetingHeads[strings.ToLower(toks[i-1])]
		}
	}
	return false
}

// datedStart returns where event chunk i starts once the year before it
// and a month before the year are taken in ("1994 X elections", "June 2015
// X general election"): the date is part of such an event's name.
func datedStart(s []string, c Chunk, cs []Chunk, i int) int {
	lo := 0
	if i > 0 {
		lo = cs[i-1].End
	}
	st := c.Start
	if !eventLastWords[strings.ToLower(s[c.End-1])] {
		return st
	}
	if st-1 >= lo && year(s[st-1]) {
		st--
		if st-1 >= lo && monthNames[strings.ToLower(s[st-1])] && capitalised(s[st-1]) {
			st--
		}
	}
	return st
}

// year reports whether w is a four-digit year from 1000 to 2099.
func year(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' || w[0] == '2' && w[1] != '0' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// partyLists retypes the organizations in a list of names that holds more
// parties than organizations that could be parties ("the PvdA, the Catholic People's Party and
// the Anti-Revolutionary Party"; "Popular Alternative (AP), the
// Centrists for Europe (CpE), Solidary Democracy") as parties. Names are
// in one list when only commas, "and", "or", "the" and parentheses stand
// between them. An organization whose words hold an organization head
// that is not a party's ("Election Commission", "Trade Union") keeps its
// type.
func partyLists(s []string, cs []Chunk) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && listGap(s[cs[j-1].End:cs[j].Start]) {
			j++
		}
		parties, orgs := 0, 0
		for _, c := range cs[i:j] {
			switch c.Type {
			case FineParty:
				parties++
			case FineOrganization:
				if !listOrgHeaded(s[c.Start:c.End]) {
					orgs++
				}
			}
		}
		if parties > 0 && parties > orgs-len(partyAcronyms(s, cs[i:j])) {
			for k := i; k < j; k++ {
				if cs[k].Type == FineOrganization && !listOrgHeaded(s[cs[k].Start:cs[k].End]) {
					cs[k].Type = FineParty
				}
			}
		}
		i = j
	}
}

// partyAcronyms returns the chunks of list cs that are an acronym in
// parentheses right after a party: they count with their party.
func partyAcronyms(s []string, cs []Chunk) []Chunk {
	var out []Chunk
	for k := 1; k < len(cs); k++ {
		if cs[k-1].Type == FineParty && cs[k].Start == cs[k-1].End+1 && s[cs[k-1].End] == "(" {
			out = append(out, cs[k])
		}
	}
	return out
}

// listGap reports whether the words between two names only join them in
// a list.
func listGap(gap []string) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	for _, w := range gap {
		switch w {
		case ",", "and", "or", "the", "(", ")", ";":
		default:
			return false
		}
	}
	return true
}

// orgHeaded reports whether a name holds an organization head that is not
// also a party's head.
func orgHeaded(toks []string) bool {
	for _, t := range toks {
		if l := strings.ToLower(t); orgHeads[l] && !partyHeads[l] {
			return true
		}
	}
	return false
}

// splitLists splits an organization or event name at a comma or "or"
// with capitalised words on both sides: the model runs a list of
// organizations together ("World Wide Fund for Nature, Conservation
// International"; "Labour Students or Union of Jewish Students").
func splitLists(s []string, cs []Chunk) []Chunk {
	var out []Chunk
	for _, c := range cs {
		if c.Type != FineOrganization && c.Type != FineEvent {
			out = append(out, c)
			continue
		}
		start := c.Start
		if corporateWords[strings.ToLower(s[c.End-1])] {
			out = append(out, c) // "Parke, Davis and Co" is one company
			continue
		}
		for k := c.Start + 1; k < c.End-1; k++ {
			if (s[k] == "," || s[k] == "or") && k-start >= 2 && c.End-k-1 >= 2 && capitalised(s[k-1]) && capitalised(s[k+1]) {
				out = append(out, Chunk{Type: c.Type, Start: start, End: k})
				start = k + 1
			}
		}
		out = append(out, Chunk{Type: c.Type, Start: start, End: c.End})
	}
	return out
}

// demonymHeads extends a one-word misc name (a demonym, as the model tags
// "Norwegian") over the untagged capitalised words after it when the last
// of them is an organization head: "Norwegian Parliament", "Chinese
// Foreign Ministry" are organizations.
func demonymHeads(s []string, cs []Chunk) {
	for i, c := range cs {
		if c.Type != FineMisc || c.End-c.Start != 1 {
			continue
		}
		limit := len(s)
		if i+1 < len(cs) {
			limit = cs[i+1].Start
		}
		end := c.End
		for end < limit && capitalised(s[end]) {
			end++
		}
		if end > c.End && orgHeads[strings.ToLower(s[end-1])] {
			cs[i] = Chunk{Type: FineOrganization, Start: c.Start, End: end}
		}
	}
}

// ideological reports whether an organization's name holds an ideology
// word (or "party" in another language) and no head of another kind of
// body: such a name is a party's ("Solidary Democracy", "Union of
// Democratic Forces"; not "Christian Aid", "Democratic National
// Committee" or "Progressive Corp"). "Union" is a party's head as often
// as a trade union's. One word alone ("Progressive") is too little.
func ideological(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	found := false
	for _, t := range toks {
		l := strings.ToLower(t)
		if orgHeads[l] && !partyHeads[l] && l != "union" || corporateWords[l] && l != "and" && l != "the" {
			return false
		}
		for p := range strings.SplitSeq(l, "-") {
			found = found || ideologyWords[p] // "Socialist-Revolutionaries"
		}
	}
	return found
}

// dropArticle returns an organization or party name without its
// leading article when the article opens the sentence, or is "the": an
// article that opens a sentence is written with a capital whatever it
// belongs to, and goes with the noun phrase when the name (of three
// words or more) ends in a head such names share ("The Labour Party",
// "the World Bank"). A capitalised "The" inside a sentence is the
// name's own ("at The Velland Herald"), and a name the model started
// after such an article takes it in. Names that hold their article
// ("The Hague", "The Times") do not end in such a head.
func dropArticle(s []string, c Chunk) Chunk {
	if c.Type != FineOrganization && c.Type != FineParty {
		return c
	}
	if c.Start >= 2 && s[c.Start-1] == "The" && !opensSentence(s, c.Start-1) {
		c.Start--
		return c
	}
	if c.End-c.Start < 3 || !strings.EqualFold(s[c.Start], "the") || s[c.Start] == "The" && !opensSentence(s, c.Start) {
		return c
	}
	if last := strings.ToLower(s[c.End-1]); orgHeads[last] || partyHeads[last] {
		c.Start++
	}
	return c
}

// opensSentence reports whether the word at i opens the sentence or a
// quotation, heading or bracket in it, where any word is capitalised.
func opensSentence(s []string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case `"`, "'", "``", "`", ":", "(", "[", "-", "--", ";":
		return true
	}
	return false
}

// titledPerson returns an organization or misc name made of a person's
// title and one to three capitalised words ("Governor Cuomo",
// "Representative Abraham Lincoln") as the person the words name, without
// the title; other names as they are.
func titledPerson(s []string, c Chunk) Chunk {
	n := c.End - c.Start
	if c.Type != FineOrganization && c.Type != FineMisc || n < 2 || n > 4 || !personTitles[strings.ToLower(strings.TrimSuffix(s[c.Start], "."))] {
		return c
	}
	for _, w := range s[c.Start+1 : c.End] {
		if !capitalised(w) || strings.ToUpper(w) == w || orgHeads[strings.ToLower(w)] {
			return c
		}
	}
	return Chunk{Type: FinePerson, Start: c.Start + 1, End: c.End}
}

// numeralAfter reports whether s[e] is a Roman numeral from I to X that
// ends a name; "I" followed by a lower-case word is the pronoun ("after
// the Gulf War I went home").
func numeralAfter(s []string, e int) bool {
	if e >= len(s) {
		return false
	}
	if s[e] == "I" && e+1 < len(s) && !capitalised(s[e+1]) && unicode.IsLetter([]rune(s[e+1])[0]) {
		return false
	}
	return romanNumeral(s[e])
}

// romanNumeral reports whether w is a Roman numeral from I to X.
func romanNumeral(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X":
		return true
	}
	return false
}
