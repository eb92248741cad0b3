package eval

// This file scores the entities of a graph against an entity-linking gold
// standard in ELEVANT's JSON-lines format (see ReadELEVANT and
// ScoreELEVANT).

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// LinkedDoc is one article of an ELEVANT benchmark.
type LinkedDoc struct {
	// ID is the document's "id" field as text; ingest stores it as the
	// article's Ref, which is how ScoreELEVANT finds the article again.
	ID     string
	Title  string
	Text   string
	Labels []LinkedLabel
}

// LinkedLabel is one gold mention that ScoreELEVANT counts: linked to a
// Wikidata entity of a person, organization or place type, neither a
// coreference (a pronoun or description) nor optional, and a name (with a
// capital letter, not a pronoun: some benchmarks link pronouns without a
// coreference flag).
type LinkedLabel struct {
	// Surface is the mention's text, Text[Start:End] (byte offsets;
	// ELEVANT's offsets count characters and are converted on reading).
	Surface    string
	Start, End int
	// QID is the linked Wikidata entity.
	QID string
	// Class is the label's class for the per-class figures: person,
	// organization or place.
	Class graph.Type
	// Accept lists the newsgraph types that agree with the gold types.
	Accept []graph.Type
}

// Gold type QIDs and the newsgraph types they agree with. ELEVANT labels
// each mention with the types of its whitelist the entity is an instance
// of, joined by "|". A country is both a geographic entity and an
// organization there, so a mention's acceptable types are the union over
// its gold types.
var (
	personQIDs = []string{"Q5", "Q215627"} // human, person
	orgQIDs    = []string{"Q43229", "Q7278", "Q4830453", "Q7210356", "Q484652"}
	// organization, political party, business, political organization,
	// international organization
	placeQIDs = []string{"Q27096213", "Q17334923", "Q2221906", "Q618123", "Q6256", "Q515", "Q486972", "Q56061"}
	// geographic entity, location, geographic location, geographical
	// feature, country, city, human settlement, administrative territorial
	// entity
	personTypes = []graph.Type{graph.Person}
	orgTypes    = []graph.Type{graph.Organization, graph.Party}
	placeTypes  = []graph.Type{graph.Place, graph.Country}
)

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// classify maps ELEVANT's "|"-joined type QIDs to a class and the
// acceptable newsgraph types; ok is false when none is a person,
// organization or place type.
func classify(types string) (class graph.Type, accept []graph.Type, ok bool) {
	var person, org, place bool
	for _, t := range strings.Split(types, "|") {
		person = person || slices.Contains(personQIDs, t)
		org = org || slices.Contains(orgQIDs, t)
		place = place || slices.Contains(placeQIDs, t)
	}
	if person {
		class, accept = graph.Person, append(accept, personTypes...)
	}
	if place {
		if class == "" {
			class = graph.Place
		}
		accept = append(accept, placeTypes...)
	}
	if org {
		if class == "" {
			class = graph.Organization
		}
		accept = append(accept, orgTypes...)
	}
	return class, accept, class != ""
}

// rawDoc and rawLabel are the JSON of one ELEVANT line.
type rawDoc struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	Labels []rawLabel      `json:"labels"`
}

type rawLabel struct {
	Span     []int  `json:"span"`
	EntityID string `json:"entity_id"`
	Type     string `json:"type"`
	Coref    bool   `json:"coref"`
	Optional bool   `json:"optional"`
}

// ReadELEVANT reads an ELEVANT benchmark (one JSON article a line) and
// keeps, of each article, the labels ScoreELEVANT counts. name is used in
// errors, which give the line: "name:12: label 3: span [40, 20) is not in
// the text".
func ReadELEVANT(r io.Reader, name string) ([]LinkedDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 64<<20)
	var docs []LinkedDoc
	seen := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		d, err := parseDoc(b)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if prev, dup := seen[d.ID]; dup {
			return nil, fmt.Errorf("%s:%d: id %q repeats line %d", name, line, d.ID, prev)
		}
		seen[d.ID] = line
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no articles", name)
	}
	return docs, nil
}

