package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// NQuadsNamespace is the IRI prefix of every predicate WriteNQuads writes
// (.invalid is reserved, so it never names a real site).
const NQuadsNamespace = "http://newsgraph.invalid/ns/"

const (
	xsdInt     = "<http://www.w3.org/2001/XMLSchema#int>"
	xsdDouble  = "<http://www.w3.org/2001/XMLSchema#double>"
	xsdBoolean = "<http://www.w3.org/2001/XMLSchema#boolean>"
)

// nqPredicates lists the fixed predicates and their Dgraph schema types.
var nqPredicates = []struct{ name, schema string }{
	{"entity_id", "int @index(int)"},
	{"name", "string @index(exact, term, fulltext)"},
	{"type", "string @index(exact)"},
	{"alias", "[string] @index(term)"},
	{"mentions", "int"},
	{"articles", "int"},
	{"community", "int @index(int)"},
	{"source", "uid @reverse"},
	{"target", "uid @reverse"},
	{"kind", "string @index(exact)"},
	{"weight", "int @index(int)"},
	{"directed", "bool"},
	{"confidence", "float"},
	{"evidence", "[string] @index(fulltext)"},
	{"article", "[string] @index(exact)"},
}

// nqVocabulary is the predicate vocabulary of one graph: the fixed
// predicates plus one per score, entity attribute, relation attribute and
// relation kind, each with its Dgraph schema type.
type nqVocabulary struct {
	scores   []string          // predicate of o.numericAttrs()[i]
	attrs    map[string]string // Entity.Attrs key → predicate
	relAttrs map[string]string // Relation.Attrs key → predicate
	kinds    map[graph.Kind]string
	schema   [][2]string // predicate, type, in declaration order
}

func newNQVocabulary(v *view, o *Options) *nqVocabulary {
	voc := &nqVocabulary{attrs: map[string]string{}, relAttrs: map[string]string{}, kinds: map[graph.Kind]string{}}
	// Every declared predicate carries its prefix, so none is empty and
	// a clash only takes "_" suffixes.
	names := newAttrNames(func(s string) string { return s }, "")
	for _, p := range nqPredicates {
		names.taken[p.name] = true
		voc.schema = append(voc.schema, [2]string{p.name, p.schema})
	}
	unique := func(prefix, name, typ string) string {
		name = names.unique(prefix + nqName(name))
		voc.schema = append(voc.schema, [2]string{name, typ})
		return name
	}
	for _, m := range o.numericAttrs() {
		voc.scores = append(voc.scores, unique("score_", m.Name, "float @index(float)"))
	}
	kindSet := map[string]graph.Kind{}
	for _, r := range v.relations {
		kindSet[string(r.Kind)] = r.Kind
	}
	for _, k := range v.entityAttrKeys() {
		voc.attrs[k] = unique("attr_", k, "string @index(exact)")
	}
	for _, k := range v.relationAttrKeys() {
		voc.relAttrs[k] = unique("rel_attr_", k, "string @index(exact)")
	}
	for _, k := range sortedKeys(kindSet) {
		voc.kinds[kindSet[k]] = unique("rel_", k, "[uid] @reverse @count")
	}
	return voc
}

