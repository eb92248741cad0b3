package entities

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// placed is one mention with the entity it resolved to.
type placed struct {
	tokStart, tokEnd int
	ent              int  // index in Extraction.Entities
	coref            bool // a reference that does not name the entity ("he")
}

// mentionEdges indexes the mentions of in that cover tokens by their
// first token (at) and by the token after their last (end); with
// namesOnly, references that do not name the entity ("he") are left out.
// Of two mentions at one token, the later in in is kept.
func mentionEdges(in []placed, namesOnly bool) (at, end map[int]placed) {
	at, end = map[int]placed{}, map[int]placed{}
	for _, m := range in {
		if m.tokStart < m.tokEnd && !(namesOnly && m.coref) {
			at[m.tokStart], end[m.tokEnd] = m, m
		}
	}
	return at, end
}

// relKey identifies a relation of an extraction by entity indexes.
type relKey struct {
	a, b int
	k    graph.Kind
}

// relAcc accumulates one relation's evidence and attributes.
type relAcc struct {
	spans []graph.Span
	conf  float64
	attrs map[string]string
}

// relBuilder collects an article's relations.
type relBuilder struct {
	d          *Document
	ex         *Extraction
	gz         *gazetteer.Gazetteer
	rels       map[relKey]*relAcc
	bySentence [][]placed // mentions of each sentence, in text order
	pending    []pendingOffice
	undated    []undatedVisit              // visits with no destination (relations_nominalvisit.go)
	tree       func(si int) *syntax.Tree   // a sentence's parse, made on demand; nil when none
	parser     *syntax.Parser              // the parser tree calls, when it parses on demand (parseCanAdd)
	split      func(si int) []syntax.Token // a sentence's tokens as the parser reads them (Doc.treeTokens)
	typed      []relKey                    // the keys of rels other than co_mention, in the order found
	place      string                      // the dateline's place, or ""
	region     string                      // the dateline's region, or ""
	presences  []pendingPresence
	// pendingHeads are bare company head titles ("said chief executive
	// X") waiting for the article's company (resolveHeads).
	pendingHeads []pendingHead
	// pendingPartyTitles are party titles that name no party ("party
	// leader X", "Shadow ... secretary X") waiting for the article's
	// party (resolvePartyTitles).
	pendingPartyTitles []pendingPartyTitle
	// spokes are bare-titled spokesmen whose body an earlier sentence
	// opens with (relations_spokesbefore.go).
	spokes []pendingSpokes
	// traceCase names the case of events' switch that adds a relation,
	// set only when traceRules is (trace_rules.go).
	traceCase string
}

// index places every mention and every reference in its sentence.
func (rb *relBuilder) index(corefs []Coref) {
	d := rb.d
	// tokOf and endTok give the token starting at a byte offset and the
	// end (exclusive) of the token ending at one, or 0. Tokens are in
	// text order and do not overlap.
	tokOf := func(off int) int {
		i, ok := tokenSearch(d, off, false)
		if !ok {
			return 0
		}
		return i
	}
	endTok := func(off int) int {
		i, ok := tokenSearch(d, off, true)
		if !ok {
			return 0
		}
		return i + 1
	}
	rb.bySentence = make([][]placed, len(d.Sentences))
	for ei, e := range rb.ex.Entities {
		for _, sp := range e.Mentions {
			si := sentenceOf(d, sp.Start)
			if si < 0 {
				continue
			}
			rb.bySentence[si] = append(rb.bySentence[si], placed{tokStart: tokOf(sp.Start), tokEnd: endTok(sp.End), ent: ei})
		}
	}
	for _, c := range corefs {
		if si := sentenceOf(d, d.Tokens[min(c.TokStart, len(d.Tokens)-1)].Start); si >= 0 {
			rb.bySentence[si] = append(rb.bySentence[si], placed{tokStart: c.TokStart, tokEnd: c.TokEnd, ent: c.Entity, coref: true})
		}
	}
	for _, in := range rb.bySentence {
		slices.SortFunc(in, func(a, b placed) int { return a.tokStart - b.tokStart })
	}
}

// add records evidence s for relation a -k-> b with a confidence and
// attributes; the relation keeps its highest confidence and the first
// value of each attribute.
func (rb *relBuilder) add(a, b int, k graph.Kind, s graph.Span, conf float64, attrs map[string]string) {
	if a == b || a < 0 || b < 0 {
		return
	}
	if !k.Directed() && a > b {
		a, b = b, a
	}
	key := relKey{a, b, k}
	r := rb.rels[key]
	if r == nil {
		r = &relAcc{}
		rb.rels[key] = r
		if k != graph.CoMention {
			rb.typed = append(rb.typed, key)
		}
	}
	if !slices.Contains(r.spans, s) {
		r.spans = append(r.spans, s)
	}
	r.conf = max(r.conf, conf)
	for k, v := range attrs {
		if _, ok := r.attrs[k]; !ok {
			if r.attrs == nil {
				r.attrs = map[string]string{}
			}
			r.attrs[k] = v
		}
	}
	if traceRules {
		rb.traceRule(r, k, s) // trace_rules.go: audits only
	}
}

