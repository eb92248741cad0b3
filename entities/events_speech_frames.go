package entities

import "github.com/newsgraph/newsgraph/entities/lexicon"

// actFrame is one family of acts that the subject of a verb phrase takes
// part in (events_speech_acts.go): the verb phrases, each a sequence of
// lower-case words right before the act's determiner, the act's heads,
// the words one of which must follow the head (none: any) and whether
// capitalised words may modify the head ("the annual Dimbleby Lecture").
type actFrame struct {
	verbs [][]string
	heads map[string]bool
	after map[string]bool
	caps  bool
}

// phrases splits verb phrases into their words.
func phrases(ps ...string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = lowerWords(p)
	}
	return out
}

// actVerbFrames are the families: a politician's tour (begun, ended,
// returned from, on), a row or controversy (embroiled in, at the centre
// of, sparked), a campaign or drive (launched, led, waged), a vote or
// ballot (begun, forced, taken; won, lost and held are lightVerbEvents'
// for "vote"; voted, abstained, rebelled or was defeated in one), an
// attempt on someone's position (survived, fought off), a debate
// (opened, spoke in, wound up) and a lecture or exhibition (delivered,
// opened). Verbs that only comment ("X criticised the campaign", "X
// backed the tour", "X welcomed the debate") are not here: taking part
// is doing, leading, suffering or surviving the act.
var actVerbFrames = []actFrame{
	{verbs: phrases("began", "begun", "begins", "started", "starts", "ended", "ends", "completed", "concluded",
		"undertook", "undertaken", "embarked on", "embarks on", "embarked upon", "set off on", "sets off on",
		"returned from", "returns from", "is on", "was on", "are on", "were on", "cut short", "wrapped up",
		"kicked off", "kicks off", "continued", "continues", "continued with"),
		heads: map[string]bool{"tour": true}},
	{verbs: phrases("embroiled in", "caught up in", "involved in", "mired in", "at the centre of", "at the center of",
		"at the heart of", "dragged into", "sparked", "sparks", "triggered", "triggers", "provoked", "provokes",
		"ignited", "reignited"),
		heads: map[string]bool{"row": true, "controversy": true, "furore": true, "furor": true, "scandal": true,
			"dispute": true}},
	{verbs: phrases("launched", "launches", "launch", "began", "begun", "begins", "started", "starts", "led", "leads",
		"leading", "mounted", "mounts", "mounting", "spearheaded", "spearheads", "spearheading", "stepped up",
		"steps up", "waged", "wages", "waging", "ran", "runs", "running", "fronted", "fronts", "fronting",
		"kicked off", "kicks off", "embarked on"),
		heads: campaignHeads},
	{verbs: phrases("began", "begun", "begins", "started", "starts", "forced", "forces", "took", "takes", "wins",
		"loses"),
		heads: map[string]bool{"vote": true}},
	{verbs: phrases("voted in", "votes in", "abstained in", "abstains in", "rebelled in", "rebels in", "defeated in",
		"beaten in", "voted during", "abstained during"),
		heads: map[string]bool{"vote": true, "ballot": true}, caps: true},
	{verbs: phrases("held", "holds", "staged", "stages", "began", "begun", "forced", "forces", "called", "calls", "won",
		"wins", "lost", "loses"),
		heads: map[string]bool{"ballot": true}},
	{verbs: phrases("survived", "survives", "fought off", "fights off", "fended off", "fends off", "saw off",
		"sees off", "defeated", "defeats", "foiled", "foils", "thwarted", "thwarts", "beat off", "beats off",
		"headed off", "resisted", "resists", "faces", "faced"),
		heads: map[string]bool{"attempt": true, "bid": true, "move": true, "plot": true},
		after: map[string]bool{"to": true, "on": true}},
	{verbs: phrases("opened", "opens", "led", "leads", "won", "wins", "spoke in", "speaks in", "spoke during",
		"speaking in", "speaking during", "intervened in", "took part in", "takes part in", "taking part in",
		"wound up", "winds up", "winding up"),
		heads: map[string]bool{"debate": true}, caps: true},
	{verbs: phrases("opened", "opens", "gave", "gives", "delivered", "delivers", "staged", "stages", "hosted", "hosts",
		"mounted", "curated"),
		heads: map[string]bool{"exhibition": true, "lecture": true}, caps: true},
}

// actPhrase is one verb phrase of frame actVerbFrames[frame].
type actPhrase struct {
	frame int
	words []string
}

// actPhrasesByFirst indexes the verb phrases of actVerbFrames by their
// first word, so a token is tried only against the phrases it can open.
var actPhrasesByFirst = func() map[string][]actPhrase {
	m := map[string][]actPhrase{}
	for fi, f := range actVerbFrames {
		for _, p := range f.verbs {
			m[p[0]] = append(m[p[0]], actPhrase{fi, p})
		}
	}
	return m
}()

// actOpeners are the words a speech act's match can start at: the first
// words of actVerbFrames' phrases, "in" and "during" (interviewIn), the
// verbs of interviewGivers, the heads of utteranceMadeBy and campaignBy
// and the owners of ownedInterview.
var actOpeners = func() map[string]bool {
	m := map[string]bool{"in": true, "during": true, "his": true, "her": true, "'s": true, "’s": true}
	for w := range actPhrasesByFirst {
		m[w] = true
	}
	for _, set := range []map[string]bool{interviewGivers, madeUtterances, campaignHeads} {
		for w, ok := range set {
			m[w] = ok
		}
	}
	return m
}()

// actHeadsIx indexes the heads of every act of events_speech_acts.go and
// this file: a sentence without one is not read further.
var actHeadsIx = indexSet(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{placedHeads, madeInHeads, madeUtterances, campaignHeads} {
		for w, ok := range set {
			m[w] = ok
		}
	}
	for _, f := range actVerbFrames {
		for w, ok := range f.heads {
			m[w] = ok
		}
	}
	return m
}())

// actOpenersIx is actOpeners by number (wordindex.go).
var actOpenersIx = indexSet(actOpeners)

// campaignHeads are the heads of campaigns: "an anti-smoking campaign",
// "a recruitment drive".
var campaignHeads = map[string]bool{"campaign": true, "drive": true, "crackdown": true, "crusade": true, "blitz": true}

// newspaperWords end newspapers' names ("the Daily Mail", "the Evening
// Standard"; the list of entities/ner).
var newspaperWords = lexicon.Set("ner_newspaper_words")

// campaignBy finds a campaign its own phrase names the runner of, with
// the head at token h: "a campaign by Y", "the recruitment drive by Y",
// and a newspaper's "a campaign in the Daily Mail (newspaper)". A
// campaign "in" any other name is where it runs ("a campaign in Ohio").
func campaignBy(d *Document, s Sentence, h int, nameAt func(k int) int) (speechAct, bool) {
	if !campaignHeads[low(d.Tokens[h])] || d.Tokens[h].Cap() || h+2 >= s.TokEnd || h-1 <= s.TokStart {
		return speechAct{}, false
	}
	b := h - 1
	for b > s.TokStart && h-b <= 2 && (talksModifier(d.Tokens[b]) || gradingWords[low(d.Tokens[b])]) && !actedDeterminers[low(d.Tokens[b])] {
		b--
	}
	if !actedDeterminers[low(d.Tokens[b])] || low(d.Tokens[b]) == "his" || low(d.Tokens[b]) == "her" {
		return speechAct{}, false
	}
	st := b + 1
	for st < h && gradingWords[low(d.Tokens[st])] {
		st++ // "a fierce campaign": as actHeadAt, grading words stay out
	}
	by := low(d.Tokens[h+1])
	if by != "by" && by != "in" {
		return speechAct{}, false
	}
	k := h + 2
	if low(d.Tokens[k]) == "the" {
		k++
	}
	n := -1
	if by == "by" {
		k, n = longestNameAt(d, k, s.TokEnd, nameAt) // "by Russian President X": X
	} else {
		n = nameAt(k)
	}
	paper := n >= 0 && n < s.TokEnd && low(d.Tokens[n]) == "newspaper"
	if n < 0 || !paper && nameQualifies(d, n, s.TokEnd) {
		return speechAct{}, false
	}
	if by == "in" && !newspaperWords[low(d.Tokens[n-1])] && (n >= s.TokEnd || low(d.Tokens[n]) != "newspaper") {
		return speechAct{}, false
	}
	return speechAct{s: st, e: h + 1, subj: -1, objs: []int{k}}, true
}

