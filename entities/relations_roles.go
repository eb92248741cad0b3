package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Roles: a person holds a role in, leads, belongs to or works for a
// country, organization or party when the wording around the names says
// so. The patterns, with T the body and P the person:
//
//	T('s) <role> P             Norway's Prime Minister X, Acme chief executive X
//	<role> of T P              Chief Minister of Punjab X
//	P, (the|a) <role> of|at|for T   X, the chairman of Y; X, an analyst at Y
//	P, T('s) <role>            X, India's foreign minister; X, a PPP senator
//	P is|was the <role> of T   X is the chairman of Y; X, who worked as a contractor for Y
//	the <role> of|for T, P     the governor of the central bank, X
//	P of T, P, formerly of T   X of the FBI (affiliated_with)
//	P heads|chaired T; T, led by <role> P
//
// The role noun and the body decide the kind (roleRelationKinds): heads
// lead organizations and parties, deputies hold roles, a party's MPs and
// spokesmen are its members, an organization's analysts and spokesmen are
// affiliated with it, a country's offices are roles of the country. A
// state office with no T in reach ("Prime Minister X") takes the country
// the person holds an office of elsewhere in the article, else the one
// country its sentence names as such, else the country the article is
// plainly about (resolveOffices).

// Confidences of the role patterns.
const (
	confAdjacent  = 0.9  // T('s) <role> P and P, T's <role>
	confOfPattern = 0.85 // <role> of T
	confLedBy     = 0.75 // T, led by P
	confSentence  = 0.5  // the sentence's only country
	confKnown     = 0.7  // the person's country elsewhere in the article
	confHome      = 0.4  // the country the article is about
)

// leaderNouns are role nouns whose holder leads the organization or party.
var leaderNouns = lexicon.Set("leader_nouns")

// officeNouns are role nouns of a state's offices, read as offices of the
// sentence's only country when no other holder is named.
var officeNouns = lexicon.Set("office_nouns")

// roleSpan is a role title found around a person: tokens [start, end).
type roleSpan struct {
	start, end int
	noun       string // the last role noun, lower case
	former     bool   // "former" stands before the body: "former Acme chief X"
}

