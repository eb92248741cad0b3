package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Kinds of the Re-DocRED mapping that the news gold does not annotate.
var docredOnlyKinds = []graph.Kind{graph.LocatedIn, graph.CapitalOf}

// DocREDKinds are the kinds Re-DocRED is scored on, in report order.
var DocREDKinds = append(slices.Clone(TypedKinds[:4]), append([]graph.Kind{graph.InvolvedIn}, docredOnlyKinds...)...)

// docredProperty says how a Wikidata property of Re-DocRED becomes a
// newsgraph relation: its kind, and whether newsgraph's source is the
// property's tail (P488 "chairperson" runs organization → person, newsgraph's
// leads runs person → organization).
var docredProperty = map[string]struct {
	kind    graph.Kind
	reverse bool
}{
	"P102":  {graph.MemberOf, false},       // member of political party
	"P463":  {graph.AffiliatedWith, false}, // member of
	"P108":  {graph.AffiliatedWith, false}, // employer
	"P54":   {graph.AffiliatedWith, false}, // member of sports team
	"P488":  {graph.Leads, true},           // chairperson: organization → person
	"P35":   {graph.HoldsRole, true},       // head of state: country → person
	"P6":    {graph.HoldsRole, true},       // head of government: place → person
	"P39":   {graph.HoldsRole, false},      // position held: person → position
	"P131":  {graph.LocatedIn, false},      // located in the administrative territorial entity
	"P17":   {graph.LocatedIn, false},      // country
	"P36":   {graph.CapitalOf, true},       // capital: country → city
	"P1376": {graph.CapitalOf, false},      // capital of: city → country
	"P710":  {graph.InvolvedIn, true},      // participant: event → participant
	"P1344": {graph.InvolvedIn, false},     // participant in: participant → event
}

// Span is a byte range [Start, End) of a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// DocEntity is one Re-DocRED vertex: an entity with all its mentions.
type DocEntity struct {
	Name string `json:"name"`
	// Type is newsgraph's type, "" for Re-DocRED types it has none for
	// (TIME, NUM, and MISC not taking part as an event).
	Type     graph.Type `json:"type"`
	DocType  string     `json:"docred_type"`
	Mentions []Span     `json:"mentions"`
}

// DocRelation is one gold relation of a document, between vertex indexes.
type DocRelation struct {
	Kind     graph.Kind `json:"kind"`
	Source   int        `json:"source"`
	Target   int        `json:"target"`
	Property string     `json:"property"`
}

// Doc is one Re-DocRED document rebuilt as text.
type Doc struct {
	Title string `json:"title"`
	// Text is the tokens joined with single spaces, except before closing
	// punctuation and after opening brackets and quotes.
	Text string `json:"text"`
	// Tokens holds the byte span of every token, sentence after sentence.
	Tokens []Span `json:"-"`
	// SentStart[i] is the index in Tokens of sentence i's first token.
	SentStart []int         `json:"-"`
	Entities  []DocEntity   `json:"entities"`
	Relations []DocRelation `json:"relations"`
}

type docredJSON struct {
	Title     string `json:"title"`
	Sents     [][]string
	VertexSet [][]struct {
		Name   string `json:"name"`
		Pos    [2]int `json:"pos"`
		SentID int    `json:"sent_id"`
		Type   string `json:"type"`
	} `json:"vertexSet"`
	Labels []struct {
		R string `json:"r"`
		H int    `json:"h"`
		T int    `json:"t"`
	} `json:"labels"`
}

// LoadDocRED reads a Re-DocRED file (a JSON array of documents) and
// rebuilds each document's text, entities and mapped relations.
func LoadDocRED(path string) ([]Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []docredJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: not a Re-DocRED file: %w", path, err)
	}
	docs := make([]Doc, len(raw))
	for i := range raw {
		d, err := buildDoc(&raw[i])
		if err != nil {
			return nil, fmt.Errorf("%s: document %d (%q): %w", path, i, raw[i].Title, err)
		}
		docs[i] = d
	}
	return docs, nil
}

