package export

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// edgeStyle is how relations of one kind are drawn.
type edgeStyle struct {
	color, style, arrowhead string // arrowhead "" draws no direction
	desc                    string // for the legend
}

// kindStyles gives every relation kind its own colour (the Okabe–Ito
// palette, colour-blind safe, with grey for co-mentions) and its own
// combination of line style and arrowhead, so kinds stay apart in
// greyscale too.
var kindStyles = map[graph.Kind]edgeStyle{
	graph.CoMention:  {color: "#8C8C8C", style: "solid", desc: "grey line, width by weight"},
	graph.MemberOf:   {color: "#0072B2", style: "dashed", arrowhead: "onormal", desc: "blue dashes, open arrow to the party or group"},
	graph.CapitalOf:  {color: "#CC79A7", style: "dotted", arrowhead: "diamond", desc: "purple dots, diamond at the country"},
	graph.HoldsRole:  {color: "#D55E00", style: "bold", arrowhead: "normal", desc: "vermillion arrow to where the office is, labelled with it"},
	graph.Leads:      {color: "#000000", style: "bold", arrowhead: "vee", desc: "black arrow to what is led"},
	graph.LocatedIn:  {color: "#009E73", style: "dotted", arrowhead: "empty", desc: "green dots, open arrow to the country"},
	graph.InvolvedIn: {color: "#E69F00", style: "dashed", arrowhead: "dot", desc: "orange dashes, dot at the event"},
	graph.Visits:     {color: "#56B4E9", style: "solid", arrowhead: "vee", desc: "sky-blue arrow to the place visited"},
}

func kindStyle(k graph.Kind) edgeStyle {
	if s, ok := kindStyles[k]; ok {
		return s
	}
	if k.Directed() {
		return edgeStyle{color: "#444444", style: "solid", arrowhead: "normal", desc: "dark grey arrow"}
	}
	return edgeStyle{color: "#444444", style: "solid", desc: "dark grey line"}
}

// edgeLabel is what a relation's edge says when Options.EdgeLabels is
// set: its role and its date, where it has them. The kind is already
// told by colour and line, so other edges get no label.
func edgeLabel(r *graph.Relation) string {
	if r.Kind == graph.CoMention {
		return ""
	}
	var parts []string
	for _, k := range []string{"role", "date"} {
		if v := oneLine(r.Attrs[k]); v != "" {
			parts = append(parts, truncate(v, maxEdgeLabelRunes))
		}
	}
	return strings.Join(parts, ", ")
}

// maxEdgeLabelRunes cuts an edge label's role or date.
const maxEdgeLabelRunes = 30

// writeLegend writes a cluster holding one node whose HTML-like label is a
// table of the entity types present (colour and shape), the communities
// coloured (in community maps, each named as Options.CommunityNames says)
// and the relation kinds present (colour and line). One node keeps the
// legend in one piece in every layout: the force-directed layouts scatter
// a legend made of several nodes, and recent Graphviz versions do not draw
// clusters in them. Colour swatches are cells of their own and the text
// cells are padded, so no two pieces of text touch.
func writeLegend(d *dotWriter, v *view, o *Options) {
	types := make(map[graph.Type]bool)
	other := false
	for _, e := range v.entities {
		types[e.Type] = true
		if _, ok := TypeStyles[e.Type]; !ok {
			other = true
		}
	}
	if len(types) == 0 {
		return
	}
	kinds := make(map[graph.Kind]bool)
	for _, r := range v.relations {
		kinds[r.Kind] = true
	}

	var b strings.Builder
	row := func(fill, text, color string) {
		b.WriteString(`<TR><TD BGCOLOR="` + fill + `" BORDER="1" COLOR="#333333" WIDTH="18"></TD>`)
		b.WriteString(`<TD ALIGN="LEFT"><FONT COLOR="` + color + `">` + htmlEscape(text) + `</FONT></TD></TR>`)
	}
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="3">`)
	b.WriteString(`<TR><TD COLSPAN="2"><FONT POINT-SIZE="14">Legend</FONT></TD></TR>`)
	typeRow := func(name string, st TypeStyle) {
		if o.Community != nil {
			st.Fill = noCommunityColor
		}
		row(st.Fill, name+" ("+st.Shape+")", "#000000")
	}
	for _, t := range graph.Types {
		if types[t] {
			typeRow(string(t), TypeStyles[t])
		}
	}
	if other {
		typeRow("other", otherStyle)
	}
	if o.Community != nil {
		for i, c := range rankCommunities(v, o) {
			if i == len(CommunityColors) {
				row(OtherCommunityColor, "other communities", "#000000")
				break
			}
			name := o.CommunityNames[c.id]
			if name == "" {
				name = "community " + strconv.Itoa(c.id)
			}
			row(CommunityColors[i], name+" ("+count(c.size, "entity", "entities")+" here)", "#000000")
		}
	}
	var kindList []graph.Kind
	for k := range kinds {
		kindList = append(kindList, k)
	}
	slices.Sort(kindList)
	for _, k := range kindList {
		ks := kindStyle(k)
		row(ks.color, strings.ReplaceAll(string(k), "_", " ")+": "+ks.desc, ks.color)
	}
	b.WriteString(`</TABLE>`)

	d.line(`	subgraph "cluster_legend" {`)
	d.stmt("\t\tgraph", [][2]string{{"label", ""}, {"tooltip", "Legend"}, {"style", "rounded"}, {"color", "#999999"}})
	d.line("\t\t" + quote("legend") + ` [shape="plaintext", style="solid", fontsize="10", tooltip="Legend", label=<` + b.String() + `>];`)
	d.line("\t}")
}
