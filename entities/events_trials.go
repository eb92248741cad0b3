package entities

import "github.com/newsgraph/newsgraph/graph"

// Trials. A "trial" is an event when the words around it name who is
// tried, and that defendant is involved_in it:
//
//	the trial of X (and Y)          the fraud trial of former chief X
//	X's trial, X's fraud trial      X went (goes, is, was put) on trial
//	X stood (stands, faces) trial
//
// The event is "trial" or "retrial" with the crime words before it
// ("fraud trial"). A trial of something else ("the clinical trial of
// Acme's drug", "the BBC ran a trial of its player", "drug trials")
// names no defendant and no event: after "of" and before "'s" the name
// must be a person's (a firm or a product is tried out as often as in
// court), after "of" it must be the whole noun phrase (no possessive or
// noun after it), and only crime words (trialCrimeWords) may modify the
// head.

// trialHeads are the words of a trial.
var trialHeads = map[string]bool{"trial": true, "retrial": true}

// trialCrimeWords may stand before a trial's head: what the defendant is
// tried for, or how.
var trialCrimeWords = map[string]bool{"fraud": true, "criminal": true, "murder": true, "corruption": true,
	"bribery": true, "perjury": true, "conspiracy": true, "treason": true, "espionage": true, "terrorism": true,
	"libel": true, "embezzlement": true, "manslaughter": true, "jury": true, "show": true, "tax": true,
	"racketeering": true, "obstruction": true}

// onTrialVerbs put their subject on trial ("X went on trial", "X was
// put on trial"); standTrialVerbs take "trial" as their object.
var (
	onTrialVerbs = map[string]bool{"went": true, "go": true, "goes": true, "going": true, "gone": true,
		"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "put": true, "remains": true,
		"remained": true}
	standTrialVerbs = map[string]bool{"stand": true, "stands": true, "standing": true, "stood": true,
		"face": true, "faces": true, "facing": true, "faced": true}
	trialAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
		"was": true, "is": true, "are": true, "were": true, "also": true, "already": true, "to": true, "due": true, "set": true}
)

// trialDefendant locates the defendant of the trial head at token j:
// with after set, a name must start at a token in [at, at+trialOfReach)
// with only title words before it ("the trial of former chief X");
// otherwise a name must end at token at. With person set, only a
// person's name counts. It returns at < 0 when the words name no
// defendant.
func trialDefendant(d *Document, j int) (at int, after, person bool) {
	if !trialHeads[low(d.Tokens[j])] || d.Tokens[j].Cap() {
		return -1, false, false
	}
	b := j
	for n := 0; n < 2 && b > 0 && trialCrimeWords[low(d.Tokens[b-1])] && !d.Tokens[b].Break; n++ {
		b--
	}
	if b == 0 || d.Tokens[b].Break {
		return -1, false, false
	}
	prev := low(d.Tokens[b-1])
	switch {
	case isPossessive(d.Tokens[b-1]):
		return b - 1, false, true // "X's trial"
	case j+2 < len(d.Tokens) && low(d.Tokens[j+1]) == "of" && (prev == "the" || prev == "a") && !d.Tokens[j+1].Break:
		return j + 2, true, true // "the trial of X"
	case b == j && b >= 2 && prev == "on" && onTrialVerbs[low(d.Tokens[b-2])]:
		return trialSubjectEnd(d, auxiliariesStart(d, b-2)), false, false // "X went on trial"
	case b == j && standTrialVerbs[prev]:
		return trialSubjectEnd(d, auxiliariesStart(d, b-1)), false, false // "X stood trial"
	}
	return -1, false, false
}

// trialOfReach bounds the title words between "trial of" and the name.
const trialOfReach = 7

// auxiliariesStart returns the token where the auxiliaries before verb v
// begin ("X has gone on trial", "X is due to go on trial"), or -1 when a
// negation stands there ("X will not stand trial").
func auxiliariesStart(d *Document, v int) int {
	k := v
	for k > 0 && (trialAuxiliaries[low(d.Tokens[k-1])] || onTrialVerbs[low(d.Tokens[k-1])] && low(d.Tokens[k]) == "put") {
		k--
	}
	if k > 0 && negationWords[low(d.Tokens[k-1])] {
		return -1
	}
	return k
}

// trialTitleWord reports whether t may stand between "trial of" and the
// defendant's name: a word (a determiner, "former", a title, the body of
// the title: "the former Acme chief executive X").
func trialTitleWord(t Token) bool {
	return !t.Break && t.Word()
}

// trialEvents finds the trials whose defendant a person, organization,
// party or country mention of selected names (trialDefendant).
func trialEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 {
			continue
		}
		at, after, person := trialDefendant(d, j)
		if at < 0 {
			continue
		}
		ok := false
		for _, m := range selected {
			if sideType(m.Type) && (!person || m.Type == graph.Person) &&
				(after && trialNameAfter(d, m.TokStart, m.TokEnd, at) || !after && m.TokEnd == at) {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		b := j
		for b > 0 && trialCrimeWords[low(d.Tokens[b-1])] && !d.Tokens[b].Break {
			b--
		}
		out = append(out, descEventOver(d, b, j+1))
	}
	return out
}

// trialNameAfter reports whether the name over tokens [s, e) is the one a
// "trial of" at token at names: it starts within trialOfReach tokens
// after at with title words only before it, and no possessive follows it
// ("the trial of Acme's drug" tries no Acme).
func trialNameAfter(d *Document, s, e, at int) bool {
	if s < at || s >= at+trialOfReach || e < len(d.Tokens) && (isPossessive(d.Tokens[e]) || trialNounAfter(d.Tokens[e])) {
		return false
	}
	for k := at; k < s; k++ {
		if !trialTitleWord(d.Tokens[k]) {
			return false
		}
	}
	return true
}

// trialNounAfter reports whether t, right after a name, makes the name a
// modifier of a noun: "the trial of the Acme employee, X".
func trialNounAfter(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && (isRelRoleWord(l) || classNouns[l] != "")
}
