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
