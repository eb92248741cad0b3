package graph

import (
	"cmp"
	"slices"
)

// Type is the kind of real-world thing an entity is.
type Type string

// The entity types newsgraph extracts. Every entity has exactly one.
const (
	Person       Type = "person"
	Party        Type = "party"
	Country      Type = "country"
	Organization Type = "organization"
	Place        Type = "place"
	Event        Type = "event"
)

// Types lists every entity type in a fixed order (used for legends and help).
var Types = []Type{Person, Party, Country, Organization, Place, Event}

// ValidType reports whether t is one of Types.
func ValidType(t Type) bool { return slices.Contains(Types, t) }

// Kind is the kind of a relation between two entities.
type Kind string

// Relation kinds. CoMention is undirected: its Source is always the smaller
// ID. The others are directed from the first-named role to the second.
const (
	// CoMention links two entities named in the same sentence; its weight is
	// the number of such sentences.
	CoMention Kind = "co_mention"
	// MemberOf links a person to a political party.
	MemberOf Kind = "member_of"
	// CapitalOf links a capital city (a place) to its country.
	CapitalOf Kind = "capital_of"
	// HoldsRole links a person to the country or organization in which
	// they hold an office; the relation's "role" attribute names it
	// ("Prime Minister").
	HoldsRole Kind = "holds_role"
	// Leads links a person to an organization, party or delegation they
	// head (leader, chairman, chief executive); a country is never led in
	// this sense: its president or prime minister holds a role of it.
	Leads Kind = "leads"
	// AffiliatedWith links a person to an organization that is not a party
	// which they work for, speak for, play for or are a member of ("an
	// analyst at Y", "a spokesman for Y", "Y striker X").
	AffiliatedWith Kind = "affiliated_with"
	// LocatedIn links a place to the country it lies in.
	LocatedIn Kind = "located_in"
	// InvolvedIn links a person, organization or country to an event.
	InvolvedIn Kind = "involved_in"
	// Visits links a person or organization to a place they travel to.
	Visits Kind = "visits"
)

// Kinds lists every relation kind in a fixed order.
var Kinds = []Kind{CoMention, MemberOf, CapitalOf, HoldsRole, Leads, LocatedIn, InvolvedIn, Visits, AffiliatedWith}

// Directed reports whether relations of kind k have a direction.
func (k Kind) Directed() bool { return k != CoMention }

// ID identifies an entity within one store. IDs are assigned in increasing
// order as entities are first seen and never reused.
type ID uint64

// Entity is one real-world person, party, country, organization, place or
// event, merged across every article that mentions it.
type Entity struct {
	ID   ID     `json:"id"`
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Aliases are the other surface forms seen or known for the entity, sorted.
	Aliases []string `json:"aliases"`
	// Mentions counts the entity's mentions over all articles.
	Mentions int `json:"mentions"`
	// Articles counts the articles that mention the entity.
	Articles int `json:"articles"`
	// Attrs holds optional facts from gazetteers, such as "country" (ISO
	// 3166 alpha-2 code) or "wikidata" (the Wikidata ID). Nil when there are none.
	Attrs map[string]string `json:"attrs,omitempty"`
}

// Rename gives the entity the name name: its old name becomes an alias,
// and name is no longer one.
func (e *Entity) Rename(name string) {
	e.Aliases = append(e.Aliases, e.Name)
	e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == name })
	e.Name = name
}

