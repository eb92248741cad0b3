package export

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// MaxLabelRunes is the longest node label WriteDOT writes; longer names are
// cut and end with "…" (the tooltip keeps the whole name).
const MaxLabelRunes = 40

// Node and edge sizes in maps, in inches, points and Graphviz pen widths.
const (
	minNodeWidth = 0.4
	maxNodeWidth = 1.8
	minFontSize  = 10.0
	maxFontSize  = 18.0
	minPenWidth  = 0.8
	maxPenWidth  = 4.0
	// Dashed and dotted lines thinner than this are hard to see.
	minStyledPenWidth = 1.4
	// maxTooltipRunes caps the evidence sentence in an edge tooltip.
	maxTooltipRunes = 300
	// The drawing is scaled down to at most size×size inches, size growing
	// with the square root of the number of nodes: a 150-node map laid out
	// by neato is about 33×48 in at full size.
	minSize, maxSize = 8, 60
	// Above maxOrthoNodes nodes, overlaps are removed by scaling rather than
	// by ortho_yx, whose time grows faster than quadratically (measured
	// with sfdp in the WebAssembly Graphviz: 0.2 s at 150 nodes, 3.4 s at
	// 600, 15 s at 1,500, against 1.8 s at 1,500 for scale).
	maxOrthoNodes = 300
)

// TypeStyle is how entities of one type are drawn in maps.
type TypeStyle struct {
	Shape string // Graphviz node shape
	Fill  string // fill colour, #RRGGBB
}

// TypeStyles maps each entity type to its shape and colour. Fill colours are
// the Okabe–Ito palette, which stays distinguishable under the common forms
// of colour blindness; shapes differ too, so types can be told apart in
// greyscale and when community colours replace type colours.
var TypeStyles = map[graph.Type]TypeStyle{
	graph.Person:       {Shape: "ellipse", Fill: "#E69F00"},       // orange
	graph.Party:        {Shape: "hexagon", Fill: "#CC79A7"},       // reddish purple
	graph.Country:      {Shape: "box", Fill: "#56B4E9"},           // sky blue
	graph.Organization: {Shape: "parallelogram", Fill: "#009E73"}, // bluish green
	graph.Place:        {Shape: "house", Fill: "#F0E442"},         // yellow
	graph.Event:        {Shape: "diamond", Fill: "#D55E00"},       // vermillion
}

// otherStyle draws entities whose type is not one of graph.Types.
var otherStyle = TypeStyle{Shape: "ellipse", Fill: "#BBBBBB"}

// CommunityColors are the fill colours of the largest communities in maps,
// largest first (Paul Tol's "muted" scheme, colour-blind safe). Smaller
// communities share OtherCommunityColor.
var CommunityColors = []string{
	"#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
	"#882255", "#44AA99", "#999933", "#AA4499",
}

// OtherCommunityColor fills entities of communities beyond CommunityColors.
const OtherCommunityColor = "#DDDDDD"

// noCommunityColor fills entities without a community in community maps.
const noCommunityColor = "#FFFFFF"

// WriteDOT writes g to w as a Graphviz DOT relationship map; see the
// package documentation for how it is drawn and how names are escaped.
//
// The output is an undirected graph named "newsgraph": nodes "n<ID>" in ID
// order, then co-mentions and then the other relations, each ordered by
// source, target and kind, with directed kinds drawn with dir=forward.
// Graph attributes fix the layout seed (start=1), remove node overlaps
// (overlap=ortho_yx, which keeps the map compact; overlap=scale above 300
// nodes, which is faster), pack disconnected components and cap the
// drawing at a size that grows with the square root of the number of
// nodes, so labels stay readable up to about 150 entities; use [Top] for
// larger graphs. The legend is the node "legend", in the cluster
// "cluster_legend".
func WriteDOT(w io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)
	d := &dotWriter{w: bufio.NewWriter(w)}
	writeDOTHeader(d, len(v.entities), &o)
	styles := nodeStyles(v, &o)
	writeLegend(d, v, &o)
	writeDOTNodes(d, v, styles, &o)
	writeDOTEdges(d, v, &o)
	d.line("}")
	return d.flush()
}

