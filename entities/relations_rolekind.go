package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// roleKinds classifies role nouns by what they say about the holder and
// the body: "head" leads it, "member" belongs to it (member_of a party,
// affiliated_with another body), "staff" works for it (affiliated_with),
// "junior" marks an office beside the head ("deputy", "vice").
var roleKinds = lexicon.Pairs("role_kinds")

// isRelRoleWord reports whether l may stand inside a role title the
// relation patterns read: the title words of the extractor and the nouns
// of roleKinds ("economist", "boss").
func isRelRoleWord(l string) bool { return isRoleWord(l) || roleKinds[l] != "" }

// isRoleNoun reports whether l may end a role title.
func isRoleNoun(l string) bool {
	return roleNouns[l] || leaderNouns[l] || roleKinds[l] != "" && roleKinds[l] != "junior"
}

// chamberWords before a party make its "leader" the party's leader in a
// chamber, a member rather than the head ("Senate Republican leader X").
var chamberWords = map[string]bool{"senate": true, "house": true, "parliamentary": true, "congressional": true, "assembly": true}

// emitRole adds the relations that role title r states between person p
// and body target (whose mention starts at token tstart): one set per
// office of a coordinated title ("Chairman and former Foreign Minister").
func (rb *relBuilder) emitRole(p, target, tstart int, r roleSpan, span graph.Span, si int, conf float64) {
	tt := rb.ex.Entities[target].Type
	if tt == graph.Organization && rb.nationalTitleBody(p, target, tstart, r, si) {
		return // "Chancellor of the Exchequer X": Britain's office
	}
	if tt == graph.Organization && partyLike(rb.ex.Entities[target].Name) {
		tt = graph.Party // "Liberal Democrats" typed as an organization
	}
	for n, seg := range rb.roleSegments(r) {
		if n > 0 && tt == graph.Party && officeNouns[seg.noun] {
			// "<Party> Chairman and former Foreign Minister X": the second
			// office is the state's, not the party's.
			rb.pendOffice(p, seg, si, nil)
			continue
		}
		title, former := rb.roleTitle(seg)
		if title == "" {
			continue
		}
		former = former || r.former
		if tt == graph.Organization && departmentMinister(rb.ex.Entities[target].Name, seg.noun) {
			rb.departmentOffice(p, tstart, seg, former, span, si, conf) // "Treasury Secretary X"
		}
		chamber := tstart > 0 && chamberWords[low(rb.d.Tokens[tstart-1])]
		for _, k := range rb.titleKinds(seg, target, tt, chamber) {
			attrs := map[string]string{}
			if k == graph.HoldsRole || k == graph.Leads {
				attrs["role"] = title
			}
			if former {
				attrs["former"] = "true"
			}
			rb.add(p, target, k, span, conf, attrs)
		}
	}
}

// partyHeads are the last words of party names ("Democrats", "Party").
var partyHeads = lexicon.Set("ner_party_heads")

// partyShortForms are party nicknames without a party head ("Lib Dem").
var partyShortForms = lexicon.Set("party_short_forms")

// partyLike reports whether an organization's name ends like a party's,
// in the plural or the singular ("Liberal Democrat" beside "Democrats"),
// or is a well-known party nickname.
func partyLike(name string) bool {
	l := strings.ToLower(name)
	if partyShortForms[strings.Join(strings.Fields(l), " ")] {
		return true
	}
	f := strings.Fields(l)
	return len(f) > 1 && (partyHeads[f[len(f)-1]] || partyHeads[f[len(f)-1]+"s"])
}

// roleSegments splits a coordinated title at "and" when both parts hold
// a role noun; "Economy and Labour Minister" stays one office.
func (rb *relBuilder) roleSegments(r roleSpan) []roleSpan {
	var out []roleSpan
	start := r.start
	for k := r.start; k < r.end; k++ {
		if low(rb.d.Tokens[k]) != "and" {
			continue
		}
		first := lastRoleNoun(rb.d, start, k)
		rest := lastRoleNoun(rb.d, k+1, r.end)
		if first == "" || rest == "" {
			continue
		}
		out = append(out, roleSpan{start: start, end: k, noun: first})
		start = k + 1
	}
	return append(out, roleSpan{start: start, end: r.end, noun: r.noun})
}

// lastRoleNoun is the last role noun of tokens [i, j), or "".
func lastRoleNoun(d *Document, i, j int) string {
	noun := ""
	for k := i; k < j; k++ {
		if l := low(d.Tokens[k]); isRoleNoun(l) {
			noun = l
		}
	}
	return noun
}

