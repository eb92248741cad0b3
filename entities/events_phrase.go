package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Events named by a common noun whose own phrase names a participant.
// A bare "talks", "deal", "merger" or "trial" is one of many; the words
// around it make it one occurrence of the article when they name who
// takes part:
//
//	X's [mods] E                  Ruritania's trade talks, Mr Roe's trial
//	the X [mods] E                the Acme takeover, the OPEC meeting,
//	                              the Ruritanian-Andorran dispute
//	[mods] E <link> X (and Y)     talks with X, a merger of X and Y,
//	                              the bid by X for Y, a suit against X,
//	                              a meeting of X ministers, a strike at X
//
// with X a person, organization, country or party mention (a title
// before a name allowed: "talks with President X"). Which link words
// name a participant depends on the head (phraseHeads): the side of
// talks comes after "with", the bidder after "by", the defendant of a
// suit after "against". The event is the head and its modifiers ("trade
// talks", "merger"), a description of one article (descEventOver), the
// form a reader names it by again. Talks or deals only wanted, refused or
// denied ("X refused to hold talks with Y", "trying to strike a deal with
// Y", "a deal with Y would ...") are no event. The relation stage links
// the owner or the name before the head (the adjacency rule of
// relations_events.go) and every participant after the link word
// (phraseSides, relations_events_phrase.go). Other stages that name the
// same event with more words ("the talks between X and Y", "the annual
// meeting of the Y Bank") keep their longer mention.
func phraseEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 {
			continue
		}
		t := d.Tokens[j]
		links, ok := phraseHeads[low(t)]
		if !ok || t.Cap() || t.Break {
			continue
		}
		s := phraseModifiersStart(d, j)
		b := phraseOpening(d, s)
		if b == 0 || phraseUnreal(d, b) || hopedClause(d, b) || b == j && mannerBefore(d, j) {
			continue // "in partnership with Y", "in agreement with Y", "for sale": a manner, not an occurrence
		}
		if b == j && modalBefore(d, j) || verbSubjects[low(d.Tokens[b-1])] {
			continue // a verb: "to deal with Y", "he talks with Y", "when it talks with Y"
		}
		named := false
		if ob := ownerOpening(d, b); links&viaOwner != 0 && phraseEnds(d, j+1) {
			named = ownerBefore(d, selected, ob) || compoundBefore(d, selected, ob) || countryPairEnding(d, selected, ob) >= 0 ||
				indefiniteInquiry(d, selected, b, j) // events_legal_roles.go
		}
		indefinite := indefiniteAt(d, b-1)
		if !named {
			at, _ := phraseComplement(d, j)
			named = at >= 0 && phraseNameAt(d, selected, j, at)
			if at >= 0 && !named { // "the sale of its Zed unit to Y"
				next := nextLinkAfter(d, j, at)
				named = next >= 0 && phraseNameAt(d, selected, j, next)
			}
			named = named || purposeNameAt(d, selected, j) // "an agreement to buy Y" (events_purpose.go)
		}
		if !named || travelDeparture(d, j) || indefinite && modalAfter(d, j+1) || nominalFrames[low(t)] != 0 && (reportedOnly(d, b) || ofManner(d, j)) || superlativeIn(d, s, j) || superlativeIn(d, b, s) && !latestOnly(d, b, s) {
			continue
		}
		out = append(out, descEventOver(d, s, j+1))
	}
	return out
}

// phraseLinks are the ways a participant is named in an event's phrase.
type phraseLinks uint16

const (
	viaOwner   phraseLinks = 1 << iota // X's E, the X E
	viaWith                            // E with X
	viaBetween                         // E between X and Y, among X and Y
	viaOf                              // E of X
	viaBy                              // E by X
	viaAgainst                         // E against X
	viaAt                              // E at X
	viaFor                             // E for X (a bid's target)
	viaFrom                            // E from X (a seller)
	viaTo                              // E to X (a buyer, an audience)
	viaInto                            // E into X (an inquiry's subject)
	viaBefore                          // E before X (a hearing's body)
	viaOn                              // E on X (a raid's target)
)

