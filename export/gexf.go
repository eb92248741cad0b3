package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// GEXFVersion is the GEXF version WriteGEXF writes.
const GEXFVersion = "1.2"

// WriteGEXF writes g to w as a GEXF 1.2 document (Gephi's format), using
// the structures of gonum's graph/formats/gexf12.
//
// Nodes have IDs "n" followed by the entity ID and the entity name as
// label; edges "e0", "e1", … in output order, with the relation weight as
// GEXF weight and the kind as label. The graph is directed (as in
// GraphML), so readers keep the direction of typed relations; co-mentions
// are written once, from the smaller ID, with the "directed" edge
// attribute false, and
// relations of several kinds between the same entities are parallel edges.
// Attributes (GEXF <attributes>, ids "0", "1", …):
//
//   - node: type, aliases (joined with [ListSeparator]), mentions,
//     articles, community (integer, when o.Community is set), one double
//     per score (o.Scores under o.ScoreName, then o.Measures) and one
//     string per key of Entity.Attrs.
//   - edge: kind, directed, evidence, articles, confidence (when any is
//     non-zero) and one string per key of Relation.Attrs.
//
// Attribute titles are made unique as in [WriteGraphML]. Nodes are coloured
// by community (or by type without communities) with the map palettes and
// sized by the score, so a Gephi preview resembles the DOT map. All text is
// cleaned with [Clean], so the document is well-formed for any input.
func WriteGEXF(w io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)
	a := declareGEXF(v, &o)
	styles := nodeStyles(v, &o)
	size01 := sizeScale(v, &o)
	doc := gexf12.Content{
		Version: GEXFVersion,
		Meta:    &gexf12.Meta{Creator: "newsgraph", Description: Clean(o.title())},
		Graph: gexf12.Graph{
			DefaultEdgeType: "directed",
			Mode:            "static",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: a.nodeAttrs},
				{Class: "edge", Attributes: a.edgeAttrs},
			},
		},
	}
	for _, e := range v.entities {
		r, gr, b := hexRGB(styles[e.ID].Fill)
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexf12.Node{
			ID:        nodeID(e.ID),
			Label:     Clean(e.Name),
			AttValues: &gexf12.AttValues{AttValues: a.nodeValues(e, &o)},
			Color:     &gexf12.Color{R: r, G: gr, B: b},
			Size:      &gexf12.Size{Value: 4 + 16*size01[e.ID]},
		})
	}
	doc.Graph.Nodes.Count = len(doc.Graph.Nodes.Nodes)
	for i, r := range v.relations {
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, gexf12.Edge{
			ID:        "e" + strconv.Itoa(i),
			Source:    nodeID(r.Source),
			Target:    nodeID(r.Target),
			Label:     Clean(string(r.Kind)),
			Weight:    float64(max(r.Weight, 0)),
			AttValues: &gexf12.AttValues{AttValues: a.edgeValues(r, &o)},
		})
	}
	doc.Graph.Edges.Count = len(doc.Graph.Edges.Edges)
	for _, list := range [][]gexf12.Attribute{a.nodeAttrs, a.edgeAttrs} {
		for i := range list {
			list[i].Title = Clean(list[i].Title)
		}
	}

	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if _, err := bw.WriteString("\n"); err != nil {
		return err
	}
	return bw.Flush()
}

// gexfAttrs are the attributes one GEXF document declares, and the ids
// its values refer to them by.
type gexfAttrs struct {
	nodeAttrs, edgeAttrs []gexf12.Attribute

	aType, aAliases, aMentions, aArticles, aCommunity string
	numeric                                           []NamedScores // o.numericAttrs()
	aNumeric                                          []string
	entityAttr                                        map[string]string // Entity.Attrs key → id

	aKind, aDirected, aEvidence, aEdgeArticles string
	aConfidence                                string            // empty when every confidence is 0
	relAttr                                    map[string]string // Relation.Attrs key → id
}