func parseDoc(b []byte) (LinkedDoc, error) {
	var rd rawDoc
	if err := json.Unmarshal(b, &rd); err != nil {
		return LinkedDoc{}, fmt.Errorf("not an ELEVANT article: %v", err)
	}
	id := strings.Trim(string(rd.ID), `"`)
	if id == "" || id == "null" {
		return LinkedDoc{}, fmt.Errorf("no id")
	}
	if strings.TrimSpace(rd.Text) == "" {
		return LinkedDoc{}, fmt.Errorf("article %s has no text", id)
	}
	if !utf8.ValidString(rd.Text) {
		return LinkedDoc{}, fmt.Errorf("article %s: text is not valid UTF-8", id)
	}
	d := LinkedDoc{ID: id, Title: rd.Title, Text: rd.Text}
	offs := runeOffsets(rd.Text)
	for i, l := range rd.Labels {
		if len(l.Span) != 2 || l.Span[0] < 0 || l.Span[0] >= l.Span[1] || l.Span[1] >= len(offs) {
			return LinkedDoc{}, fmt.Errorf("article %s, label %d: span %v is not in the text", id, i, l.Span)
		}
		if l.Coref || l.Optional || !qidRE.MatchString(l.EntityID) {
			continue
		}
		class, accept, ok := classify(l.Type)
		if !ok {
			continue
		}
		start, end := offs[l.Span[0]], offs[l.Span[1]]
		if !nameLike(rd.Text[start:end]) {
			continue
		}
		d.Labels = append(d.Labels, LinkedLabel{Surface: rd.Text[start:end], Start: start, End: end, QID: l.EntityID, Class: class, Accept: accept})
	}
	return d, nil
}

// pronouns are the words benchmarks without a coreference flag (OKE,
// KORE50) link like names.
var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true,
	"herself": true, "it": true, "its": true, "itself": true, "they": true, "them": true,
	"their": true, "theirs": true, "themselves": true, "we": true, "us": true, "our": true,
	"i": true, "me": true, "my": true, "you": true, "your": true,
}

// nameLike reports whether a mention is a name, as newsgraph's nodes hold
// them: it has a capital letter ("Christian minister" has, "the company"
// has not) and is not a pronoun.
func nameLike(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0 && !pronouns[strings.ToLower(strings.TrimSpace(s))]
}

// runeOffsets returns the byte offset of every character of s and, last,
// len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// Rate is a count out of a total, with their ratio (0 when Total is 0).
type Rate struct {
	Count int     `json:"count"`
	Total int     `json:"total"`
	Rate  float64 `json:"rate"`
}

func rate(n, total int) Rate {
	r := Rate{Count: n, Total: total}
	if total > 0 {
		r.Rate = float64(n) / float64(total)
	}
	return r
}

// ClassScore is found and typed for one gold class.
type ClassScore struct {
	Class graph.Type `json:"class"`
	Found Rate       `json:"found"`
	Typed Rate       `json:"typed"`
}

// OverMerge is a node that holds mentions of different gold entities.
type OverMerge struct {
	ID   graph.ID   `json:"id"`
	Name string     `json:"name"`
	Type graph.Type `json:"type"`
	QIDs []string   `json:"qids"`
	// Mentions gives, for each gold entity, the first of its mentions on
	// the node, so that the cause of the merge can be read in the article.
	Mentions []Miss `json:"mentions"`
}

// Split is a gold entity found in two or more articles whose mentions end
// on several nodes, each given as "type:name".
type Split struct {
	QID   string   `json:"qid"`
	Nodes []string `json:"nodes"`
}

// Mistyped is a found gold mention whose node's type does not agree.
type Mistyped struct {
	Miss
	// Node and Type are the name and type of the node that carries it.
	Node string     `json:"node"`
	Type graph.Type `json:"type"`
}

// Miss is a gold mention with no node carrying its surface form.
type Miss struct {
	Doc     string     `json:"doc"`
	Surface string     `json:"surface"`
	QID     string     `json:"qid"`
	Class   graph.Type `json:"class"`
}