// roleRelationKinds decides what a role title says about its holder and a
// body of type tt. Heads lead organizations and parties; their deputies
// hold a role; a party's MPs, spokesmen and candidates are its members; an
// organization's analysts, spokesmen and players are affiliated with it; a
// country's offices are roles of the country, and its analysts nothing.
func (rb *relBuilder) roleRelationKinds(r roleSpan, tt graph.Type, chamber bool) []graph.Kind {
	d := rb.d
	junior := false
	prev := "" // the word before the role noun inside the title
	for k := r.start; k < r.end; k++ {
		l := low(d.Tokens[k])
		if roleKinds[l] == "junior" || strings.HasPrefix(l, "vice-") || strings.HasPrefix(l, "co-") {
			junior = true
		}
		if l == r.noun || pluralRoleNoun(l) == r.noun {
			break
		}
		if d.Tokens[k].Word() {
			prev = l
		}
	}
	class := roleKinds[r.noun]
	if k := nounIndex(d, r); k-2 >= r.start && isDash(d.Tokens[k-1].Text) && !d.Tokens[k].Space {
		if c, ok := roleKinds[low(d.Tokens[k-2])+"-"+r.noun]; ok {
			class = c // "director-general"
		}
	} else if k-1 >= r.start {
		if c, ok := roleKinds[low(d.Tokens[k-1])+"-"+r.noun]; ok {
			class = c // "director general", spelt without the dash
		}
	}
	switch {
	case r.noun == "executive" || r.noun == "officer":
		switch {
		case prev == "chief" || prev == "executive":
			class = "head"
		case hasWord(d, r.start, r.end, map[string]bool{"chief": true}):
			class = "" // "chief operating officer": an office beside the head
		default:
			class = "staff"
		}
	case (r.noun == "director" || r.noun == "administrator") && prev != "" && prev != "managing" && prev != "former" && prev != "ex":
		class = "" // "finance director", "regional administrator": an office, not the head
	case r.noun == "leader" && (prev == "majority" || prev == "minority"):
		class = "" // "Senate Majority Leader": an office in the chamber, not its head
	case (r.noun == "chief" || r.noun == "head" || r.noun == "boss") && departmentHeads[prev]:
		class = "" // "media chief", "press chief": the head of one part
	}
	head := class == "head" && !junior
	switch tt {
	case graph.Country:
		if class == "staff" && r.noun != "adviser" && r.noun != "advisor" && r.noun != "aide" {
			return nil
		}
		return []graph.Kind{graph.HoldsRole}
	case graph.Party:
		switch {
		case head && !chamber:
			return []graph.Kind{graph.Leads}
		case head, class == "member", class == "staff":
			return []graph.Kind{graph.MemberOf}
		}
		return partyOfficeKinds(class, junior)
	case graph.Organization:
		switch {
		case head:
			return []graph.Kind{graph.Leads}
		case class == "member", class == "staff":
			return []graph.Kind{graph.AffiliatedWith}
		}
		return []graph.Kind{graph.HoldsRole}
	}
	return nil
}

// departmentHeads before "chief", "head" or "boss" make the title the head
// of one part of the body, an office in it: "Downing Street media chief".
var departmentHeads = map[string]bool{"media": true, "press": true, "communications": true, "news": true,
	"security": true, "marketing": true, "research": true, "sales": true, "legal": true, "campaign": true,
	"strategy": true, "operations": true, "information": true, "personnel": true, "policy": true,
	"budget": true, "trade": true, "finance": true, "economic": true, "energy": true, "health": true,
	"competition": true, "transport": true, "agriculture": true, "intelligence": true, "treasury": true,
	"equity": true, "equities": true, "investment": true, "credit": true, "risk": true, "technology": true,
	"engineering": true, "production": true, "advertising": true, "dealing": true, "trading": true}

// nounIndex is the token of r's last role noun.
func nounIndex(d *Document, r roleSpan) int {
	for k := r.end - 1; k > r.start; k-- {
		if l := low(d.Tokens[k]); l == r.noun || pluralRoleNoun(l) == r.noun {
			return k
		}
	}
	return r.start
}

