package entities

import "strings"

// actedEvents finds events without a name that a decisive predicate
// introduces as its object, the way signedEvents reads signed agreements:
//
//	X won a copyright case        X lost the court battle
//	X launched a retaliatory strike   X staged a national strike
//
// The verb is one of the action words that does or settles an event
// (actedHeads gives, for each, the heads it takes), followed by a
// determiner, one or two lower-case modifiers that say what the event is
// about ("copyright", "court", "retaliatory"; words that only grade it,
// "key", "long-running", are skipped and do not count) and the head,
// which must end the noun phrase ("won a general election victory" names
// a victory). A head alone ("won the case", "launched a campaign") gives
// nothing: the event is one of many. The event is the modifiers and the
// head. The actor must be a name right before the verb, auxiliaries
// aside ("Iran launched", "X has won"): in "Brazilian bank workers
// launched a strike" or "the U.S. meat industry has launched a campaign"
// the name only qualifies the actor, and in "X appears to have won a
// battle" the battle is a figure of speech. The action rules of the
// relation stage link the actor ("X won E").
func actedEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+3 >= len(d.Tokens) {
			continue
		}
		if !actedHeadsIx.of(d.Tokens[v]) {
			continue
		}
		heads := actedHeads[low(d.Tokens[v])]
		if heads == nil || !namedActor(d, selected, v) {
			continue
		}
		k := v + 1
		if !actedDeterminers[low(d.Tokens[k])] {
			continue
		}
		k++
		for k < len(d.Tokens) && gradingWords[low(d.Tokens[k])] && !d.Tokens[k].Break {
			k++
		}
		start := k
		for k < len(d.Tokens) && k-start < 2 && actedModifier(d.Tokens[k]) && !heads[low(d.Tokens[k])] {
			k++
		}
		// "the general election campaign": a head may modify the last.
		if k+1 < len(d.Tokens) && heads[low(d.Tokens[k])] && heads[low(d.Tokens[k+1])] && !d.Tokens[k+1].Break {
			k++
		}
		if k == start || k >= len(d.Tokens) || !heads[low(d.Tokens[k])] || d.Tokens[k].Break || !sideEndsPhrase(d, k+1) {
			continue
		}
		out = append(out, eventOver(d, start, k+1))
	}
	return out
}

// contestHeads are the events won or lost; strikeHeads those launched or
// staged.
var (
	contestHeads = map[string]bool{"case": true, "battle": true, "election": true, "vote": true, "race": true,
		"war": true, "referendum": true, "contest": true, "lawsuit": true, "appeal": true, "ballot": true}
	strikeHeads = map[string]bool{"attack": true, "strike": true, "offensive": true, "raid": true, "bombing": true}
)

// actedHeads maps each verb of actedEvents to the heads it takes (the verb
// forms are action words, which link the actor).
var actedHeads = map[string]map[string]bool{
	"won": contestHeads, "lost": contestHeads, "fought": contestHeads,
	"launched": strikeHeads, "launch": strikeHeads, "launches": strikeHeads, "staged": strikeHeads, "mounted": strikeHeads,
	"joined": joinedHeads, "join": joinedHeads, "joins": joinedHeads, // events_joined.go
}

// actedDeterminers open the object of actedEvents.
var actedDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// gradingWords grade an event without saying what it is about.
var gradingWords = map[string]bool{"key": true, "major": true, "big": true, "new": true, "first": true, "second": true,
	"third": true, "last": true, "latest": true, "recent": true, "next": true, "final": true, "long-running": true,
	"bitter": true, "fierce": true, "lengthy": true, "long": true, "further": true, "separate": true, "special": true,
	"private": true, "landmark": true, "historic": true, "important": true, "resounding": true, "narrow": true, "costly": true}

// actedModifier reports whether t may say what an acted event is about:
// a lower-case word that is no stop word, number, grading word or adverb.
func actedModifier(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && !groupStopWords[l] && !gradingWords[l] && !numberWords[l] &&
		!clauseLinks[l] && !strings.HasSuffix(l, "ly")
}

// actorAuxiliaries may stand between an actor and its verb.
var actorAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "also": true, "finally": true, "today": true,
	"yesterday": true}

// namedActor reports whether a person, country, organization or party
// mention ends right before verb v, auxiliaries aside.
func namedActor(d *Document, selected []Mention, v int) bool {
	k := v
	for k > 0 && actorAuxiliaries[low(d.Tokens[k-1])] {
		k--
	}
	m := mentionEndingAt(selected, k)
	if m == nil && k > 0 && (isDash(d.Tokens[k-1].Text) || d.Tokens[k-1].Text == ",") {
		// "X - the owner of Y - won", "X, the owner of Y, won": the
		// actor before an apposition set off by dashes or commas.
		closer := d.Tokens[k-1].Text
		for j := k - 2; j > 0 && k-j <= appositionMaxTokens; j-- {
			t := d.Tokens[j]
			if t.Text == closer && (closer == "," || t.Space) {
				m = mentionEndingAt(selected, j)
				if low(d.Tokens[j+1]) != "the" && low(d.Tokens[j+1]) != "a" && low(d.Tokens[j+1]) != "an" {
					m = nil // an apposition opens with a determiner
				}
				break
			}
			if t.Break || t.Text == "." || t.Text == ";" || isDash(t.Text) && t.Space || t.Text == "," {
				break
			}
		}
	}
	return m != nil && sideType(m.Type)
}

// appositionMaxTokens bounds an apposition between an actor and its verb.
const appositionMaxTokens = 14

// mentionEndingAt returns the mention of ms that ends before token k, or
// nil.
func mentionEndingAt(ms []Mention, k int) *Mention {
	for i := range ms {
		if ms[i].TokEnd == k {
			return &ms[i]
		}
	}
	return nil
}

// sideEndsPhrase reports whether a noun phrase may end before token k: a
// sentence end, punctuation other than a possessive, or a word that links
// clauses or opens a complement ("against Y", "last week", "said").
func sideEndsPhrase(d *Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Break {
		return true
	}
	t := d.Tokens[k]
	switch l := low(t); {
	case isPossessive(t):
		return false
	case !t.Word():
		return true
	case clauseLinks[l] || reportingVerbs[l] || phraseEndWords[l]:
		return true
	}
	return false
}

// phraseEndWords open a complement or clause after a noun phrase, beside
// the clause links.
var phraseEndWords = map[string]bool{"about": true, "that": true, "against": true, "between": true, "among": true,
	"under": true, "into": true, "without": true, "within": true, "including": true, "of": true}
