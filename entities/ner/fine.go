package ner

import (
	"strings"
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
var partyHeads = map[string]bool{
	"party": true, "parties": true, "league": true, "congress": true, "front": true,
	"alliance": true, "movement": true, "democrats": true, "republicans": true,
	"socialists": true, "conservatives": true, "liberals": true, "greens": true,
	"labour": true, "tories": true, "union": false,
}

// eventWords are words that make a name an event.
var eventWords = map[string]bool{
	"election": true, "elections": true, "referendum": true, "war": true, "revolution": true,
	"olympics": true, "games": true, "cup": true, "championship": true, "championships": true,
	"summit": true, "conference": true, "crisis": true, "uprising": true, "massacre": true,
	"battle": true, "attack": true, "attacks": true, "protests": true, "protest": true,
	"coup": true, "treaty": false, "tournament": true, "open": true, "festival": true,
	"rebellion": true, "riots": true, "strike": true, "invasion": true, "operation": true,
	"primary": true, "primaries": true, "by-election": true, "caucus": true, "caucuses": true,
}

// spanGaz returns the gazetteer classes of a whole span's name.
func (m *Model) spanGaz(toks []string) uint32 {
	if m.gaz == nil || len(toks) > m.gazMax {
		return 0
	}
	h := uint64(fnvOffset)
	var nb []byte
	n := 0
	for _, t := range toks {
		nb = gazNorm(nb[:0], t)
		if len(nb) == 0 {
			continue
		}
		if n > 0 {
			h = fnvByte(h, ' ')
		}
		h = fnvBytes(h, nb)
		n++
	}
	if n == 0 {
		return 0
	}
	v, _ := m.gaz.get(mix(h, 'g'))
	return v
}

// fineType maps one coarse span (PER, LOC, ORG, MISC) to a newsgraph type
// by its gazetteer classes and its words.
func (m *Model) fineType(typ string, toks []string) string {
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
// misc). A model trained on fine labels reports its own types; a coarse
// model's PER, LOC, ORG and MISC are mapped with the gazetteer and head
// words.
func (m *Model) FineChunks(sents [][]string) [][]Chunk {
	chunks := m.Chunks(sents)
	if m.fine() {
		return chunks
	}
	for si, cs := range chunks {
		for i, c := range cs {
			cs[i].Type = m.fineType(c.Type, sents[si][c.Start:c.End])
		}
	}
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
