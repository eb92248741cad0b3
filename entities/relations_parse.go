package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// Relations read from the dependency parse. The cue rules (relations_*.go)
// read the words around two names; the parse adds what the words alone
// reach badly, with P a person, T a body, E an event:
//
//	coordination   a relation found to one conjunct holds for every
//	               conjunct of the same type: "visited A, B and C",
//	               "X of A and B"; a list of subjects shares its
//	               predicate: "X and Y flew to A", "A and B signed E"
//	apposition     "P, a trader at T", "P, economist with T": affiliated_with
//	and copula     when the noun is not an office; "P is an analyst at T"
//	head verbs     "P heads|led|chairs|runs T", "T, led by P", "T was
//	               headed by P": leads
//	predicates     involved_in where a predicate links participant and event:
//	               X subject of a verb whose object or oblique is E ("X
//	               signed the E"), "E run by X", "E was launched by X", a
//	               deverbal noun "the reaffirmation by X of E"; a negated
//	               predicate gives nothing; the clause around any event
//	               (relations_parse_clause.go): "X testified at E", "X was
//	               involved in E", "E, which X attended", "At E, X said";
//	               attendees listed after their gathering
//	               (relations_parse_attendees.go)
//
// Only sentences a pattern can use are parsed (needsParse, then
// parseCanAdd), which keeps the parser's cost to a small part of the
// text.

// RelationSyntaxStage returns the syntax stage the relation rules read:
// it parses nothing itself, but lets the relations stage parse, with p,
// the sentences a parse pattern can use (needsParse) as it reaches them;
// [Doc.Tree] gives the parse and Doc.Trees keeps it (nil for sentences
// not parsed). Ingest runs it by default (ingest.DefaultExtractor),
// before the relations stage.
func RelationSyntaxStage(p *syntax.Parser) Stage { return relationSyntaxStage{p} }

type relationSyntaxStage struct{ p *syntax.Parser }

func (relationSyntaxStage) Name() string { return StageSyntax }

func (s relationSyntaxStage) Run(d *Doc) {
	d.Trees = make([]*syntax.Tree, len(d.Sentences))
	d.parser = s.p
}

// maxParsedTokens bounds the sentences needsParse lets through: longer
// ones are tables, run-on lists or strings of clauses, where the parse
// is poor and costly. At 40 (it was 80, as maxOfficeTokens still is)
// Reuters-21578 ingest parses 30% fewer tokens (3.6% of all, not 5.1%);
// the relation eval loses three wrong affiliated_with predictions on dev
// and nothing else, check and the seed articles stay as they were (at
// 35 dev starts to move both ways).
const maxParsedTokens = 40

// maxOfficeTokens bounds the sentences parsed to check an office's
// country (parseLinksOffice), a veto that keeps wrong holds_role edges
// out even in long sentences.
const maxOfficeTokens = 80

// needsParse reports whether a parse pattern can add to what the cue rules
// read in sentence si (mentions in), the rule that keeps the parser's cost
// to a small part of the text: at most maxParsedTokens tokens, and
//
//   - an event and a participant (predicates), or
//   - a person and an organization or party, with a head verb or a role
//     link in the sentence ("X headed T", "T, led by X", "X was
//     appointed ...", "as chief executive", "who is also chairman"), or
//   - a person followed by an organization or party, with right after
//     the person a comma, a lower-case word and a preposition of a body
//     ("X, a trader at T", "X, economist with T": apposition) or a
//     copula ("X is ...": copula), or
//   - a typed relation the cue rules found and two mentions of one type
//     joined as a list ("A, B and C": coordination).
func (rb *relBuilder) needsParse(si int, in []placed) bool {
	d := rb.d
	s := d.Sentences[si]
	if s.TokEnd-s.TokStart > maxParsedTokens || len(in) < 2 {
		return false
	}
	var event, reference, participant, person, body bool
	lastBody := -1 // start of the last organization or party
	for _, m := range in {
		switch rb.ex.Entities[m.ent].Type {
		case graph.Organization, graph.Party:
			lastBody, body = m.tokStart, true
		case graph.Event:
			// A reference ("the scandal") widens the parsed share only
			// with a predicate of the clause patterns: the cue rules
			// read the rest.
			event = event || !m.coref
			reference = reference || m.coref
		case graph.Person:
			person = true
		}
		participant = participant || rb.participant(m)
	}
	if event && participant || person && body && rb.roleLinkIn(s) {
		return true
	}
	if reference && participant && rb.clauseInSentence(s) || participant && rb.attendeeList(si) { // relations_parse_clause.go, relations_parse_attendees.go
		return true
	}
	for _, m := range in {
		if rb.ex.Entities[m.ent].Type != graph.Person {
			continue
		}
		if body && rb.roleLinkAround(m, s) {
			return true // "T's director general, X"; "X has been R of T"
		}
		if lastBody < m.tokEnd {
			continue
		}
		k := m.tokEnd
		if k+1 < s.TokEnd && d.Tokens[k].Text == "," && !d.Tokens[k+1].Cap() && !clauseWords[low(d.Tokens[k+1])] &&
			hasWord(d, k+2, min(k+8, s.TokEnd), bodyPrepositions) {
			return true // apposition: "X, a trader at T"
		}
		if k < s.TokEnd && copulas[low(d.Tokens[k])] {
			return true
		}
	}
	return rb.listInSentence(si, in)
}