// places links each gazetteer place to its country when the article names
// the country too: capital_of for a capital, located_in for every place.
func (rb *relBuilder) places() {
	n := len(rb.ex.Entities)
	for i := 0; i < n; i++ {
		e := rb.ex.Entities[i]
		if e.Entry == nil || e.Type != graph.Place || e.Entry.Country == "" || len(e.Mentions) == 0 {
			continue
		}
		// The country must be named in the article: a place does not
		// bring its country into the graph by itself.
		ci := rb.namedCountryOf(e.Entry)
		if ci < 0 {
			continue
		}
		si := sentenceOf(rb.d, e.Mentions[0].Start)
		if si < 0 {
			continue
		}
		span := sentenceSpan(rb.d.Sentences[si])
		if e.Entry.Capital {
			rb.add(i, ci, graph.CapitalOf, span, 1, nil)
		}
		rb.add(i, ci, graph.LocatedIn, span, 0.9, nil)
	}
}

// finish writes the collected relations to the extraction in a stable
// order.
func (rb *relBuilder) finish() {
	rb.resolveOffices()
	rb.resolveDatelineVisits()
	rb.resolvePartyTitles()
	rb.resolveHeads()
	rb.resolveSpokes()
	rb.governmentOffices()
	rb.resolvePresence()
	rb.gatheringVisits() // relations_visits_gathering.go
	rb.dropSeatHeads()
	rb.settleGroups() // groups_settle.go
	keys := rb.sortedKeys()
	rb.ex.Relations = slices.Grow(rb.ex.Relations, len(keys))
	for _, k := range keys {
		r := rb.rels[k]
		slices.SortFunc(r.spans, func(a, b graph.Span) int { return a.Start - b.Start })
		rb.ex.Relations = append(rb.ex.Relations, Relation{From: k.a, To: k.b, Kind: k.k, Sentences: r.spans, Confidence: r.conf, Attrs: r.attrs})
	}
}

// sortedKeys returns the keys of the collected relations in a stable
// order: by source, target and kind.
func (rb *relBuilder) sortedKeys() []relKey {
	keys := slices.Collect(maps.Keys(rb.rels))
	slices.SortFunc(keys, func(x, y relKey) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.k, y.k))
	})
	return keys
}

// statesMembership reports whether the words between a person p and a
// party q state that p belongs to q:
//
//	<Party> MP X, <Party> leader X, <Party> Chairman and former Minister X,
//	<Party> MP Sir X, <Party> peer Lord X, <Party> Lord X,
//	<Party>'s X, X (<Party>), X of the <Party>, X of <Party>,
//	X, a <Party> MP.
func statesMembership(d *Document, p, q placed) bool {
	if q.tokStart >= 2 && low(d.Tokens[q.tokStart-1]) == "and" && d.Tokens[q.tokStart-2].Cap() &&
		q.tokEnd < len(d.Tokens) && officeNouns[low(d.Tokens[q.tokEnd])] {
		return false // "Economy and Labour Minister X": a ministry, not the party
	}
	if q.tokEnd <= p.tokStart {
		between := d.Tokens[q.tokEnd:p.tokStart]
		if len(between) == 0 {
			return false
		}
		roles, head := 0, false
		for _, t := range between {
			l := low(t)
			switch {
			case isPossessive(t):
			case roleNouns[l] || roleKinds[l] == "member": // "peer" is a member's word only
				roles++
				head = roleKinds[l] == "head"
			case roleModifiers[l] && l != "of" && l != "the" && l != "to":
			case t.Cap() && (honorifics[l] || honorifics[strings.TrimSuffix(l, ".")]):
				// "Tory peer Lord X", "Conservative MP Sir X"; a peer's
				// title is a member's ("Tory Lord X").
				if l == "lord" || l == "baroness" {
					roles++
				}
			default:
				return false
			}
		}
		// "<Party> leader X" leads the party (the roles stage says so),
		// "<Party> deputy leader X" holds a role in it and is not read as
		// a member too (relations_rolecoref_party.go); "Senate <Party>
		// leader X" is a member.
		if head && (q.tokStart == 0 || !chamberWords[low(d.Tokens[q.tokStart-1])]) {
			return false
		}
		possessive := isPossessive(between[0])
		return roles > 0 || possessive && len(between) == 1
	}
	if p.tokEnd > q.tokStart {
		return false
	}
	between := d.Tokens[p.tokEnd:q.tokStart]
	words := make([]string, 0, len(between))
	for _, t := range between {
		words = append(words, low(t))
	}
	switch {
	case slices.Equal(words, []string{"("}):
		return q.tokEnd < len(d.Tokens) && d.Tokens[q.tokEnd].Text == ")"
	case slices.Equal(words, []string{"of", "the"}), slices.Equal(words, []string{"of"}),
		slices.Equal(words, []string{",", "of", "the"}):
		return true
	case len(words) >= 2 && words[0] == "," && (words[1] == "a" || words[1] == "the"):
		// "X, a <Party> MP": the party is followed by a role noun.
		if len(words) == 2 && q.tokEnd < len(d.Tokens) && roleNouns[low(d.Tokens[q.tokEnd])] {
			return true
		}
	}
	return false
}
