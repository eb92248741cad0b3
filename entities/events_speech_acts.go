package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// Communication and political acts that news names by a common noun, not
// a name: interviews, tours, rows, campaigns and drives, votes, attempts
// on someone's position, lectures and exhibitions. Each is one occurrence
// of its article (descEventOver) and its participants are the ones the
// wording links to it:
//
//	X said in an interview with Y          X and Y (and "X told Y in an interview")
//	In an interview with Y, X said         X and Y (also "During his interview")
//	X gave an interview to Y               X and Y
//	a speech X made, the interview he gave X (a reduced relative)
//	X began a week-long tour               X (actVerbFrames: the subject of a
//	X remains embroiled in a row           verb phrase that takes the act as
//	X launched an anti-corruption drive    its object)
//	X survived an attempt to oust him
//	X began a final vote on the bill
//	X delivered the annual Y Lecture
//
// The rules read sentence structure only: a verb phrase of the act's
// family, a determiner, at most three modifiers and the act's head. A
// negation or a wish before the verb ("X did not launch a campaign", "X
// hopes to begin a tour") gives nothing (phraseUnreal). The relation
// stage runs the same matcher over the sentence (speechActSides,
// relations_speech_acts.go), so the event and its participants come from
// one reading.

// speechAct is one act a rule of this file found: the event's tokens
// [s, e), the token its subject's name ends at (before an apposition that
// ends there; -1 for none) and the first tokens of its other
// participants' names ("with Y", "told Y", the speaker of a fronted
// phrase or of a reduced relative, who may be "he" or "she"); owner is
// the token of an owner's possessive ("X's interview"), whom the relation
// stage's owner link makes take part.
type speechAct struct {
	s, e  int
	subj  int
	objs  []int
	owner int // the possessive ("'s", "his") of an owned act, or 0
}

// interviewModifiers may stand between the determiner and "interview"
// besides the modifiers of talksModifier: "a televised interview".
var interviewModifiers = map[string]bool{"exclusive": true, "televised": true, "recorded": true, "published": true,
	"broadcast": true, "rare": true, "lengthy": true, "recent": true}

// interviewTellers take the interviewer as their object before "in an
// interview": "X told the New York Times in an interview".
var interviewTellers = map[string]bool{"told": true, "tells": true}

// interviewGivers take an interview as their object: "X gave an
// interview to Y".
var interviewGivers = map[string]bool{"gave": true, "gives": true, "give": true, "given": true, "granted": true,
	"grants": true}

