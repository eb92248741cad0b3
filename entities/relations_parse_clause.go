package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// parseClauseEvents reads involved_in from the clause around an event,
// for any event entity (named or not), with X the participant, E the event
// and V a predicate of clauseVerbs or sufferVerbs:
//
//	subject of V with E as its object   X boycotted E, X reached E, X faces E
//	or its complement                   X testified at E, X pleaded guilty in E,
//	                                    X will take part in E
//	through a verb that passes its      X is expected to attend E, X is due to
//	subject on                          sign E, X helped negotiate E
//	passive subject of a verb of        X was involved in E, X was charged
//	undergoing                          over E, X was hit by E
//	relative clauses                    X, who pleaded guilty in E; E, which X
//	                                    attended; E, in which X took part
//	coordinated passives                E was chaired by X and attended by Y
//	a fronted frame                     At E, X said ...; During E, X ...
//	                                    (a gathering); Giving evidence at E, X ...
//
// Every conjunct of X shares the link. Nothing is read through a negation
// ("X did not attend E"), a modal of doubt ("X may attend"), a condition
// or question ("if X attends"), or a verb of wish, refusal or invitation
// ("X hopes to attend", "X refused to sign", "X was invited to E"): only a
// predicate that puts X in E links them.
func (rb *relBuilder) parseClauseEvents(ps *parsedSentence) {
	for ei, e := range ps.in {
		h := ps.head[ei]
		if h < 0 || rb.ex.Entities[e.ent].Type != graph.Event {
			continue
		}
		for _, sl := range rb.eventSlots(ps, ei) {
			for _, x := range rb.slotParticipants(ps, sl, ei) {
				rb.addWithConjuncts(ps, x, e.ent)
			}
		}
		for _, x := range rb.frontedFrame(ps, ei) {
			rb.addWithConjuncts(ps, x, e.ent)
		}
	}
}

// addWithConjuncts links mention xi and every conjunct of it to event e.
func (rb *relBuilder) addWithConjuncts(ps *parsedSentence, xi, e int) {
	if !rb.participant(ps.in[xi]) {
		return
	}
	for _, o := range append([]int{ps.in[xi].ent}, ps.conjunctsOf(rb.ex, xi)...) {
		rb.add(o, e, graph.InvolvedIn, ps.span, confParseEvent, rb.eventAttrs(e))
	}
}

// eventSlot is the place of an event in a clause: the predicate v, the
// event's relation to it (the universal one, with "pass" for a passive
// subject and "agent" for "by E") and its preposition.
type eventSlot struct {
	v        int
	rel, adp string
}

// eventSlots returns the clauses event mention ei fills: as a dependent of
// its verb, or through a relative pronoun whose antecedent it is ("E,
// which X attended"; "E, in which X took part").
func (rb *relBuilder) eventSlots(ps *parsedSentence, ei int) []eventSlot {
	tr := ps.tr
	h := ps.head[ei]
	var out []eventSlot
	if sl, ok := slotOf(tr, h); ok {
		out = append(out, sl)
	}
	for j := range tr.Tokens {
		if relativePronoun(tr, j) && rb.antecedent(ps, j) == ei {
			if sl, ok := slotOf(tr, j); ok {
				out = append(out, sl)
			}
		}
	}
	return out
}

// slotOf returns the slot of token j under its head, when the head is a
// verb (or the adjective "present").
func slotOf(tr *syntax.Tree, j int) (eventSlot, bool) {
	v := tr.Tokens[j].Head
	if v < 0 || tr.Tokens[v].UPOS != "VERB" && !(tr.Tokens[v].UPOS == "ADJ" && stateAdjectives[verbKey(tr, v)]) {
		return eventSlot{}, false
	}
	sl := eventSlot{v: v, rel: rel(tr, j), adp: caseOf(tr, j)}
	switch {
	case tr.Tokens[j].Deprel == "nsubj:pass" || sl.rel == "nsubj" && tr.Tokens[v].XPOS == "VBN":
		sl.rel = "pass"
	case tr.Tokens[j].Deprel == "obl:agent" || sl.rel == "obl" && sl.adp == "by":
		sl.rel = "agent"
	case sl.rel != "obj" && sl.rel != "obl":
		return eventSlot{}, false
	}
	return sl, true
}