// Evidence is one sentence that supports a relation.
type Evidence struct {
	// Article is the article's ID (see Article.ID).
	Article string `json:"article"`
	// Title is the article's title, copied for readers of exports.
	Title string `json:"title"`
	// Sentence is the sentence text, exactly as it appears in the article's
	// cleaned text between Start and End.
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of the sentence in the article's
	// cleaned text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Relation is an edge between two entities. Weight is the number of
// supporting sentences; Evidence holds them (possibly capped by the reader).
type Relation struct {
	Source ID   `json:"source"`
	Target ID   `json:"target"`
	Kind   Kind `json:"kind"`
	Weight int  `json:"weight"`
	// Confidence in [0, 1] is how sure extraction is that the relation
	// holds: 1 for co-mentions (a fact about the text), lower for relations
	// read from patterns. It is the highest confidence of any evidence.
	Confidence float64 `json:"confidence"`
	// Attrs holds the relation's attributes, such as "role" for holds_role
	// or "date" (ISO 8601) for involved_in. Nil when there are none.
	Attrs    map[string]string `json:"attrs,omitempty"`
	Evidence []Evidence        `json:"evidence"`
}

// Article is the metadata of one ingested article.
type Article struct {
	// ID is derived from a hash of the article's normalised text.
	ID string `json:"id"`
	// Ref is the article's own identifier from its source (the "id" field of
	// a JSON article), or empty.
	Ref    string `json:"ref,omitempty"`
	Title  string `json:"title"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	// Date is ISO 8601 (2006-01-02 or with a time) when it could be read,
	// otherwise empty.
	Date   string `json:"date,omitempty"`
	Byline string `json:"byline,omitempty"`
	Place  string `json:"place,omitempty"`
	// Path is the file the article was read from ("-" for stdin).
	Path string `json:"path,omitempty"`
	// Entities lists the IDs of the entities the article mentions, sorted.
	Entities []ID `json:"entities"`
}

// Graph is an in-memory snapshot of a store: every entity, relation and
// article, each slice sorted (entities and articles by ID, relations by
// Source, Target, Kind). Analytics and exports work on a Graph.
type Graph struct {
	Entities  []Entity   `json:"nodes"`
	Relations []Relation `json:"edges"`
	Articles  []Article  `json:"articles"`
}

// Entity returns the entity with the given ID, or nil.
func (g *Graph) Entity(id ID) *Entity {
	i, ok := slices.BinarySearchFunc(g.Entities, id, func(e Entity, id ID) int { return cmp.Compare(e.ID, id) })
	if !ok {
		return nil
	}
	return &g.Entities[i]
}

// Sort puts the graph's slices in their canonical order.
func (g *Graph) Sort() {
	slices.SortFunc(g.Entities, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Relations, compareRelations)
	slices.SortFunc(g.Articles, func(a, b Article) int { return cmp.Compare(a.ID, b.ID) })
}

// Canonical sorts the graph (Sort) and gives it empty slices rather than
// nil ones: the form a loaded graph has, whatever it was read from, so that
// its exports print [] and never null.
func (g *Graph) Canonical() {
	g.Sort()
	if g.Entities == nil {
		g.Entities = []Entity{}
	}
	if g.Relations == nil {
		g.Relations = []Relation{}
	}
	if g.Articles == nil {
		g.Articles = []Article{}
	}
}

func compareRelations(a, b Relation) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Kind, b.Kind))
}

// Subgraph returns a graph holding only the entities for which keep returns
// true and the relations between them. Articles are kept as they are.
func (g *Graph) Subgraph(keep func(*Entity) bool) *Graph {
	out := &Graph{Articles: g.Articles}
	in := make(map[ID]bool)
	for i := range g.Entities {
		if keep(&g.Entities[i]) {
			out.Entities = append(out.Entities, g.Entities[i])
			in[g.Entities[i].ID] = true
		}
	}
	for _, r := range g.Relations {
		if in[r.Source] && in[r.Target] {
			out.Relations = append(out.Relations, r)
		}
	}
	return out
}

// CapEvidence keeps at most n evidence sentences per relation (n < 0: all,
// n = 0: none), in place.
func (g *Graph) CapEvidence(n int) {
	if n < 0 {
		return
	}
	for i := range g.Relations {
		if len(g.Relations[i].Evidence) > n {
			g.Relations[i].Evidence = g.Relations[i].Evidence[:n:n]
		}
	}
}

// NameKind says how a name key refers to an entity in the name index.
type NameKind byte

// Name kinds. The linker decides which kinds may join two entities.
const (
	NameFull      NameKind = 1 // the full name or an alias
	NameFirstLast NameKind = 2 // a person's first and last name only
	NameSurname   NameKind = 3 // a person's surname only
	NameAcronym   NameKind = 4 // an acronym defined in an article
)

// NameRef is one entry of the name index.
type NameRef struct {
	ID   ID
	Kind NameKind
}

// Span is a byte range [Start, End) of an article's cleaned text.
type Span struct{ Start, End int }

// RelationInfo is what extraction knows about a relation besides its
// evidence: how confident it is (0 means 1, certain) and its attributes
// ("role", "date").
type RelationInfo struct {
	Confidence float64
	Attrs      map[string]string
}