func buildDoc(r *docredJSON) (Doc, error) {
	d := Doc{Title: r.Title}
	var b strings.Builder
	prev := ""
	for _, sent := range r.Sents {
		d.SentStart = append(d.SentStart, len(d.Tokens))
		for _, tok := range sent {
			if b.Len() > 0 && spaceBetween(prev, tok) {
				b.WriteByte(' ')
			}
			d.Tokens = append(d.Tokens, Span{b.Len(), b.Len() + len(tok)})
			b.WriteString(tok)
			prev = tok
		}
	}
	d.Text = b.String()
	seen := map[DocRelation]bool{}
	roles := map[int]graph.Type{}
	for _, l := range r.Labels {
		p, ok := docredProperty[l.R]
		if !ok {
			continue
		}
		if l.H < 0 || l.H >= len(r.VertexSet) || l.T < 0 || l.T >= len(r.VertexSet) {
			return d, fmt.Errorf("label %s: vertex %d or %d out of range", l.R, l.H, l.T)
		}
		rel := DocRelation{Kind: p.kind, Source: l.H, Target: l.T, Property: l.R}
		if p.reverse {
			rel.Source, rel.Target = l.T, l.H
		}
		// The type a relation implies for an end that Re-DocRED only calls
		// LOC or MISC: a country owns places and capitals, an event has
		// participants.
		switch p.kind {
		case graph.LocatedIn, graph.CapitalOf:
			if l.R == "P17" || p.kind == graph.CapitalOf {
				roles[rel.Target] = graph.Country
			}
		case graph.HoldsRole:
			if l.R == "P35" {
				roles[rel.Target] = graph.Country
			}
		case graph.InvolvedIn:
			roles[rel.Target] = graph.Event
		}
		key := DocRelation{Kind: rel.Kind, Source: rel.Source, Target: rel.Target}
		if seen[key] {
			continue // P36 and P1376, P710 and P1344 state the same fact twice
		}
		seen[key] = true
		d.Relations = append(d.Relations, rel)
	}
	for vi, v := range r.VertexSet {
		if len(v) == 0 {
			return d, fmt.Errorf("vertex %d has no mention", vi)
		}
		e := DocEntity{Name: v[0].Name, DocType: v[0].Type}
		for _, m := range v {
			if m.SentID < 0 || m.SentID >= len(d.SentStart) || m.Pos[0] < 0 || m.Pos[1] <= m.Pos[0] ||
				m.Pos[1] > len(r.Sents[m.SentID]) {
				return d, fmt.Errorf("vertex %d: mention %q has a bad position", vi, m.Name)
			}
			first := d.Tokens[d.SentStart[m.SentID]+m.Pos[0]]
			last := d.Tokens[d.SentStart[m.SentID]+m.Pos[1]-1]
			e.Mentions = append(e.Mentions, Span{first.Start, last.End})
		}
		e.Type = docredType(e.DocType, roles[vi])
		d.Entities = append(d.Entities, e)
	}
	return d, nil
}

// docredType maps a Re-DocRED type to newsgraph's, using the type a
// mapped relation implies where Re-DocRED's is too coarse.
func docredType(t string, implied graph.Type) graph.Type {
	switch t {
	case "PER":
		return graph.Person
	case "ORG":
		return graph.Organization
	case "LOC":
		if implied == graph.Country {
			return graph.Country
		}
		return graph.Place
	case "MISC":
		if implied == graph.Event {
			return graph.Event
		}
	}
	return ""
}

// spaceBetween reports whether detokenised text puts a space between two
// tokens.
func spaceBetween(prev, tok string) bool {
	switch tok {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m":
		return false
	}
	switch prev {
	case "(", "[", "{", "$", "#":
		return false
	}
	return true
}

// PredEntity is an entity a system found in a document, with the byte
// spans of its mentions in Doc.Text.
type PredEntity struct {
	ID    string `json:"id"`
	Spans []Span `json:"spans"`
}

// PredRelation is a relation a system found between two PredEntity IDs.
type PredRelation struct {
	Kind   graph.Kind `json:"kind"`
	Source string     `json:"source"`
	Target string     `json:"target"`
}

// MapEntities maps each predicted entity to the Re-DocRED vertex its
// mentions overlap most (summed bytes of overlap; the lower vertex index
// on a tie). Entities overlapping no vertex are left out. A later "gold
// entities given" mode passes the vertices' own mentions, which map to
// themselves.
func MapEntities(d *Doc, preds []PredEntity) map[string]int {
	out := map[string]int{}
	for _, p := range preds {
		best, bestOverlap := -1, 0
		for vi, v := range d.Entities {
			overlap := 0
			for _, s := range p.Spans {
				for _, m := range v.Mentions {
					overlap += max(0, min(s.End, m.End)-max(s.Start, m.Start))
				}
			}
			if overlap > bestOverlap {
				best, bestOverlap = vi, overlap
			}
		}
		if best >= 0 {
			out[p.ID] = best
		}
	}
	return out
}

