package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// GraphMLNamespace is the GraphML 1.0 XML namespace.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

const graphMLSchema = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

// Separators used to join lists into one GraphML string attribute.
const (
	// ListSeparator joins aliases and article IDs.
	ListSeparator = "; "
	// SentenceSeparator joins evidence sentences; each sentence is first
	// put on one line.
	SentenceSeparator = "\n"
)

// gmlKey is one GraphML <key>: an attribute declaration.
type gmlKey struct {
	id, domain, name, typ string
}

// WriteGraphML writes g to w as a GraphML 1.0 document, streamed with
// encoding/xml.
//
// Nodes have IDs "n" followed by the entity ID and edges "e0", "e1", … in
// output order, so relations of several kinds between the same entities
// get distinct IDs. A typed <key> is declared for every attribute:
//
//   - graph: title (string).
//   - node: name, type and aliases (string; aliases joined with
//     [ListSeparator]), mentions and articles (int), one string attribute
//     per key of Entity.Attrs, the score (double, named o.ScoreName) and
//     community (int). The last two are declared only when o.Scores or
//     o.Community is set.
//   - node: one double attribute per entry of o.Measures (see
//     [Options.Measures]).
//   - edge: kind (string), weight (int), directed (boolean), evidence
//     (string: the evidence sentences, capped by o.MaxEvidence, each on one
//     line, joined with [SentenceSeparator]) and articles (string: the
//     distinct article IDs of all the evidence, joined with
//     [ListSeparator]); confidence (double) when any relation has a
//     non-zero Confidence, and one string attribute per key of
//     Relation.Attrs, named as node Attrs are.
//
// Attrs keys and the score name become attribute names with every
// character other than a letter, digit, '_', '-' or '.' replaced by '_'
// (igraph, for one, mangles names holding XML special characters).
// Attribute names are unique per domain: a name that clashes with a fixed
// attribute name, or with "id" (which igraph uses for the node ID), or is
// empty, gets an "attr_" prefix, then "_" suffixes until it is unique.
// A <data> element is written only for values an entity or relation has:
// none for an empty alias list, a missing Attrs key, a missing score or
// community, or a relation without evidence.
//
// The graph is directed, so readers keep the direction of typed
// relations; co-mentions, which have none, are written once (from the
// smaller ID) with directed=false as data. See the package documentation
// and [Options.GraphMLMixed]. All text is cleaned with
// [Clean], so the document is well-formed XML for any input.
func WriteGraphML(w io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)
	bw := bufio.NewWriter(w)
	x := &gmlWriter{enc: xml.NewEncoder(bw)}
	x.enc.Indent("", "  ")
	k := declareGraphML(v, &o)

	if _, err := bw.WriteString(xml.Header); err != nil {
		return err
	}
	x.start("graphml",
		"xmlns", GraphMLNamespace,
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", GraphMLNamespace+" "+graphMLSchema)
	for _, key := range k.keys {
		x.start("key", "id", key.id, "for", key.domain, "attr.name", key.name, "attr.type", key.typ)
		x.end("key")
	}
	x.start("graph", "id", "G", "edgedefault", "directed")
	x.data(k.title, o.title())
	for _, e := range v.entities {
		k.node(x, e, &o)
	}
	for i, r := range v.relations {
		k.edge(x, i, r, &o)
	}
	x.end("graph")
	x.end("graphml")
	if x.err == nil {
		x.err = x.enc.Close()
	}
	if x.err == nil {
		_, x.err = bw.WriteString("\n")
	}
	if x.err != nil {
		return x.err
	}
	return bw.Flush()
}

// gmlKeys are the keys one GraphML document declares, and their IDs.
type gmlKeys struct {
	keys []gmlKey

	title                                             string
	name, typ, aliases, mentions, articles, community string
	numeric                                           []NamedScores // o.numericAttrs()
	kNumeric                                          []string
	attrs                                             map[string]string // Entity.Attrs key → key ID

	kind, weight, directed, evidence, edgeArticles string
	confidence                                     string            // empty when every confidence is 0
	relAttrs                                       map[string]string // Relation.Attrs key → key ID
}