// roles adds the person → body relations of one sentence (mentions in,
// in text order): holds_role, leads, member_of and affiliated_with, the
// kind decided by the role noun and the body (see roleRelationKinds).
func (rb *relBuilder) roles(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	// A role description's holder (no tokens) is left out: its title is
	// read before it.
	at, end := mentionEdges(in, false)
	rb.bureauEnds(at, end)
	rb.titleEnds(at, end)
	holder := func(m placed) bool {
		switch rb.ex.Entities[m.ent].Type {
		case graph.Country, graph.Organization, graph.Party:
			return true
		}
		return false
	}
	emit := func(p placed, t placed, r roleSpan, conf float64, of bool) {
		te := rb.ex.Entities[t.ent]
		target := t.ent
		if te.Type == graph.Place {
			// "Chief Minister of <place>": an office in the place's country.
			if !of || te.Entry == nil || te.Entry.Country == "" || rb.cityOffice(t, te.Entry) {
				return
			}
			c := rb.gz.CountryByCode(te.Entry.Country)
			if c == nil {
				return
			}
			target = rb.ex.entityFor(c)
		}
		if rb.headsPanelOf(t, r, s) {
			return // "chairman of the House banking committee": the panel's head, not the House's
		}
		rb.emitRole(p.ent, target, t.tokStart, r, span, si, conf)
		// "X and Y, ministers of T": a plural role applies to the list.
		if singularRole(r.noun) != r.noun || pluralRoleNoun(low(d.Tokens[r.end-1])) != "" {
			for _, q := range rb.listBefore(p, s, end) {
				rb.emitRole(q.ent, target, t.tokStart, r, span, si, conf)
			}
		}
	}
	listBody := map[int]placed{} // person's end token → the T of "T <role> P"

	for _, p := range in {
		if rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		found := false
		r, ok := rb.roleBefore(glossStart(d, nameStart(d, p, s.TokStart), s.TokStart), s.TokStart, end)
		if !ok {
			r, ok = rb.pluralTitleOver(p, s, end) // "chief executives X and P"
		}
		if ok { // a title before P, T or "of T" before it
			if t, ok := end[r.start]; rb.unreadBody(p, r.roleSpan, s.TokStart, end, emit) {
				found = true // "Bank of Finland Governor X", "central bank head X"
			} else if ok && holder(t) && !rb.portfolio(t, r.roleSpan, s.TokStart) {
				r.former = formerBefore(d, t.tokStart, s.TokStart)
				if !rb.partyOfBody(p, t, r.roleSpan, in, span) { // "Lib Dem home affairs committee chairman X"
					emit(p, t, r.roleSpan, confAdjacent, false)
				}
				listBody[p.tokEnd], found = t, true
			} else if r.start-1 >= s.TokStart && possessiveAt(d, r.start-1) {
				if t, ok := end[r.start-1]; ok && holder(t) {
					emit(p, t, r.roleSpan, confAdjacent, false)
					listBody[p.tokEnd], found = t, true
				}
			} else if t, j, ok := rb.bodyBeforeUnits(r.start, s.TokStart, end); ok {
				// "World Bank country director X".
				u := roleSpan{start: j, end: r.end, noun: r.noun, former: formerBefore(d, t.tokStart, s.TokStart)}
				emit(p, t, u, confOfPattern, false)
				listBody[p.tokEnd], found = t, true
			}
			found = found || rb.regionOffice(p, r.roleSpan, s.TokStart, end, span) // "Scottish First Minister X"
			if !found && r.ofTarget >= 0 {
				emit(p, at[r.ofTarget], r.roleSpan, confOfPattern, true)
				found = true
			}
			// "T chairman X, director Y and reporter Z": each item's role
			// is held in the T that opens the list.
			if t, ok := listBody[listItemEnd(d, r.start, s.TokStart)]; !found && ok {
				emit(p, t, r.roleSpan, confLedBy, false)
				listBody[p.tokEnd], found = t, true
			}
			if t, ok := end[r.start]; !found && ok && rb.portfolio(t, r.roleSpan, s.TokStart) {
				r.start = t.tokStart - 2 // the whole title: "Economy and Labour Minister"
				if rb.portfolioName(t, r.roleSpan) {
					r.start = t.tokStart // "Trade and Industry Secretary"
				}
				rb.pendOffice(p.ent, r.roleSpan, si, in)
				found = true
			}
			if !found && rb.partyWordRole(p, r.roleSpan, s.TokStart, end, span) {
				found = true
			}
			// "Chief executive X of T": the title's body follows the name.
			if t, ok := rb.bodyAfter(p.tokEnd, s, at); !found && ok && low(d.Tokens[p.tokEnd]) == "of" {
				emit(p, t, r.roleSpan, confOfPattern, true)
				found = true
			}
			found = found || rb.titleAtBody(p, r.roleSpan, s, at, emit) // "economist X at T"
			found = found || rb.commissionerOffice(p, r.roleSpan, emit) // "Transport Commissioner X"
			if !found && officeNouns[r.noun] && !rb.unknownModifier(r.start, s.TokStart) &&
				!(r.start > s.TokStart && companyWords[low(d.Tokens[r.start-1])]) { // "company spokesman X": the firm's (relations_partyhome.go)
				rb.pendOffice(p.ent, r.roleSpan, si, in)
				found = true
			}
		}
		rb.rolesAround(p, si, in, at, end, found, holder, emit)
	}
}

// rolesAround reads the titles and bodies around person p that no title
// before p gave (found): after the name, before a comma, "as <role>",
// "works for", "of T"; then "led by P" and "P, a Texas Democrat", which
// apply whatever was found.
func (rb *relBuilder) rolesAround(p placed, si int, in []placed, at, end map[int]placed, found bool, holder func(placed) bool,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) {
	s := rb.d.Sentences[si]
	span := sentenceSpan(s)
	// After the person: ", (the|a) T('s) <role> (of T)", "is the <role> of T".
	if !found {
		found = rb.roleAfter(p, s, at, holder, emit)
	}
	// "the <role> of T, P" and "a spokesman for T, P".
	if !found {
		found = rb.roleBeforeComma(p, si, in, end, emit)
	}
	// "P replaced Q as <role> of T", "P resigned as <role> of T".
	if !found {
		found = rb.asRole(p, s, at, si)
	}
	// "P works for T", "P joined T".
	if !found {
		found = rb.worksFor(p, s, at, span)
	}
	// "P of (the) T", "P, formerly of T"; "P heads T".
	if !found {
		rb.memberOfBody(p, s, at, span)
		rb.headsBody(p, s, at, span)
		rb.bodyPossessive(p, s, end, span)
	}
	// "T (government), led by (<role>) P".
	rb.ledBy(p, s, end, span)
	// "P's T": the company the person owns.
	rb.ownerPossessive(p, s, at, span)
	// "P, a Texas Democrat".
	rb.placePartyApposition(p, s, span)
}