// speechActs returns the acts of sentence s; nameAt gives the end of a
// participant's name that starts at a token, or -1.
func speechActs(d *Document, s Sentence, nameAt func(k int) int) []speechAct {
	if !headIn(d, s) {
		return nil // most sentences name no act: one bit test per token
	}
	var out []speechAct
	for i := s.TokStart; i < s.TokEnd; i++ {
		if !actOpenersIx.of(d.Tokens[i]) {
			continue // a bit test per token (wordindex.go)
		}
		for _, rule := range speechActRules {
			if a, ok := rule(d, s, i, nameAt); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// speechActRules are the matchers speechActs tries at each opener token,
// in order; each reads one wording (this file and events_speech_frames.go).
var speechActRules = []func(d *Document, s Sentence, i int, nameAt func(k int) int) (speechAct, bool){
	interviewIn,
	interviewGiven,
	func(d *Document, s Sentence, i int, _ func(int) int) (speechAct, bool) { return remarksMadeIn(d, s, i) },
	ownedInterview,
	utteranceMadeBy,
	campaignBy,
	func(d *Document, s Sentence, i int, _ func(int) int) (speechAct, bool) {
		return actOfVerbPhrase(d, s, i)
	},
}

// headIn reports whether sentence s holds the head of an act of this
// file's rules.
func headIn(d *Document, s Sentence) bool {
	for i := s.TokStart; i < s.TokEnd; i++ {
		if actHeadsIx.of(d.Tokens[i]) {
			return true
		}
	}
	return false
}

// interviewAt returns the first modifier and the head of "interview"
// after a determiner at token k ("an exclusive interview", "his
// interview"), or -1, -1.
func interviewAt(d *Document, k, end int) (start, head int) {
	return utteranceAt(d, k, end, interviewHeads)
}

// interviewHeads is the head of interviewAt.
var interviewHeads = map[string]bool{"interview": true}

// placedHeads are the heads that interviewIn places a speaker's words
// in: an interview, and a debate ("X said during a Commons debate").
var placedHeads = map[string]bool{"interview": true, "debate": true}

// placedAt returns the first modifier and the head of an interview or a
// debate after a determiner at token k, with at most one capitalised
// modifier that names a participant ("a BBC interview", "a Commons
// debate"), and that participant's first token (-1 for none).
func placedAt(d *Document, k, end int, nameAt func(k int) int) (start, head, named int) {
	named = -1
	if k >= end || !actedDeterminers[low(d.Tokens[k])] {
		return -1, -1, -1
	}
	n := nameAt(k + 1)
	if n > k+1 {
		named = k + 1
	} else if k+1 < end && d.Tokens[k+1].Cap() && d.Tokens[k+1].Word() && !d.Tokens[k+1].Break {
		n = k + 2 // "a Commons debate" with no entity for "Commons"
	}
	if n > k+1 && n < end && placedHeads[low(d.Tokens[n])] && !d.Tokens[n].Cap() {
		return k + 1, n, named
	}
	named = -1
	start, head = utteranceAt(d, k, end, placedHeads)
	return start, head, named
}

// utteranceAt returns the first modifier and the head of one of heads
// after a determiner at token k, or -1, -1.
func utteranceAt(d *Document, k, end int, heads map[string]bool) (start, head int) {
	if k >= end || !actedDeterminers[low(d.Tokens[k])] {
		return -1, -1
	}
	k++
	start = k
	for k < end && k-start < 2 && !heads[low(d.Tokens[k])] && (talksModifier(d.Tokens[k]) || interviewModifiers[low(d.Tokens[k])]) && !d.Tokens[k].Break {
		k++
	}
	if k >= end || !heads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return -1, -1
	}
	return start, k
}

// interviewer extends the interview whose head is at token h to the name
// after "with" or "to" ("interview with the Y Times"): the act's end and
// the name's first token, or h+1 and -1.
func interviewer(d *Document, h, end int, nameAt func(k int) int) (e, y int) {
	k := h + 1
	if k+1 < end && low(d.Tokens[k]) != "with" && low(d.Tokens[k]) != "to" {
		return h + 1, outletAfter(d, k, end, nameAt)
	}
	if k+1 >= end {
		return h + 1, -1
	}
	k++
	if low(d.Tokens[k]) == "the" {
		k++
	}
	if n := nameAt(k); n > 0 && n <= end && !nameQualifies(d, n, end) && !(n < end && d.Tokens[n].Cap() && d.Tokens[n].Word()) {
		return n, k // not a name cut short: "with the Jewish Chronicle" read as "Jewish"
	}
	return h + 1, -1
}

// outletAfter returns the first token of the outlet that carries an
// interview, named after its head at token k: "in an interview on CNN",
// "in an interview published today by the Daily News", "in an interview
// in the Y Times"; -1 for none. After "on", "in", "by" or "for" (a
// participle and one or two time words before it allowed) only an
// outlet counts (isOutlet): "an interview in Paris" names a place.
func outletAfter(d *Document, k, end int, nameAt func(k int) int) int {
	if outletParticiples[low(d.Tokens[k])] {
		k++
		for n := 0; k+1 < end && n < 2; n++ {
			switch l := low(d.Tokens[k]); {
			case dateWord(d.Tokens[k]) || l == "today" || l == "yesterday":
				k++
			case l == "on" && dateWord(d.Tokens[k+1]):
				k += 2 // "published on Sunday by Y"
			default:
				n = 2
			}
		}
	}
	if k+1 >= end || !outletPrepositions[low(d.Tokens[k])] {
		return -1
	}
	k++
	if low(d.Tokens[k]) == "the" {
		k++
	}
	if n := nameAt(k); n > k && n <= end && isOutlet(d, k, n) {
		return k
	}
	return -1
}

// outletParticiples may stand between an interview and its outlet:
// "an interview published by Y".
var outletParticiples = map[string]bool{"published": true, "broadcast": true, "aired": true, "televised": true}

// outletPrepositions link an interview to its outlet.
var outletPrepositions = map[string]bool{"on": true, "in": true, "by": true, "for": true}

// outletNames are the known news outlets: broadcasters, newspapers and
// news agencies (the lexicon's lists of known organizations).
var outletNames = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"org_broadcasters", "org_newspapers", "org_news_agencies"} {
		for _, w := range lexicon.Words(l) {
			m[w] = true
		}
	}
	return m
}()

