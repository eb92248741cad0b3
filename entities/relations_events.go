package entities

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Events: a person, organization, party or country is involved_in an
// event when a predicate links it to the event, never from appearing in the
// same sentence. The patterns, with E the event and X the participant (or
// every participant of a list "X, Y and Z"):
//
//	X('s) E                        India's Operation Y, the G7's summit
//	<demonym> E                    the American war against drugs, the Soviet
//	                               invasion (a conflict or campaign only)
//	X <action> ... E               X launched Operation Y, X attended the E,
//	                               X, which attends the E, X took part in E,
//	                               X was killed in the E, X investigated E
//	E <participle> by X            a vote sought by X, E run by X and Y
//	<noun> by X of E               the signing by X and Y of the treaty
//	<inquiry> <verb> X             the Hutton inquiry cleared him
//	X said at E, Speaking at E, X  speaking at a gathering (relations_events_at.go)
//	X won 40 seats in E, X's victory in E, Y defeated X in E
//	                               an election (relations_events_elections.go)
//	X's role in E, X presided over E, X represented Y at E, X met Y at E,
//	the owner of X's E (an agreement or gathering: "OPEC's December pact")
//	                               (relations_events_part.go)
//	X remains committed to E, X's commitment to E, X violated E
//	                               an agreement (events_party.go)
//
// An action is one of the action words (carried out, launched, attacked,
// attended, took part, hosted, chaired, ran, organised, sought,
// investigated, signed, was killed, injured; a form that is also a noun,
// "host", "sign", "chair", only after a modal or "to": "X will host E"):
// doing, hosting, attending,
// investigating or suffering the event. Commenting on it ("X said the
// election ...", "X condemned the attack") is not taking part. A negation
// between X and E ("X was not invited to the summit", "X did not attend")
// gives nothing, and so does an entity named inside the event's own name
// ("the Hong Kong summit" does not involve Hong Kong). A date in the
// sentence ("on May 7", "May 7–10, 2025") becomes the relation's and the
// event's "date". The event may be a reference ("the scandal", see the
// coref stage): "a committee investigating the scandal", or by another
// head of its family ("the forum" for a conference, events_anaphora.go).

// actionWords link an actor to an event that follows.
var actionWords = lexicon.Set("action_words")

// byActions are the participles of "E <participle> by X".
var byActions = lexicon.Set("by_actions")

// actionNouns are the nouns of "<noun> by X of E".
var actionNouns = lexicon.Set("action_nouns")

// inquiryVerbs link an inquiry to the one it examined: "E cleared X".
var inquiryVerbs = lexicon.Set("inquiry_verbs")

// inquiryHeads end the names of events that examine someone.
var inquiryHeads = map[string]bool{"inquiry": true, "investigation": true, "probe": true, "trial": true, "hearing": true}

// passiveAdverb reports whether w may stand between a passive's
// auxiliary and its participle: "was also signed by", "was jointly
// hosted by".
func passiveAdverb(w string) bool {
	return w == "also" || w == "later" || w == "first" || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only"
}

// relativeModals may open the verb of a relative clause on an event
// before its passive: "E, which would be attended by X".
var relativeModals = map[string]bool{"would": true, "will": true, "could": true, "may": true, "might": true, "should": true}

// beForms are the auxiliaries of a passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true, "will": true}

// subordinators open a clause with a subject of its own: the participant
// before one is not the subject of the action after it.
var subordinators = map[string]bool{"that": true, "when": true, "while": true, "because": true, "if": true,
	"although": true, "though": true, "whereas": true, "unless": true}

// Confidences of involved_in.
const (
	confInvolvedAdjacent = 0.8 // X('s) E
	confInvolvedWording  = 0.75
	actionMaxGap         = 10 // tokens from the participant to the action word
	actionToEventGap     = 4  // tokens from the action word to the event
)