// slotParticipants returns the mentions the predicate of sl links to the
// event in it (ei).
func (rb *relBuilder) slotParticipants(ps *parsedSentence, sl eventSlot, ei int) []int {
	tr := ps.tr
	v := sl.v
	if doubted(tr, v) {
		return nil
	}
	l := clauseLemma(tr, v)
	passive := passiveVerb(tr, v) || tr.Tokens[v].UPOS == "ADJ" // "X was involved in E"
	var out []int
	switch {
	case sl.rel == "pass":
		// "E was chaired by X and attended by Y": the agents of v and of
		// the passives coordinated with it that have no subject of
		// their own.
		for _, w := range append([]int{v}, coordinatedVerbs(tr, v)...) {
			if doubted(tr, w) || !byVerb(tr, w) {
				continue
			}
			for _, c := range tr.Children(w) {
				switch {
				case (rel(tr, c) == "obl" || rel(tr, c) == "nmod") && caseOf(tr, c) == "by":
					out = rb.appendMention(out, ps, c, ei)
				case rel(tr, c) == "obl" && caseOf(tr, c) == "include" && envoyNouns[lemmaOf(tr, c)] && hasAgent(tr, w):
					// "attended by delegations including representatives
					// of X", the "including" phrase read as the verb's.
					out = rb.envoysOf(out, ps, c, ei, 1)
				}
			}
		}
	case passive && (sl.rel == "obl" && sufferVerbs[l] != nil && sufferVerbs[l][sl.adp] ||
		sl.rel == "agent" && hitVerbs[l]):
		// "X was charged over E"; "X was hit by E".
		for _, c := range tr.Children(v) {
			if rel(tr, c) == "nsubj" {
				out = rb.appendMention(out, ps, c, ei)
			}
		}
	case !passive && (sl.rel == "obj" && clauseVerbs[l] != nil && clauseVerbs[l][""] ||
		sl.rel == "obl" && clauseVerbs[l] != nil && clauseVerbs[l][sl.adp]):
		sv, ok := raisedSubjectVerb(tr, v)
		if !ok {
			return nil
		}
		for _, c := range tr.Children(sv) {
			if rel(tr, c) == "nsubj" {
				out = rb.appendMention(out, ps, c, ei)
			}
		}
	}
	return out
}

// appendMention appends the participant mention token c stands for: the
// mention it heads, the name a title it heads is set beside ("Treasury
// Secretary X"), or the antecedent of a relative pronoun ("X, who ...").
func (rb *relBuilder) appendMention(out []int, ps *parsedSentence, c, ei int) []int {
	xi := ps.mentionAt(c)
	if xi < 0 {
		xi = ps.titledMention(c)
	}
	for _, a := range ps.tr.Children(c) {
		if xi < 0 && ps.tr.Tokens[a].Deprel == "flat" {
			xi = ps.mentionAt(a) // "Mr Tomas Berg" with "Mr" as its head
		}
	}
	if xi < 0 && relativePronoun(ps.tr, c) {
		xi = rb.antecedent(ps, c)
	}
	if xi < 0 && envoyNouns[lemmaOf(ps.tr, c)] {
		return rb.envoysOf(out, ps, c, ei, 0)
	}
	if xi < 0 || xi == ei {
		return out
	}
	return append(out, ps.person(xi)) // relations_parse_titlebody.go
}

// envoyNouns are the people who stand for a body or country at an event:
// "delegates from X", "ministers of X and Y", "representatives of X".
var envoyNouns = map[string]bool{"delegate": true, "delegation": true, "representative": true, "official": true,
	"minister": true, "leader": true, "envoy": true, "negotiator": true, "team": true, "diplomat": true,
	"head": true, "member": true, "executive": true, "lawyer": true, "management": true}

// envoysOf appends the senders of envoy noun c ("delegations from X and
// Y", "delegations including representatives of X"): the mentions in its
// "from" or "of" phrase, or in the "including" phrase of another envoy
// noun.
func (rb *relBuilder) envoysOf(out []int, ps *parsedSentence, c, ei, depth int) []int {
	tr := ps.tr
	for _, a := range tr.Children(c) {
		if tr.Tokens[a].Deprel == "nmod:poss" && depth == 0 {
			// "its management held talks", "Acme's lawyers filed E": the
			// possessor, a body (a person's lawyer acts for a person, but a
			// person's delegates are no envoys of theirs).
			if xi := ps.mentionAt(a); xi >= 0 && xi != ei && rb.ex.Entities[ps.in[xi].ent].Type != graph.Person {
				out = append(out, xi)
			}
			continue
		}
		if rel(tr, a) != "nmod" {
			continue
		}
		switch caseOf(tr, a) {
		case "from", "of":
			if xi := ps.mentionAt(a); xi >= 0 && xi != ei {
				out = append(out, xi)
			}
		case "include":
			if envoyNouns[lemmaOf(tr, a)] && depth == 0 {
				out = rb.envoysOf(out, ps, a, ei, 1)
			}
		}
	}
	return out
}