// declareGraphML declares the keys of v's document.
func declareGraphML(v *view, o *Options) *gmlKeys {
	k := &gmlKeys{attrs: map[string]string{}, relAttrs: map[string]string{}}
	declare := func(domain, name, typ string) string {
		key := gmlKey{id: "d" + strconv.Itoa(len(k.keys)), domain: domain, name: name, typ: typ}
		k.keys = append(k.keys, key)
		return key.id
	}
	// "id" is taken too: igraph uses it for the node ID.
	nodeNames := newAttrNames(attrName, "attr_", "id", "name", "type", "aliases", "mentions", "articles", "community")
	k.title = declare("graph", "title", "string")
	k.name = declare("node", "name", "string")
	k.typ = declare("node", "type", "string")
	k.aliases = declare("node", "aliases", "string")
	k.mentions = declare("node", "mentions", "int")
	k.articles = declare("node", "articles", "int")
	k.numeric = o.numericAttrs()
	k.kNumeric = make([]string, len(k.numeric))
	for i, m := range k.numeric {
		k.kNumeric[i] = declare("node", nodeNames.unique(m.Name), "double")
	}
	if o.Community != nil {
		k.community = declare("node", "community", "int")
	}
	for _, a := range v.entityAttrKeys() {
		k.attrs[a] = declare("node", nodeNames.unique(a), "string")
	}

	edgeNames := newAttrNames(attrName, "attr_", "id", "kind", "weight", "directed", "evidence", "articles", "confidence")
	k.kind = declare("edge", "kind", "string")
	k.weight = declare("edge", "weight", "int")
	k.directed = declare("edge", "directed", "boolean")
	k.evidence = declare("edge", "evidence", "string")
	k.edgeArticles = declare("edge", "articles", "string")
	if v.anyConfidence() {
		k.confidence = declare("edge", "confidence", "double")
	}
	for _, a := range v.relationAttrKeys() {
		k.relAttrs[a] = declare("edge", edgeNames.unique(a), "string")
	}
	return k
}

// node writes an entity's <node> element.
func (k *gmlKeys) node(x *gmlWriter, e *graph.Entity, o *Options) {
	x.start("node", "id", nodeID(e.ID))
	x.data(k.name, e.Name)
	x.data(k.typ, string(e.Type))
	if len(e.Aliases) > 0 {
		x.data(k.aliases, strings.Join(e.Aliases, ListSeparator))
	}
	x.data(k.mentions, strconv.Itoa(e.Mentions))
	x.data(k.articles, strconv.Itoa(e.Articles))
	for i, m := range k.numeric {
		if s, ok := finite(m.Scores, e.ID); ok {
			x.data(k.kNumeric[i], strconv.FormatFloat(s, 'g', -1, 64))
		}
	}
	if c, ok := o.community(e.ID); ok {
		x.data(k.community, strconv.Itoa(c))
	}
	for _, a := range sortedKeys(e.Attrs) {
		x.data(k.attrs[a], e.Attrs[a])
	}
	x.end("node")
}

// edge writes the i-th relation's <edge> element.
func (k *gmlKeys) edge(x *gmlWriter, i int, r *graph.Relation, o *Options) {
	attrs := []string{"id", "e" + strconv.Itoa(i), "source", nodeID(r.Source), "target", nodeID(r.Target)}
	if o.GraphMLMixed && !r.Kind.Directed() {
		attrs = append(attrs, "directed", "false")
	}
	x.start("edge", attrs...)
	x.data(k.kind, string(r.Kind))
	x.data(k.weight, strconv.Itoa(r.Weight))
	x.data(k.directed, strconv.FormatBool(r.Kind.Directed()))
	if len(r.Evidence) > 0 {
		x.data(k.evidence, joinSentences(o.evidence(r)))
		x.data(k.edgeArticles, strings.Join(evidenceArticles(r.Evidence), ListSeparator))
	}
	if k.confidence != "" {
		x.data(k.confidence, strconv.FormatFloat(r.Confidence, 'g', -1, 64))
	}
	for _, a := range sortedKeys(r.Attrs) {
		x.data(k.relAttrs[a], r.Attrs[a])
	}
	x.end("edge")
}

// attrName makes s a safe GraphML attribute name.
func attrName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '_'
	}, Clean(s))
}

func nodeID(id graph.ID) string { return "n" + strconv.FormatUint(uint64(id), 10) }

func joinSentences(ev []graph.Evidence) string {
	var b strings.Builder
	for i, e := range ev {
		if i > 0 {
			b.WriteString(SentenceSeparator)
		}
		b.WriteString(oneLine(e.Sentence))
	}
	return b.String()
}

// evidenceArticles returns the distinct article IDs of ev in order of first
// appearance.
func evidenceArticles(ev []graph.Evidence) []string {
	var out []string
	seen := make(map[string]bool)
	for _, e := range ev {
		if !seen[e.Article] {
			seen[e.Article] = true
			out = append(out, e.Article)
		}
	}
	return out
}

// gmlWriter writes XML tokens and keeps the first error.
type gmlWriter struct {
	enc *xml.Encoder
	err error
}

func (x *gmlWriter) token(t xml.Token) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(t)
	}
}

// start opens element name with the given attribute name, value pairs.
func (x *gmlWriter) start(name string, attrs ...string) {
	se := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: Clean(attrs[i+1])})
	}
	x.token(se)
}

func (x *gmlWriter) end(name string) { x.token(xml.EndElement{Name: xml.Name{Local: name}}) }

// data writes <data key="key">value</data>.
func (x *gmlWriter) data(key, value string) {
	x.start("data", "key", key)
	x.token(xml.CharData(Clean(value)))
	x.end("data")
}