// events adds involved_in relations and dates for one sentence.
func (rb *relBuilder) events(si int, in []placed, info ArticleInfo) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	date := ""
	for _, m := range in {
		e := rb.ex.Entities[m.ent]
		if e.Type != graph.Event {
			continue
		}
		if date == "" {
			date = findDate(d, d.Sentences[si], info.Date)
		}
		if date != "" && !m.coref { // "the accord" later may carry another date
			if e.Attrs == nil {
				e.Attrs = map[string]string{}
			}
			if _, ok := e.Attrs["date"]; !ok {
				e.Attrs["date"] = date
			}
		}
		var attrs map[string]string
		if date != "" {
			attrs = map[string]string{"date": date}
		}
		for xi, x := range in {
			if !rb.participant(x) || partOfLonger(in, x, m) {
				continue
			}
			conf, rule := rb.eventCase(in, xi, m)
			if conf > 0 {
				if traceRules {
					rb.traceCase = rule
				}
				rb.add(x.ent, m.ent, graph.InvolvedIn, span, conf, attrs)
				rb.traceCase = ""
			}
		}
	}
}

// nearerOwner reports whether x is an owner pronoun ("its case") with a
// possessive common noun between it and x's last name before it in the
// sentence: in "Mr X, Acme's former deputy, is the government's chief
// witness in its case" "its" is the government's, not Acme's.
func (rb *relBuilder) nearerOwner(in []placed, x placed) bool {
	d := rb.d
	if !x.coref || !ownerPronouns[low(d.Tokens[x.tokStart])] {
		return false
	}
	from := -1
	for _, p := range in {
		if !p.coref && p.ent == x.ent && p.tokEnd <= x.tokStart {
			from = max(from, p.tokEnd)
		}
	}
	for k := from + 1; from >= 0 && k < x.tokStart; k++ {
		if isPossessive(d.Tokens[k]) && d.Tokens[k-1].Word() && !d.Tokens[k-1].Cap() {
			return true
		}
	}
	return false
}

// partOfLonger reports whether x is named inside a longer mention other
// than event m: "Senate" in "a special Senate committee investigating the
// scandal" is not the one investigating.
func partOfLonger(in []placed, x, m placed) bool {
	for _, o := range in {
		if o != m && o != x && o.tokStart <= x.tokStart && x.tokEnd <= o.tokEnd && o.tokEnd-o.tokStart > x.tokEnd-x.tokStart {
			return true
		}
	}
	return false
}

// pairInEvent reports whether x is one side of a pair of countries or
// places joined by a dash or slash inside event m's name: "U.S.-Japanese",
// "U.S./Japan".
func (rb *relBuilder) pairInEvent(in []placed, x placed, m placed) bool {
	d := rb.d
	isLand := func(p placed) bool {
		t := rb.ex.Entities[p.ent].Type
		return t == graph.Country || t == graph.Place
	}
	if !isLand(x) {
		return false
	}
	for _, y := range in {
		if y == x || !isLand(y) || y.tokStart < m.tokStart || y.tokEnd > m.tokEnd {
			continue
		}
		if y.tokEnd+1 == x.tokStart && pairJoiner(d.Tokens[y.tokEnd].Text) || x.tokEnd+1 == y.tokStart && pairJoiner(d.Tokens[x.tokEnd].Text) {
			return true
		}
	}
	return false
}

// participant reports whether a mention may take part in an event.
func (rb *relBuilder) participant(p placed) bool {
	switch rb.ex.Entities[p.ent].Type {
	case graph.Person, graph.Organization, graph.Country, graph.Party:
		return true
	}
	return false
}

// eventNamed reports whether a mention names an event in its own words,
// not through coreference ("it", "the talks" resolved to an earlier one).
func (rb *relBuilder) eventNamed(p placed) bool {
	return !p.coref && rb.ex.Entities[p.ent].Type == graph.Event
}