// EntityScore is the result of ScoreELEVANT. Found counts gold mentions for
// which a node of the mention's article carries the surface form (as its
// name or an alias, compared by nameKey: case, accents, punctuation and
// a leading "the" aside); Typed counts found mentions whose node's type agrees
// with the gold types; Merged counts gold entities found in two or more
// articles whose mentions all end on one node; OverMerged lists nodes
// holding mentions of two or more gold entities; QID counts nodes that
// carry a Wikidata ID and have found mentions, correct when the ID is the
// gold entity of most of them.
type EntityScore struct {
	Articles        int          `json:"articles"`
	MissingArticles int          `json:"missing_articles"`
	Found           Rate         `json:"found"`
	Typed           Rate         `json:"typed"`
	Merged          Rate         `json:"merged"`
	OverMerged      []OverMerge  `json:"over_merged"`
	QID             Rate         `json:"qid_accuracy"`
	ByClass         []ClassScore `json:"by_class"`
	Misses          []Miss       `json:"misses"`
	Mistyped        []Mistyped   `json:"mistyped"`
	Split           []Split      `json:"split"`
}

// WikidataAttr is the entity attribute that holds a node's Wikidata ID.
const WikidataAttr = "wikidata"

// ScoreELEVANT scores g, built by ingesting docs, against their gold
// labels. An article is found in g by its Ref (the document ID); the
// mentions of an article missing from g count as not found.
func ScoreELEVANT(docs []LinkedDoc, g *graph.Graph) EntityScore {
	byRef := map[string]*graph.Article{}
	for i := range g.Articles {
		if r := g.Articles[i].Ref; r != "" {
			byRef[r] = &g.Articles[i]
		}
	}
	s := EntityScore{Articles: len(docs), OverMerged: []OverMerge{}, Misses: []Miss{}, Mistyped: []Mistyped{}, Split: []Split{}}
	var found, typed, total int
	classes := map[graph.Type]*[3]int{} // found, typed, total
	nodeQIDs := map[graph.ID]map[string]int{}
	firsts := map[graph.ID]map[string]Miss{} // node → gold entity → its first mention
	qidNodes := map[string]map[graph.ID]bool{}
	qidArticles := map[string]map[string]bool{}
	for _, d := range docs {
		a := byRef[d.ID]
		if a == nil {
			s.MissingArticles++
		}
		names := articleNames(g, a)
		for _, l := range d.Labels {
			total++
			c := classes[l.Class]
			if c == nil {
				c = new([3]int)
				classes[l.Class] = c
			}
			c[2]++
			e := pick(names[nameKey(l.Surface)], l.Class, l.Accept)
			if e == nil {
				s.Misses = append(s.Misses, Miss{Doc: d.ID, Surface: l.Surface, QID: l.QID, Class: l.Class})
				continue
			}
			found++
			c[0]++
			miss := Miss{Doc: d.ID, Surface: l.Surface, QID: l.QID, Class: l.Class}
			if slices.Contains(l.Accept, e.Type) {
				typed++
				c[1]++
			} else {
				s.Mistyped = append(s.Mistyped, Mistyped{Miss: miss, Node: e.Name, Type: e.Type})
			}
			add(nodeQIDs, e.ID, l.QID)
			if firsts[e.ID] == nil {
				firsts[e.ID] = map[string]Miss{}
			}
			if _, ok := firsts[e.ID][l.QID]; !ok {
				firsts[e.ID][l.QID] = miss
			}
			addSet(qidNodes, l.QID, e.ID)
			addSet(qidArticles, l.QID, d.ID)
		}
	}
	s.Found, s.Typed = rate(found, total), rate(typed, found)
	for _, cl := range []graph.Type{graph.Person, graph.Organization, graph.Place} {
		if c := classes[cl]; c != nil {
			s.ByClass = append(s.ByClass, ClassScore{Class: cl, Found: rate(c[0], c[2]), Typed: rate(c[1], c[0])})
		}
	}
	var multi, merged int
	for q, arts := range qidArticles {
		if len(arts) >= 2 {
			multi++
			if len(qidNodes[q]) == 1 {
				merged++
				continue
			}
			sp := Split{QID: q}
			for id := range qidNodes[q] {
				e := g.Entity(id)
				sp.Nodes = append(sp.Nodes, string(e.Type)+":"+e.Name)
			}
			slices.Sort(sp.Nodes)
			s.Split = append(s.Split, sp)
		}
	}
	s.Merged = rate(merged, multi)
	slices.SortFunc(s.Split, func(a, b Split) int { return cmp.Compare(a.QID, b.QID) })
	s.OverMerged, s.QID = nodeFigures(g, nodeQIDs)
	for i := range s.OverMerged {
		om := &s.OverMerged[i]
		for _, q := range om.QIDs {
			om.Mentions = append(om.Mentions, firsts[om.ID][q])
		}
	}
	return s
}

