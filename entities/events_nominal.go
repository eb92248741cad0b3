package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Event nominals. Beside the talks, deals and trials of phraseHeads, news
// names one occurrence by the noun of a verb's act: "Acme's purchase of
// Bolt", "the sale of its Zed unit to Quux", "X's testimony before a
// House subcommittee", "the inquiry into Acme's accounts", "the veto by
// the president". The nouns and the links that name their participants
// are the list event_nominals (its header says how the list is made: a
// nominalisation of a verb, derivesFrom, used in news for one
// occurrence); they join phraseHeads, so phraseEvents finds them when
// their own phrase names a participant (the owner, a body before the
// head, or a name after one of the noun's link words) and phraseSides
// links every participant named there. An occurrence noun without links
// ("the budget", "the air show") is an event only as the object of a
// participation verb whose subject is named (lightVerbEvents).

// nominalFrames are the event nominals and the links of each.
var nominalFrames = func() map[string]phraseLinks {
	m := map[string]phraseLinks{}
	for _, line := range lexicon.Words("event_nominals") {
		f := strings.Fields(line)
		if len(f) != 3 {
			panic("entities: event_nominals: " + line)
		}
		m[f[0]] = linksOf(f[2])
	}
	return m
}()

// nominalLinkNames are the names of the links in event_nominals.
var nominalLinkNames = map[string]phraseLinks{"owner": viaOwner, "with": viaWith, "between": viaBetween, "of": viaOf,
	"by": viaBy, "against": viaAgainst, "at": viaAt, "for": viaFor, "from": viaFrom, "to": viaTo, "into": viaInto,
	"before": viaBefore, "on": viaOn}

// linksOf reads a comma-separated list of link names ("-" for none).
func linksOf(s string) phraseLinks {
	var l phraseLinks
	if s == "-" {
		return 0
	}
	for _, n := range strings.Split(s, ",") {
		v, ok := nominalLinkNames[n]
		if !ok {
			panic("entities: event_nominals: no link " + n)
		}
		l |= v
	}
	return l
}

// derivesFrom reports whether noun is the act of verb by English
// derivational morphology: the verb itself ("bid"), the verb with -ation,
// -ion, -ment, -al, -ance, -ence, -ure, -y or -ing (a final "e" dropped:
// "purchase", "inquiry", "closure"; "-ate" + "ion"; "-ise" + "ation";
// "-ify" + "ication"; "-y" + "ial": "trial"; "-de" → "-sion":
// "invasion"; "-t" → "-ssion"), or one of a few irregular pairs.
func derivesFrom(noun, verb string) bool {
	if noun == verb || irregularNominals[noun] == verb {
		return true
	}
	stems := []string{verb}
	if strings.HasSuffix(verb, "e") {
		stems = append(stems, verb[:len(verb)-1])
	}
	if strings.HasSuffix(verb, "y") {
		stems = append(stems, verb[:len(verb)-1]+"i")
	}
	if strings.HasSuffix(verb, "de") {
		stems = append(stems, verb[:len(verb)-2]+"s")
	}
	if strings.HasSuffix(verb, "t") {
		stems = append(stems, verb[:len(verb)-1]+"ss")
	}
	if strings.HasSuffix(verb, "ify") {
		stems = append(stems, verb[:len(verb)-1]+"ic")
	}
	for _, s := range stems {
		for _, suf := range []string{"ation", "ion", "ment", "al", "ance", "ence", "ure", "y", "ing"} {
			if noun == s+suf {
				return true
			}
		}
	}
	return false
}

// irregularNominals are nouns of a verb's act that no suffix rule makes.
var irregularNominals = map[string]string{"sale": "sell", "speech": "speak", "testimony": "testify",
	"trial": "try", "bailout": "bail", "inquiry": "inquire", "flotation": "float"}