// declareGEXF declares the node and edge attributes of v's document.
func declareGEXF(v *view, o *Options) *gexfAttrs {
	a := &gexfAttrs{entityAttr: map[string]string{}, relAttr: map[string]string{}}
	declare := func(list *[]gexf12.Attribute, title, typ string) string {
		id := strconv.Itoa(len(*list))
		*list = append(*list, gexf12.Attribute{ID: id, Title: title, Type: typ})
		return id
	}
	nodeNames := newAttrNames(attrName, "attr_", "id", "label", "name", "type", "aliases", "mentions", "articles", "community")
	a.aType = declare(&a.nodeAttrs, "type", "string")
	a.aAliases = declare(&a.nodeAttrs, "aliases", "string")
	a.aMentions = declare(&a.nodeAttrs, "mentions", "integer")
	a.aArticles = declare(&a.nodeAttrs, "articles", "integer")
	if o.Community != nil {
		a.aCommunity = declare(&a.nodeAttrs, "community", "integer")
	}
	a.numeric = o.numericAttrs()
	a.aNumeric = make([]string, len(a.numeric))
	for i, m := range a.numeric {
		a.aNumeric[i] = declare(&a.nodeAttrs, nodeNames.unique(m.Name), "double")
	}
	for _, k := range v.entityAttrKeys() {
		a.entityAttr[k] = declare(&a.nodeAttrs, nodeNames.unique(k), "string")
	}

	edgeNames := newAttrNames(attrName, "attr_", "id", "label", "weight", "kind", "directed", "evidence", "articles", "confidence")
	a.aKind = declare(&a.edgeAttrs, "kind", "string")
	a.aDirected = declare(&a.edgeAttrs, "directed", "boolean")
	a.aEvidence = declare(&a.edgeAttrs, "evidence", "string")
	a.aEdgeArticles = declare(&a.edgeAttrs, "articles", "string")
	if v.anyConfidence() {
		a.aConfidence = declare(&a.edgeAttrs, "confidence", "double")
	}
	for _, k := range v.relationAttrKeys() {
		a.relAttr[k] = declare(&a.edgeAttrs, edgeNames.unique(k), "string")
	}
	return a
}

// nodeValues returns an entity's attribute values, cleaned.
func (a *gexfAttrs) nodeValues(e *graph.Entity, o *Options) []gexf12.AttValue {
	vals := []gexf12.AttValue{{For: a.aType, Value: string(e.Type)}}
	if len(e.Aliases) > 0 {
		vals = append(vals, gexf12.AttValue{For: a.aAliases, Value: strings.Join(e.Aliases, ListSeparator)})
	}
	vals = append(vals,
		gexf12.AttValue{For: a.aMentions, Value: strconv.Itoa(e.Mentions)},
		gexf12.AttValue{For: a.aArticles, Value: strconv.Itoa(e.Articles)})
	if c, ok := o.community(e.ID); ok {
		vals = append(vals, gexf12.AttValue{For: a.aCommunity, Value: strconv.Itoa(c)})
	}
	for i, m := range a.numeric {
		if s, ok := finite(m.Scores, e.ID); ok {
			vals = append(vals, gexf12.AttValue{For: a.aNumeric[i], Value: strconv.FormatFloat(s, 'g', -1, 64)})
		}
	}
	for _, k := range sortedKeys(e.Attrs) {
		vals = append(vals, gexf12.AttValue{For: a.entityAttr[k], Value: e.Attrs[k]})
	}
	cleanValues(vals)
	return vals
}

// edgeValues returns a relation's attribute values, cleaned.
func (a *gexfAttrs) edgeValues(r *graph.Relation, o *Options) []gexf12.AttValue {
	vals := []gexf12.AttValue{
		{For: a.aKind, Value: string(r.Kind)},
		{For: a.aDirected, Value: strconv.FormatBool(r.Kind.Directed())},
	}
	if len(r.Evidence) > 0 {
		vals = append(vals,
			gexf12.AttValue{For: a.aEvidence, Value: joinSentences(o.evidence(r))},
			gexf12.AttValue{For: a.aEdgeArticles, Value: strings.Join(evidenceArticles(r.Evidence), ListSeparator)})
	}
	if a.aConfidence != "" {
		vals = append(vals, gexf12.AttValue{For: a.aConfidence, Value: strconv.FormatFloat(r.Confidence, 'g', -1, 64)})
	}
	for _, k := range sortedKeys(r.Attrs) {
		vals = append(vals, gexf12.AttValue{For: a.relAttr[k], Value: r.Attrs[k]})
	}
	cleanValues(vals)
	return vals
}

func cleanValues(vals []gexf12.AttValue) {
	for i := range vals {
		vals[i].Value = Clean(vals[i].Value)
	}
}

// hexRGB parses a "#RRGGBB" colour; anything else is grey.
func hexRGB(s string) (r, g, b byte) {
	if len(s) != 7 || s[0] != '#' {
		return 0x99, 0x99, 0x99
	}
	x, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return 0x99, 0x99, 0x99
	}
	return byte(x >> 16), byte(x >> 8), byte(x)
}