// phraseHeads are the heads of phraseEvents and the links that name
// their participants.
var phraseHeads = func() map[string]phraseLinks {
	m := map[string]phraseLinks{}
	set := func(l phraseLinks, ws ...string) {
		for _, w := range ws {
			m[w] = l
		}
	}
	set(viaOwner|viaWith|viaBetween, "talks", "negotiations", "discussions", "consultations", "dialogue")
	set(viaOwner|viaWith|viaBetween, agreementNouns...) // events_pact_heads.go
	set(viaOwner|viaWith|viaBetween, bindingNouns...)
	set(viaWith|viaBetween, "contract") // "X's contract" is as often X's employment
	set(viaOwner|viaWith|viaBetween|viaOf, "meeting", "meetings", "summit", "conference")
	set(viaOwner|viaWith|viaBetween|viaOf, "merger")
	set(viaOwner|viaOf|viaBy, "takeover", "acquisition", "buyout")
	set(viaOwner|viaBy|viaFor, "bid")
	set(viaOwner, "trial", "retrial", "crisis")
	set(viaOwner|viaOf, "election", "re-election")
	set(viaOwner|viaBy|viaAgainst, "campaign")
	set(viaOwner|viaAt|viaBy, "fraud", "scandal", "strike", "walkout")
	set(viaOwner|viaWith|viaBetween|viaAgainst, "dispute", "war", "conflict", "row", "feud", "clash", "battle")
	set(viaAgainst, suitNouns...)
	for w, l := range nominalFrames { // events_nominal.go
		if _, ok := m[w]; !ok {
			m[w] = l
		}
	}
	return m
}()

// mannerPrepositions before a bare head make it a manner or a state, not
// an occurrence: "in agreement with Y", "for sale", "on offer", "under
// investigation".
// The older heads keep to "in" ("workers on strike at Y" is a strike).
var mannerPrepositions = map[string]bool{"in": true, "for": true, "on": true, "under": true, "up": true}

// mannerBefore reports whether a manner preposition stands right before
// the bare head at token j.
func mannerBefore(d *Document, j int) bool {
	l, h := low(d.Tokens[j-1]), low(d.Tokens[j])
	if _, nominal := nominalFrames[h]; nominal {
		return mannerPrepositions[l]
	}
	return l == "in" && !talksHeads[h]
}

// phraseLinkWords are the link words after a head and what they link.
var phraseLinkWords = map[string]phraseLinks{"with": viaWith, "between": viaBetween, "among": viaBetween,
	"of": viaOf, "by": viaBy, "against": viaAgainst, "at": viaAt, "for": viaFor, "from": viaFrom, "to": viaTo,
	"into": viaInto, "before": viaBefore, "on": viaOn}

// phraseModifiersStart returns where the modifiers of the head at token j
// start: at most two lower-case words that say what the event is about
// ("trade talks", "insider trading case", "four-year"; talksModifier),
// j when none. A
// verb after a modal or "to" ("will start accession talks"), a
// preposition in -ing ("following talks") and an amount's unit ("a 9 mln
// dlr case") modify nothing.
func phraseModifiersStart(d *Document, j int) int {
	s := j
	for s > 0 && j-s < 2 && !d.Tokens[s].Break && talksModifier(d.Tokens[s-1]) && (phraseHeads[low(d.Tokens[s-1])] == 0 || gerundNominals[low(d.Tokens[s-1])] || compoundModifierOf(d, s-1, j)) &&
		!agreementActs[low(d.Tokens[s-1])] && !pactVague[low(d.Tokens[s-1])] && !ingPrepositions[low(d.Tokens[s-1])] &&
		!amountWords[low(d.Tokens[s-1])] && !negationWords[low(d.Tokens[s-1])] && !hasDigit(d.Tokens[s-1].Text) &&
		!verbParticles[low(d.Tokens[s-1])] && !verbSubjects[low(d.Tokens[s-1])] && low(d.Tokens[s-1]) != "under" {
		s-- // "under investigation by Y" is the investigation by Y (events_legal.go)
	}
	if s < j && (modalBefore(d, s) || s > 0 && (isNumber(d.Tokens[s-1].Text) || numberWords[low(d.Tokens[s-1])])) {
		s++ // "will start talks", "a two day meeting"
	}
	if s >= 3 && s < j && isDash(d.Tokens[s-1].Text) && !d.Tokens[s-1].Space && !d.Tokens[s].Space &&
		(isNumber(d.Tokens[s-2].Text) || numberWords[low(d.Tokens[s-2])]) {
		s -= 2 // "a four-year agreement": one modifier
	}
	if s >= 3 && s < j && isDash(d.Tokens[s-1].Text) && !d.Tokens[s-1].Space && !d.Tokens[s].Space && d.Tokens[s-2].Word() && !d.Tokens[s-2].Cap() {
		if _, nominal := nominalFrames[low(d.Tokens[j])]; nominal {
			s -= 2 // "an in-depth investigation": one modifier
		}
	}
	return s
}