// lightVerbs take an occurrence as their object and make their subject
// take part in it: "X delivered the budget", "X gave a speech", "X
// attended the air show", "X faces a hearing", "X chaired the inquiry",
// "X organised a protest" (joining is events_joined.go's: a bare
// "joined the protest" names no one occurrence).
var lightVerbs = map[string]bool{"delivered": true, "delivers": true, "deliver": true, "gave": true, "gives": true,
	"give": true, "attended": true, "attends": true, "attend": true, "held": true, "holds": true, "hosted": true,
	"hosts": true, "staged": true, "faces": true, "faced": true, "face": true, "launched": true, "launches": true,
	"announced": true, "announces": true, "completed": true, "completes": true, "called": true, "calls": true,
	"placed": true, "places": true, "made": true, "makes": true, "won": true, "lost": true, "contested": true,
	"presented": true, "presents": true, "opened": true, "opens": true, "signed": true, "reached": true, "struck": true,
	"agreed": true, "clinched": true, "sealed": true, "concluded": true,
	// the guide's "chaired, ran, organised, carried out, took part in"
	"chaired": true, "chairs": true, "led": true, "leads": true, "organised": true, "organized": true,
	"organises": true, "organizes": true, "conducted": true, "conducts": true,
	"resumed": true, "resumes": true, "finalised": true, "finalized": true}

// lightVerbEvents finds occurrences named by a nominal alone that a
// participation verb takes as its object after a named subject: "X
// delivered the budget", "X gave a speech to Y", "X launched a takeover
// bid", "X attended the air show". The object is a determiner (or none
// before a capitalised "Budget"), at most two lower-case modifiers and a
// nominal (nominalFrames or phraseHeads) that ends its noun phrase or
// takes one of its links. Under a negation or a wish ("X did not attend
// the show", "X hopes to make an offer") nothing is found. The relation
// stage links the subject by the action words (actionBetween).
func lightVerbEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+2 >= len(d.Tokens) {
			continue
		}
		if !lightVerbs[low(d.Tokens[v])] || d.Tokens[v].Cap() || !namedActor(d, selected, willSkipped(d, v)) && !pronounActor(d, willSkipped(d, v)) || phraseUnreal(d, v) || modalBefore(d, v) && low(d.Tokens[v]) == "make" {
			continue
		}
		k := v + 1
		if actedDeterminers[low(d.Tokens[k])] {
			k++ // or none: "X faces tough talks with unions"
		}
		k = sizedFrom(d, k) // "X signed a $40bn (£21bn) deal" (events_amounts.go)
		for k < len(d.Tokens) && gradingWords[low(d.Tokens[k])] && !d.Tokens[k].Break {
			k++
		}
		s := k
		for k < len(d.Tokens) && k-s < 2 && talksModifier(d.Tokens[k]) && !describedHead(low(d.Tokens[k])) && !d.Tokens[k].Break {
			k++
		}
		if k >= len(d.Tokens) || d.Tokens[k].Break || !nominalHead(d.Tokens[k]) && !(low(d.Tokens[k]) == "budget" && d.Tokens[k].Cap()) && !olderWithComplement(d, selected, k) {
			continue
		}
		if !phraseEnds(d, k+1) && !linkFollows(d, k) || ofManner(d, k) || reportedOnly(d, v) || clauseVerbAt(d, k+1) {
			continue
		}
		out = append(out, descEventOver(d, s, k+1))
	}
	return out
}

// willSkipped returns the token of the light verb v, or of the "will"
// right before it: a participation the text states as planned ("X will
// attend the air show", "X will deliver the Budget") is stated as
// certainly as a past one, as the action words of relations_events.go
// take it ("X will host E"); a wish or a condition is not (phraseUnreal).
func willSkipped(d *Document, v int) int {
	if v > 1 && low(d.Tokens[v-1]) == "will" {
		return v - 1
	}
	return v
}

// clauseVerbAt reports whether a finite verb at token k makes the noun
// phrase before it the subject of a clause the verb before takes: "X
// agreed the summit had failed", "X announced the sale was off".
func clauseVerbAt(d *Document, k int) bool {
	return k < len(d.Tokens) && finiteVerbs[low(d.Tokens[k])]
}

// finiteVerbs are the auxiliaries and copulas that open a clause's verb.
var finiteVerbs = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true,
	"are": true, "would": true, "will": true, "could": true, "did": true, "does": true, "might": true, "may": true}