// actionBetween reports whether an action word links in[xi], before event
// m, to m: the action word stands at most actionMaxGap tokens after the
// participant, with no reporting verb, negation or clause boundary
// between; any other participant between belongs to in[xi]'s list or
// apposition; the event follows the action word within actionToEventGap
// words, not counting the event's possessor ("attend the Y Fund's
// meeting").
func (rb *relBuilder) actionBetween(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	v := -1
	skipped := 0 // tokens of a possessor between the action and the event
	for k := m.tokStart - 1; k >= x.tokEnd && m.tokStart-k-skipped <= actionToEventGap+1; k-- {
		t := d.Tokens[k]
		if o, ok := possessorEndingAt(in, k); ok && isPossessive(t) && o.tokStart > x.tokEnd {
			// "attend the Y Fund's annual meeting": the event's owner.
			skipped += k + 1 - o.tokStart
			k = o.tokStart
			continue
		}
		if !t.Word() || t.Cap() && k != m.tokStart-1 {
			break
		}
		if actionWords[low(t)] && (!baseActions[low(t)] || modalBefore(d, k)) || (agreementActs[low(t)] || backsAgreement(d, x.tokEnd, k)) && isAgreement(d, m) && m.tokStart-k <= 2 || pactActBefore(d, k, m) || bidAct(d, k, m) { // bidAct: relations_events_bids.go
			v = k
			break
		}
	}
	if v > 0 && v+1 < len(d.Tokens) && low(d.Tokens[v-1]) == "the" && low(d.Tokens[v+1]) == "of" {
		return false // "suggested the signing of E": a noun, whose agent is "by X" (nounByOf)
	}
	if v >= 0 && (low(d.Tokens[v]) == "figure" || low(d.Tokens[v]) == "figures") && !figureComplement(d, v) {
		return false // "granted immunity to key figures in E": the figures are others
	}
	return v >= 0 && rb.actorOf(in, xi, v)
}

// actorOf reports whether in[xi] is the one who acts by the action word at
// token v after it: v stands at most actionMaxGap tokens after the
// participant, with no reporting verb, negation or clause boundary
// between, and any other participant between belongs to in[xi]'s list or
// apposition.
func (rb *relBuilder) actorOf(in []placed, xi int, v int) bool {
	d := rb.d
	x := in[xi]
	from := dashApposition(d, x.tokEnd, v)
	if v < x.tokEnd || v-from > actionMaxGap || rb.placeInPhrase(x) || rb.demonymModifier(x) || excludedName(d, x) { // relations_events_excluded.go
		return false
	}
	prevEnd := from
	for _, q := range in[xi+1:] {
		if q.tokStart >= v {
			break
		}
		if q.tokStart < prevEnd || rb.titledListModifier(in, prevEnd, q, v) { // relations_evpart_lists.go
			continue
		}
		if !listGap(d, prevEnd, q.tokStart) && !(q.tokStart-prevEnd == 1 && d.Tokens[prevEnd].Text == ",") && !rb.titledListGap(in, prevEnd, q.tokStart) {
			return false
		}
		prevEnd = q.tokEnd
	}
	for k := from; k < v; k++ {
		t := d.Tokens[k]
		l := low(t)
		if reportingVerbs[l] || negationWords[l] || subordinators[l] || wishWords[l] || !t.Word() && !isPossessive(t) && t.Text != "," { // wishWords: relations_parse_clause.go
			return false
		}
	}
	return true
}

// dashApposition returns the token after an apposition set off by dashes
// that opens at token i, before token v ("X - the owner of Y - won"), or
// i when there is none.
func dashApposition(d *Document, i, v int) int {
	if i+2 >= v || !isDash(d.Tokens[i].Text) || !actedDeterminers[low(d.Tokens[i+1])] {
		return i
	}
	for k := i + 2; k < v && k-i <= appositionMaxTokens; k++ {
		t := d.Tokens[k]
		if isDash(t.Text) && t.Space {
			return k + 1
		}
		if t.Break || t.Text == "." || t.Text == ";" {
			return i
		}
	}
	return i
}

// baseActions are the action words that are also nouns or adjectives ("a
// host of", "a sign of", "the chair", "a complete list"): they link an
// actor only as verbs after a modal or "to" ("X will host E", "X agreed to
// sign E", "X expects to complete E").
var baseActions = map[string]bool{"host": true, "sign": true, "chair": true, "stage": true, "conduct": true,
	"hold": true, "win": true, "lose": true, "join": true, "organise": true, "organize": true, "investigate": true,
	"negotiate": true, "complete": true, "finalize": true, "finalise": true}

// agreementActs make, extend or formalise an agreement, and their subject
// a party to it: "X and Y agreed the Lima accord", "X struck the E", "X
// and Y extended a food-for-oil deal", with the agreement as
// their object ("X agreed to support E" is not making it). Before other
// events they are no action ("X agreed the summit had failed").
var agreementActs = map[string]bool{"agreed": true, "struck": true, "reached": true, "concluded": true,
	"brokered": true, "clinched": true, "sealed": true, "extended": true, "renewed": true, "formalised": true,
	"formalized": true}

