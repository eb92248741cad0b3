package ner

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// The newsgraph types Fine reports, besides "misc".
const (
	FinePerson       = "person"
	FineParty        = "party"
	FineCountry      = "country"
	FineOrganization = "organization"
	FinePlace        = "place"
	FineEvent        = "event"
	FineMisc         = "misc"
)

// CrossNERTypes maps the labels of the CrossNER politics data to
// newsgraph's types.
var CrossNERTypes = map[string]string{
	"politician":     FinePerson,
	"person":         FinePerson,
	"politicalparty": FineParty,
	"country":        FineCountry,
	"location":       FinePlace,
	"organisation":   FineOrganization,
	"event":          FineEvent,
	"election":       FineEvent,
	"misc":           FineMisc,
}

// partyHeads are words that make an organization a party.
var partyHeads = lexicon.Set("ner_party_heads")

// eventWords are words that make a name an event.
var eventWords = lexicon.Set("ner_event_words")

// spanGaz returns the gazetteer classes of a whole span's name.
func (m *Model) spanGaz(toks []string) uint32 {
	if m.gaz == nil || len(toks) > m.gazMax {
		return 0
	}
	h := uint64(fold.FNVOffset)
	var nb []byte
	n := 0
	for _, t := range toks {
		nb = gazNorm(nb[:0], t)
		if len(nb) == 0 {
			continue
		}
		if n > 0 {
			h = fold.FNVByte(h, ' ')
		}
		h = fold.FNVBytes(h, nb)
		n++
	}
	if n == 0 {
		return 0
	}
	v, _ := m.gaz.Get(mix(h, 'g'))
	return v
}

// FineType maps one coarse name (PER, LOC, ORG, MISC) to a newsgraph type
// by its gazetteer classes and its words.
func (m *Model) FineType(typ string, toks []string) string {
	g := m.spanGaz(toks)
	has := func(c int) bool { return g&(1<<c) != 0 }
	anyWord := func(set map[string]bool) bool {
		for _, t := range toks {
			if set[strings.ToLower(t)] {
				return true
			}
		}
		return false
	}
	switch typ {
	case "PER":
		if has(gazParty) && !has(gazPerson) {
			return FineParty
		}
		return FinePerson
	case "LOC":
		if has(gazCountry) {
			return FineCountry
		}
		return FinePlace
	case "ORG":
		if has(gazParty) || anyWord(partyHeads) {
			return FineParty
		}
		if has(gazCountry) && !has(gazOrg) {
			return FineCountry
		}
		return FineOrganization
	case "MISC":
		if has(gazDemonym) {
			return FineMisc
		}
		if anyWord(eventWords) {
			return FineEvent
		}
		if has(gazParty) {
			return FineParty
		}
		return FineMisc
	}
	return strings.ToLower(typ)
}

// FineChunks tags one document and returns its names typed with
// newsgraph's types (person, party, country, organization, place, event,
// misc). A model trained on fine labels (DefaultFine) reports its own
// types; a coarse model's PER, LOC, ORG and MISC are mapped by rules, with
// the gazetteer and head words.
func (m *Model) FineChunks(sents [][]string) [][]Chunk {
	chunks := m.Chunks(sents)
	if !m.fine() {
		for si, cs := range chunks {
			for i, c := range cs {
				cs[i].Type = m.FineType(c.Type, sents[si][c.Start:c.End])
			}
		}
	}
	m.acronymParties(sents, chunks) // before fixNames: its party lists count them
	fixNames(sents, chunks)
	m.fixPlaces(sents, chunks)
	seatPlaces(sents, chunks)
	knownOrganizations(sents, chunks)
	for si := range chunks {
		chunks[si] = orgListItems(sents[si], chunks[si])
	}
	partyCues(sents, chunks)
	m.personMentions(sents, chunks)
	m.newspapers(sents, chunks)
	families(sents, chunks)
	typeAcronyms(sents, chunks)
	m.partyAliasAcronyms(sents, chunks)
	return chunks
}

// fine reports whether the model was trained on newsgraph's types.
func (m *Model) fine() bool {
	for _, t := range m.types {
		if t == FineParty {
			return true
		}
	}
	return false
}

// TagFine is Tag with newsgraph's types (B-party, I-country, ...).
func (m *Model) TagFine(sents [][]string) [][]string {
	chunks := m.FineChunks(sents)
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = IOB2(chunks[i], len(s))
	}
	return out
}

// fineTypes are the types of a fine model, in label order.
var fineTypes = []string{FineCountry, FineEvent, FineMisc, FineOrganization, FineParty, FinePerson, FinePlace}

// FineTypes returns the types of a fine model.
func FineTypes() []string { return slices.Clone(fineTypes) }

// stackFeatures computes the features a fine model takes from its coarse
// base model: the base label of each token and its neighbours, and the
// rule-mapped type and gazetteer classes of the base name holding it.
// Features of token i are feats[off[i]:off[i+1]]; off is nil for a model
// without a base.
func (m *Model) stackFeatures(sents [][]string, feats []uint64, off []int) ([]uint64, []int) {
	if m.base == nil {
		return feats[:0], nil
	}
	feats, off = feats[:0], append(off[:0], 0)
	chunks := m.base.Chunks(sents)
	for si, s := range sents {
		lab := make([]uint64, len(s)+2) // base label hashes, padded
		rule := make([]uint64, len(s))
		for i := range lab {
			lab[i] = wordHash("O")
		}
		lab[0], lab[len(s)+1] = wordHash("<s>"), wordHash("</s>")
		for i := range rule {
			rule[i] = wordHash("O")
		}
		for _, c := range chunks[si] {
			span := s[c.Start:c.End]
			ft := m.base.FineType(c.Type, span)
			g := m.base.spanGaz(span)
			for i := c.Start; i < c.End; i++ {
				p := byte('I')
				switch {
				case c.End-c.Start == 1:
					p = 'U'
				case i == c.Start:
					p = 'B'
				case i == c.End-1:
					p = 'L'
				}
				lab[i+1] = fold.FNVByte(wordHash(c.Type), p)
				rule[i] = fold.FNVByte(wordHash(ft), p)
				if i == c.Start {
					rule[i] = mix(rule[i], uint64(g)) // the start carries the classes
				}
			}
		}
		for i := range s {
			feats = append(feats,
				mix(fBase, lab[i+1]),
				mix(fBasePrev, lab[i]),
				mix(fBaseNext, lab[i+2]),
				mix(fRule, rule[i]),
				mix(mix(fBase, lab[i+1]), lab[i+2]),
			)
			off = append(off, len(feats))
		}
	}
	return feats, off
}
