package entities

import "strings"

// talksEvents finds talks and meetings without a name that a sentence
// says take place with a named side:
//
//	X held private talks with Y       X is in talks with Y
//	X had a meeting with Y            X spoke during talks with Y
//
// The head (talksHeads) follows a holding verb (talksVerbs, after an
// optional determiner) or the preposition "in" or "during", with at most
// two lower-case modifiers between ("bilateral", "exploratory"; grading
// words, "private", "further", are skipped), and "with" and a person,
// country, organization or party follow it (titles allowed: "with
// President Y"). Being held with someone makes the talks one occurrence
// of the article: the event is the modifiers and the head, a description
// (descEventOver). Without the side ("X held talks", "talks will
// continue") or after a negation ("X did not hold talks with Y"), or
// when the talks are only wanted ("X refused to hold talks with Y"),
// nothing is found. The relation stage links the holder (the action
// "held") and the side after "with" (talksSides,
// relations_events_talks.go).
func talksEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+3 >= len(d.Tokens) {
			continue
		}
		start, h := talksPhrase(d, v)
		if h < 0 || talksSideAt(d, selected, h+1) < 0 {
			continue
		}
		out = append(out, descEventOver(d, start, h+1))
	}
	return out
}

// talksHeads are the heads of talksEvents.
var talksHeads = map[string]bool{"talks": true, "negotiations": true, "meeting": true, "meetings": true,
	"discussions": true, "consultations": true}

// talksVerbs hold talks; talksPrepositions put the actor in them.
var (
	talksVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true,
		"began": true, "begin": true, "opened": true, "resumed": true, "concluded": true, "ended": true,
		"started": true, "continued": true, "continue": true, "continuing": true}
	talksPrepositions = map[string]bool{"in": true, "during": true}
)

// talksWanted are the words before "to hold" that only want or refuse the
// talks ("X refused to hold talks with Y").
var talksWanted = map[string]bool{"refused": true, "declined": true, "rejected": true, "wants": true, "want": true,
	"wanted": true, "sought": true, "seeks": true, "offered": true, "proposed": true, "invited": true, "urged": true,
	"called": true, "asked": true, "ready": true, "willing": true, "prepared": true, "unable": true, "failed": true, "interested": true, "calls": true, "call": true, "whether": true}

// talksPhrase reads the talks of talksEvents opened by token v (the verb
// or preposition) and returns where the event starts and its head, or -1.
func talksPhrase(d *Document, v int) (int, int) {
	if !talksOpenersIx.of(d.Tokens[v]) || talksNegated(d, v) {
		return -1, -1
	}
	k := v + 1
	if actedDeterminers[low(d.Tokens[k])] {
		k++
	}
	for k < len(d.Tokens) && (gradingWords[low(d.Tokens[k])] || pactVague[low(d.Tokens[k])]) && !d.Tokens[k].Break {
		k++
	}
	start := k
	for k < len(d.Tokens) && k-start < 2 && talksModifier(d.Tokens[k]) {
		k++
	}
	if k >= len(d.Tokens) || !talksHeads[low(d.Tokens[k])] || d.Tokens[k].Break || d.Tokens[k].Cap() {
		return -1, -1
	}
	return start, k
}

// talksNegated reports whether a negation or a wish stands before the
// holding verb or preposition v ("did not hold", "refused to hold",
// "interested in talks").
func talksNegated(d *Document, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		l := low(d.Tokens[k])
		if negationWords[l] || talksWanted[l] {
			return true
		}
		if d.Tokens[k].Break || d.Tokens[k].Text == "," {
			break
		}
	}
	return false
}

// talksAdverbs may stand between the head of talks and "with" ("talks
// here yesterday with Y").
var talksAdverbs = map[string]bool{"here": true, "there": true, "yesterday": true, "today": true, "tonight": true,
	"again": true, "also": true, "separately": true, "recently": true, "earlier": true, "later": true}

// talksWith returns the token of the "with" that the head of talks ending
// before token k takes, talksAdverbs between allowed (or k, where there
// is none).
func talksWith(d *Document, k int) int {
	for j := k; j < len(d.Tokens) && j < k+3; j++ {
		if k > 0 && talksHeads[low(d.Tokens[k-1])] {
			j = talksPlaceEnd(d, j) // talks_place.go: "talks at the White House with Y"
		}
		if j < len(d.Tokens) && low(d.Tokens[j]) == "with" && !d.Tokens[j].Break {
			return j
		}
		if j >= len(d.Tokens) {
			break
		}
		if !talksAdverbs[low(d.Tokens[j])] || d.Tokens[j].Break {
			break
		}
	}
	return k
}

// talksSideAt returns where the side of talks whose head ends before
// token k starts ("with (the) Y"), the token after "with", or -1 when no
// person, country, organization or party is named within trialOfReach
// words of it.
func talksSideAt(d *Document, selected []Mention, k int) int {
	k = talksWith(d, k)
	if k < 0 || k >= len(d.Tokens) || low(d.Tokens[k]) != "with" || d.Tokens[k].Break {
		return -1
	}
	at := counterpartNameAt(d, k+1) // talks_counterpart.go: "with his Y counterpart, X"
	for _, m := range selected {
		if sideType(m.Type) && talksNameAfter(d, m.TokStart, m.TokEnd, at) {
			return at
		}
	}
	return -1
}

// talksModifier reports whether t may say what talks are about ("merger
// talks", "exploratory talks"): a modifier of actedEvents that is no
// head and no verb form ("had ended talks", "held formal talks").
func talksModifier(t Token) bool {
	l := low(t)
	return actedModifier(t) && !talksHeads[l] && !talksVerbs[l] && !strings.HasSuffix(l, "ed")
}

// talksNameAfter reports whether the name over tokens [s, e) is the side
// a "with" before token at names: it starts within trialOfReach tokens
// after at with only "the" and words that are no function words before
// it ("with the French carmaker Y", "with Deputy Prime Minister Y"; not
// "with banks for loans to Y"), and no lower-case noun after it makes it
// a modifier ("with other Y stockholders"; talksWordsAfter may follow).
func talksNameAfter(d *Document, s, e, at int) bool {
	if s < at || s >= at+trialOfReach || e < len(d.Tokens) && bodyNounAfter(d.Tokens[e]) && !talksWordsAfter[low(d.Tokens[e])] {
		return false
	}
	for k := at; k < s; k++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Break || !t.Word() || l != "the" && groupStopWords[l] {
			return false
		}
	}
	return true
}

// talksWordsAfter may follow the side of talks: what the talks are about,
// when and where ("with Y over a merger", "with Y on Friday").
var talksWordsAfter = map[string]bool{"over": true, "about": true, "on": true, "in": true, "at": true, "for": true,
	"to": true, "since": true, "after": true, "before": true, "during": true, "this": true, "last": true, "next": true,
	"today": true, "yesterday": true, "tomorrow": true, "here": true, "there": true, "aimed": true, "regarding": true,
	"concerning": true, "until": true, "and": true, "or": true, "but": true, "as": true, "which": true, "who": true,
	"that": true, "earlier": true, "later": true, "late": true, "early": true, "recently": true, "amid": true,
	"when": true, "where": true, "under": true, "against": true, "ahead": true, "despite": true}