// longestNameAt returns the first token and the end of the name that
// reaches furthest among those starting at token k or at a capitalised
// word after it (at most four): in "by Russian President X" the
// person, not the country of the title; -1, -1 for none.
func longestNameAt(d *Document, k, end int, nameAt func(k int) int) (start, e int) {
	start, e = -1, -1
	for j := k; j < end && j-k <= 4 && d.Tokens[j].Cap() && !d.Tokens[j].Break; j++ {
		if n := nameAt(j); n > e {
			start, e = j, n
		}
	}
	return start, e
}

// actModifierMax bounds the modifiers between an act's determiner and
// its head: "a week-long regional tour".
const actModifierMax = 3

// actOfVerbPhrase finds the act whose determiner follows a verb phrase
// of actVerbFrames that starts at token v; the subject's name ends at
// subjectAnchor.
func actOfVerbPhrase(d *Document, s Sentence, v int) (speechAct, bool) {
	if v <= s.TokStart || d.Tokens[v].Cap() {
		return speechAct{}, false
	}
	for _, fp := range actPhrasesByFirst[low(d.Tokens[v])] {
		f, p := &actVerbFrames[fp.frame], fp.words
		k := v + len(p)
		if k >= s.TokEnd || !wordsAt(d, v, p) {
			continue
		}
		st, h := actHeadAt(d, f, k, s.TokEnd)
		if h < 0 || phraseUnreal(d, v) {
			continue
		}
		if f.after != nil && (h+1 >= s.TokEnd || !f.after[low(d.Tokens[h+1])]) {
			continue
		}
		if h+1 < s.TokEnd && low(d.Tokens[h+1]) == "of" && low(d.Tokens[h]) == "vote" || clauseVerbAt(d, h+1) {
			continue // "a vote of confidence" (confidenceVotes); "X sparked the row was over"
		}
		return speechAct{s: st, e: h + 1, subj: subjectAnchor(d, v)}, true
	}
	return speechAct{}, false
}

// wordsAt reports whether the tokens from i are the words of p, with no
// line break inside the phrase.
func wordsAt(d *Document, i int, p []string) bool {
	for n, w := range p {
		if i+n >= len(d.Tokens) || low(d.Tokens[i+n]) != w || d.Tokens[i+n].Break && n > 0 {
			return false
		}
	}
	return true
}

// actHeadAt returns the first modifier and the head of the act of frame
// f whose determiner is token k ("a week-long tour", "an anti-corruption
// drive", "the 14th Y Lecture"), or -1, -1: grading words after the
// determiner stay out of the name, as in lightVerbEvents.
func actHeadAt(d *Document, f *actFrame, k, end int) (start, head int) {
	if k >= end || !actedDeterminers[low(d.Tokens[k])] {
		return -1, -1
	}
	k++
	for k < end && gradingWords[low(d.Tokens[k])] && !f.heads[low(d.Tokens[k])] {
		k++
	}
	start = k
	for n := 0; k < end && n <= actModifierMax+2; n++ {
		t := d.Tokens[k]
		l := low(t)
		if f.heads[l] && (!t.Cap() || f.caps) {
			if l == "drive" && k > start && low(d.Tokens[k-1]) == "test" {
				return -1, -1 // "a test drive"
			}
			return start, k
		}
		if t.Break || k-start >= actModifierMax+2 {
			break
		}
		switch {
		case isDash(t.Text) && !t.Space && k > start && k+1 < end && !d.Tokens[k+1].Space && d.Tokens[k+1].Word():
			k++ // "week-long": the word after the dash is part of the modifier
		case talksModifier(t) && !negationWords[l]:
		case f.caps && t.Cap() && t.Word() && l != "the":
		case f.caps && isOrdinal(l):
		case (isNumber(t.Text) || numberWords[l]) && k+1 < end && isDash(d.Tokens[k+1].Text) && !d.Tokens[k+1].Space:
		default:
			return -1, -1
		}
		k++
	}
	return -1, -1
}