// roleBefore finds a role title ending right before token i ("former
// Foreign Minister"), possibly holding "of T" ("Chief Minister of Punjab").
// In a prepositional head ("Special Assistant to the Prime Minister X")
// the title is the part before "to": X is the assistant, not the minister.
func (rb *relBuilder) roleBefore(i, sentStart int, end map[int]placed) (roleOf, bool) {
	d := rb.d
	j := i
	ofTarget := -1
	for j > sentStart {
		if m, ok := end[j]; ok {
			// A mention inside the title is allowed only as "of T".
			if m.tokStart-1 > sentStart && low(d.Tokens[m.tokStart-1]) == "of" && ofTarget < 0 {
				ofTarget = m.tokStart
				j = m.tokStart - 1
				continue
			}
			break
		}
		if !rb.roleTok(j-1, sentStart, i) && (j < i || pluralRoleNoun(low(d.Tokens[j-1])) == "") {
			if m := rb.titleGapBefore(j, sentStart); m >= 0 {
				j = m // "chief financial officer X": "financial" inside the title
				continue
			}
			break // a plural head noun only right before the name: "chief executives X"
		}
		// A lower-case noun before a capitalised title ends another
		// phrase: "the agency's aide President X".
		if t, n := d.Tokens[j-1], d.Tokens[j]; j < i && !t.Cap() && n.Cap() && isRoleNoun(low(t)) {
			break
		}
		j--
	}
	// Trim leading function words.
	for j < i && !isRoleNoun(low(d.Tokens[j])) && !isTitleWord(low(d.Tokens[j])) && !ordinalTitleAt(d, j, i) {
		j++
	}
	stop := i
	for k := j; k < i; k++ {
		if low(d.Tokens[k]) == "to" {
			stop = k
			break
		}
	}
	j, stop = pluralBeforeTo(d, j, stop, i) // "advisers to Finance Minister X"
	noun := ""
	for k := j; k < stop; k++ {
		if l := low(d.Tokens[k]); isRoleNoun(l) {
			noun = l
		} else if k == i-1 && pluralRoleNoun(l) != "" {
			noun = pluralRoleNoun(l)
		}
	}
	noun = pluralOfficeNoun(d, noun, i) // "Presidents X and Y"
	// The title ends in its noun: "director and X" is no title of X.
	if noun == "" || stop == i && titleStopWords[low(d.Tokens[i-1])] {
		return roleOf{}, false
	}
	if ofTarget >= 0 && (ofTarget < j || ofTarget > stop) {
		ofTarget = -1
	}
	if stop < i {
		// The person is the holder of the first office only, which names
		// no body of its own.
		return roleOf{roleSpan: roleSpan{start: j, end: stop, noun: noun}, ofTarget: -1}, stop > j
	}
	return roleOf{roleSpan: roleSpan{start: j, end: i, noun: noun}, ofTarget: ofTarget}, true
}

// portfolio reports whether party mention t is a word of a coordinated
// ministry title rather than the party: "Economy and Labour Minister X".
func (rb *relBuilder) portfolio(t placed, r roleSpan, sentStart int) bool {
	d := rb.d
	if rb.portfolioName(t, r) {
		return true // "Trade and Industry Secretary X" read as a body's name
	}
	return rb.ex.Entities[t.ent].Type == graph.Party && officeNouns[r.noun] && t.tokStart-2 >= sentStart &&
		low(d.Tokens[t.tokStart-1]) == "and" && d.Tokens[t.tokStart-2].Cap()
}

// unknownModifier reports whether the title starting at token i follows
// a capitalised word that is no mention ("Ifo president X"): the office
// is that body's, not a state's.
func (rb *relBuilder) unknownModifier(i, sentStart int) bool {
	if i-1 <= sentStart {
		return false
	}
	t := rb.d.Tokens[i-1]
	return t.Word() && t.Cap() && !nonNames[low(t)]
}

// formerWords mark a past office or membership.
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "erstwhile": true}

// determiners inside a title open a new phrase ("the aide the president
// fired").
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// titleStopWords never end a role title.
var titleStopWords = map[string]bool{"and": true, "of": true, "the": true, "to": true, "a": true, "an": true, "at": true, "for": true, "with": true}