// DocREDScore accumulates Re-DocRED scores over documents.
type DocREDScore struct {
	Docs   int `json:"docs"`
	strict *acc
	loose  *acc
}

// NewDocREDScore returns an empty accumulator.
func NewDocREDScore() *DocREDScore {
	return &DocREDScore{
		strict: newAcc(DocREDKinds),
		loose:  newAcc([]graph.Kind{Affiliation, graph.InvolvedIn, graph.LocatedIn, graph.CapitalOf}),
	}
}

// Add scores one document's predictions: a predicted relation is correct
// when both its ends map to the gold relation's vertices and its kind
// matches (strict) or its loose class matches (loose). Predictions of
// kinds Re-DocRED is not scored on are ignored.
func (s *DocREDScore) Add(d *Doc, ents []PredEntity, rels []PredRelation) {
	s.Docs++
	vertex := MapEntities(d, ents)
	for _, mode := range []struct {
		a    *acc
		kind func(graph.Kind) graph.Kind
	}{{s.strict, func(k graph.Kind) graph.Kind { return k }}, {s.loose, LooseKind}} {
		type triple struct {
			s, t int
			k    graph.Kind
		}
		gold := map[triple]bool{}
		for _, r := range d.Relations {
			gold[triple{r.Source, r.Target, mode.kind(r.Kind)}] = true
		}
		pred := map[triple]bool{}
		for _, r := range rels {
			k := mode.kind(r.Kind)
			if mode.a.counts[k] == nil {
				continue
			}
			src, ok1 := vertex[r.Source]
			tgt, ok2 := vertex[r.Target]
			if !ok1 || !ok2 {
				src, tgt = -1-len(pred), -1 // an end outside the gold: wrong, counted once
			}
			pred[triple{src, tgt, k}] = true
		}
		for t := range gold {
			mode.a.counts[t.k].Gold++
		}
		for t := range pred {
			c := mode.a.counts[t.k]
			c.Predicted++
			if gold[t] {
				c.Correct++
			}
		}
	}
}

// Tables returns the strict and the loose scores.
func (s *DocREDScore) Tables() (strict, loose Table) {
	s.strict.articles, s.loose.articles = s.Docs, s.Docs
	return s.strict.table("all", "strict"), s.loose.table("all", "loose")
}

// GraphPredictions turns what a graph holds for one document into
// predictions: the entities of the graph articles named by articleIDs,
// each with the spans where its name or an alias occurs in the document's
// text as whole words (the store keeps no mention offsets), and the
// relations whose evidence comes from those articles.
func GraphPredictions(d *Doc, g *graph.Graph, articleIDs []string) ([]PredEntity, []PredRelation) {
	var ents []PredEntity
	in := map[graph.ID]bool{}
	for _, a := range g.Articles {
		if !slices.Contains(articleIDs, a.ID) {
			continue
		}
		for _, id := range a.Entities {
			if in[id] {
				continue
			}
			in[id] = true
			if e := g.Entity(id); e != nil {
				ents = append(ents, PredEntity{ID: fmt.Sprint(id), Spans: FindSpans(d.Text, append([]string{e.Name}, e.Aliases...))})
			}
		}
	}
	var rels []PredRelation
	for _, r := range g.Relations {
		if !slices.ContainsFunc(r.Evidence, func(ev graph.Evidence) bool { return slices.Contains(articleIDs, ev.Article) }) {
			continue
		}
		rels = append(rels, PredRelation{Kind: r.Kind, Source: fmt.Sprint(r.Source), Target: fmt.Sprint(r.Target)})
	}
	return ents, rels
}

// FindSpans returns the spans of text where one of forms occurs as whole
// words (not inside a longer word), sorted and without repeats.
func FindSpans(text string, forms []string) []Span {
	var out []Span
	for _, f := range forms {
		if f == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], f)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(f)
			if wordEdge(text, start) && wordEdge(text, end) {
				out = append(out, Span{start, end})
			}
			from = start + 1
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	return slices.Compact(out)
}

// wordEdge reports whether byte offset i of text is not inside a word.
func wordEdge(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	a, _ := utf8.DecodeLastRuneInString(text[:i])
	b, _ := utf8.DecodeRuneInString(text[i:])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !word(a) || !word(b)
}
