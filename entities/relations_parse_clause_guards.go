package entities

// The guards of the clause links (relations_parse_clause.go): relative
// pronouns and their antecedents, doubts, denials and wishes that stop a
// link, and the words that send a sentence to the parser for them.

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
)

// relativeSubject reports whether verb w has a relative pronoun as its
// subject ("who signed E").
func relativeSubject(tr *syntax.Tree, w int) bool {
	for _, c := range tr.Children(w) {
		if rel(tr, c) == "nsubj" && relativePronoun(tr, c) {
			return true
		}
	}
	return false
}

// doubted reports whether verb v is negated, hedged by a modal of doubt
// ("may", "might", "could"), or opens a condition or question ("if",
// "whether", "unless").
func doubted(tr *syntax.Tree, v int) bool {
	if negated(tr, v) || denied(tr, v) {
		return true
	}
	for _, c := range tr.Children(v) {
		if doubtWords[strings.ToLower(tr.Tokens[c].Form)] && (rel(tr, c) == "aux" || rel(tr, c) == "mark") {
			return true
		}
	}
	return false
}

// denied reports whether verb v is what a denial or a rumour says: "X
// denied reports that she had pulled out of E".
func denied(tr *syntax.Tree, v int) bool {
	for w, n := v, 0; n < 4; n++ {
		switch rel(tr, w) {
		case "ccomp", "acl", "xcomp", "obj":
		default:
			return false
		}
		if w = tr.Tokens[w].Head; w < 0 {
			return false
		}
		if denialHeads[lemmaOf(tr, w)] || hasChild(tr, w, "amod", denialHeads) {
			return true // "denied reports that ...", "denied" misread as a modifier of "reports"
		}
	}
	return false
}

// denialHeads deny or only rumour what their clause says.
var denialHeads = map[string]bool{"deny": true, "dismiss": true, "reject": true, "rumour": true, "rumor": true,
	"speculation": true}

// doubtWords hedge a predicate: a modal of doubt, a condition, a question.
var doubtWords = map[string]bool{"may": true, "might": true, "could": true, "should": true, "if": true,
	"whether": true, "unless": true}

// relativePronoun reports whether token j is a relative pronoun.
func relativePronoun(tr *syntax.Tree, j int) bool {
	switch strings.ToLower(tr.Tokens[j].Form) {
	case "who", "whom", "which", "that":
		return tr.Tokens[j].UPOS == "PRON"
	}
	return false
}

// antecedent returns the mention a relative pronoun at token j stands
// for: the one whose last word comes right before it, a preposition and
// a comma aside ("E, in which"; "X, who"), or -1.
func (rb *relBuilder) antecedent(ps *parsedSentence, j int) int {
	tr := ps.tr
	k := j - 1
	if k >= 0 && tr.Tokens[k].UPOS == "ADP" {
		k--
	}
	if k >= 0 && tr.Tokens[k].Form == "," {
		k--
	}
	if k < 0 {
		return -1
	}
	for mi, m := range ps.in {
		if m.tokEnd > m.tokStart && ps.head[mi] >= 0 && rb.d.Tokens[m.tokEnd-1].End == tr.Tokens[k].End {
			return mi
		}
	}
	return -1
}

// clauseWord reports whether lemma l may be the predicate of a clause
// pattern (the parse gate's test, parseCanAdd).
func clauseWord(l string) bool {
	return clauseVerbs[l] != nil || sufferVerbs[l] != nil || hitVerbs[l] || clauseFirstWords[l]
}

// clauseGateWord reports whether word l, or l without an inflection, may
// be the predicate of a clause pattern.
func clauseGateWord(l string) bool {
	if clauseWord(l) || stateAdjectives[l] {
		return true
	}
	for _, st := range stems(l) {
		if clauseWord(st) || stateAdjectives[st] {
			return true
		}
	}
	return false
}

// clauseFirstWords are the first words of the predicates of two words.
var clauseFirstWords = map[string]bool{"take": true, "plead": true, "give": true, "carry": true, "pull": true,
	"walk": true, "catch": true}

// frontedOpening reports whether sentence si opens with "At" or "During",
// or a participle of frontedVerbs: a frame frontedFrame may read.
func (rb *relBuilder) frontedOpening(si int) bool {
	s := rb.d.Sentences[si]
	if s.TokEnd <= s.TokStart {
		return false
	}
	switch l := low(rb.d.Tokens[s.TokStart]); l {
	case "at", "during", "giving", "testifying", "speaking", "attending", "addressing":
		return true
	case "in":
		for k := s.TokStart + 1; k < min(s.TokStart+4, s.TokEnd); k++ {
			if speechNouns[low(rb.d.Tokens[k])] {
				return true // "In a speech to E"
			}
		}
	}
	return false
}

// clauseInSentence reports whether sentence s holds a word that may be
// the predicate of a clause pattern: only then is a sentence whose event
// is a reference ("the talks", "the accord") parsed.
func (rb *relBuilder) clauseInSentence(s Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if t := rb.d.Tokens[k]; t.Word() && !t.Cap() && clauseGateWord(low(t)) {
			return true
		}
	}
	return false
}

// wishWords wish, refuse, threaten or invite an act without doing it: "X
// hopes to attend E", "X refused to sign E", "X was invited to attend
// E" put X in no event (the cue rules' actorOf stops at them too).
var wishWords = map[string]bool{"hope": true, "hopes": true, "hoped": true, "hoping": true, "want": true,
	"wants": true, "wanted": true, "wish": true, "wishes": true, "wished": true, "refuse": true, "refuses": true,
	"refused": true, "refusing": true, "declined": true, "declines": true, "threatened": true, "threatens": true,
	"invited": true, "urged": true, "asked": true}