// nodeFigures lists the over-merged nodes and counts the nodes whose
// Wikidata ID is the gold entity of most of their mentions.
func nodeFigures(g *graph.Graph, nodeQIDs map[graph.ID]map[string]int) ([]OverMerge, Rate) {
	over := []OverMerge{}
	var withQID, correct int
	for id, qs := range nodeQIDs {
		e := g.Entity(id)
		if len(qs) > 1 {
			om := OverMerge{ID: id, Name: e.Name, Type: e.Type}
			for q := range qs {
				om.QIDs = append(om.QIDs, q)
			}
			slices.Sort(om.QIDs)
			over = append(over, om)
		}
		q := e.Attrs[WikidataAttr]
		if q == "" {
			continue
		}
		withQID++
		best := ""
		for gq, n := range qs {
			if n > qs[best] || (n == qs[best] && gq < best) {
				best = gq
			}
		}
		if q == best {
			correct++
		}
	}
	slices.SortFunc(over, func(a, b OverMerge) int { return cmp.Compare(a.ID, b.ID) })
	return over, rate(correct, withQID)
}

// articleNames maps the keys of the names and aliases of a's entities to
// the entities.
func articleNames(g *graph.Graph, a *graph.Article) map[string][]*graph.Entity {
	names := map[string][]*graph.Entity{}
	if a == nil {
		return names
	}
	for _, id := range a.Entities {
		e := g.Entity(id)
		if e == nil {
			continue
		}
		keys := []string{nameKey(e.Name)}
		for _, al := range e.Aliases {
			keys = append(keys, nameKey(al))
		}
		for _, k := range keys {
			if k != "" && !slices.Contains(names[k], e) {
				names[k] = append(names[k], e)
			}
		}
	}
	return names
}

// nameKey is the key a surface form and a node's names are compared by:
// the gazetteer key (case, accents and punctuation aside) without a
// leading "the", which benchmarks put inside a mention ("the Guardian")
// or leave out as their annotators chose.
func nameKey(s string) string {
	k := gazetteer.Key(s)
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		return rest
	}
	return k
}

// pick chooses among the nodes carrying a mention's surface form: one of
// the mention's class if any (a country's place or country node, not the
// national team of the same name that a country label also accepts), else
// one of another accepted type, else the first; among equals the one with
// the most mentions.
func pick(cands []*graph.Entity, class graph.Type, accept []graph.Type) *graph.Entity {
	var best *graph.Entity
	bestRank := 0
	for _, e := range cands {
		rank := typeRank(e.Type, class, accept)
		if best == nil || rank > bestRank || (rank == bestRank && e.Mentions > best.Mentions) {
			best, bestRank = e, rank
		}
	}
	return best
}

// typeRank ranks a node type for a mention of class: 2 a type of the
// class itself, 1 another accepted type, 0 none.
func typeRank(t, class graph.Type, accept []graph.Type) int {
	var own []graph.Type
	switch class {
	case graph.Person:
		own = personTypes
	case graph.Place:
		own = placeTypes
	case graph.Organization:
		own = orgTypes
	}
	switch {
	case slices.Contains(own, t):
		return 2
	case slices.Contains(accept, t):
		return 1
	}
	return 0
}

func add(m map[graph.ID]map[string]int, id graph.ID, q string) {
	if m[id] == nil {
		m[id] = map[string]int{}
	}
	m[id][q]++
}

func addSet[K, V comparable](m map[K]map[V]bool, k K, v V) {
	if m[k] == nil {
		m[k] = map[V]bool{}
	}
	m[k][v] = true
}