// headVerbForms are the head verbs and role links the parse patterns
// read anywhere in a sentence with a person and a body.
var headVerbForms = map[string]bool{"head": true, "heads": true, "headed": true, "lead": true,
	"leads": true, "led": true, "chair": true, "chairs": true, "chaired": true, "appointed": true, "named": true,
	"elected": true}

// roleLinkIn reports whether sentence s holds a head verb, or "as" or
// "who is|was" before a role word within three tokens ("as chief
// executive", "who is also chairman").
func (rb *relBuilder) roleLinkIn(s Sentence) bool {
	d := rb.d
	for k := s.TokStart; k < s.TokEnd; k++ {
		l := low(d.Tokens[k])
		switch {
		case headVerbForms[l]:
			return true
		case l == "as" || l == "who" && k+1 < s.TokEnd && copulas[low(d.Tokens[k+1])]:
			for j := k + 1; j < min(k+5, s.TokEnd); j++ {
				if isRoleNoun(low(d.Tokens[j])) {
					return true
				}
			}
		}
	}
	return false
}

// clauseWords after "X," open a clause, not an apposition.
var clauseWords = map[string]bool{"who": true, "which": true, "said": true, "says": true, "told": true, "and": true, "but": true}

// listInSentence reports whether sentence si has a typed relation from the
// cue rules and two mentions of one type joined as a list: only then can
// coordination add to it.
func (rb *relBuilder) listInSentence(si int, in []placed) bool {
	d := rb.d
	list := false
	for i := 1; i < len(in) && !list; i++ {
		a, b := in[i-1], in[i]
		if rb.ex.Entities[a.ent].Type != rb.ex.Entities[b.ent].Type || b.tokStart-a.tokEnd > 3 || b.tokStart <= a.tokEnd {
			continue
		}
		list = true
		for k := a.tokEnd; k < b.tokStart; k++ {
			switch low(d.Tokens[k]) {
			case ",", "and", "or", "&", "the":
			default:
				list = false
			}
		}
	}
	return list && rb.typedInSentence(si)
}

// typedInSentence reports whether a relation of typedKinds has sentence
// si among its evidence.
func (rb *relBuilder) typedInSentence(si int) bool {
	span := sentenceSpan(rb.d.Sentences[si])
	for _, k := range rb.typed {
		if slices.Contains(typedKinds, k.k) && slices.Contains(rb.rels[k].spans, span) {
			return true
		}
	}
	return false
}

// parsedSentence is one sentence's tree with its mentions placed on it.
type parsedSentence struct {
	tr   *syntax.Tree
	in   []placed
	head []int // head token in tr of each mention of in, -1 when none
	span graph.Span
	// titled is, for each mention of in, the person whose title it only
	// qualifies, or -1 (relations_parse_titlebody.go).
	titled []int
}

// mentionAt returns the index in ps.in of the mention whose tree head is
// token j, or -1.
func (ps *parsedSentence) mentionAt(j int) int {
	if j < 0 {
		return -1
	}
	return slices.Index(ps.head, j)
}

// newParsedSentence places the mentions of sentence si on its tree: a
// mention's head is the token of its span whose head lies outside it.
func (rb *relBuilder) newParsedSentence(si int, in []placed) *parsedSentence {
	d := rb.d
	tr := rb.tree(si)
	ps := &parsedSentence{tr: tr, in: in, head: make([]int, len(in)),
		span: sentenceSpan(d.Sentences[si])}
	for mi, m := range in {
		ps.head[mi] = -1
		if m.tokEnd <= m.tokStart {
			continue
		}
		start, end := d.Tokens[m.tokStart].Start, d.Tokens[m.tokEnd-1].End
		inside := func(j int) bool { return j >= 0 && tr.Tokens[j].Start >= start && tr.Tokens[j].End <= end }
		for j := range tr.Tokens {
			if inside(j) && !inside(tr.Tokens[j].Head) {
				ps.head[mi] = j
				break
			}
		}
	}
	ps.titled = rb.titledPeople(in)
	return ps
}