// roleTitle spells a role title in title case without a leading "former",
// "ex" or "then", which it reports instead, and with its last noun in the
// singular: "former foreign ministers" → "Foreign Minister", true.
func (rb *relBuilder) roleTitle(r roleSpan) (string, bool) {
	former := false
	var words []string
	glue := false // the next word joins the last one after a dash
	for k := r.start; k < r.end; k++ {
		t := rb.d.Tokens[k]
		l := low(t)
		var w string
		switch {
		case isDash(t.Text):
			if len(words) > 0 {
				words[len(words)-1] += "-"
				glue = true
			}
			continue
		case len(words) == 0 && (l == "former" || l == "ex" || l == "then"):
			former = true
			continue
		case len(words) == 0 && (l == "the" || l == "a" || l == "an"):
			continue
		case functionWords[l] || l == "to":
			w = l // "Ambassador to Canada"
		case t.Upper() && utf8.RuneCountInString(t.Text) <= 4:
			w = t.Text // MP, PM, CEO
		default:
			if k == r.end-1 {
				l = singularRole(l)
			}
			c, n := utf8.DecodeRuneInString(l)
			w = string(unicode.ToUpper(c)) + l[n:]
		}
		if glue {
			words[len(words)-1] += w
			glue = false
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), former
}

// singularRole turns a plural role noun into its singular when the
// singular is a role noun: "ministers" → "minister", "secretaries" →
// "secretary".
func singularRole(l string) string {
	switch {
	case strings.HasSuffix(l, "ies") && isRoleNoun(l[:len(l)-3]+"y"):
		return l[:len(l)-3] + "y"
	case strings.HasSuffix(l, "s") && isRoleNoun(l[:len(l)-1]):
		return l[:len(l)-1]
	}
	return l
}

// pendingOffice is a state office whose country the title does not name
// ("Prime Minister X"); resolveOffices gives it one when the article does.
type pendingOffice struct {
	p      int
	title  string
	former bool
	// cap: the title is capitalised ("Prime Minister", not "president"),
	// a department's ("Finance Ministry secretary"), a government's
	// ("the government of president X") or a minister's with a portfolio
	// ("finance minister X", relations_portfoliominister.go).
	cap       bool
	span      graph.Span
	countries []int // the countries the sentence names as such, outside quotes
	actors    []int // those of countries not after a destination preposition ("wheat to Y")
	possessor bool  // the person owns what follows ("President X's plan")
	described bool  // a role description coreference resolved (relations_descoffice.go)
	si        int   // the sentence
	start     int   // the title's first token
	end       int   // the token after the title
}

// pendOffice records office r of person p in sentence si for
// resolveOffices. in are the sentence's mentions (nil: none is usable).
func (rb *relBuilder) pendOffice(p int, r roleSpan, si int, in []placed) {
	r, govt := rb.governmentTitle(r)
	title, former := rb.roleTitle(r)
	if title == "" {
		return
	}
	s := rb.d.Sentences[si]
	po := pendingOffice{p: p, title: title, former: former, span: sentenceSpan(s),
		cap: rb.d.Tokens[r.end-1].Cap() || r.start > 0 && departmentWords[low(rb.d.Tokens[r.start-1])] || govt || rb.portfolioMinisterBefore(title, r),
		si:  si, start: r.start, end: r.end, described: rb.describedOffice(p, r, in)}
	for _, m := range in {
		if rb.ex.Entities[m.ent].Type == graph.Country && rb.standaloneCountry(m, s) && !quotedAt(rb.d, s, m.tokStart) && !rb.demonymAdjective(m, s) {
			po.countries = append(po.countries, m.ent)
			if !rb.destinationCountry(m) {
				po.actors = append(po.actors, m.ent)
			}
		}
		if m.ent == p && m.tokStart >= r.end && m.tokStart <= r.end+1 && !m.coref && possessiveAt(rb.d, m.tokEnd) {
			po.possessor = true
		}
	}
	rb.pending = append(rb.pending, po)
}

// standaloneCountry reports whether mention m names its country as such,
// not inside a compound ("Iran-contra") or as an adjective of another noun
// ("the Japanese yen").
func (rb *relBuilder) standaloneCountry(m placed, s Sentence) bool {
	d := rb.d
	if m.tokEnd < s.TokEnd {
		n := d.Tokens[m.tokEnd]
		if isDash(n.Text) && !n.Space {
			return false
		}
		if n.Word() && !n.Cap() && !isRelRoleWord(low(n)) && !stateNouns[low(n)] && !isDemonymFree(rb.ex.Entities[m.ent], d, m) {
			return false
		}
		if eventHeads[low(n)] {
			return false // "Iraq war"
		}
		if capitalisedModifierOf(rb.d, m.tokEnd) {
			return false // "the U.S. Standard and Poor's Corp"
		}
	}
	// A country inside an event's name: "the Iran-contra scandal".
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	for _, q := range rb.bySentence[max(si, 0)] {
		if q.ent != m.ent && q.tokStart <= m.tokStart && m.tokEnd <= q.tokEnd && rb.ex.Entities[q.ent].Type == graph.Event {
			return false
		}
		// A country right before a company's name qualifies it: "the
		// U.S. Federal Reserve Board".
		if q.tokStart == m.tokEnd && !q.coref && rb.ex.Entities[q.ent].Type == graph.Organization {
			return false
		}
	}
	if m.tokStart > s.TokStart {
		if p := d.Tokens[m.tokStart-1]; isDash(p.Text) && !p.Space {
			return false
		}
	}
	return true
}

// stateNouns after a demonym make it stand for its state: "the French
// government", "Japanese officials".
var stateNouns = map[string]bool{"government": true, "administration": true, "officials": true, "authorities": true,
	"cabinet": true, "parliament": true, "state": true, "delegation": true}

// isDemonymFree reports whether mention m spells the country's own name
// (not a demonym such as "Japanese"), so a lower-case word after it is a
// verb ("Japan plans") rather than the noun it qualifies. A demonym of
// several words ends in its demonym word ("West German").
func isDemonymFree(e *Entity, d *Document, m placed) bool {
	text := strings.ToLower(d.Tokens[m.tokStart].Text)
	if f := strings.Fields(strings.ToLower(e.Name)); len(f) > 0 && f[0] == text {
		return true
	}
	last := strings.ToLower(d.Tokens[max(m.tokEnd-1, m.tokStart)].Text)
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(last, suf) {
			return false
		}
	}
	return true
}