// WriteNQuads writes g as RDF N-Quads (every statement in the default
// graph, so also valid N-Triples) in the shape Dgraph's bulk and live
// loaders read; [WriteDgraphSchema] writes the schema that goes with it.
//
// Entities are the blank nodes _:n<ID>, with the predicates entity_id,
// name, type, alias (one statement per alias), mentions, articles,
// community, score_<name> per score (o.Scores under o.ScoreName, then
// o.Measures) and attr_<key> per Entity.Attrs key. Every relation is both a
// direct edge, _:n<source> rel_<kind> _:n<target> (for traversal), and a
// blank node _:r<i> with source, target, kind, weight, directed,
// confidence, one evidence statement per sentence (capped by
// o.MaxEvidence), one article statement per article and rel_attr_<key>
// per Relation.Attrs key. Predicates are IRIs under [NQuadsNamespace];
// numbers and booleans are typed with XML Schema datatypes.
//
// Literals are cleaned with [Clean] and escaped as N-Quads requires (quote,
// line feed, carriage return and tab as \", \n, \r and \t; backslash as
// \u005C, which rdflib 6 reads correctly where it misreads \\n; \uXXXX
// for any other control character), so any text gives a valid document. Predicate
// local names keep letters, digits, '_', '-' and '.'; anything else
// becomes '_'.
func WriteNQuads(w io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)
	voc := newNQVocabulary(v, &o)
	numeric := o.numericAttrs()
	bw := bufio.NewWriter(w)
	quad := func(subject, pred, object string) {
		bw.WriteString(subject)
		bw.WriteString(" <")
		bw.WriteString(NQuadsNamespace)
		bw.WriteString(pred)
		bw.WriteString("> ")
		bw.WriteString(object)
		bw.WriteString(" .\n")
	}
	typed := func(s, datatype string) string { return `"` + s + `"^^` + datatype }
	node := func(id graph.ID) string { return "_:n" + strconv.FormatUint(uint64(id), 10) }

	for _, e := range v.entities {
		n := node(e.ID)
		quad(n, "entity_id", typed(strconv.FormatUint(uint64(e.ID), 10), xsdInt))
		quad(n, "name", nqLiteral(e.Name))
		quad(n, "type", nqLiteral(string(e.Type)))
		for _, a := range e.Aliases {
			quad(n, "alias", nqLiteral(a))
		}
		quad(n, "mentions", typed(strconv.Itoa(e.Mentions), xsdInt))
		quad(n, "articles", typed(strconv.Itoa(e.Articles), xsdInt))
		if c, ok := o.community(e.ID); ok {
			quad(n, "community", typed(strconv.Itoa(c), xsdInt))
		}
		for i, m := range numeric {
			if s, ok := finite(m.Scores, e.ID); ok {
				quad(n, voc.scores[i], typed(strconv.FormatFloat(s, 'g', -1, 64), xsdDouble))
			}
		}
		for _, k := range sortedKeys(e.Attrs) {
			quad(n, voc.attrs[k], nqLiteral(e.Attrs[k]))
		}
	}
	for i, r := range v.relations {
		quad(node(r.Source), voc.kinds[r.Kind], node(r.Target))
		rn := "_:r" + strconv.Itoa(i)
		quad(rn, "source", node(r.Source))
		quad(rn, "target", node(r.Target))
		quad(rn, "kind", nqLiteral(string(r.Kind)))
		quad(rn, "weight", typed(strconv.Itoa(r.Weight), xsdInt))
		quad(rn, "directed", typed(strconv.FormatBool(r.Kind.Directed()), xsdBoolean))
		quad(rn, "confidence", typed(strconv.FormatFloat(r.Confidence, 'g', -1, 64), xsdDouble))
		for _, ev := range o.evidence(r) {
			quad(rn, "evidence", nqLiteral(oneLine(ev.Sentence)))
		}
		for _, a := range evidenceArticles(r.Evidence) {
			quad(rn, "article", nqLiteral(a))
		}
		for _, k := range sortedKeys(r.Attrs) {
			quad(rn, voc.relAttrs[k], nqLiteral(r.Attrs[k]))
		}
	}
	return bw.Flush()
}

// WriteDgraphSchema writes the Dgraph schema (DQL) for the N-Quads that
// WriteNQuads writes for the same graph and options: one line per
// predicate with its type and indexes, relation edges as [uid] @reverse
// @count so that reverse-neighbour queries work.
func WriteDgraphSchema(w io.Writer, g *graph.Graph, o Options) error {
	voc := newNQVocabulary(newView(g), &o)
	bw := bufio.NewWriter(w)
	bw.WriteString("# Dgraph schema for a newsgraph N-Quads export: " + oneLine(o.title()) + "\n")
	for _, p := range voc.schema {
		bw.WriteString("<" + NQuadsNamespace + p[0] + ">: " + p[1] + " .\n")
	}
	return bw.Flush()
}

// nqName keeps letters, digits, '_', '-' and '.' of s (all allowed in an
// IRI and in a Dgraph predicate) and turns anything else into '_'.
func nqName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return '_'
	}, Clean(s))
}

// nqLiteral returns s as a quoted N-Quads string literal.
func nqLiteral(s string) string {
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			// \u005C rather than \\: rdflib 6 reads "\\n" as a backslash
			// and a line feed. Both are valid N-Quads.
			b.WriteString(`\u005C`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
				b.WriteString(`\u`)
				b.WriteString(strconv.FormatInt(int64(r)+0x10000, 16)[1:])
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