// roleTok reports whether token k may stand inside a role title: a role
// word, or a dash joining two ("vice-president", "ex-minister").
func (rb *relBuilder) roleTok(k, lo, hi int) bool {
	d := rb.d
	t := d.Tokens[k]
	if t.Word() {
		return isRelRoleWord(low(t)) || titleSuffixAt(d, k, lo) || ordinalTitleAt(d, k, hi)
	}
	if !isDash(t.Text) || k-1 < lo || k+1 >= hi || t.Space || d.Tokens[k+1].Space {
		return false
	}
	return isRelRoleWord(low(d.Tokens[k-1])) && (isRelRoleWord(low(d.Tokens[k+1])) || titleSuffixAt(d, k+1, lo))
}

// roleOf is a role title before a person and the first token of the T in
// its "of T", or -1.
type roleOf struct {
	roleSpan
	ofTarget int
}

// isTitleWord reports whether a role title may start with the word l.
func isTitleWord(l string) bool {
	switch l {
	case "of", "the", "a", "an", "and", "to", "at", "for", "with":
		return false
	}
	return isRelRoleWord(l)
}

// copulas may link a person to a role after the name: "X is the chairman
// of Y", "X, who was the party's treasurer".
var copulas = map[string]bool{"is": true, "was": true, "became": true, "becomes": true, "remains": true, "been": true}

// bodyPrepositions link a role to the body it is held in: "chairman of Y",
// "analyst at Y", "spokesman for Y", "adviser with Y".
var bodyPrepositions = map[string]bool{"of": true, "at": true, "for": true, "with": true}

// gapPrepositions end the adjectives before a body in an apposition or
// copula (roleAfter): the body after them is the object of a verb.
var gapPrepositions = map[string]bool{"to": true, "by": true, "from": true, "on": true, "in": true,
	"against": true, "about": true, "like": true, "than": true, "into": true, "over": true}

// roleAfter reads an apposition or copula after person p: ", T's <role>",
// ", a T <role>", ", (the) <role> of|at|for T", "is the <role> of T",
// ", who is also <role> of T"; a T before the role gives way to a body
// named after it ("X, US chief economist at Y": Y).
func (rb *relBuilder) roleAfter(p placed, s Sentence, at map[int]placed, holder func(placed) bool,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	i := p.tokEnd
	if i >= s.TokEnd {
		return false
	}
	switch l := low(d.Tokens[i]); {
	case l == "," && !listConjunctionAt(d, i+1, s.TokEnd): // "A, and SNP leader C": the next item of a list
		i++
		// An age between: "X, 54, chairman of Y".
		if i+1 < s.TokEnd && isNumber(d.Tokens[i].Text) && d.Tokens[i+1].Text == "," {
			i += 2
		}
		if i < s.TokEnd && low(d.Tokens[i]) == "who" {
			i++
			i = skipCopula(d, i, s.TokEnd)
		}
	case copulas[l]:
		i = skipCopula(d, i, s.TokEnd)
	case (l == "has" || l == "had") && i+1 < s.TokEnd && low(d.Tokens[i+1]) == "been":
		i = skipCopula(d, i, s.TokEnd) // "X has been appointed chairman of T"
		emit = perfectEmit(rb, emit)
	default:
		return false
	}
	if i < s.TokEnd && low(d.Tokens[i]) == "also" {
		i++
	}
	if i < s.TokEnd {
		switch low(d.Tokens[i]) {
		case "the", "a", "an":
			i++
		}
	}
	// "X, a former T economist": the title is a past one.
	former := false
	if _, ok := at[i+2]; ok && exPrefixAt(d, i, s.TokEnd) {
		former = true // "X, the ex-Yukos boss"
		i += 2
	} else if i+1 < s.TokEnd && formerWords[low(d.Tokens[i])] {
		if _, ok := at[i+1]; ok {
			former = true
			i++
		}
	}
	if rb.formerlyOf(p, i, s, at) || rb.coordinatedOfficeAfter(p, i, s) || rb.regionOfficeAfter(p, i, s, at, former) {
		return true // "X, formerly of T"; "X, Commerce and Industry Minister, said"; "X, Scotland's First Minister"
	}
	// Up to two adjectives before T: "X, a senior Labour MP", "he is a
	// strong Labour Party member"; a preposition ends them: in "he was
	// responding to Tory spokesman Y" the title is Y's.
	for j := i; j < min(i+2, s.TokEnd-1); j++ {
		if t := d.Tokens[j]; !t.Word() || t.Cap() || isRoleNoun(low(t)) || bodyPrepositions[low(t)] || gapPrepositions[low(t)] {
			break
		}
		if t, ok := at[j+1]; ok && holder(t) {
			i = j + 1
			break
		}
	}
	if t, ok := at[i]; ok && holder(t) {
		k := skipAcronym(d, t.tokEnd, s.TokEnd) // "X is the T (ACR) aide"
		if b, ok := at[k]; ok && rb.ex.Entities[b.ent].Type == graph.Place {
			k = b.tokEnd // "X, BBC Delhi reporter": the body's bureau
		}
		if k < s.TokEnd && possessiveAt(d, k) {
			k++
		}
		r, ok := rb.roleFrom(k, s.TokEnd)
		unit := false
		if !ok && rb.ex.Entities[t.ent].Type == graph.Organization {
			// "X, Acme country director for Kenya": the place after is the
			// unit's field, T the body.
			r, ok = rb.unitRoleFrom(k, s.TokEnd)
			unit = ok
		}
		if !ok {
			return false
		}
		r = rb.coordinatedTitle(r, s.TokEnd) // "X, T's founder and chairman"
		if titleOwnsName(d, r.end, s.TokEnd) {
			return false // "A, Acme chief executive B": B's title, the next item of a list
		}
		if b, ok := rb.bodyAfter(r.end, s, at); ok && !unit {
			emit(p, b, r, confOfPattern, true)
			return true
		}
		if e := rb.partEnd(r.end, s, at); e > r.end && rb.ex.Entities[t.ent].Type == graph.Organization {
			title, _ := rb.roleTitle(roleSpan{start: r.start, end: e, noun: r.noun})
			rb.partRole(p, t, r, title, former, s) // "X, T's head of trade policy"
			return true
		}
		r.former = former
		emit(p, t, r, confAdjacent, false)
		return true
	}
	if rb.titleAfter(p, i, s, at, emit) {
		return true
	}
	return rb.deptRole(p, i, s, at) // "X, head of research at T"
}