// isOutlet reports whether the name over tokens [k, n) is a news outlet:
// a known one or one whose last word is a newspaper's ("the Y Times").
// A name before "newspaper" or "television" is not enough: "in the
// British newspaper Y", "on Japanese television" name a country.
func isOutlet(d *Document, k, n int) bool {
	if newspaperWords[low(d.Tokens[n-1])] {
		return true
	}
	words := make([]string, 0, n-k)
	for j := k; j < n; j++ {
		words = append(words, low(d.Tokens[j]))
	}
	return outletNames[strings.Join(words, " ")]
}

// nameQualifies reports whether the name that ends before token n only
// qualifies a noun after it, so that it names no participant: "with
// Japanese newspapers", "by the Chinese media", "with Acme's chief".
func nameQualifies(d *Document, n, end int) bool {
	if n >= end {
		return false
	}
	t := d.Tokens[n]
	if isPossessive(t) {
		return true
	}
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && !groupStopWords[l] && !clauseLinks[l] && !finiteVerbs[l] &&
		!utteranceSayVerbs[l] && !verbAfterName(t) && !phraseFollowWords[l]
}

// phraseFollowWords may follow a noun phrase that ends at a name: its
// prepositions, conjunctions and relative words.
var phraseFollowWords = map[string]bool{"to": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "about": true, "over": true, "against": true, "by": true, "of": true, "into": true, "after": true,
	"before": true, "during": true, "since": true, "last": true, "this": true, "that": true, "which": true,
	"who": true, "and": true, "or": true, "but": true, "as": true, "while": true, "when": true, "where": true}

// interviewIn finds "in" or "during" at token i opening an interview:
// "X said in an interview (with Y)", "X told Y in an interview", "X, in
// an interview with Y, said", and a sentence that opens with "In an
// interview with Y," or "During his interview with Y," before its
// speaker.
func interviewIn(d *Document, s Sentence, i int, nameAt func(k int) int) (speechAct, bool) {
	if l := low(d.Tokens[i]); l != "in" && l != "during" {
		return speechAct{}, false
	}
	st, h, named := placedAt(d, i+1, s.TokEnd, nameAt)
	if h < 0 {
		return speechAct{}, false
	}
	e, y := interviewer(d, h, s.TokEnd, nameAt)
	a := speechAct{s: st, e: e, subj: -1}
	if y >= 0 {
		a.objs = append(a.objs, y)
	}
	if named >= 0 {
		a.objs = append(a.objs, named)
	}
	if i == s.TokStart || i == s.TokStart+1 && low(d.Tokens[s.TokStart]) == "speaking" {
		c := e
		for c < s.TokEnd && c-e <= frontedReach && (d.Tokens[c].Text != "," || numberComma(d, c)) && !d.Tokens[c].Break {
			c++
		}
		if c >= s.TokEnd || d.Tokens[c].Text != "," {
			return speechAct{}, false
		}
		n := c + 1
		for n < s.TokEnd && d.Tokens[n].Word() && (isRelRoleWord(low(d.Tokens[n])) || low(d.Tokens[n]) == "the") {
			n++
		}
		if sp := utteranceSpeaker(d, n, nameAt); sp >= 0 {
			if e := nameAt(sp); e+1 < s.TokEnd && d.Tokens[e].Text == "," && d.Tokens[e+1].Cap() {
				return speechAct{}, false // "In an interview, Y Institute, YI, President X said": a title's body
			}
			a.objs = append(a.objs, sp)
		} else if frontedPronoun(d, n) {
			a.objs = append(a.objs, n)
		} else {
			return speechAct{}, false
		}
		return a, true
	}
	if i <= s.TokStart {
		return speechAct{}, false
	}
	if v := tellerBefore(d, s, i, nameAt); v >= 0 {
		a.subj = subjectAnchor(d, v)
		a.objs = append(a.objs, tellerObject(d, v))
		return a, true
	}
	a.subj = interviewAnchor(d, s, i, e)
	return a, a.subj >= 0
}