// resolveOffices gives each pending state office its country: the one
// country the person holds a role of elsewhere in the article, else the
// country a national title names (nationalTitleCountry), else the
// one country its sentence names as such, else the country the article
// is plainly about or the one whose capital datelines it (capitalOffice).
// Never a country the sentence only mentions in passing.
func (rb *relBuilder) resolveOffices() {
	if len(rb.pending) == 0 {
		return // spare counting the home country
	}
	home := rb.homeCountry()
	for _, po := range rb.pending {
		po.countries = rb.officeCountries(po)
		home := home
		if rb.lacksOffice(home, po.title) {
			home = -1
		}
		var known []int
		for k := range rb.rels {
			if k.a == po.p && k.k == graph.HoldsRole && rb.ex.Entities[k.b].Type == graph.Country && !containsInt(known, k.b) {
				known = append(known, k.b)
			}
		}
		attrs := map[string]string{"role": po.title}
		if po.former {
			attrs["former"] = "true"
		}
		nat, national := -1, false
		if len(known) == 0 && po.cap {
			nat, national = rb.nationalTitleCountry(po.title)
		}
		switch {
		case len(known) == 1:
			rb.add(po.p, known[0], graph.HoldsRole, po.span, confKnown, attrs)
		case national:
			// Another country is never this title's, even when the
			// article leaves the title's own unnamed.
			if nat >= 0 {
				rb.add(po.p, nat, graph.HoldsRole, po.span, confNationalTitle, attrs)
			}
		case len(known) == 0 && soleActor(po) >= 0 && !po.possessor && rb.parseLinksOffice(po.withCountry(soleActor(po))):
			// A possessor ("The Canadian government welcomed President
			// X's plan") is no actor of the sentence: its country says
			// nothing of theirs.
			rb.add(po.p, soleActor(po), graph.HoldsRole, po.span, confSentence, attrs)
		case len(known) == 0 && po.cap && rb.hostCountry(po) >= 0:
			rb.add(po.p, rb.hostCountry(po), graph.HoldsRole, po.span, confHostOffice, attrs) // "X met President Y during his visit"
		case len(known) == 0 && home >= 0 && (po.cap || po.described) && (len(po.countries) == 0 || rb.homeInSentence(po, home)):
			rb.add(po.p, home, graph.HoldsRole, po.span, confHome, attrs)
		case len(known) == 0 && po.cap:
			c, conf := -1, confArticleCountry
			if len(po.actors) == 0 {
				c = rb.articleCountry(po) // "X said wheat would go to Y": Y is no candidate
			}
			if c < 0 {
				c, conf = rb.lastOfficeCountry(po) // the capital's dateline, else the one country that can hold it
			}
			if c >= 0 && !rb.lacksOffice(c, po.title) {
				rb.add(po.p, c, graph.HoldsRole, po.span, conf, attrs)
			}
		}
	}
}