// ofManner reports whether the nominal at token j takes an "of" its
// frame has no link for, or is a plea: "a show of unity", "a budget of
// $5bn", "an appeal for calm" name a manner, an amount or a plea, not an
// occurrence.
func ofManner(d *Document, j int) bool {
	if j+1 >= len(d.Tokens) {
		return false
	}
	n := low(d.Tokens[j+1])
	return n == "of" && phraseHeads[low(d.Tokens[j])]&viaOf == 0 || pleaHeads[low(d.Tokens[j])] && (n == "for" || n == "to")
}

// pleaHeads are nominals that name a plea, not an occurrence, when "for"
// or "to" follows: "an appeal for unity", "parties appeal to voters" (a
// verb); a court's appeal takes "against" or a possessive.
var pleaHeads = map[string]bool{"appeal": true, "call": true}

// reportedOnly reports whether token k stands in a clause that a
// sentence only reports as wanted, feared or rumoured: "speculation that
// X had held talks with Y", "demanding an investigation by Y", "calls
// for an inquiry" (a wish word before k in its sentence, with "that",
// "for" or nothing between it and the clause).
func reportedOnly(d *Document, k int) bool {
	start := sentenceStart(d, k)
	for j := k - 1; j >= start; j-- {
		l := low(d.Tokens[j])
		if (l == "that" || l == "for") && j > start && (phraseWishes[low(d.Tokens[j-1])] || wishNouns[low(d.Tokens[j-1])]) {
			return true
		}
		if wishNouns[l] && k-j <= 3 {
			return true
		}
	}
	return false
}

// wishNouns and verbs ask for or report an occurrence without saying it
// took place.
var wishNouns = map[string]bool{"demanding": true, "demanded": true, "demand": true, "demands": true, "calling": true,
	"calls": true, "called": true, "urging": true, "urged": true, "reports": true, "suggestions": true, "proposal": true,
	"proposed": true, "plans": true, "planned": true, "seeking": true, "sought": true}

// pronounActor reports whether a subject pronoun stands right before the
// light verb at token v, auxiliaries between allowed: "he gave a
// speech", "she has made an offer". The relation stage links it only where
// the article resolves the pronoun to a person (coref.go).
func pronounActor(d *Document, v int) bool {
	k := v
	for k > 0 && actorAuxiliaries[low(d.Tokens[k-1])] {
		k--
	}
	if k == 0 {
		return false
	}
	switch low(d.Tokens[k-1]) {
	case "he", "she": // the pronouns coref.go resolves to a person
		return true
	}
	return false
}

// nominalHead reports whether t is a lower-case event nominal. The
// older heads of phraseHeads keep to their own stages, which leave a head
// alone out ("X won the case", "X won a contract") or read it as a
// reference to an event named before ("Peru attended the meeting").
func nominalHead(t Token) bool {
	if t.Cap() {
		return false
	}
	_, ok := nominalFrames[low(t)]
	return ok
}

// olderWithComplement reports whether the token at j is a head of the
// older phrase rules (talks, deal, merger) that a complement naming no
// participant tells from others of its kind: "X faces tough talks with
// unions", not "X won the case" (where the complement names one,
// phraseEvents and talksEvents find the event).
func olderWithComplement(d *Document, selected []Mention, j int) bool {
	if d.Tokens[j].Cap() {
		return false
	}
	if purposeVerb(d, j) >= 0 {
		return !purposeNameAt(d, selected, j) // "X signed an agreement to reschedule its debts"
	}
	if !linkFollows(d, j) {
		return false
	}
	if at, _ := phraseComplement(d, j); phraseNameAt(d, selected, j, at) {
		return false
	}
	_, ok := phraseHeads[low(d.Tokens[j])]
	return ok && eventComplement(d, Mention{TokStart: j, TokEnd: j + 1}) != ""
}

// linkFollows reports whether a link word the head at token j takes
// follows it.
func linkFollows(d *Document, j int) bool {
	at, _ := phraseComplement(d, j)
	return at >= 0
}