// modalBefore reports whether a modal or "to" stands right before token k,
// an adverb aside ("will host", "to sign", "would also attend").
func modalBefore(d *Document, k int) bool {
	if k >= 2 && strings.HasSuffix(low(d.Tokens[k-1]), "ly") || k >= 2 && low(d.Tokens[k-1]) == "also" {
		k--
	}
	if k < 1 {
		return false
	}
	switch low(d.Tokens[k-1]) {
	case "will", "would", "to", "could", "can", "may", "might", "shall", "should", "must", "did", "does", "do", "'ll", "wo":
		return true
	}
	return false
}

// byAfter reports whether in[xi], after event m, is the agent of a
// participle that follows m: "E sought by X", "E, organised by X and Y",
// and in a relative clause on m, "E, which will be attended by X, Y and
// Z", "E, which was signed by X": the relative pronoun right after the
// event (or its comma) has the event for its subject, so its passive's
// agents take part as they do after "E was attended by". An event that
// is a reference ("the meeting, which ...", coref) counts the same: the
// clause is about the event the reference resolves to.
func (rb *relBuilder) byAfter(in []placed, xi int, m placed) bool {
	d := rb.d
	k := m.tokEnd
	if k < len(d.Tokens) && len(d.Tokens[k].Text) == 4 && isNumber(d.Tokens[k].Text) {
		k++ // "the Y Elections 2005 run by X"
	}
	comma := k < len(d.Tokens) && d.Tokens[k].Text == ","
	if comma {
		k++
	}
	if k < len(d.Tokens) && (comma && low(d.Tokens[k]) == "which" || low(d.Tokens[k]) == "that") {
		k++ // "the summit, which will be attended by X"
	}
	for k < len(d.Tokens) && (beForms[low(d.Tokens[k])] || k > m.tokEnd && relativeModals[low(d.Tokens[k])] ||
		k > m.tokEnd && beForms[low(d.Tokens[k-1])] && passiveAdverb(low(d.Tokens[k]))) { // "was hosted by", "was also signed by"
		k++
	}
	if k+1 >= len(d.Tokens) || !byActions[low(d.Tokens[k])] {
		return false
	}
	k++
	if low(d.Tokens[k]) == "out" { // "carried out by"
		k++
	}
	if k >= len(d.Tokens) || low(d.Tokens[k]) != "by" {
		return false
	}
	// The agent, or a later item of the agent's list (relations_agents.go).
	return rb.agentListReaches(in, xi, k+1)
}

// nounByOf reports whether x, before event m, is the agent of an action
// noun that m is the object of: "the signing by X of E", "the
// reaffirmation by X and Y of the E". Between "by" and "of" stand only
// the participants of one list.
func (rb *relBuilder) nounByOf(in []placed, x, m placed) bool {
	d := rb.d
	k := m.tokStart - 1
	if k > 0 && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= x.tokEnd-1 || low(d.Tokens[k]) != "of" {
		return false
	}
	// The list from its first item: walk back from x over list words and
	// participants to "by".
	// Every token of [from, to) is a list word, a capitalised word ("West"
	// Germany when only "Germany" is known) or inside a participant.
	items := func(from, to int) bool {
		for j := from; j < to; j++ {
			switch low(d.Tokens[j]) {
			case ",", "and", "the", "&":
				continue
			}
			if d.Tokens[j].Word() && d.Tokens[j].Cap() {
				continue
			}
			if !slices.ContainsFunc(in, func(q placed) bool { return rb.participant(q) && q.tokStart <= j && j < q.tokEnd }) {
				return false
			}
		}
		return true
	}
	b := x.tokStart - 1
	for b >= 0 && low(d.Tokens[b]) != "by" {
		b--
	}
	if b < 1 || !actionNouns[low(d.Tokens[b-1])] || !items(b+1, x.tokStart) || !items(x.tokEnd, k) {
		return false
	}
	return true
}