// interviewAnchor returns the token the speaker's name ends at for the
// interview that "in" or "during" at token i opens and token e ends: a
// verb of saying right before ("X said in an interview"), the comma of a
// parenthetical ", in an interview with Y," that a verb of saying
// follows, the comma before ", speaking in an interview", or the verb of
// "X made the remarks in an interview" (remarksMadeBefore); -1 for none.
func interviewAnchor(d *Document, s Sentence, i, e int) int {
	if v := remarksMadeBefore(d, s, i); v >= 0 {
		return subjectAnchor(d, v)
	}
	if low(d.Tokens[i-1]) == "speaking" && i-2 > s.TokStart && d.Tokens[i-2].Text == "," {
		return i - 2 // "X, speaking in an interview with Y, said"
	}
	if low(d.Tokens[i]) == "in" {
		return utteranceAnchor(d, i, e-1) // events_gather_speech.go
	}
	if utteranceSayVerbs[low(d.Tokens[i-1])] {
		return i - 1
	}
	return -1
}

// remarkNouns are what a speaker "made" in an utterance: "X made the
// remarks in a speech to Y".
var remarkNouns = map[string]bool{"remarks": true, "comments": true, "comment": true, "remark": true,
	"statement": true, "announcement": true}

// remarksMadeBefore returns the verb of "made the remarks" (or "made
// his comments", "made these remarks") right before "in" at token i, or
// -1.
func remarksMadeBefore(d *Document, s Sentence, i int) int {
	k := i - 1
	if k-2 < s.TokStart || !remarkNouns[low(d.Tokens[k])] {
		return -1
	}
	k--
	if l := low(d.Tokens[k]); !actedDeterminers[l] && l != "these" && l != "those" && l != "her" {
		return -1
	}
	k--
	if l := low(d.Tokens[k]); l != "made" && l != "makes" && l != "make" {
		return -1
	}
	return k
}

// madeInHeads are the utterances "X made the remarks in" places besides
// an interview; the other wordings of speeches are saidInUtterances'
// and frontedUtterances'.
var madeInHeads = map[string]bool{"speech": true, "address": true, "lecture": true, "testimony": true}

// remarksMadeIn finds "X made the remarks in a speech (to Y)" with "in"
// at token i: the speaker is the subject of "made".
func remarksMadeIn(d *Document, s Sentence, i int) (speechAct, bool) {
	if low(d.Tokens[i]) != "in" {
		return speechAct{}, false
	}
	v := remarksMadeBefore(d, s, i)
	if v < 0 || phraseUnreal(d, v) {
		return speechAct{}, false
	}
	st, h := utteranceAt(d, i+1, s.TokEnd, madeInHeads)
	if h < 0 || h+1 < s.TokEnd && low(d.Tokens[h+1]) == "by" {
		return speechAct{}, false
	}
	return speechAct{s: st, e: h + 1, subj: subjectAnchor(d, v)}, true
}

// ownedInterview finds an interview named by its giver's possessive
// ("X's interview with Y", "his interview with Y") with the possessive at
// token i: the interviewer after "with" takes part, and the owner
// through the relation stage's owner link (events in
// relations_events.go). "During his interview with Y," is interviewIn's.
func ownedInterview(d *Document, s Sentence, i int, nameAt func(k int) int) (speechAct, bool) {
	if !ownersIx.of(d.Tokens[i]) || i+1 >= s.TokEnd || i-1 >= s.TokStart && (low(d.Tokens[i-1]) == "during" || low(d.Tokens[i-1]) == "in") {
		return speechAct{}, false
	}
	k := i + 1
	for k < s.TokEnd && k-i <= 2 && low(d.Tokens[k]) != "interview" && (talksModifier(d.Tokens[k]) || interviewModifiers[low(d.Tokens[k])]) && !d.Tokens[k].Break {
		k++
	}
	if k >= s.TokEnd || low(d.Tokens[k]) != "interview" || d.Tokens[k].Cap() {
		return speechAct{}, false
	}
	e, y := interviewer(d, k, s.TokEnd, nameAt)
	a := speechAct{s: i + 1, e: e, subj: -1, owner: i}
	if y >= 0 {
		a.objs = append(a.objs, y)
	}
	return a, true
}

// tellerBefore returns the verb of "X told (the) Y in an interview" when
// the name before "in" at token i is the object of "told", or -1.
func tellerBefore(d *Document, s Sentence, i int, nameAt func(k int) int) int {
	for j := i - 1; j > s.TokStart && i-j <= 6; j-- {
		if nameAt(j) != i {
			continue
		}
		v := j - 1
		if low(d.Tokens[v]) == "the" {
			v--
		}
		if v >= s.TokStart && interviewTellers[low(d.Tokens[v])] {
			return v
		}
	}
	return -1
}