// ingPrepositions are the prepositions in -ing, which can stand before a
// head as a modifier would ("following talks with Y").
var ingPrepositions = map[string]bool{"following": true, "including": true, "regarding": true, "concerning": true,
	"during": true, "pending": true, "involving": true, "preceding": true, "surrounding": true, "excluding": true}

// phraseEnds reports whether the noun phrase of a head ends before token
// k: no noun continues it ("the Acme merger talks", "the Acme strike
// fund"); a verb in the past ends it too ("X's debt agreement sparked a
// rally", "X's offer fell through": pastVerbAt).
func phraseEnds(d *Document, k int) bool {
	if gerundObjectAt(d, k) {
		return false
	}
	return sideEndsPhrase(d, k) || phraseFollowers[low(d.Tokens[k])] || pastVerbAt(d, k) || phraseOpenerAt(d, k) // events_phrase_end.go
}

// pastVerbAt reports whether token k is a lower-case verb in the past (a
// form in -ed of more than four letters, or a common irregular one) that
// is not also a noun a head may modify: after a noun phrase it opens the
// predicate ("the accord sparked a rally"), never continues the phrase.
func pastVerbAt(d *Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Cap() || !d.Tokens[k].Word() {
		return false
	}
	l := low(d.Tokens[k])
	return irregularPasts[l] || len(l) > 4 && strings.HasSuffix(l, "ed") && !edNouns[l]
}

// edNouns end in "-ed" and are nouns, not past forms: "the merger
// hundred" is rare, but "the offer speed" and "the pact creed" may be.
var edNouns = map[string]bool{"hundred": true, "speed": true, "creed": true, "greed": true, "breed": true,
	"steed": true, "seabed": true, "proceed": true}

// phraseUnreal reports whether the event whose phrase opens at token b is
// only wanted, refused, denied or asked about: a negation or a wish within
// four words before it ("refused to hold talks with Y", "calls for talks
// with Y", "hopes to reach a deal with Y", "no treaty with Y";
// phraseWishes), or "a" after a seeking word.
func phraseUnreal(d *Document, b int) bool {
	k := b - 1
	if actedDeterminers[low(d.Tokens[k])] || ownerPronouns[low(d.Tokens[k])] {
		if indefiniteAt(d, k) && soughtBefore(d, k) {
			return true
		}
		k--
	}
	for n := 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		t := d.Tokens[k]
		l := low(t)
		if negationWords[l] || talksWanted[l] || phraseWishes[l] {
			return true
		}
		if t.Break || t.Text == "," || t.Text == "." {
			break
		}
	}
	return false
}

// hopedClause reports whether the phrase opening at token b stands under
// a modal in a clause hoped for earlier in its sentence: "he hoped the
// talks could produce a date for negotiations with Y" (no negotiations
// yet).
func hopedClause(d *Document, b int) bool {
	start := sentenceStart(d, b)
	modal := false
	for k := b - 1; k >= start; k-- {
		switch low(d.Tokens[k]) {
		case "could", "would", "might", "may":
			modal = true
		case "hope", "hopes", "hoped", "hoping":
			return modal
		}
	}
	return false
}

// latestOnly reports whether the grading words [b, s) are all "latest", a
// superlative in form that tells one of an owner's events from its others
// ("X's latest talks") where "Japan's largest takeover" is the largest in
// Japan.
func latestOnly(d *Document, b, s int) bool {
	for k := b; k < s; k++ {
		if low(d.Tokens[k]) != "latest" && superlativeIn(d, k, k+1) {
			return false
		}
	}
	return true
}

// phraseOpening returns where the phrase of an event whose modifiers
// start at token s opens: before the grading words that do not name it
// ("the latest trade talks", "a new merger") and a year or month that
// dates it ("X's 1984 acquisition of Y", "X's December takeover";
// occasionDate).
func phraseOpening(d *Document, s int) int {
	b := s
	for b > 0 && (gradingWords[low(d.Tokens[b-1])] || pactVague[low(d.Tokens[b-1])] || occasionDate(d.Tokens[b-1]) || dealStateAt(d, b-1)) && !d.Tokens[b].Break {
		b--
	}
	return b
}