// frontedFrame returns the participants an opening phrase puts in event
// mention ei: "At E, X said"; "During E, X ..." (a gathering); "Giving
// evidence at E, X said" (a participle without a subject of its own,
// before the subject of the verb it modifies).
func (rb *relBuilder) frontedFrame(ps *parsedSentence, ei int) []int {
	tr := ps.tr
	h := ps.head[ei]
	m := tr.Tokens[h].Head
	adp := caseOf(tr, h)
	if m >= 0 && rel(tr, h) == "nmod" && speechNouns[lemmaOf(tr, m)] && speechTargets[adp] && rel(tr, m) == "obl" &&
		(caseOf(tr, m) == "in" || caseOf(tr, m) == "during") {
		// "In a speech to E, X said": the speech is the frame.
		h, m, adp = m, tr.Tokens[m].Head, "at"
	}
	if m < 0 || rel(tr, h) != "obl" {
		return nil
	}
	switch {
	case adp == "at" || adp == "during" && isGathering(rb.d, ps.in[ei]):
	default:
		return nil
	}
	frame := h
	if tr.Tokens[m].XPOS == "VBG" && rel(tr, m) == "advcl" && !hasChild(tr, m, "nsubj", nil) && frontedVerbs[lemmaOf(tr, m)] {
		frame, m = m, tr.Tokens[m].Head // "Giving evidence at E, X said"
		if m < 0 || h > m {
			return nil
		}
	}
	if tr.Tokens[m].UPOS != "VERB" || passiveVerb(tr, m) || doubted(tr, m) || hasChild(tr, m, "mark", nil) {
		return nil // "Speaking at E, before Y named her, X said": not Y
	}
	var out []int
	for _, c := range tr.Children(m) {
		if rel(tr, c) == "nsubj" && c > h && !verbBetween(tr, frame, c) {
			out = rb.appendMention(out, ps, c, ei)
		}
	}
	return out
}

