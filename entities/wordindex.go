package entities

import (
	"sync"

	"github.com/newsgraph/newsgraph/entities/text"
)

// Word lists by number. Many rules scan every token of an article and ask
// whether its lower-case form is in some word list (eventHeads,
// signVerbs, ...): a string hash and compare per token, per rule. A
// wordIndex shadows one list with a bit set over a shared vocabulary, the
// union of every indexed list; the segment stage looks each token up in
// the vocabulary once (numberTokens) and stores the number in
// Token.Vocab, and the rules then test a bit. The lists themselves stay
// maps, for lookups of strings that are no token's lower case.
//
// The vocabulary is built on first use, after package initialisation,
// from the lists as they are then: an indexed list must not change after
// it.

// Token.Vocab values: unnumbered (the token was made by hand or segmented
// elsewhere: has falls back to the map), in no indexed list, and the first
// number of a vocabulary word.
const (
	vocabNone  = 0
	vocabOther = 1
	vocabFirst = 2
)

// wordIndex is one word list by number.
type wordIndex struct {
	keys func() []string // the list's words (for a bool map, those set to true)
	has  func(l string) bool
	bits []uint64 // bit n: vocabulary word n is in the list
}

// The indexed lists, each named after its list (Ix: by number).
var (
	eventHeadsIx       = indexSet(eventHeads)
	signingIx          = indexSet(signVerbs, agreementActs, pactMakers)
	suitMakersIx       = indexSet(suitMakers)
	suitHeadsIx        = indexSet(suitHeads)
	signedHeadsIx      = indexSet(signedHeads)
	actedDeterminersIx = indexSet(actedDeterminers)
	addressVerbsIx     = indexSet(addressVerbs)
	electionHeadsIx    = indexSet(electionHeads)
	actedHeadsIx       = indexKeys(actedHeads)
	roleCueIx          = indexSet(roleNouns, honorifics)
	classNounsIx       = indexKeys(classNouns)
	sportsWordsIx      = indexSet(sportsWords)
	pronounGendersIx   = indexKeys(pronounGenders)
	visitNounsIx       = indexSet(visitNouns)
	partyNicknamesIx   = indexKeys(partyNicknames)
	eventModifiersIx   = indexSet(eventModifiers, seasonWords) // the modifiers placeEvents drops
	nonNamesIx         = indexSet(nonNames)
	suitRoleNounsIx    = indexSet(suitRoleNouns)
	hostVerbsIx        = indexSet(hostVerbs)
	declarationVerbsIx = indexSet(declarationVerbs)
	talksOpenersIx     = indexSet(talksVerbs, talksPrepositions)
	sportCuesIx        = indexKeys(sportCues)
	meetingNounsIx     = indexSet(meetingNouns)
	ownedEventHeadsIx  = indexSet(ownedEventHeads)
	attendOpenersIx    = indexSet(attendVerbs, takeVerbs, participateVerbs, gatheringToVerbs) // attendObjectStart's verbs
)

// indexedLists are every wordIndex made, in order; vocab numbers their
// words.
var (
	indexedLists []*wordIndex
	vocabOnce    sync.Once
	vocab        map[string]uint32
	// vocabMaxLen and vocabFirst are the longest word of vocab and the
	// bytes its words start with: most tokens (punctuation, numbers,
	// long words) are known to be no word of it without a lookup.
	vocabMaxLen    int
	vocabFirstByte [256]bool
)

// indexSet indexes the union of word sets: bool maps whose true entries
// are their words.
func indexSet(ms ...map[string]bool) *wordIndex {
	w := &wordIndex{
		keys: func() []string {
			var ks []string
			for _, m := range ms {
				for k, ok := range m {
					if ok {
						ks = append(ks, k)
					}
				}
			}
			return ks
		},
		has: func(l string) bool {
			for _, m := range ms {
				if m[l] {
					return true
				}
			}
			return false
		},
	}
	indexedLists = append(indexedLists, w)
	return w
}

// indexKeys indexes the keys of a map of any value: has then reports a
// key present, whatever its value.
func indexKeys[V any](m map[string]V) *wordIndex {
	w := &wordIndex{
		keys: func() []string {
			ks := make([]string, 0, len(m))
			for k := range m {
				ks = append(ks, k)
			}
			return ks
		},
		has: func(l string) bool { _, ok := m[l]; return ok },
	}
	indexedLists = append(indexedLists, w)
	return w
}

// buildVocab numbers the words of every indexed list and fills their bit
// sets.
func buildVocab() {
	vocab = map[string]uint32{}
	for _, w := range indexedLists {
		for _, k := range w.keys() {
			if _, ok := vocab[k]; !ok && k != "" {
				vocab[k] = uint32(vocabFirst + len(vocab))
				vocabMaxLen = max(vocabMaxLen, len(k))
				vocabFirstByte[k[0]] = true
			}
		}
	}
	n := (vocabFirst + len(vocab) + 63) / 64
	for _, w := range indexedLists {
		w.bits = make([]uint64, n)
		for _, k := range w.keys() {
			id, ok := vocab[k]
			if !ok {
				continue // ""
			}
			w.bits[id>>6] |= 1 << (id & 63)
		}
	}
}

// numberTokens sets the Vocab number of every token of toks.
func numberTokens(toks []text.Token) {
	vocabOnce.Do(buildVocab)
	for i := range toks {
		id := uint32(vocabOther)
		if l := toks[i].LowerText(); l != "" && len(l) <= vocabMaxLen && vocabFirstByte[l[0]] {
			if n, ok := vocab[l]; ok {
				id = n
			}
		}
		toks[i].Vocab = id
	}
}

// of reports whether token t's lower-case text is in the list.
func (w *wordIndex) of(t Token) bool { return w.ofTok(&t) }

// at is of for token k of d, without copying the token (a Token passed
// by value is copied even when the call is inlined): the form for loops
// over every token.
func (w *wordIndex) at(d *Document, k int) bool { return w.ofTok(&d.Tokens[k]) }

// ofTok is of by pointer.
func (w *wordIndex) ofTok(t *Token) bool {
	if v := t.Vocab; v != vocabNone {
		return w.bits[v>>6]&(1<<(v&63)) != 0
	}
	return w.unnumbered(t)
}

// unnumbered is of for a token without a number: a lookup in the list.
func (w *wordIndex) unnumbered(t *Token) bool { return w.has(t.LowerText()) }

// in reports whether a token in [i, j) of d is in the list (hasWord).
func (w *wordIndex) in(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if w.at(d, k) {
			return true
		}
	}
	return false
}