// writeDOTHeader opens the graph and sets the graph, node and edge
// defaults for a map of n entities.
func writeDOTHeader(d *dotWriter, n int, o *Options) {
	size := strconv.FormatFloat(math.Round(min(maxSize, max(minSize, 4*math.Sqrt(float64(n))))), 'f', -1, 64)
	overlap := "ortho_yx"
	if n > maxOrthoNodes {
		overlap = "scale"
	}
	d.line("// Relationship map written by newsgraph. Lay out with neato, sfdp, fdp or dot.")
	d.line(`graph "newsgraph" {`)
	d.stmt("\tgraph", [][2]string{
		{"label", esc(o.title())},
		{"tooltip", escTip(o.title())},
		{"labelloc", "t"},
		{"fontname", "Helvetica"},
		{"fontsize", "24"},
		{"charset", "UTF-8"},
		{"bgcolor", "white"},
		{"pad", "0.3"},
		{"overlap", overlap},
		{"sep", "+6"},
		{"pack", "8"},
		{"start", "1"},
		{"outputorder", "edgesfirst"},
		// Edge labels are xlabels, placed after the layout where they
		// collide with no node or other label; one that finds no such
		// place is left out (its role and date stay in the tooltip).
		{"forcelabels", "false"},
		{"size", size + "," + size},
	})
	d.stmt("\tnode", [][2]string{
		{"fontname", "Helvetica"},
		{"style", "filled"},
		{"color", "#333333"},
		{"penwidth", "0.8"},
		{"margin", "0.06,0.03"},
	})
	d.stmt("\tedge", [][2]string{{"fontname", "Helvetica"}})

}

// writeDOTNodes writes one node per entity, styled and sized.
func writeDOTNodes(d *dotWriter, v *view, styles map[graph.ID]TypeStyle, o *Options) {
	size01 := sizeScale(v, o)
	for _, e := range v.entities {
		st := styles[e.ID]
		s := size01[e.ID]
		width := minNodeWidth + s*(maxNodeWidth-minNodeWidth)
		tip := escTip(e.Name) + `\n` + escTip(string(e.Type)) + ", " + count(e.Mentions, "mention", "mentions") + ", " + count(e.Articles, "article", "articles")
		if sc, ok := o.score(e.ID); ok {
			tip += `\n` + escTip(o.scoreName()) + " " + strconv.FormatFloat(sc, 'g', 6, 64)
		}
		if c, ok := o.community(e.ID); ok {
			tip += `\ncommunity ` + strconv.Itoa(c)
			if name := o.CommunityNames[c]; name != "" {
				tip += ": " + escTip(name)
			}
		}
		if q := e.Attrs["wikidata"]; q != "" {
			tip += `\nwikidata ` + escTip(q)
		}
		d.stmt("\t"+quote(nodeID(e.ID)), [][2]string{
			{"label", esc(label(e.Name))},
			{"tooltip", tip},
			{"shape", st.Shape},
			{"fillcolor", st.Fill},
			{"fontcolor", textColor(st.Fill)},
			{"fontsize", ftoa(minFontSize + s*(maxFontSize-minFontSize))},
			{"width", ftoa(width)},
			{"height", ftoa(max(0.3, 0.5*width))},
		})
	}
}