// verbBetween reports whether a verb or auxiliary stands between the
// subtree of the frame and subject c: "Speaking at E, before Y named
// her, X said" puts X, not Y, in E.
func verbBetween(tr *syntax.Tree, frame, c int) bool {
	_, last := tr.Subtree(frame)
	first, _ := tr.Subtree(c)
	for k := last + 1; k < first; k++ {
		if u := tr.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// speechNouns frame a statement made to an event: "In a speech to E";
// speechTargets are the prepositions that put the speech there.
var (
	speechNouns   = map[string]bool{"speech": true, "address": true, "remarks": true, "remark": true, "testimony": true, "presentation": true, "lecture": true}
	speechTargets = map[string]bool{"to": true, "at": true, "before": true}
)

// frontedVerbs are the participles of a fronted frame: "Giving evidence
// at E, X said", "Testifying at E, X ...", "Attending E, X ...".
var frontedVerbs = map[string]bool{"give": true, "testify": true, "speak": true, "attend": true, "address": true}

// stateAdjectives are the participles read as adjectives that put their
// subject in an event: "X was involved in E", "X was present at E".
var stateAdjectives = map[string]bool{"involve": true, "implicate": true, "embroil": true, "entangle": true,
	"present": true}

// verbKey is the lemma of token v as the clause lexicons spell it: the
// tagger's lemma when a lexicon has it, else the form without its
// inflection ("boycotted" → "boycott", "testified" → "testify").
func verbKey(tr *syntax.Tree, v int) string {
	l := lemmaOf(tr, v)
	if clauseWord(l) || stateAdjectives[l] {
		return l
	}
	for _, st := range stems(strings.ToLower(tr.Tokens[v].Form)) {
		if clauseWord(st) || stateAdjectives[st] {
			return st
		}
	}
	return l
}

// stems returns the forms word may have without an inflection: "-s",
// "-es", "-ed", "-d", "-ied" (→ "-y"), "-ing", "-ing" (→ "-e").
// It is not the tagger's lemmatiser (syntax's ruleLemma) on purpose:
// that one strips by the Penn tag and gives one lemma, so a verb the
// tagger read as a noun keeps its inflection; stems ignores the tag and
// gives every candidate for the clause lexicons to pick from ("uses":
// "us", "use"). Merging the two changes the clauses read.
func stems(word string) []string {
	var out []string
	for _, r := range []struct{ suffix, repl string }{{"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", ""},
		{"d", ""}, {"ing", ""}, {"ing", "e"}} {
		if b, ok := strings.CutSuffix(word, r.suffix); ok && len(b) > 2 {
			out = append(out, b+r.repl)
		}
	}
	return out
}

// clauseLemma is the lemma of verb v (verbKey), with its particle: "carry
// out", "take part", "pull out".
func clauseLemma(tr *syntax.Tree, v int) string {
	l := verbKey(tr, v)
	for _, c := range tr.Children(v) {
		switch {
		case tr.Tokens[c].Deprel == "compound:prt":
			return l + " " + lemmaOf(tr, c)
		case rel(tr, c) == "obj" && (l == "take" && lemmaOf(tr, c) == "part" || l == "plead" && lemmaOf(tr, c) == "guilty" ||
			l == "give" && (lemmaOf(tr, c) == "evidence" || lemmaOf(tr, c) == "testimony")):
			return l + " " + lemmaOf(tr, c)
		case rel(tr, c) == "xcomp" && l == "plead":
			return l + " " + lemmaOf(tr, c) // "pleaded guilty", guilty read as a complement
		}
	}
	return l
}

// clauseVerbs map the predicates that put their subject in an event to the
// prepositions that introduce the event ("" for an object): taking part,
// holding, signing or reaching, fighting, contesting or boycotting,
// testifying, pleading, facing or settling a case.
var clauseVerbs = map[string]map[string]bool{
	"attend": {"": true}, "hold": {"": true}, "sign": {"": true}, "co-sign": {"": true}, "countersign": {"": true},
	"join": {"": true, "in": true}, "host": {"": true}, "co-host": {"": true}, "chair": {"": true},
	"win": {"": true, "in": true}, "lose": {"": true, "in": true}, "contest": {"": true}, "boycott": {"": true},
	"launch": {"": true}, "carry out": {"": true}, "stage": {"": true}, "mount": {"": true}, "wage": {"": true},
	"fight": {"": true, "in": true}, "conduct": {"": true}, "organise": {"": true}, "organize": {"": true},
	"sponsor": {"": true}, "convene": {"": true}, "negotiate": {"": true}, "broker": {"": true},
	"reach": {"": true}, "strike": {"": true}, "seal": {"": true}, "clinch": {"": true}, "conclude": {"": true},
	"ratify": {"": true}, "address": {"": true}, "spearhead": {"": true}, "investigate": {"": true},
	"prosecute": {"": true}, "face": {"": true, "over": true}, "settle": {"": true}, "file": {"": true}, "admit": {"": true},
	"enter": {"": true, "into": true}, "resume": {"": true}, "open": {"": true}, "lead": {"": true},
	"take part": {"in": true}, "participate": {"in": true}, "compete": {"in": true}, "vote": {"in": true},
	"intervene": {"in": true}, "engage": {"in": true}, "preside": {"over": true}, "testify": {"at": true, "in": true, "before": true},
	"give evidence": {"at": true, "in": true, "to": true, "before": true}, "give testimony": {"at": true, "in": true, "before": true},
	"appear": {"at": true, "before": true}, "speak": {"at": true}, "plead guilty": {"to": true, "in": true},
	"plead": {"to": true}, "withdraw": {"from": true}, "pull out": {"of": true}, "walk out": {"of": true},
	"play": {"in": true}, "serve": {"on": true}, "star": {"in": true},
	// relations_evpart_atgathering.go: "X won the seat in E", "X
	// continued talks with Y", "X is rebounding from E".
	"continue": {"": true}, "recover": {"from": true}, "rebound": {"from": true},
}

// sufferVerbs map the passives that put their subject in an event to the
// prepositions that introduce it: "X was involved in E", "X was charged
// over E", "X was killed in E", "X was elected in E".
var sufferVerbs = map[string]map[string]bool{
	"involve": {"in": true}, "implicate": {"in": true}, "embroil": {"in": true}, "entangle": {"in": true},
	"catch up": {"in": true},
	"kill":     {"in": true, "during": true}, "injure": {"in": true, "during": true}, "wound": {"in": true, "during": true},
	"hurt": {"in": true}, "affect": {"by": true}, "charge": {"in": true, "over": true}, "convict": {"in": true, "over": true},
	"accuse": {"in": true, "over": true}, "indict": {"in": true, "over": true}, "sentence": {"in": true, "over": true},
	"acquit": {"in": true}, "jail": {"in": true, "over": true}, "arrest": {"in": true, "over": true},
	"question": {"in": true, "over": true}, "name": {"in": true}, "elect": {"in": true}, "re-elect": {"in": true},
	"defeat": {"in": true}, "sue": {"in": true}, "fine": {"in": true, "over": true}, "represent": {"at": true, "in": true},
	"present": {"at": true},
}

// hitVerbs are the passives whose agent, an event, strikes the subject:
// "X was hit by E", "X was devastated by E".
var hitVerbs = map[string]bool{"hit": true, "affect": true, "strike": true, "devastate": true, "ravage": true,
	"kill": true, "injure": true, "damage": true, "batter": true, "flood": true}

// byVerb reports whether passive verb w, with an event as its subject,
// takes its participant as the agent: "E was chaired by X".
func byVerb(tr *syntax.Tree, w int) bool {
	f := strings.ToLower(tr.Tokens[w].Form)
	if byActions[f] || actionWords[f] {
		return true
	}
	c := clauseVerbs[clauseLemma(tr, w)]
	return c != nil && c[""]
}

// hasAgent reports whether verb w has an agent ("by X").
func hasAgent(tr *syntax.Tree, w int) bool {
	for _, c := range tr.Children(w) {
		if rel(tr, c) == "obl" && caseOf(tr, c) == "by" {
			return true
		}
	}
	return false
}

// passiveVerb reports whether verb v is a passive: a passive subject or
// auxiliary hangs on it, or it is a participle modifying a noun ("E run
// by X").
func passiveVerb(tr *syntax.Tree, v int) bool {
	for _, c := range tr.Children(v) {
		if d := tr.Tokens[c].Deprel; d == "nsubj:pass" || d == "aux:pass" {
			return true
		}
	}
	return false
}

// coordinatedVerbs returns the verbs coordinated with v that have no
// subject of their own: they share v's ("E was chaired by X and attended
// by Y").
func coordinatedVerbs(tr *syntax.Tree, v int) []int {
	var out []int
	for _, c := range tr.Children(v) {
		if rel(tr, c) == "conj" && tr.Tokens[c].UPOS == "VERB" && !hasChild(tr, c, "nsubj", nil) {
			out = append(out, c)
		}
	}
	return out
}

// raisingVerbs pass their subject to the verb they complete, beside the
// control verbs: "X is expected to attend", "X is due to sign", "X plans
// to attend", "X helped negotiate". Wishes, refusals and invitations
// ("hope", "want", "refuse", "fail", "invite", "urge") are not among
// them: they do not put X in the event.
var raisingVerbs = map[string]bool{"expect": true, "due": true, "set": true, "schedule": true, "plan": true,
	"prepare": true, "intend": true, "go": true, "begin": true, "start": true, "help": true, "arrive": true,
	"agree": true, "decide": true, "vote": true, "pledge": true, "promise": true, "vow": true, "undertake": true,
	"continue": true}

// raisedSubjectVerb returns the verb whose subject is v's: v itself when
// it has one, else, through verbs of raisingVerbs it completes (xcomp) or
// verbs it is coordinated with, the first with a subject; ok is false
// when the chain passes a negated or doubted verb or another verb.
func raisedSubjectVerb(tr *syntax.Tree, v int) (int, bool) {
	w := v
	for n := 0; n < 4; n++ {
		if hasChild(tr, w, "nsubj", nil) {
			return w, true
		}
		h := tr.Tokens[w].Head
		if h < 0 || doubted(tr, h) {
			return 0, false
		}
		switch {
		case rel(tr, w) == "xcomp" && raisingVerbs[lemmaOf(tr, h)],
			rel(tr, w) == "conj" && tr.Tokens[h].UPOS == "VERB":
			w = h
		case rel(tr, w) == "acl" && relativeSubject(tr, w):
			return w, true
		default:
			return 0, false
		}
	}
	return 0, false
}