// titleAfter reads the title at token i of an apposition or copula after
// person p, its body after it: "(the) <role> of|at|for T", "<role> to
// T", "<role> T" (roleAfter).
func (rb *relBuilder) titleAfter(p placed, i int, s Sentence, at map[int]placed,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	for _, read := range []func(int, int) (roleSpan, bool){rb.roleFrom, rb.roleWithModifiers} {
		if r, ok := read(i, s.TokEnd); ok {
			r = rb.coordinatedTitle(r, s.TokEnd) // "X, president and chief operating officer of T"
			if t, ok := rb.bodyAfter(r.end, s, at); ok {
				if u, whole, ok := rb.namedUnitAfter(t, s, at); ok {
					// "administrator of USDA's Foreign Agricultural Service":
					// the unit's title, an office in the body that owns it.
					if whole {
						emit(p, u, r, confOfPattern, true)
					}
					title, former := rb.roleTitle(r)
					rb.partRole(p, t, r, title, former, s)
					return true
				}
				if u := rb.unitAfter(t, s); u > 0 && rb.ex.Entities[t.ent].Type == graph.Organization {
					// "head of the bank's Brazil division": head of the division.
					title, former := rb.roleTitle(r)
					unit, _ := rb.roleTitle(roleSpan{start: t.tokEnd + 1, end: u, noun: low(rb.d.Tokens[u-1])})
					rb.partRole(p, t, r, title+" of "+unit, former, s)
					return true
				}
				emit(p, t, r, confOfPattern, true)
				return true
			}
			if t, ok := rb.advisedBody(r, s, at); ok {
				emit(p, t, r, confOfPattern, true) // "X, senior economic adviser to T"
				return true
			}
			if t, ok := rb.bareBodyAfter(r, s, at); ok {
				emit(p, t, r, confAdjacent, false) // "X, senior vice president T"
				return true
			}
		}
	}
	return false
}