// examinedBy reports whether x is the object of an inquiry verb right
// after inquiry m: "the Hutton inquiry cleared him", "the inquiry has
// questioned X".
func (rb *relBuilder) examinedBy(x, m placed) bool {
	d := rb.d
	if !inquiryHeads[low(d.Tokens[m.tokEnd-1])] {
		return false
	}
	k := m.tokEnd
	for k < x.tokStart && beForms[low(d.Tokens[k])] {
		k++
	}
	if k >= x.tokStart || !inquiryVerbs[low(d.Tokens[k])] {
		return false
	}
	return titleGap(d, k+1, x.tokStart) // "cleared former minister X"
}

// findDate returns the first calendar date written in sentence s as ISO
// 8601: "2025-05-07", or an interval "2025-05-07/2025-05-10" for "May
// 7–10". A date without a year takes it from the article's date (ref,
// ISO 8601), moved back a year when the date would fall more than a month
// after the article; without a year and an article date it returns "".
func findDate(d *Document, s Sentence, ref string) string {
	var refT time.Time
	if len(ref) >= 10 {
		refT, _ = time.Parse("2006-01-02", ref[:10])
	}
	toks := d.Tokens[s.TokStart:s.TokEnd]
	num := func(i, lo, hi int) (int, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		n, err := strconv.Atoi(toks[i].Text)
		if err != nil || n < lo || n > hi || len(toks[i].Text) > 4 {
			return 0, false
		}
		return n, true
	}
	dash := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		switch low(toks[i]) {
		case "-", "–", "—", "to":
			return true
		}
		return false
	}
	for i, t := range toks {
		mon, ok := months[low(t)]
		if !ok || low(t) == "may" && !t.Cap() {
			continue
		}
		var day, day2, year int
		// Month day(–day)(, year): "May 7", "May 7–10, 2025".
		if n, ok := num(i+1, 1, 31); ok {
			day = n
			k := i + 2
			if dash(k) {
				if n2, ok := num(k+1, 1, 31); ok && n2 > day {
					day2 = n2
					k += 2
				}
			}
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			year, _ = num(k, 1800, 2200)
		} else if n, ok := num(i-1, 1, 31); ok {
			// day(–day) Month (year): "7 May 2025", "7-10 May".
			day = n
			if dash(i - 2) {
				if n0, ok := num(i-3, 1, 31); ok && n0 < day {
					day, day2 = n0, n
				}
			}
			year, _ = num(i+1, 1800, 2200)
		} else {
			continue
		}
		if year == 0 {
			if refT.IsZero() {
				return ""
			}
			year = refT.Year()
			if time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC).After(refT.AddDate(0, 1, 0)) {
				year--
			}
		}
		start := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
		if start.Day() != day {
			continue // no such day ("February 30")
		}
		out := start.Format("2006-01-02")
		if day2 > 0 {
			end := time.Date(year, time.Month(mon), day2, 0, 0, 0, 0, time.UTC)
			if end.Day() == day2 {
				out = fmt.Sprintf("%s/%s", out, end.Format("2006-01-02"))
			}
		}
		return out
	}
	return ""
}

// possessorEndingAt returns the mention of in followed by the possessive
// "'s" at token k: the owner named before an event.
func possessorEndingAt(in []placed, k int) (placed, bool) {
	for _, q := range in {
		if q.tokEnd == k && !q.coref {
			return q, true
		}
	}
	return placed{}, false
}

// conflictHeads are the event heads a country's demonym before them
// makes the country a party to: "the American war against drugs", "the
// Soviet invasion"; not "the Japanese election" or "the Hong Kong summit".
var conflictHeads = map[string]bool{"war": true, "campaign": true, "attack": true, "attacks": true,
	"offensive": true, "invasion": true, "bombing": true, "raid": true, "raids": true, "fight": true, "crusade": true}

// demonymLeads reports whether country x opens event m's name as a
// demonym and m's head is a conflict or campaign.
func (rb *relBuilder) demonymLeads(x, m placed) bool {
	d := rb.d
	e := rb.ex.Entities[x.ent]
	if x.tokStart != m.tokStart || x.coref || e.Type != graph.Country || isDemonymFree(e, d, x) {
		return false
	}
	for k := x.tokEnd; k < m.tokEnd; k++ {
		if conflictHeads[low(d.Tokens[k])] {
			return true
		}
	}
	return false
}
