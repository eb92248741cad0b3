package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// Entity is an entity of one article: its mentions resolved to one thing.
type Entity struct {
	Name string
	Type graph.Type
	// Entry is the gazetteer entry the entity is, or nil.
	Entry *gazetteer.Entry
	// Aliases are the surface forms seen, including Name.
	Aliases []string
	// Mentions are the spans naming it, in text order. An entity added
	// only to carry a relation (a capital's country) has none.
	Mentions []graph.Span
	// Implied marks an entity the article concerns without naming it: the
	// country of a place it names, or of its dateline. Linking records the
	// article as mentioning it, with no spans.
	Implied bool
	// Words are a person's name words as keys, honorifics dropped
	// ("bilawal", "bhutto", "zardari"); nil for other types.
	Words []string
	// Roles are the role titles that introduced a person.
	Roles []string
	// Acronyms are abbreviations defined for the entity in the text.
	Acronyms []string
	// WeakType marks a person typed only by the wording around the name
	// ("X Y said"), or another entity typed only by the trained
	// recognizer (a one-word small town it found, the gazetteer giving
	// the entry, too): linking lets a stored organization of the same name
	// claim such a person ("Wells Fargo said"), and the one stored person
	// of that surname such a one-word organization or place ("Dulbecco
	// was born in"), unless it is a word of a company's name of the same
	// article ("Webb" beside "Del E. Webb Corp").
	WeakType bool
	// Attrs are facts read from the text, such as an event's "date"
	// (ISO 8601); nil when there are none.
	Attrs map[string]string
}

// Surname returns a person's last name word (as a key), or "".
func (e *Entity) Surname() string {
	if len(e.Words) == 0 {
		return ""
	}
	return e.Words[len(e.Words)-1]
}

// Relation links two entities of an extraction by index.
type Relation struct {
	From, To  int
	Kind      graph.Kind
	Sentences []graph.Span
	// Confidence in (0, 1] says how sure the pattern that found the
	// relation is; 0 means certain (1).
	Confidence float64
	// Attrs holds the relation's attributes ("role", "date"), or nil.
	Attrs map[string]string
}

// Extraction is what one article yields.
type Extraction struct {
	Entities  []*Entity
	Relations []Relation
}

// ArticleInfo is what the extractor may know about an article besides its
// text.
type ArticleInfo struct {
	// Date is the article's date, ISO 8601 ("2025-05-18"), or "". Dates in
	// the text that omit the year ("on May 7") take it from here.
	Date string
	// Place is the article's dateline place ("ISLAMABAD"), or "". A place
	// the gazetteer knows joins the extraction as implied, with its
	// country.
	Place string
	// Region is the region the dateline gives after its place ("Calif."),
	// or "": it picks the place of that name in the region's country.
	Region string
}

// entityFor returns the index of the extraction's entity for gazetteer
// entry c, adding it as implied when the article does not name it.
func (ex *Extraction) entityFor(c *gazetteer.Entry) int {
	i := slices.IndexFunc(ex.Entities, func(o *Entity) bool { return o.Entry == c })
	if i < 0 {
		ex.Entities = append(ex.Entities, &Entity{Name: c.Name, Type: c.Type, Entry: c, Implied: true})
		i = len(ex.Entities) - 1
	}
	return i
}