// dealStateAt reports whether token k is "proposed" or "planned" before
// a takeover, merger, purchase or sale (within three tokens): a deal
// announced and awaiting approval ("the proposed acquisition by X of
// Y", "its planned merger with Y"), which names its parties as a done
// deal does, where "proposed talks" are only wanted (phraseWishes).
func dealStateAt(d *Document, k int) bool {
	if l := low(d.Tokens[k]); l != "proposed" && l != "planned" {
		return false
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+3 && !d.Tokens[j].Break; j++ {
		if l := low(d.Tokens[j]); proposedDealHeads[l] && !d.Tokens[j].Cap() {
			return true
		}
	}
	return false
}

// proposedDealHeads are the deal heads dealStateAt reads.
var proposedDealHeads = map[string]bool{"acquisition": true, "merger": true, "takeover": true, "purchase": true,
	"sale": true, "buyout": true}

// occasionDate reports whether t is a year (four digits from 1900 to
// 2099) or a capitalised month name, which may stand between an owner
// and its event's phrase.
func occasionDate(t Token) bool {
	l := t.Text
	if len(l) == 4 && isNumber(l) {
		return l >= "1900" && l <= "2099"
	}
	return months[low(t)] > 0 && t.Cap() && l != "May"
}

// alliances are heads that a body before them names as itself ("the
// NATO alliance") rather than as a party to it.
var alliances = map[string]bool{"alliance": true, "partnership": true, "venture": true, "pact": true}

// verbParticles end a phrasal verb before a head: "cut off talks".
var verbParticles = map[string]bool{"off": true, "up": true, "out": true, "down": true, "back": true, "away": true}

// verbSubjects before a head make it a verb: "he talks with Y".
var verbSubjects = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// phraseWishes make an event after them only possible: "a possible
// merger with Y", "hopes to reach a deal", "speculation of a takeover by
// Y", "the target of a takeover by Y", "opposed to any takeover by Y",
// "claims of a clash between X and Y", "the threat of a strike at Y".
var phraseWishes = map[string]bool{"possible": true, "proposed": true, "planned": true, "potential": true, "hope": true,
	"hopes": true, "hoped": true, "speculation": true, "rumours": true, "rumors": true, "target": true, "talk": true,
	"any": true, "claims": true, "claim": true, "fears": true, "fear": true, "threat": true, "threats": true, "threatened": true,
	"risk": true, "prospect": true, "prospects": true, "danger": true, "avoid": true, "avert": true, "prevent": true}

// ownerBefore reports whether a person, organization, country or party
// mention with a possessive owns the head phrase opening at token b: "X's
// trade talks".
func ownerBefore(d *Document, selected []Mention, b int) bool {
	if b < 2 || !possessiveAt(d, b-1) {
		return false
	}
	m := mentionEndingAt(selected, b-1)
	return m != nil && sideType(m.Type)
}

// compoundBefore reports whether an organization, party or person mention
// right before token b modifies the head phrase opening there, after
// "the" or a possessive: "the Acme takeover", "the OPEC meeting" (not a
// country or place: "the Hong Kong summit" is held there).
func compoundBefore(d *Document, selected []Mention, b int) bool {
	if alliances[low(d.Tokens[b])] {
		return false // "the NATO alliance" is the body
	}
	m := mentionEndingAt(selected, b)
	if m != nil && m.Type == graph.Country && nominalFrames[low(d.Tokens[b])]&viaOwner != 0 {
		return true // "the American raid", "the UK referendum": the country acts or holds it
	}
	if m == nil || m.Type != graph.Organization && m.Type != graph.Party && m.Type != graph.Person || m.TokStart < 1 {
		return false
	}
	p := d.Tokens[m.TokStart-1]
	return low(p) == "the" || isPossessive(p)
}

// phraseComplement returns where the names after the link word of the
// head at token j start and which link it is, adverbs of time and place
// between allowed ("talks here yesterday with Y"), or -1.
func phraseComplement(d *Document, j int) (int, phraseLinks) {
	k := talksWith(d, j+1)
	for k == j+1 && k < len(d.Tokens) && talksAdverbs[low(d.Tokens[k])] && !d.Tokens[k].Break {
		k++
	}
	return phraseLinkAt(d, j, k)
}

// phraseLinkAt returns where the names after a link word at token k that
// the head at token j takes start, and which link it is, or -1: "by" in
// "the bid by X", and "for" after X in "the bid by X for Y".
func phraseLinkAt(d *Document, j, k int) (int, phraseLinks) {
	if k >= len(d.Tokens) || d.Tokens[k].Break {
		return -1, 0
	}
	l, ok := phraseLinkWords[low(d.Tokens[k])]
	if !ok || phraseHeads[low(d.Tokens[j])]&l == 0 {
		return -1, 0
	}
	return k + 1, l
}

// phraseNameAt reports whether a participant's name starts the
// complement at token at: a person, organization, country or party
// within trialOfReach words with only "the" and title words before it.
// After "of" a gathering's body may qualify a noun ("a meeting of Y
// ministers"); after other links the name ends the phrase ("talks with
// other Y shareholders" names no side).
func phraseNameAt(d *Document, selected []Mention, j, at int) bool {
	for _, m := range selected {
		if sideType(m.Type) && phraseSideAt(d, j, m.TokStart, m.TokEnd, at) {
			return true
		}
	}
	return false
}

// phraseSideAt reports whether the name over tokens [s, e) is the first
// side of the complement of the head at token j starting at token at
// (see phraseNameAt).
func phraseSideAt(d *Document, j, s, e, at int) bool {
	if s < at || s >= at+trialOfReach {
		return false
	}
	if at > 0 && low(d.Tokens[at-1]) == "of" {
		if s > at && titleOpens(d, at, s) {
			at = s // "the killing of President X", "the arrest of Mr X": a title names no one else
		}
		if (s > at+1 || s == at+1 && low(d.Tokens[at]) != "the" && d.Tokens[at].Text != "<") && (gatheringHeads[low(d.Tokens[j])] || !firmDescribedAt(d, at, s)) {
			return false // "a meeting of the board of Y": not Y's; but "the takeover of US rival Y" (events_deal_described.go)
		}
		if e < len(d.Tokens) && !gatheringHeads[low(d.Tokens[j])] && bodyNounAfter(d.Tokens[e]) && !pastVerbAt(d, e) {
			return false // "the acquisition of Y shares"; not "the acquisition of Y reduced ..."
		}
		return e >= len(d.Tokens) || !isPossessive(d.Tokens[e])
	}
	if e < len(d.Tokens) && bodyNounAfter(d.Tokens[e]) && !verbAfterName(d.Tokens[e]) {
		return false // "talks with other Y shareholders"; not "talks with Y ended"
	}
	for k := at; k < s; k++ {
		t := d.Tokens[k]
		l := low(t)
		// Reuters writes a company's name in brackets: "the bid by <Y>".
		if t.Break || !t.Word() && !isPossessive(t) && !innerHyphen(d, k, s) && t.Text != "<" || l != "the" && groupStopWords[l] && !(l == "of" && k+1 < s && d.Tokens[k+1].Cap()) {
			return false // "talks with banks for loans to Y"
		}

	}
	return true
}

// innerHyphen reports whether token k, before token s, is the hyphen of a
// compound modifier written without spaces ("an agreement with
// state-owned Y", "a deal with Paris-based Y"): the compound describes
// the name, as a one-word modifier does.
func innerHyphen(d *Document, k, s int) bool {
	return isDash(d.Tokens[k].Text) && !d.Tokens[k].Space && k > 0 && d.Tokens[k-1].Word() && k+1 < s &&
		!d.Tokens[k+1].Space && d.Tokens[k+1].Word()
}

// verbAfterName reports whether t, a lower-case word right after a name,
// ends the name's noun phrase rather than making the name its modifier:
// a preposition or conjunction (talksWordsAfter, phraseFollowers; "into"
// of "an investigation by X into Y"), an
// adverb ("a meeting with Y soon after"), a reporting verb, a past form
// in -ed or a common irregular one ("talks with Y went well").
func verbAfterName(t Token) bool {
	l := low(t)
	return talksWordsAfter[l] || phraseFollowers[l] || talksAdverbs[l] || l == "soon" || l == "into" || strings.HasSuffix(l, "ly") ||
		reportingVerbs[l] || irregularPasts[l] || strings.HasSuffix(l, "ed")
}

// irregularPasts are common irregular past forms.
var irregularPasts = map[string]bool{"went": true, "met": true, "began": true, "held": true, "took": true, "made": true,
	"came": true, "broke": true, "fell": true, "rose": true, "gave": true, "left": true, "won": true, "lost": true}

// hasDigit reports whether w holds a digit: "8bn" is an amount, not a
// modifier.
func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }
