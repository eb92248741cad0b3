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

	var nodeAttrs, edgeAttrs []gexf12.Attribute
	declare := func(list *[]gexf12.Attribute, title, typ string) string {
		id := strconv.Itoa(len(*list))
		*list = append(*list, gexf12.Attribute{ID: id, Title: title, Type: typ})
		return id
	}
	nodeNames := newAttrNames(attrName, "attr_", "id", "label", "name", "type", "aliases", "mentions", "articles", "community")
	aType := declare(&nodeAttrs, "type", "string")
	aAliases := declare(&nodeAttrs, "aliases", "string")
	aMentions := declare(&nodeAttrs, "mentions", "integer")
	aArticles := declare(&nodeAttrs, "articles", "integer")
	var aCommunity string
	if o.Community != nil {
		aCommunity = declare(&nodeAttrs, "community", "integer")
	}
	numeric := o.numericAttrs()
	aNumeric := make([]string, len(numeric))
	for i, m := range numeric {
		aNumeric[i] = declare(&nodeAttrs, nodeNames.unique(m.Name), "double")
	}
	entityAttr := map[string]string{}
	for _, e := range v.entities {
		for k := range e.Attrs {
			entityAttr[k] = ""
		}
	}
	for _, k := range sortedKeys(entityAttr) {
		entityAttr[k] = declare(&nodeAttrs, nodeNames.unique(k), "string")
	}

	edgeNames := newAttrNames(attrName, "attr_", "id", "label", "weight", "kind", "directed", "evidence", "articles", "confidence")
	aKind := declare(&edgeAttrs, "kind", "string")
	aDirected := declare(&edgeAttrs, "directed", "boolean")
	aEvidence := declare(&edgeAttrs, "evidence", "string")
	aEdgeArticles := declare(&edgeAttrs, "articles", "string")
	var aConfidence string
	relAttr := map[string]string{}
	for _, r := range v.relations {
		if r.Confidence != 0 && aConfidence == "" {
			aConfidence = "pending"
		}
		for k := range r.Attrs {
			relAttr[k] = ""
		}
	}
	if aConfidence != "" {
		aConfidence = declare(&edgeAttrs, "confidence", "double")
	}
	for _, k := range sortedKeys(relAttr) {
		relAttr[k] = declare(&edgeAttrs, edgeNames.unique(k), "string")
	}

	styles := nodeStyles(v, &o)
	size01 := sizeScale(v, &o)
	doc := gexf12.Content{
		Version: GEXFVersion,
		Meta:    &gexf12.Meta{Creator: "newsgraph", Description: Clean(o.title())},
		Graph: gexf12.Graph{
			DefaultEdgeType: "directed",
			Mode:            "static",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: nodeAttrs},
				{Class: "edge", Attributes: edgeAttrs},
			},
		},
	}
	for _, e := range v.entities {
		vals := []gexf12.AttValue{{For: aType, Value: string(e.Type)}}
		if len(e.Aliases) > 0 {
			vals = append(vals, gexf12.AttValue{For: aAliases, Value: strings.Join(e.Aliases, ListSeparator)})
		}
		vals = append(vals,
			gexf12.AttValue{For: aMentions, Value: strconv.Itoa(e.Mentions)},
			gexf12.AttValue{For: aArticles, Value: strconv.Itoa(e.Articles)})
		if c, ok := o.community(e.ID); ok {
			vals = append(vals, gexf12.AttValue{For: aCommunity, Value: strconv.Itoa(c)})
		}
		for i, m := range numeric {
			if s, ok := finite(m.Scores, e.ID); ok {
				vals = append(vals, gexf12.AttValue{For: aNumeric[i], Value: strconv.FormatFloat(s, 'g', -1, 64)})
			}
		}
		for _, k := range sortedKeys(e.Attrs) {
			vals = append(vals, gexf12.AttValue{For: entityAttr[k], Value: e.Attrs[k]})
		}
		cleanValues(vals)
		r, gr, b := hexRGB(styles[e.ID].Fill)
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexf12.Node{
			ID:        nodeID(e.ID),
			Label:     Clean(e.Name),
			AttValues: &gexf12.AttValues{AttValues: vals},
			Color:     &gexf12.Color{R: r, G: gr, B: b},
			Size:      &gexf12.Size{Value: 4 + 16*size01[e.ID]},
		})
	}
	doc.Graph.Nodes.Count = len(doc.Graph.Nodes.Nodes)
	for i, r := range v.relations {
		vals := []gexf12.AttValue{
			{For: aKind, Value: string(r.Kind)},
			{For: aDirected, Value: strconv.FormatBool(r.Kind.Directed())},
		}
		if len(r.Evidence) > 0 {
			vals = append(vals,
				gexf12.AttValue{For: aEvidence, Value: joinSentences(o.evidence(r))},
				gexf12.AttValue{For: aEdgeArticles, Value: strings.Join(evidenceArticles(r.Evidence), ListSeparator)})
		}
		if aConfidence != "" {
			vals = append(vals, gexf12.AttValue{For: aConfidence, Value: strconv.FormatFloat(r.Confidence, 'g', -1, 64)})
		}
		for _, k := range sortedKeys(r.Attrs) {
			vals = append(vals, gexf12.AttValue{For: relAttr[k], Value: r.Attrs[k]})
		}
		cleanValues(vals)
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, gexf12.Edge{
			ID:        "e" + strconv.Itoa(i),
			Source:    nodeID(r.Source),
			Target:    nodeID(r.Target),
			Label:     Clean(string(r.Kind)),
			Weight:    float64(max(r.Weight, 0)),
			AttValues: &gexf12.AttValues{AttValues: vals},
		})
	}
	doc.Graph.Edges.Count = len(doc.Graph.Edges.Edges)
	for _, list := range [][]gexf12.Attribute{nodeAttrs, edgeAttrs} {
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
