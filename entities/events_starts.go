package entities

import (
	"math/bits"
	"sync"
)

// Where the token rules of placeEvents may start. Each of those rules
// used to walk every token of the article and test its first word (a
// word list, a bit test or a map lookup): some thirty walks an article on
// the ingest's hot path. eventStartsOf walks the tokens once, looks each
// token's vocabulary number up in one table of rule bits (startMasks),
// and lists for each rule the tokens it may start at; a rule then reads
// only those, in text order, and still tests all its conditions itself,
// so what it finds is what its own walk found.

// eventRule numbers the token rules of placeEvents.
type eventRule uint8

const (
	startBetween eventRule = iota
	startActed
	startElection // electionEvents, heldElectionEvents, electionResultEvents
	startReelection
	startDeclaration
	startTrial
	startTalks
	startCue
	startHosted
	startParty
	startSigned
	startPact
	startMadeDeal
	startBought
	startMerged
	startOffer
	startAgreed
	startMet
	startAddressed
	startConfidence
	startCapitalised
	startLightVerb
	startSaidIn
	startOwned
	startGatherObject
	startByAgent
	startPhrase
	startLed
	startWon
	startIntent
	startLedGathering
	numEventRules
)

// eventRuleFirsts are, for each rule, the lists its first word is in (a
// rule may start at no other word).
var eventRuleFirsts = [numEventRules][]*wordIndex{
	startBetween:      {eventHeadsIx},
	startActed:        {actedHeadsIx},
	startElection:     {electionHeadsIx},
	startReelection:   {indexSet(map[string]bool{"reelection": true, "re-election": true, "re": true})},
	startDeclaration:  {declarationVerbsIx},
	startTrial:        {indexSet(trialHeads)},
	startTalks:        {talksOpenersIx},
	startCue:          {indexKeys(eventCues)},
	startHosted:       {hostVerbsIx},
	startParty:        {actedDeterminersIx},
	startSigned:       {signingIx, suitMakersIx, indexSet(map[string]bool{"set": true, "entered": true})},
	startPact:         {suitHeadsIx, signedHeadsIx},
	startMadeDeal:     {dealMadeVerbsIx},
	startBought:       {buyVerbsIx},
	startMerged:       {mergeVerbsIx},
	startOffer:        {indexSet(offerVerbs)},
	startAgreed:       {indexSet(map[string]bool{"agreed": true})}, // agreedAt asks for this exact text
	startMet:          {meetVerbsIx},
	startAddressed:    {addressVerbsIx, indexSet(map[string]bool{"addressing": true})},
	startConfidence:   {indexSet(map[string]bool{"confidence": true})}, // strings.EqualFold: no letter of it folds beyond ASCII
	startCapitalised:  {eventHeadsIx},
	startLightVerb:    {indexSet(lightVerbs)},
	startSaidIn:       {inIx},
	startOwned:        {ownersIx},
	startGatherObject: {gatherVerbsIx},
	startByAgent:      {indexKeys(phraseHeads), indexSet(gatheringHeads, byOccasionHeads)},
	startPhrase:       {indexKeys(phraseHeads)},
	startLed:          {ledIx},
	startWon:          {wonVerbsIx},
	startIntent:       {intentVerbsIx},
	startLedGathering: {indexSet(ledGatheringHeads)},
}

// startMasks holds, for each vocabulary number, the rules whose first
// word it is (bit r: rule r).
var (
	startMasks     []uint32
	startMasksOnce sync.Once
)

// buildStartMasks fills startMasks from the rules' lists.
func buildStartMasks() {
	vocabOnce.Do(buildVocab)
	startMasks = make([]uint32, vocabFirst+len(vocab))
	for r, ws := range eventRuleFirsts {
		for _, w := range ws {
			for id := range startMasks {
				if w.bits[id>>6]&(1<<(id&63)) != 0 {
					startMasks[id] |= 1 << r
				}
			}
		}
	}
}

// startMask returns the rules that may start at token t.
func startMask(t *Token) uint32 {
	if v := t.Vocab; v != vocabNone {
		return startMasks[v]
	}
	var m uint32
	for r, ws := range eventRuleFirsts {
		for _, w := range ws {
			if w.unnumbered(t) {
				m |= 1 << r
				break
			}
		}
	}
	return m
}

// eventStarts lists, for each rule, the tokens it may start at.
type eventStarts struct {
	pos  []int                  // the tokens, rule by rule, each rule's in text order
	ends [numEventRules + 1]int // rule r's tokens are pos[ends[r]:ends[r+1]]
}

// of returns the tokens rule r may start at, in text order.
func (s *eventStarts) of(r eventRule) []int { return s.pos[s.ends[r]:s.ends[r+1]] }

// eventStartsOf finds where each rule may start in d.
func eventStartsOf(d *Document) *eventStarts {
	startMasksOnce.Do(buildStartMasks)
	s := &eventStarts{}
	var counts [numEventRules]int
	for i := range d.Tokens {
		for m := startMask(&d.Tokens[i]); m != 0; m &= m - 1 {
			counts[bits.TrailingZeros32(m)]++
		}
	}
	next := counts // where each rule's next token goes
	total := 0
	for r, n := range counts {
		s.ends[r] = total
		next[r] = total
		total += n
	}
	s.ends[numEventRules] = total
	s.pos = make([]int, total)
	for i := range d.Tokens {
		for m := startMask(&d.Tokens[i]); m != 0; m &= m - 1 {
			r := bits.TrailingZeros32(m)
			s.pos[next[r]] = i
			next[r]++
		}
	}
	return s
}
