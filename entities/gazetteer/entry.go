package gazetteer

import (
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// AliasKind says where an alias comes from and how far to trust it.
type AliasKind string

// The alias kinds, strongest first.
const (
	// KindName is a full name from a source ("Pakistan", "Bharatiya Janata
	// Party", "Shehbaz Sharif").
	KindName AliasKind = "name"
	// KindShort is an abbreviation or short name given by a source ("PPP",
	// "UAE", "NATO").
	KindShort AliasKind = "short"
	// KindDemonym names a country's people or is its adjective ("Pakistani",
	// "Pakistanis").
	KindDemonym AliasKind = "demonym"
	// KindCode is a country code (ISO 3166 alpha-2 or alpha-3: "PK", "PAK").
	KindCode AliasKind = "code"
	// KindDerived is weak: a variant the generator made (an acronym, a form
	// without parentheses, a surname alone), a one-word generic short form
	// ("Congress"), a name shared by parties of several countries, or a
	// one-word name that is also a common English word ("Reading", "Nice").
	// Accept it only when the entry's country is mentioned nearby.
	KindDerived AliasKind = "derived"
)

// Kinds lists the alias kinds, strongest first.
var Kinds = []AliasKind{KindName, KindShort, KindDemonym, KindCode, KindDerived}

// Rank orders kinds: 0 for KindName up to 4 for KindDerived; 5 for an unknown kind.
func (k AliasKind) Rank() int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

// Valid reports whether k is one of Kinds.
func (k AliasKind) Valid() bool { return k.Rank() < len(Kinds) }

// Alias is one surface form of an entry.
type Alias struct {
	// Text is the form as the source writes it, case and punctuation kept.
	Text string
	Kind AliasKind
}

// Weak reports whether the alias should be accepted only with supporting
// context (its kind is KindDerived).
func (a Alias) Weak() bool { return a.Kind == KindDerived }

// Upper reports whether Text is written in capitals ("US", "U.S.",
// "PML-N", "G7"): it has at least two letters and no lower-case letter.
// Such an alias is an abbreviation, and the text that matched it should be
// in capitals too, or "US" would also match the pronoun "us" and "WHO" the
// pronoun "who" (keys are case-folded).
func (a Alias) Upper() bool {
	letters := 0
	for _, r := range a.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Entry is one known entity.
type Entry struct {
	// ID is stable across regenerations and unique: "country:PK",
	// "place:1176615" (GeoNames id), "place:AD.03:vila" (a town without a
	// GeoNames id), "region:IN.12" (first-level admin region),
	// "area:south-asia" (continent or world region), "party:422" (Party
	// Facts id), "party:PK:pakistan-peoples-party" (Factbook only),
	// "org:Q1065" (Wikidata), "org:g-77" (no QID),
	// "person:PK:muhammad-shehbaz-sharif".
	ID string
	// Name is the canonical English name.
	Name string
	Type graph.Type
	// Country is the ISO 3166 alpha-2 code of the entry's country (its own
	// code for a country); "" for international bodies and world regions.
	Country string
	// QID is the Wikidata ID, "" when unknown.
	QID string
	// Population is known for places and countries; 0 means unknown. For
	// admin regions it is the sum over the region's GeoNames cities, a
	// lower bound.
	Population int
	// Share is a party's best national vote share in per cent (Party
	// Facts); 0 when unknown.
	Share float64
	// Capital marks a national capital (places).
	Capital bool
	// Role is a person's office ("Prime Minister").
	Role string
	// Capitals names a country's capital city or cities.
	Capitals []string
	// Aliases are the entry's surface forms, Name first (with kind KindName, or
	// KindDerived when the name is a common word). No two share a Key.
	Aliases []Alias
}

// typeRank orders entry types for Lookup when kind and population tie.
func typeRank(t graph.Type) int {
	switch t {
	case graph.Country:
		return 0
	case graph.Organization:
		return 1
	case graph.Place:
		return 2
	case graph.Party:
		return 3
	case graph.Person:
		return 4
	}
	return 5
}
