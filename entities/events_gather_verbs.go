package entities

// Gatherings a participation verb takes as its object. News states that
// someone took part in a meeting mostly by the verb, whatever the
// meeting is about or where it is:
//
//	X held talks on trade / X will hold talks in Lisbon / X held private talks
//	X chaired (hosted, attended, convened, addressed, opened) a meeting of ministers
//	X took part in (participated in) a conference on trade
//	X spoke at (said at) a conference on trade / X testified at a hearing
//	Y held its annual meeting
//
// These are the wordings of any gathering in any news, not of one
// subject: a verb of taking part, then "a" or "an" (a new occurrence,
// not a reference to one named before, which coreference resolves), the
// subject's possessive ("its annual meeting") or none before the plurals
// "talks" and "negotiations", at most two modifiers and a gathering head.
// The subject is a name (or "he"/"she") right before the verb,
// auxiliaries and "will" between allowed (namedActor, pronounActor);
// under a negation or a wish ("refused to attend a meeting", "called for
// talks") nothing is found (phraseUnreal, reportedOnly). A news or press
// conference is left out: the annotation guide takes a statement's
// occasion for no event one takes part in. The relation stage links the
// subject by its action words (actionBetween) or speaksAt.

// gatherObjectVerbs take a gathering as their object.
var gatherObjectVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true,
	"hosted": true, "host": true, "hosts": true, "hosting": true, "attended": true, "attend": true,
	"attends": true, "attending": true, "chaired": true, "chair": true, "chairs": true, "chairing": true,
	"convened": true, "convenes": true, "addressed": true, "address": true, "addresses": true,
	"addressing": true, "opened": true, "opens": true}

// gatherPrepVerbs take a gathering after their preposition: "took part
// in", "participated in", "spoke at", "testified at".
var gatherPrepVerbs = map[string]string{"part": "in", "participated": "in", "participate": "in",
	"participates": "in", "participating": "in", "spoke": "at", "speaks": "at", "speaking": "at",
	"said": "at", "says": "at", "testified": "at"}

// gatherVerbsIx indexes the verbs of gatherObjectVerbs and
// gatherPrepVerbs (wordindex.go).
var gatherVerbsIx = indexSet(gatherObjectVerbs, func() map[string]bool {
	m := map[string]bool{}
	for k := range gatherPrepVerbs {
		m[k] = true
	}
	return m
}())

// objectGatherings are the heads of gatherings one takes part in.
var objectGatherings = map[string]bool{"meeting": true, "talks": true, "conference": true, "summit": true,
	"session": true, "congress": true, "convention": true, "forum": true, "assembly": true, "hearing": true,
	"seminar": true, "symposium": true, "negotiations": true}

// bareGatherings go without a determiner: "X held talks".
var bareGatherings = map[string]bool{"talks": true, "negotiations": true}

// statementOccasions are modifiers of a conference held only to make a
// statement.
var statementOccasions = map[string]bool{"news": true, "press": true}

// gatherObject returns the first token and the head of the gathering
// that the verb at token v takes as its object, or -1, -1.
func gatherObject(d *Document, v int) (start, head int) {
	k := v + 1
	if prep, ok := gatherPrepVerbs[low(d.Tokens[v])]; ok {
		if k >= len(d.Tokens) || low(d.Tokens[k]) != prep {
			return -1, -1
		}
		k++
	} else if !gatherObjectVerbs[low(d.Tokens[v])] {
		return -1, -1
	}
	if k >= len(d.Tokens) {
		return -1, -1
	}
	l := low(d.Tokens[k])
	det := l == "a" || l == "an" || ownerPronouns[l]
	if det {
		k++
	}
	start = k
	for k < len(d.Tokens) && k-start < 2 && !objectGatherings[low(d.Tokens[k])] && (talksModifier(d.Tokens[k]) || eventModifiers[low(d.Tokens[k])]) && !statementOccasions[low(d.Tokens[k])] && !d.Tokens[k].Break {
		k++
	}
	if k >= len(d.Tokens) || !objectGatherings[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break || !det && !bareGatherings[low(d.Tokens[k])] {
		return -1, -1
	}
	// "held talks with Y", "talks between": the talks rules name those
	// with their sides (events_talks.go, events_phrase.go).
	if k+1 < len(d.Tokens) && (low(d.Tokens[k+1]) == "with" || low(d.Tokens[k+1]) == "between") {
		return -1, -1
	}
	return start, k
}

// gatherObjects finds the gatherings of gatherObject whose taker is
// named before the verb and that the sentence states as taking place.
func gatherObjects(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+1 >= len(d.Tokens) {
			continue
		}
		if !gatherVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() {
			continue // at lists this list's tokens (eventStartsOf); the test keeps the rule right for any at
		}
		s, h := gatherObject(d, v)
		if h < 0 {
			continue
		}
		a := v
		if low(d.Tokens[v]) == "part" && v >= 2 {
			a = v - 1 // "took part in": the subject is before "took"
		}
		a = willSkipped(d, a)
		if !namedActor(d, selected, a) && !pronounActor(d, a) || phraseUnreal(d, a) || reportedOnly(d, a) || clauseVerbAt(d, h+1) {
			continue
		}
		out = append(out, descEventOver(d, s, h+1))
	}
	return out
}