// tellerObject returns the first token of the object of the verb of
// saying at v: the name after it, past "the".
func tellerObject(d *Document, v int) int {
	if low(d.Tokens[v+1]) == "the" {
		return v + 2
	}
	return v + 1
}

// interviewGiven finds "X gave an interview (to Y)" with the verb at
// token v.
func interviewGiven(d *Document, s Sentence, v int, nameAt func(k int) int) (speechAct, bool) {
	if !interviewGivers[low(d.Tokens[v])] || d.Tokens[v].Cap() || v <= s.TokStart || phraseUnreal(d, v) {
		return speechAct{}, false
	}
	st, h := interviewAt(d, v+1, s.TokEnd)
	if h < 0 {
		return speechAct{}, false
	}
	e, y := interviewer(d, h, s.TokEnd, nameAt)
	a := speechAct{s: st, e: e, subj: subjectAnchor(d, v)}
	if y >= 0 {
		a.objs = append(a.objs, y)
	}
	return a, true
}

// madeUtterances are the heads a reduced relative names the speaker of:
// "a speech he made", "the lecture she gave".
var madeUtterances = map[string]bool{"speech": true, "address": true, "interview": true, "lecture": true,
	"remarks": true, "testimony": true}

// utteranceMakers are the verbs of such a relative.
var utteranceMakers = map[string]bool{"made": true, "gave": true, "delivered": true, "makes": true, "gives": true,
	"delivers": true}

// utteranceMadeBy finds "<determiner> [modifiers] <utterance> (that) X
// (had) made" with the head at token h: X, a name or "he"/"she", is the
// speaker.
func utteranceMadeBy(d *Document, s Sentence, h int, nameAt func(k int) int) (speechAct, bool) {
	if !madeUtterances[low(d.Tokens[h])] || d.Tokens[h].Cap() || h-1 <= s.TokStart {
		return speechAct{}, false
	}
	b := h - 1
	for b > s.TokStart && h-b <= 2 && talksModifier(d.Tokens[b]) && !actedDeterminers[low(d.Tokens[b])] {
		b--
	}
	if !actedDeterminers[low(d.Tokens[b])] {
		return speechAct{}, false
	}
	k := h + 1
	if k < s.TokEnd && (low(d.Tokens[k]) == "that" || low(d.Tokens[k]) == "which") {
		k++
	}
	if k >= s.TokEnd {
		return speechAct{}, false
	}
	n := -1
	if subjectPronouns[low(d.Tokens[k])] {
		n = k + 1
	} else if k = utteranceSpeaker(d, k, nameAt); k >= 0 {
		n = nameAt(k) // past title words: "the lecture Finance Minister X gave"
	}
	if n < 0 {
		return speechAct{}, false
	}
	for n < s.TokEnd && (low(d.Tokens[n]) == "had" || low(d.Tokens[n]) == "has" || low(d.Tokens[n]) == "later") {
		n++
	}
	if n >= s.TokEnd || !utteranceMakers[low(d.Tokens[n])] {
		return speechAct{}, false
	}
	return speechAct{s: b + 1, e: h + 1, subj: -1, objs: []int{k}}, true
}

// subjectSkips may stand between a subject and the verb phrase of an
// act: auxiliaries, copulas and a few adverbs ("has just begun", "remains
// embroiled in").
var subjectSkips = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "are": true,
	"were": true, "been": true, "also": true, "just": true, "now": true, "still": true, "already": true,
	"finally": true, "today": true, "yesterday": true, "recently": true, "will": true, "remains": true,
	"remained": true, "became": true, "becomes": true, "got": true, "later": true}

// subjectAnchor returns the token the subject of the verb at token v
// ends at, past the words of subjectSkips.
func subjectAnchor(d *Document, v int) int {
	k := v
	for k > 0 && subjectSkips[low(d.Tokens[k-1])] {
		k--
	}
	return k
}

// lowerWords splits a verb phrase of actVerbFrames into its words.
func lowerWords(p string) []string { return strings.Fields(p) }

// numberComma reports whether the comma at token c separates a number's
// thousands ("3,000"): digits on both sides, no space around it.
func numberComma(d *Document, c int) bool {
	return c > 0 && c+1 < len(d.Tokens) && d.Tokens[c].Text == "," && !d.Tokens[c].Space && !d.Tokens[c+1].Space &&
		isNumber(d.Tokens[c-1].Text) && isNumber(d.Tokens[c+1].Text)
}