// parsed adds the relations the parse of sentence si states; it runs after
// the cue rules of the sentence, whose relations it distributes over
// coordinations.
func (rb *relBuilder) parsed(si int, in []placed) {
	if rb.tree == nil || !rb.needsParse(si, in) || !rb.parseCanAdd(si, in) || rb.tree(si) == nil {
		return
	}
	ps := rb.newParsedSentence(si, in)
	rb.parseRoles(ps, si)
	rb.parseRoleLinks(ps, si)
	rb.parseAffiliations(ps)
	rb.parseLeads(ps)
	rb.placeDescriptions(ps) // relations_parse_titlebody.go: for the event patterns
	rb.parseEvents(ps)
	rb.parseClauseEvents(ps)  // relations_parse_clause.go
	rb.parseAttendees(ps, si) // relations_parse_attendees.go
	rb.parseSpeakers(ps)      // relations_evpart_speaker.go
	rb.distribute(ps)
}

// typedKinds are the kinds the parse patterns add or distribute.
var typedKinds = []graph.Kind{graph.MemberOf, graph.HoldsRole, graph.Leads, graph.AffiliatedWith, graph.Visits, graph.InvolvedIn}

// confDistributed is the confidence of a relation given to a conjunct.
const confDistributed = 0.7

// distribute gives every conjunct of a relation's target the relation
// ("visited London, Paris and Berlin"; "X of A and B"), and for the
// predicate kinds (visits, involved_in) every conjunct of a subject the
// relation too ("X and Y flew to A").
func (rb *relBuilder) distribute(ps *parsedSentence) {
	type add struct {
		a, b int
		k    graph.Kind
		r    *relAcc
	}
	var adds []add
	for _, k := range rb.typed {
		r := rb.rels[k]
		if !slices.Contains(typedKinds, k.k) || !slices.Contains(r.spans, ps.span) {
			continue
		}
		if bi := ps.nearest(k.b, k.a); bi >= 0 && listOfTargets(ps.tr, ps.head[bi]) {
			for _, b := range ps.conjunctsOf(rb.ex, bi) {
				if b != k.a {
					adds = append(adds, add{k.a, b, k.k, r})
				}
			}
		}
		if k.k != graph.Visits && k.k != graph.InvolvedIn {
			continue
		}
		if ai := ps.nearest(k.a, k.b); ai >= 0 && subjectLike(ps.tr, ps.head[ai]) {
			for _, a := range ps.conjunctsOf(rb.ex, ai) {
				if a != k.b {
					adds = append(adds, add{a, k.b, k.k, r})
				}
			}
		}
	}
	for _, x := range adds {
		rb.add(x.a, x.b, x.k, ps.span, min(x.r.conf, confDistributed), x.r.attrs)
	}
}

// subjectLike reports whether token j, or the first conjunct of its list,
// is a subject: a list of subjects shares its predicate.
func subjectLike(tr *syntax.Tree, j int) bool {
	for tr.Tokens[j].Head >= 0 && syntax.Universal(tr.Tokens[j].Deprel) == "conj" {
		j = tr.Tokens[j].Head
	}
	switch syntax.Universal(tr.Tokens[j].Deprel) {
	case "nsubj", "obl": // obl: the agent of a passive, "by X and Y"
		return true
	}
	return false
}

// listOfTargets reports whether token j heads, or is in, a list that is
// the complement of a word: "of A and B", "visited A and B". A list that
// modifies a noun ("A and B's integration") is not one.
func listOfTargets(tr *syntax.Tree, j int) bool {
	for tr.Tokens[j].Head >= 0 && rel(tr, j) == "conj" {
		j = tr.Tokens[j].Head
	}
	switch tr.Tokens[j].Deprel {
	case "nmod", "obl", "obj", "nmod:tmod", "obl:tmod":
		return true
	}
	return false
}

// nearest returns the index in ps.in of the mention of entity e nearest to
// a mention of entity from (the one a relation between them was read
// from), or -1.
func (ps *parsedSentence) nearest(e, from int) int {
	best, dist := -1, 0
	for mi, m := range ps.in {
		if m.ent != e || ps.head[mi] < 0 {
			continue
		}
		for _, f := range ps.in {
			if f.ent != from {
				continue
			}
			dd := max(m.tokStart-f.tokEnd, f.tokStart-m.tokEnd)
			if best < 0 || dd < dist {
				best, dist = mi, dd
			}
		}
	}
	return best
}

// conjunctsOf returns the entities coordinated with mention mi, of its
// entity's type (a country and a place count as one type: destinations
// mix them).
func (ps *parsedSentence) conjunctsOf(ex *Extraction, mi int) []int {
	e := ps.in[mi].ent
	var out []int
	for _, c := range ps.tr.Conjuncts(ps.head[mi]) {
		ci := ps.person(ps.mentionAt(c)) // a body in a conjunct's title: the person
		if ci < 0 {
			continue
		}
		o := ps.in[ci].ent
		if o != e && conjunctKind(ex.Entities[o].Type) == conjunctKind(ex.Entities[e].Type) && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}