// bodyAfter finds the body of "of|at|for|with (the) T" at token k.
func (rb *relBuilder) bodyAfter(k int, s Sentence, at map[int]placed) (placed, bool) {
	d := rb.d
	if k+1 >= s.TokEnd || !bodyPrepositions[low(d.Tokens[k])] {
		return placed{}, false
	}
	// "chairman of the (supervisory) board of T": the body is T.
	if j := k + 2; j+1 < s.TokEnd && low(d.Tokens[k]) == "of" && low(d.Tokens[k+1]) == "the" {
		if boardWords[low(d.Tokens[j])] && j+2 < s.TokEnd && low(d.Tokens[j+1]) == "board" {
			j++
		}
		if low(d.Tokens[j]) == "board" && low(d.Tokens[j+1]) == "of" {
			k = j + 1
		}
	}
	k++
	described := k // "of banking giant T", read by describedBody when nothing else is
	if low(d.Tokens[k]) == "the" {
		k++
		// One lower-case word may qualify the body: "the ruling X".
		if _, named := at[k]; !named && k+1 < s.TokEnd && d.Tokens[k].Word() && !d.Tokens[k].Cap() && !isRoleNoun(low(d.Tokens[k])) {
			k++
			if possessiveAt(d, k) {
				k++ // "of the ministry's X Bureau": the unit is the body
			}
		}
	}
	t, ok := at[k]
	if !ok {
		return rb.describedBody(described, s, at)
	}
	if tt := rb.ex.Entities[t.ent].Type; tt == graph.Country || tt == graph.Place {
		if b, ok := rb.describedBody(described, s, at); ok {
			return b, true // "of French carmaker T": the country describes T
		}
		if rb.fieldDemonymEnd(k, s, at) > k && !isDemonymFree(rb.ex.Entities[t.ent], d, t) {
			return placed{}, false // "head of European equities at T": a field (deptRole)
		}
	}
	if n := t.tokEnd; n+1 < s.TokEnd && isDash(d.Tokens[n].Text) && !d.Tokens[n].Space && d.Tokens[n+1].Word() && !d.Tokens[n+1].Cap() {
		return placed{}, false // "of the Frankfurt-based exchange": T qualifies the body
	}
	if u, ok := rb.possessedBody(t, s, at); ok {
		return u, true // "of Germany's central bank, the Bundesbank"
	}
	switch rb.ex.Entities[t.ent].Type {
	case graph.Country:
		if possessedEnd(d, t, s.TokEnd) > 0 {
			return placed{}, false // "chairman of Germany's biggest bank"
		}
		return t, true
	case graph.Organization, graph.Party, graph.Place:
		return t, true
	}
	return placed{}, false
}

// roleWithModifiers reads a role title after up to three lower-case words
// that are not role words ("a bond strategist at Y", "an independent
// contractor for Y", "chief currency strategist at Y") and before a body
// preposition; only a body after it makes it a relation.
func (rb *relBuilder) roleWithModifiers(i, stop int) (roleSpan, bool) {
	d := rb.d
	for k := i; k < min(i+4, stop); k++ {
		t := d.Tokens[k]
		if !t.Word() || t.Cap() && k > i || low(t) == "as" {
			break // "resigned as chairman": a verb, read by asRole
		}
		// The title is the one a body preposition follows: "chief
		// currency strategist at Y", not "chief".
		if r, ok := rb.roleFrom(k, stop); ok && r.start == k && r.end > k && r.end < stop && bodyPrepositions[low(d.Tokens[r.end])] {
			return roleSpan{start: i, end: r.end, noun: r.noun}, true
		}
		if t.Cap() || bodyPrepositions[low(t)] {
			break
		}
	}
	return roleSpan{}, false
}

// roleFrom reads a role title starting at token i: role words up to and
// including the last role noun.
func (rb *relBuilder) roleFrom(i, stop int) (roleSpan, bool) {
	d := rb.d
	r := roleSpan{start: i, end: i}
	for k := i; k < stop; k++ {
		l := low(d.Tokens[k])
		if !rb.roleTok(k, i, stop) || bodyPrepositions[l] || l == "and" || l == "to" || k > i && determiners[l] {
			if g := rb.titleGapAfter(k, i, stop); g > k {
				k = g - 1 // "chief financial officer": "financial" inside the title
				continue
			}
			break // "aide the president fired": a new phrase
		}
		if k > i && d.Tokens[k].Cap() && !d.Tokens[k-1].Cap() && isRoleNoun(low(d.Tokens[k-1])) {
			break // "aide President X fired": another title
		}
		if isRoleNoun(l) {
			r.end, r.noun = k+1, l
		}
	}
	return r, r.noun != ""
}
