package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// parseEvents reads involved_in where a predicate links a participant to
// an event: the participant is the subject of an action verb whose object
// or oblique is the event ("X signed the E"; for an agreement also a verb
// that makes or backs it, "X extended the E", "X agreed to support the
// E"), a subject it shares with the verb it completes or is coordinated
// with ("X met Y and agreed to support the E", subjectVerb), or the agent ("by X") of a
// verb whose passive subject or clause the event is ("E run by X"), or the
// agent of a noun the event completes ("the reaffirmation by X of E").
func (rb *relBuilder) parseEvents(ps *parsedSentence) {
	tr := ps.tr
	for ei, e := range ps.in {
		h := ps.head[ei]
		if h < 0 || rb.ex.Entities[e.ent].Type != graph.Event {
			continue
		}
		type pred struct {
			v    int
			subj string // the participant's relation to v
		}
		var preds []pred
		v := tr.Tokens[h].Head
		switch rel(tr, h) {
		case "obj", "obl":
			if rel(tr, h) == "obl" && circumstanceCases[caseOf(tr, h)] {
				break // "X lost votes because of E": the event is the setting
			}
			if v >= 0 && tr.Tokens[v].UPOS == "VERB" && (rb.actionVerb(tr, v) || rb.agreementVerb(tr, v, e)) {
				preds = append(preds, pred{v, "nsubj"})
			}
		case "nsubj":
			// "E was run by X"; "E run by X" misread as a clause.
			if tr.Tokens[h].Deprel == "nsubj:pass" || v >= 0 && tr.Tokens[v].XPOS == "VBN" {
				preds = append(preds, pred{v, "by"})
			}
		case "nmod":
			if v >= 0 && tr.Tokens[v].UPOS == "NOUN" && caseOf(tr, h) == "of" {
				preds = append(preds, pred{v, "by"})
			}
		}
		for _, c := range tr.Children(h) {
			if rel(tr, c) == "acl" && tr.Tokens[c].UPOS == "VERB" {
				preds = append(preds, pred{c, "by"})
			}
		}
		for _, p := range preds {
			if p.v < 0 || negated(tr, p.v) || tr.Tokens[p.v].UPOS == "VERB" && !rb.actionVerb(tr, p.v) && !rb.agreementVerb(tr, p.v, e) {
				continue // "E was criticised by X": commenting, not taking part
			}
			sv := p.v
			if p.subj == "nsubj" {
				sv = subjectVerb(tr, p.v)
			}
			for _, c := range tr.Children(sv) {
				xi := ps.mentionAt(c)
				if xi < 0 && p.subj == "nsubj" {
					xi = ps.titledMention(c) // "Treasury Secretary X signed": the title heads the subject
				}
				xi = ps.person(xi) // the body read as the title's head: relations_parse_titlebody.go
				if xi < 0 || xi == ei || !rb.participant(ps.in[xi]) {
					continue
				}
				switch {
				case p.subj == "nsubj" && tr.Tokens[c].Deprel == "nsubj":
				case p.subj == "by" && (rel(tr, c) == "obl" || rel(tr, c) == "nmod") && caseOf(tr, c) == "by":
				default:
					continue
				}
				x := ps.in[xi].ent
				for _, o := range append([]int{x}, ps.conjunctsOf(rb.ex, xi)...) {
					rb.add(o, e.ent, graph.InvolvedIn, ps.span, confParseEvent, rb.eventAttrs(e.ent))
				}
			}
		}
	}
}

// circumstanceCases open an oblique that gives an action's cause, time or
// setting, not what it acts on: "lost trust because of the war", "won 51
// caps prior to the World Cup", "was appointed after the election".
var circumstanceCases = map[string]bool{"because": true, "due": true, "despite": true, "prior": true,
	"ahead": true, "amid": true, "since": true, "after": true, "until": true, "without": true}

// actionVerb reports whether verb v does, hosts, attends, investigates or
// suffers an event (the action words of the cue rules, by form or lemma).
func (rb *relBuilder) actionVerb(tr *syntax.Tree, v int) bool {
	return actionWords[strings.ToLower(tr.Tokens[v].Form)] || actionWords[lemmaOf(tr, v)] || byActions[strings.ToLower(tr.Tokens[v].Form)]
}

// agreementVerb reports whether verb v makes, extends or backs event e,
// an agreement: "X extended the E", "X agreed to support the E".
func (rb *relBuilder) agreementVerb(tr *syntax.Tree, v int, e placed) bool {
	f := strings.ToLower(tr.Tokens[v].Form)
	return (agreementActs[f] || agreementBackers[f]) && isAgreement(rb.d, e) || rb.pactVerb(tr, v, e) || // events_pacts_links.go
		declarationVerbs[f] && isDeclaration(rb.d, e) // events_declarations.go
}

// controlVerbs pass their subject to the verb they complete: "X agreed to
// sign E", "X voted to ratify E". Refusing ("X refused to sign") is not
// among them.
var controlVerbs = map[string]bool{"agree": true, "decide": true, "vote": true, "pledge": true, "promise": true,
	"vow": true, "undertake": true, "continue": true}

// subjectVerb returns the verb whose subject is the one of verb v: v
// itself when it has a subject, else, through a control verb it completes
// (xcomp) or a verb it is coordinated with (conj), the first such verb
// that has one and is not negated ("X met Y and agreed to support E":
// "met"); v when there is none.
func subjectVerb(tr *syntax.Tree, v int) int {
	w := v
	for n := 0; n < 4; n++ {
		if hasChild(tr, w, "nsubj", nil) {
			return w
		}
		h := tr.Tokens[w].Head
		switch {
		case h < 0 || negated(tr, h) || tr.Tokens[h].UPOS != "VERB":
			return v
		case rel(tr, w) == "xcomp" && controlVerbs[lemmaOf(tr, h)], rel(tr, w) == "conj":
			w = h
		default:
			return v
		}
	}
	return v
}

// titledMention returns the index in ps.in of the mention in apposition to
// token c, a title that heads its name ("Secretary" in "Treasury Secretary
// James Baker"), or -1.
func (ps *parsedSentence) titledMention(c int) int {
	for _, a := range ps.tr.Children(c) {
		if rel(ps.tr, a) == "appos" {
			if xi := ps.mentionAt(a); xi >= 0 {
				return xi
			}
		}
	}
	return -1
}
