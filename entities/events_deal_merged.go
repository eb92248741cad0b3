package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// mergedCompanies finds a merger that a sentence states by its verb:
//
//	X merged with Y                 → merger of X and Y
//	X and Y merged (their units)    → merger of X and Y
//	X and Y (have) agreed to merge  → merger of X and Y
//	X agreed to merge with Y, X is set to merge with Y
//
// Business news reports a merger by the verb as often as by the noun
// ("the merger of X and Y", which phraseEvents reads). As for
// boughtCompanies, the mention covers the verb alone ("merged", "merge")
// and mergerEventName names it by its parties; it is a described event
// (descEventSource) of one article. The parties must be named
// organizations (countries and people merge nothing): a list of
// two or more names as the subject, or one named subject and a named
// organization after "with". One subject and no "with" ("X merged its
// two units") tells no merger between parties. A base "merge" counts only
// after "agreed to", "agreed plans to" or "set to" (a deal made or
// settled), not after "wants to" or "may". The relation stage links the
// parties (mergedSides, relations_deal_merged.go).
func mergedCompanies(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+1 >= len(d.Tokens) {
			continue
		}
		if !mergeVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() {
			continue
		}
		subj := mergeSubjectAt(d, v)
		if subj < 1 {
			continue
		}
		names := len(subjectList(d, subj, func(k int) int {
			if m := mentionEndingAt(selected, k); m != nil && m.Type == graph.Organization {
				return m.TokStart
			}
			return -1
		}))
		if names >= 2 || names == 1 && mergePartner(d, selected, v) != nil {
			out = append(out, descEventOver(d, v, v+1))
		}
	}
	return out
}

// mergeVerbsIx is the merging verb forms by number (wordindex.go):
// mergedCompanies starts at them (eventStartsOf).
var mergeVerbsIx = indexSet(map[string]bool{"merged": true, "merge": true})

// mergeSubjectAt returns the token that the subject of the merging verb
// at token v ends before (the verb, or the settling word of "agreed to
// merge"), or -1 when the verb there states no merger. An adverb or a
// time ("has since merged", "last month agreed to merge") and a relative
// pronoun ("X, which agreed to merge with Y") may stand between the two:
// the subject is the name before them.
func mergeSubjectAt(d *Document, v int) int {
	return mergeRelative(d, mergeVerbSubject(d, v))
}

// mergeVerbSubject is mergeSubjectAt without adverbs and relatives.
func mergeVerbSubject(d *Document, v int) int {
	switch l := low(d.Tokens[v]); {
	case l == "merged":
		if v+1 < len(d.Tokens) && low(d.Tokens[v+1]) == "into" {
			return -1 // "X was merged into Y": one absorbed, not a party list
		}
		return v
	case l != "merge" || v < 2 || low(d.Tokens[v-1]) != "to":
		return -1
	case low(d.Tokens[v-2]) == "set" && v >= 3 && beForms[low(d.Tokens[v-3])]:
		return v - 3 // "X is set to merge"
	case low(d.Tokens[v-2]) == "agreed":
		return v - 2
	case v >= 3 && low(d.Tokens[v-2]) == "plans" && low(d.Tokens[v-3]) == "agreed":
		return v - 3
	}
	return -1
}

// mergeRelative steps back from token k over an adverb, a time ("last
// month") and a relative pronoun with its comma before the verb.
func mergeRelative(d *Document, k int) int {
	if k < 1 {
		return k
	}
	if mergeAdverbs[low(d.Tokens[k-1])] {
		k--
	} else if k >= 2 && low(d.Tokens[k-2]) == "last" && timeUnits[low(d.Tokens[k-1])] {
		k -= 2
	}
	if k >= 2 && (low(d.Tokens[k-1]) == "which" || low(d.Tokens[k-1]) == "that") {
		k--
		if d.Tokens[k-1].Text == "," {
			k--
		}
	}
	return k
}

// mergeAdverbs may stand between a merging subject and its verb.
var mergeAdverbs = map[string]bool{"since": true, "recently": true, "also": true, "later": true, "already": true,
	"subsequently": true, "formally": true}

// timeUnits follow "last" in a time before a merging verb.
var timeUnits = map[string]bool{"week": true, "month": true, "year": true}

// mergePartner returns the named organization after "with" that the
// merging verb at token v merges with ("merged with the Y Company"), or
// nil.
func mergePartner(d *Document, selected []Mention, v int) *Mention {
	if v+2 >= len(d.Tokens) || low(d.Tokens[v+1]) != "with" || d.Tokens[v].Break {
		return nil
	}
	return boughtObject(d, selected, v+2, false)
}

// mergerEventName names an event of mergedCompanies by its parties:
// "merger of X and Y" from "X and Y merged" or "X merged with Y", by the
// capitalised words before the subject's end and after "with". ok is
// false for any other event.
func mergerEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource || m.TokEnd-m.TokStart != 1 {
		return "", false
	}
	subj := mergeSubjectAt(d, m.TokStart)
	if subj < 1 {
		return "", false
	}
	name := capitalRun(d, subjectEnd(d, subj), 12)
	if name == "" {
		return "merger", true
	}
	if mergePartnerName := withName(d, m.TokStart); mergePartnerName != "" {
		return "merger of " + name + " and " + mergePartnerName, true
	}
	return "merger of " + name, true
}

// withName returns the name after "with" that follows the merging verb
// at token v ("merged with the Y Company": "Y Company"), or "".
func withName(d *Document, v int) string {
	if v+2 >= len(d.Tokens) || low(d.Tokens[v+1]) != "with" {
		return ""
	}
	k := objectNameStart(d, v+2)
	e := complementEnd(d, k)
	if e <= k || e > len(d.Tokens) {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[d.Tokens[k].Start:d.Tokens[e-1].End]), " ")
}

// capitalRunStart returns the first token of the capitalised words (with
// "of", "and", "&" after a capitalised word inside) that end right before
// token e, at most limit tokens; e when there are none.
func capitalRunStart(d *Document, e, limit int) int {
	s := e
	for s > 0 && e-s < limit {
		t := d.Tokens[s-1]
		l := low(t)
		inner := (l == "of" || l == "and" || l == "&") && s >= 2 && d.Tokens[s-2].Cap() && s < e
		if !(t.Cap() && t.Word() && l != "the") && !inner {
			break
		}
		s--
	}
	return s
}

// capitalRun returns the capitalised words (with "of", "and", "&"
// inside) that end right before token e, at most limit tokens ("United
// Bank of Africa and Standard Trust Bank"), or "".
func capitalRun(d *Document, e, limit int) string {
	s := capitalRunStart(d, e, limit)
	for s < e && !d.Tokens[s].Cap() {
		s++ // a run opened by "of" or "and"
	}
	if s >= e {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]), " ") // Reuters wraps lines
}