// nextLinkAfter returns where the names after the next link word of the
// head at token j start when its earlier complement, from token k, names
// no participant ("the sale of its Zed unit to Quux": "to" after "of its
// Zed unit"), or -1: at most nextLinkReach words of one noun phrase
// between, no punctuation or clause word.
func nextLinkAfter(d *Document, j, k int) int {
	for n := 0; k < len(d.Tokens) && n < nextLinkReach; k, n = k+1, n+1 {
		t := d.Tokens[k]
		if low(t) == "as" {
			return -1 // "E as part of the Y group": a capacity, no side (relations_events_excluded.go)
		}
		if n == 0 {
			continue // the complement's first word, or a preposition the head does not link
		}
		if at, _ := phraseLinkAt(d, j, k); at >= 0 {
			return at
		}
		if t.Break || !t.Word() && !isPossessive(t) && !isNumber(t.Text) || clauseLinks[low(t)] || reportingVerbs[low(t)] || !t.Cap() && verbAfterName(t) {
			return -1 // "the inquiry was criticised by Y": by is the verb's
		}
	}
	return -1
}

// nextLinkReach bounds the words between an event's two link words.
const nextLinkReach = 6

// eventComplement returns the words after the head of a described event
// that tell this occurrence from others of its kind, the way a reader
// names it: one of the head's link words (or "on", "over": what it is
// about) and the noun phrase after it, "sale" → "sale of Yugansk",
// "talks" → "talks with unions", "inquiry" → "inquiry into Acme's
// accounts", "referendum" → "referendum on the constitution"; "" when
// none follows or the phrase is long or open (complementNoun).
func eventComplement(d *Document, m Mention) string {
	j := m.TokEnd - 1
	links, ok := phraseHeads[low(d.Tokens[j])]
	if !ok || d.Tokens[j].Cap() || j+2 >= len(d.Tokens) {
		return ""
	}
	if v := purposeVerb(d, j); v >= 0 { // "agreement to buy Fiat" (events_purpose.go)
		if end := complementEnd(d, v+1); end > 0 {
			return bracketDropper.Replace(d.Text[d.Tokens[j+1].Start:d.Tokens[end-1].End])
		}
		return ""
	}
	k := talksWith(d, j+1)
	p := low(d.Tokens[k])
	l, link := phraseLinkWords[p]
	if !(link && links&l != 0 || namingPrepositions[p]) || d.Tokens[k].Break || k > j+1 && p != "with" {
		return ""
	}
	if p == "to" && k+1 < len(d.Tokens) && !actedDeterminers[low(d.Tokens[k+1])] && !d.Tokens[k+1].Cap() {
		return "" // "the inquiry to decide if ...": an infinitive
	}
	end := complementEnd(d, k+1)
	if end < 0 || end < len(d.Tokens) && (p == "between" || p == "among") && d.Tokens[end].Text == "," {
		return "" // "a meeting between X, Y and Z": a list names no one occurrence in a few words
	}
	return bracketDropper.Replace(d.Text[d.Tokens[k].Start:d.Tokens[end-1].End])
}

// bracketDropper drops Reuters' brackets around a company's name from an
// event's name: "acquisition by <Y Plc>" is named "acquisition by Y Plc".
var bracketDropper = strings.NewReplacer("<", "", ">", "")

// complementEnd returns the end of the noun phrase starting at token s
// that completes an event's name, or -1: a determiner or owner, at most
// complementReach words (capitalised names, lower-case nouns, "of" or
// "and" inside a name: "the Bank of England", "Smith and Co") ending
// before punctuation, a preposition, a clause word or a verb.
func complementEnd(d *Document, s int) int {
	k := s
	if k < len(d.Tokens) && (actedDeterminers[low(d.Tokens[k])] || low(d.Tokens[k]) == "this") {
		k++
	}
	bracket := k < len(d.Tokens) && d.Tokens[k].Text == "<" // Reuters' "<Y Inc>"
	if bracket {
		k++
	}
	end := -1
	for n := 0; k < len(d.Tokens) && n < complementReach; k, n = k+1, n+1 {
		t := d.Tokens[k]
		l := low(t)
		if t.Break && k > s {
			break
		}
		if isPossessive(t) && end == k {
			continue // "Acme's accounts"
		}
		if (l == "of" || l == "and" || l == "&") && end == k && k+1 < len(d.Tokens) && d.Tokens[k+1].Cap() && d.Tokens[k-1].Cap() {
			continue
		}
		if dateWord(t) {
			return -1 // "an accord on Monday": a time, not what it is about
		}
		if !t.Word() || !t.Cap() && (verbAfterName(t) || clauseLinks[l] || groupStopWords[l] || numberWords[l] || questionWords[l]) {
			break
		}
		end = k + 1
	}
	if bracket && end > 0 && end < len(d.Tokens) && d.Tokens[end].Text == ">" {
		end++
	}
	if end > 0 && end < len(d.Tokens) && (!d.Tokens[end].Space && !isPossessive(d.Tokens[end]) && d.Tokens[end].Text != "," && d.Tokens[end].Text != "." || listWords[low(d.Tokens[end])]) {
		return -1 // "the G-7", "X and Y": the phrase goes on
	}
	if end < 0 || end < len(d.Tokens) && d.Tokens[end].Word() && !d.Tokens[end].Cap() && !verbAfterName(d.Tokens[end]) && !clauseLinks[low(d.Tokens[end])] && !groupStopWords[low(d.Tokens[end])] {
		return -1 // the phrase goes on past the reach
	}
	return end
}