// writeDOTEdges writes one edge per relation, co-mentions first.
func writeDOTEdges(d *dotWriter, v *view, o *Options) {
	maxWeight := 1
	for _, r := range v.relations {
		maxWeight = max(maxWeight, r.Weight)
	}
	// Edges are straight lines (spline routing fell back to them anyway
	// once overlaps were removed, and took 10 s for 150 nodes in Debian's
	// Graphviz 2.43), so relations between the same pair are drawn on top
	// of each other: co-mentions go first, so the typed relations, thinner
	// and dashed or dotted, show on top of them.
	ordered := make([]*graph.Relation, 0, len(v.relations))
	for _, r := range v.relations {
		if r.Kind == graph.CoMention {
			ordered = append(ordered, r)
		}
	}
	for _, r := range v.relations {
		if r.Kind != graph.CoMention {
			ordered = append(ordered, r)
		}
	}
	for _, r := range ordered {
		ks := kindStyle(r.Kind)
		pen := minPenWidth
		if maxWeight > 1 && r.Weight > 1 {
			pen += (maxPenWidth - minPenWidth) * math.Log(float64(r.Weight)) / math.Log(float64(maxWeight))
		}
		if ks.style != "solid" {
			pen = max(pen, minStyledPenWidth)
		}
		arrow := " – "
		if ks.arrowhead != "" {
			arrow = " → "
		}
		src, dst := v.byID[r.Source], v.byID[r.Target]
		tip := escTip(src.Name) + arrow + escTip(dst.Name) + `\n` + escTip(string(r.Kind)) + ", weight " + strconv.Itoa(r.Weight)
		if len(r.Evidence) > 0 {
			ev := r.Evidence[0]
			tip += `\n“` + escTip(truncate(oneLine(ev.Sentence), maxTooltipRunes)) + `”`
			if t := oneLine(ev.Title); t != "" {
				tip += ` (` + escTip(t) + `)`
			}
		}
		attrs := [][2]string{
			{"tooltip", tip},
			{"color", ks.color},
			{"style", ks.style},
			{"penwidth", ftoa(pen)},
		}
		if ks.arrowhead != "" {
			attrs = append(attrs, [2]string{"dir", "forward"}, [2]string{"arrowhead", ks.arrowhead})
		}
		if l := edgeLabel(r); o.EdgeLabels && l != "" {
			attrs = append(attrs, [2]string{"xlabel", esc(l)},
				[2]string{"fontsize", "9"}, [2]string{"fontcolor", ks.color})
		}
		d.stmt("\t"+quote(nodeID(r.Source))+" -- "+quote(nodeID(r.Target)), attrs)
	}
}

// nodeStyles returns every entity's shape and fill.
func nodeStyles(v *view, o *Options) map[graph.ID]TypeStyle {
	colors := communityColors(v, o)
	out := make(map[graph.ID]TypeStyle, len(v.entities))
	for _, e := range v.entities {
		st, ok := TypeStyles[e.Type]
		if !ok {
			st = otherStyle
		}
		if o.Community != nil {
			st.Fill = noCommunityColor
			if c, ok := o.community(e.ID); ok {
				st.Fill = colors[c]
			}
		}
		out[e.ID] = st
	}
	return out
}

// communityStat is a community and how many of the graph's entities it has.
type communityStat struct{ id, size int }

// rankCommunities returns the communities of v's entities, largest first,
// ties by lower community number.
func rankCommunities(v *view, o *Options) []communityStat {
	count := make(map[int]int)
	for _, e := range v.entities {
		if c, ok := o.community(e.ID); ok {
			count[c]++
		}
	}
	out := make([]communityStat, 0, len(count))
	for c, n := range count {
		out = append(out, communityStat{c, n})
	}
	slices.SortFunc(out, func(a, b communityStat) int { return cmp.Or(cmp.Compare(b.size, a.size), cmp.Compare(a.id, b.id)) })
	return out
}

// communityColors assigns CommunityColors to the largest communities.
func communityColors(v *view, o *Options) map[int]string {
	out := make(map[int]string)
	for i, c := range rankCommunities(v, o) {
		out[c.id] = OtherCommunityColor
		if i < len(CommunityColors) {
			out[c.id] = CommunityColors[i]
		}
	}
	return out
}