// homeCountry is the country an article is plainly about: named at least
// twice and at least twice as often as any other country, counting the
// dateline and the parties named as naming their countries; -1 if none.
func (rb *relBuilder) homeCountry() int {
	return clearWinner(rb.countryCounts(), len(rb.ex.Entities), 2)
}

// countryCounts counts the times the article names each country as such
// (entity index → count), with homeVotes.
func (rb *relBuilder) countryCounts() map[int]int {
	count := map[int]int{}
	for si, in := range rb.bySentence {
		for _, m := range in {
			if rb.countryNaming(m, rb.d.Sentences[si]) {
				count[m.ent]++
			}
		}
	}
	rb.homeVotes(count)
	return count
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func uniqueInts(xs []int) []int {
	var out []int
	for _, x := range xs {
		if !containsInt(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// homeVotes adds to count (entity index → times named) one for the
// dateline's country and one for each country a party named in the
// article belongs to, when the article names that country: a Reuters
// story datelined Tokyo, or a British story on Labour and the Liberal
// Democrats, is about that country's government.
func (rb *relBuilder) homeVotes(count map[int]int) {
	if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
		if i := rb.namedEntry(c); i >= 0 {
			count[i]++
		}
	}
	for _, e := range rb.ex.Entities {
		if e.Type != graph.Party || len(e.Mentions) == 0 {
			continue
		}
		if i := rb.namedCountryOf(e.Entry); i >= 0 {
			count[i]++
		}
	}
}

// namedEntry returns the index of the entity the article names for
// gazetteer entry c, or -1 (an entity only implied does not count).
func (rb *relBuilder) namedEntry(c *gazetteer.Entry) int {
	return slices.IndexFunc(rb.ex.Entities, func(o *Entity) bool { return o.Entry == c && len(o.Mentions) > 0 })
}

// namedCountryOf returns the index of the entity the article names for
// the country of gazetteer entry e (a place's, a party's), or -1.
func (rb *relBuilder) namedCountryOf(e *gazetteer.Entry) int {
	if e == nil || e.Country == "" {
		return -1
	}
	c := rb.gz.CountryByCode(e.Country)
	if c == nil {
		return -1
	}
	return rb.namedEntry(c)
}

// departmentWords name a state's departments ("Treasury", "Ministry").
var departmentWords = lexicon.Set("department_words")

// departmentMinister reports whether a role noun in a body of this name is
// an office of the state: the secretary or minister of a department.
func departmentMinister(body, noun string) bool {
	if noun != "secretary" && noun != "minister" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(body)) {
		if departmentWords[w] {
			return true
		}
	}
	return false
}

// quotedAt reports whether token k of sentence s stands inside a direct
// quotation that opens in the sentence: an odd number of double quotes
// before it. A country a speaker names in their words is no sign of the
// speaker's own office.
func quotedAt(d *Document, s Sentence, k int) bool {
	n := 0
	for i := s.TokStart; i < k; i++ {
		switch d.Tokens[i].Text {
		case "\"", "“", "”":
			n++
		}
	}
	return n%2 == 1
}

// weekdays may follow a country that is a subject ("Japan Tuesday said").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// capitalisedModifierOf reports whether token k, right after a country, is
// a capitalised word of a name the country qualifies: not a title word, a
// department, a day or a month.
func capitalisedModifierOf(d *Document, k int) bool {
	t := d.Tokens[k]
	l := low(t)
	return t.Word() && t.Cap() && t.Space && !isRelRoleWord(l) && !departmentWords[l] && !weekdays[l] && months[l] == 0 && !stateNouns[l]
}

// clearWinner returns the entity (0 to n-1) counted most, when it was
// counted at least least times and at least twice as often as any other;
// otherwise -1. Ties between entities go to the lower index.
func clearWinner(count map[int]int, n, least int) int {
	win, best, second := topTwo(count, n)
	if best < least || best < 2*second {
		return -1
	}
	return win
}

// topTwo returns the index below n with the highest count (the first of
// equals; -1 when every count is 0), that count and the next highest.
func topTwo(count map[int]int, n int) (win, best, second int) {
	win = -1
	for i := range n {
		switch c := count[i]; {
		case c > best:
			best, second, win = c, best, i
		case c > second:
			second = c
		}
	}
	return win, best, second
}