// namingPrepositions name what an event is about or whom it addresses,
// which tells one occurrence from another without naming a participant:
// "the referendum on the constitution", "a speech to the Commons",
// "testimony before a subcommittee".
var namingPrepositions = map[string]bool{"on": true, "over": true, "to": true, "before": true, "into": true}

// questionWords open a clause, not a noun phrase: "an inquiry into
// whether Y ...".
var questionWords = map[string]bool{"whether": true, "how": true, "what": true, "why": true, "if": true,
	"when": true, "where": true, "who": true, "which": true, "that": true}

// listWords go on with a list after a noun phrase.
var listWords = map[string]bool{"and": true, "or": true, "&": true}

// complementReach bounds the words of an event name's complement.
const complementReach = 5

// lightVerbActor links each event in sentence span to the name right
// before the participation verb that takes it as its object (the events
// of lightVerbEvents, and any other event so taken): "X delivered the
// budget", "X has made an offer for Y", auxiliaries between allowed.
func (rb *relBuilder) lightVerbActor(span graph.Span, in []placed) {
	d := rb.d
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokStart < 3 {
			continue
		}
		o := sizedBefore(d, e.tokStart) // "X signed a $40bn deal" (events_amounts.go)
		v := o - 1
		for v > 0 && o-v <= 3 && (gradingWords[low(d.Tokens[v])] || actedDeterminers[low(d.Tokens[v])]) {
			v--
		}
		if !lightVerbs[low(d.Tokens[v])] || phraseUnreal(d, v) || clauseVerbAt(d, e.tokEnd) {
			continue
		}
		k := willSkipped(d, v)
		for k > 0 && actorAuxiliaries[low(d.Tokens[k-1])] {
			k--
		}
		for _, x := range in {
			// The subject's name, or a pronoun the article resolves:
			// "Mr X said he had made an offer for Y".
			if x.tokEnd == k && rb.participant(x) && (!x.coref || pronounActor(d, v)) && !afterPreposition(d, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// utteranceHeads are the nominals of a speaker's act that a fronted
// phrase names before its speaker: "In a speech to the Y Council, X
// said ...".
var utteranceHeads = map[string]bool{"speech": true, "testimony": true, "address": true, "remarks": true}

// frontedUtterance returns the end of the utterance head and the token
// of the speaker's name when sentence s opens with "In" or "During", a
// determiner, at most two modifiers and an utterance head, and a name
// follows the comma that closes the phrase (title words between): "In a
// speech to the Y Council, Senator X said"; -1, -1 otherwise.
func frontedUtterance(d *Document, s Sentence) (head, speaker int) {
	k := s.TokStart
	if k+3 >= s.TokEnd || low(d.Tokens[k]) != "in" && low(d.Tokens[k]) != "during" {
		return -1, -1
	}
	h := k + 2
	if !actedDeterminers[low(d.Tokens[k+1])] {
		if !bareUtterances[low(d.Tokens[k+1])] { // "In testimony before Y," (events_gather_speech.go)
			return -1, -1
		}
		h = k + 1
	}
	for h < s.TokEnd && h-k < 5 && !utteranceHeads[low(d.Tokens[h])] && talksModifier(d.Tokens[h]) {
		h++
	}
	if h >= s.TokEnd || !utteranceHeads[low(d.Tokens[h])] || d.Tokens[h].Cap() {
		return -1, -1
	}
	c := h + 1
	for c < s.TokEnd && c-h <= frontedReach && (d.Tokens[c].Text != "," || numberComma(d, c)) && !d.Tokens[c].Break {
		c++ // "In a speech to about 3,000 mayors, X said": a number's comma goes on
	}
	if c >= s.TokEnd || d.Tokens[c].Text != "," {
		return -1, -1
	}
	n := c + 1
	for n < s.TokEnd && d.Tokens[n].Word() && (isRelRoleWord(low(d.Tokens[n])) || low(d.Tokens[n]) == "the") {
		n++
	}
	return h, n
}

// frontedReach bounds the words between a fronted utterance's head and
// its comma.
const frontedReach = 10

// frontedUtterances finds the events of frontedUtterance whose speaker
// is named.
func frontedUtterances(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, s := range d.Sentences {
		h, n := frontedUtterance(d, s)
		if h < 0 {
			continue
		}
		nameAt := func(k int) int {
			if m := mentionAt(selected, k); m != nil && sideType(m.Type) {
				return m.TokEnd
			}
			return -1
		}
		if utteranceSpeaker(d, n, nameAt) >= 0 || frontedPronoun(d, n) { // events_gather_speech.go
			out = append(out, descEventOver(d, phraseModifiersStart(d, h), h+1))
		}
	}
	return out
}

// utteranceSpeaker returns the end of the speaker's name starting at
// token n, past a body or country that only qualifies the title before
// the name ("USDA Secretary X"; "the USX chairman" names no one), or -1;
// nameAt gives the end of a participant's name starting at a token, or
// -1.
func utteranceSpeaker(d *Document, n int, nameAt func(k int) int) (start int) {
	for hops := 0; hops < 3; hops++ {
		e := nameAt(n)
		for skip := 0; e < 0 && skip < 2 && n+1 < len(d.Tokens) && d.Tokens[n].Cap(); skip++ {
			n++ // "USDA Secretary X" with no name for USDA: a title's words
			e = nameAt(n)
		}
		if e < 0 {
			return -1
		}
		k := e
		if k >= len(d.Tokens) || !(d.Tokens[k].Word() && (d.Tokens[k].Cap() || isRelRoleWord(low(d.Tokens[k]))) || isPossessive(d.Tokens[k])) {
			return n
		}
		for k < len(d.Tokens) && (isPossessive(d.Tokens[k]) || d.Tokens[k].Word() && isRelRoleWord(low(d.Tokens[k])) && nameAt(k) < 0) {
			k++ // "USDA Secretary": the title words after the body
		}
		n = k
	}
	return -1
}

// frontedSpeakerOf links the event of a fronted utterance in sentence si
// to its speaker.
func (rb *relBuilder) frontedSpeakerOf(si int, span graph.Span, in []placed) {
	h, n := frontedUtterance(rb.d, rb.d.Sentences[si])
	if h < 0 {
		return
	}
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd != h+1 {
			continue
		}
		nameAt := func(k int) int {
			for _, x := range in {
				if !x.coref && x.tokStart == k && rb.participant(x) {
					return x.tokEnd
				}
			}
			return -1
		}
		at := utteranceSpeaker(rb.d, n, nameAt)
		for _, x := range in {
			if at >= 0 && !x.coref && x.tokStart == at && rb.participant(x) || at < 0 && frontedPronoun(rb.d, n) && x.coref && x.tokStart == n && rb.participant(x) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// complementOwner links event e to the owner an "its" or "their" names
// right after its head's "of" or "into": "the sale of its Zed unit to
// Y" (the seller), "the inquiry into its accounts", where the article
// resolves the pronoun (coref.go).
func (rb *relBuilder) complementOwner(span graph.Span, in []placed, e placed) {
	d := rb.d
	j := e.tokEnd - 1
	if j+2 >= len(d.Tokens) || nominalFrames[low(d.Tokens[j])] == 0 {
		return
	}
	if l := low(d.Tokens[j+1]); l != "of" && l != "into" || !ownerPronouns[low(d.Tokens[j+2])] {
		return
	}
	for _, x := range in {
		if x.coref && x.tokStart == j+2 && rb.participant(x) {
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
		}
	}
}