// sizeScale maps each entity to [0, 1]: the square root of its score's
// position between the smallest and the largest score (so node area, not
// width, follows the score). Without scores, mentions are used. Entities
// with no score get 0; when all scores are equal, every entity gets 0.
func sizeScale(v *view, o *Options) map[graph.ID]float64 {
	vals := make(map[graph.ID]float64, len(v.entities))
	for _, e := range v.entities {
		if o.Scores == nil {
			vals[e.ID] = float64(e.Mentions)
		} else if s, ok := o.score(e.ID); ok {
			vals[e.ID] = s
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range vals {
		lo, hi = min(lo, x), max(hi, x)
	}
	out := make(map[graph.ID]float64, len(v.entities))
	for id, x := range vals {
		if hi > lo {
			out[id] = math.Sqrt((x - lo) / (hi - lo))
		}
	}
	return out
}

// htmlEscape makes text safe inside a Graphviz HTML-like label: cleaned,
// on one line, with the XML special characters escaped.
func htmlEscape(s string) string {
	s = dotText(s)
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	return r.Replace(s)
}

// textColor returns black or white, whichever contrasts more with the
// #RRGGBB fill (WCAG relative luminance).
func textColor(fill string) string {
	var r, g, b uint8
	if _, err := fmt.Sscanf(fill, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return "#000000"
	}
	lin := func(c uint8) float64 {
		x := float64(c) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	// Contrast with black is (l+0.05)/0.05, with white 1.05/(l+0.05).
	if (l+0.05)*(l+0.05) >= 0.05*1.05 {
		return "#000000"
	}
	return "#FFFFFF"
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// esc makes untrusted text safe inside a quoted DOT label: one line,
// cleaned, with `\`, `"` and `&` escaped. Graphviz reads a label's `\\`
// as one backslash, so escapes such as \N are shown rather than expanded,
// and passes character entities through to SVG, so `&` must be one. The
// result is not quoted.
func esc(s string) string { return escape(s, `\\`) }

// escTip is esc for tooltips, which Graphviz unescapes twice (versions
// 2.43 and 12.1 alike: \\N in a tooltip becomes the node's name, \\\\N
// shows \N), so each backslash is written as four.
func escTip(s string) string { return escape(s, `\\\\`) }

// dotText is s cleaned for a one-line DOT string. U+FFFD (which Clean puts
// in place of invalid UTF-8) becomes '?': gonum's DOT parser rejects it.
func dotText(s string) string {
	return strings.ReplaceAll(oneLine(s), "\uFFFD", "?")
}

func escape(s, backslash string) string {
	s = dotText(s)
	if !strings.ContainsAny(s, `\"&`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(backslash)
		case '"':
			b.WriteString(`\"`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// label is the text of an entity's label: its name on one line, cut to
// MaxLabelRunes, or "(unnamed)" (Graphviz would show the node ID for an
// empty label).
func label(name string) string {
	if l := truncate(dotText(name), MaxLabelRunes); l != "" {
		return l
	}
	return "(unnamed)"
}

// quote quotes an ID we made (never untrusted text, which goes through esc).
func quote(s string) string { return `"` + s + `"` }

// dotWriter writes DOT statements and keeps the first error.
type dotWriter struct {
	w   *bufio.Writer
	err error
}

func (d *dotWriter) line(s string) {
	if d.err == nil {
		_, d.err = d.w.WriteString(s + "\n")
	}
}

// stmt writes head followed by an attribute list. Values must already be
// escaped (see esc).
func (d *dotWriter) stmt(head string, attrs [][2]string) {
	var b strings.Builder
	b.WriteString(head)
	if len(attrs) > 0 {
		b.WriteString(" [")
		for i, a := range attrs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a[0])
			b.WriteString(`="`)
			b.WriteString(a[1])
			b.WriteString(`"`)
		}
		b.WriteString("]")
	}
	b.WriteString(";")
	d.line(b.String())
}

func (d *dotWriter) flush() error {
	if d.err != nil {
		return d.err
	}
	return d.w.Flush()
}
