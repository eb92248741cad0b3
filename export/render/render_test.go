package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// mapDOT writes g as a map.
func mapDOT(t testing.TB, g *graph.Graph, o export.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteDOT(&buf, g, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// binaryRenderer returns a Renderer using the dot executable, or skips.
func binaryRenderer(t testing.TB) Renderer {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot not on PATH, skipping the Binary engine (apt-get install graphviz)")
	}
	return Renderer{Engine: Binary}
}

// svgNode is a node group in Graphviz SVG.
type svgNode struct {
	title   string // the node's DOT ID
	tooltip string // xlink:title of its link, if any
	texts   []string
}

var elementsGraphvizWrites = map[string]bool{
	"svg": true, "g": true, "title": true, "text": true, "polygon": true, "ellipse": true,
	"path": true, "a": true, "polyline": true,
}

// parseSVG reads Graphviz SVG strictly as XML, fails on any element
// Graphviz does not write (such as an injected <script>) and returns the
// node groups.
func parseSVG(t testing.TB, svg []byte) []svgNode {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	var (
		nodes []svgNode
		cur   *svgNode
		depth int // element depth inside the current node group
		field *strings.Builder
		in    string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if !elementsGraphvizWrites[tok.Name.Local] {
				t.Errorf("unexpected element <%s> in SVG", tok.Name.Local)
			}
			if cur != nil {
				depth++
			}
			switch {
			case tok.Name.Local == "g" && cur == nil && attr(tok, "class") == "node":
				nodes = append(nodes, svgNode{})
				cur, depth = &nodes[len(nodes)-1], 0
			case cur != nil && (tok.Name.Local == "title" || tok.Name.Local == "text"):
				field, in = &strings.Builder{}, tok.Name.Local
			case cur != nil && tok.Name.Local == "a":
				cur.tooltip = attr(tok, "title")
			}
		case xml.CharData:
			if field != nil {
				field.Write(tok)
			}
		case xml.EndElement:
			if field != nil {
				if in == "title" {
					cur.title = field.String()
				} else {
					cur.texts = append(cur.texts, field.String())
				}
				field = nil
			}
			if cur != nil {
				if depth == 0 {
					cur = nil
				} else {
					depth--
				}
			}
		}
	}
	return nodes
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

var entityNode = regexp.MustCompile(`^n[0-9]+$`)

// TestSVG150 renders a seeded random 150-entity map with each engine and
// the two default layouts, checks the SVG and logs how long it took.
func TestSVG150(t *testing.T) {
	g, scores, _ := testgraph.Random(1, 150)
	dot := mapDOT(t, g, export.Options{Scores: scores, ScoreName: "pagerank"})
	if l, err := chooseLayout(dot, ""); err != nil || l != "neato" {
		t.Errorf("default layout for 150 entities = %q, %v; want neato", l, err)
	}
	for _, engine := range []Engine{WASM, Binary} {
		for _, layout := range []string{"neato", "sfdp"} {
			t.Run(engine.String()+"/"+layout, func(t *testing.T) {
				r := Renderer{Engine: engine}
				if engine == Binary {
					r = binaryRenderer(t)
				}
				start := time.Now()
				svg, err := r.SVG(context.Background(), dot, layout)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s %s: 150 entities, %d relations, SVG of %d bytes in %v", engine, layout, len(g.Relations), len(svg), time.Since(start).Round(time.Millisecond))
				n := 0
				for _, node := range parseSVG(t, svg) {
					if entityNode.MatchString(node.title) {
						n++
					}
				}
				if n != 150 {
					t.Errorf("%d entity node groups, want 150", n)
				}
			})
		}
	}
}

// TestHostileSVG checks that hostile names are shown literally, in labels
// and tooltips, and never become markup.
func TestHostileSVG(t *testing.T) {
	g := testgraph.Hostile()
	dot := mapDOT(t, g, export.Options{Title: testgraph.HostileNames[0]})
	for _, engine := range []Engine{WASM, Binary} {
		t.Run(engine.String(), func(t *testing.T) {
			r := Renderer{Engine: engine}
			if engine == Binary {
				r = binaryRenderer(t)
			}
			svg, err := r.SVG(context.Background(), dot, "")
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(svg, []byte("<script")) {
				t.Error("SVG contains a raw <script")
			}
			byID := make(map[string]svgNode)
			for _, n := range parseSVG(t, svg) {
				byID[n.title] = n
			}
			for i, want := range testgraph.HostileLabels {
				n, ok := byID["n"+strconv.Itoa(i+1)]
				if !ok {
					t.Errorf("no node n%d", i+1)
					continue
				}
				if len(n.texts) != 1 || n.texts[0] != want {
					t.Errorf("node n%d shows %q, want %q", i+1, n.texts, want)
				}
				name := want
				if name == "(unnamed)" {
					name = ""
				}
				if first, _, _ := strings.Cut(n.tooltip, "\n"); first != name {
					t.Errorf("node n%d tooltip starts %q, want %q", i+1, first, name)
				}
			}
		})
	}
}

// TestPNG checks that both engines draw a PNG of the small map with the
// person colour in it.
func TestPNG(t *testing.T) {
	dot := mapDOT(t, testgraph.Small(), export.Options{Title: "Small"})
	for _, engine := range []Engine{WASM, Binary} {
		t.Run(engine.String(), func(t *testing.T) {
			r := Renderer{Engine: engine}
			if engine == Binary {
				r = binaryRenderer(t)
			}
			start := time.Now()
			b, err := r.PNG(context.Background(), dot, "neato")
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			bounds := img.Bounds()
			t.Logf("%s: %dx%d PNG in %v", engine, bounds.Dx(), bounds.Dy(), time.Since(start).Round(time.Millisecond))
			if bounds.Dx() < 200 || bounds.Dy() < 200 {
				t.Errorf("image only %v", bounds)
			}
			person := color.NRGBA{0xE6, 0x9F, 0x00, 0xff} // TypeStyles[graph.Person].Fill
			if count(img, func(c color.NRGBA) bool { return near(c, person) }) < 100 {
				t.Error("no person-coloured node in the image")
			}
			dark := count(img, func(c color.NRGBA) bool { return c.R < 60 && c.G < 60 && c.B < 60 })
			if dark < 100 {
				t.Errorf("only %d dark pixels: text and outlines missing", dark)
			}
		})
	}
}

func count(img image.Image, f func(color.NRGBA) bool) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if f(color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)) {
				n++
			}
		}
	}
	return n
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) < 8 && d(a.G, b.G) < 8 && d(a.B, b.B) < 8
}

// TestRasteriseHostile checks the Go rasteriser copes with hostile text.
func TestRasteriseHostile(t *testing.T) {
	g := testgraph.Hostile()
	b, err := Renderer{Engine: WASM, DPI: 48}.PNG(context.Background(), mapDOT(t, g, export.Options{}), "dot")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentWASM renders from several goroutines at once: the calls
// into go-graphviz must be serialised, and every result the same.
func TestConcurrentWASM(t *testing.T) {
	g, scores, _ := testgraph.Random(3, 40)
	dot := mapDOT(t, g, export.Options{Scores: scores})
	want, err := Renderer{Engine: WASM}.SVG(context.Background(), dot, "neato")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			got, err := Renderer{Engine: WASM}.SVG(context.Background(), dot, "neato")
			if err == nil && !bytes.Equal(got, want) {
				err = errors.New("concurrent render differs")
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	good := mapDOT(t, testgraph.Small(), export.Options{})
	if _, err := SVG(ctx, good, "twopi"); !errors.Is(err, ErrLayout) {
		t.Errorf("unknown layout: %v, want ErrLayout", err)
	}
	for _, bad := range []string{"graph {", "not dot at all", ""} {
		if _, err := (Renderer{Engine: WASM}).SVG(ctx, []byte(bad), "dot"); err == nil {
			t.Errorf("WASM rendered %q", bad)
		}
	}
	// A failed parse must not break later renders.
	if _, err := (Renderer{Engine: WASM}).SVG(ctx, good, "neato"); err != nil {
		t.Errorf("render after a parse error: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := (Renderer{Engine: WASM}).SVG(cancelled, good, "neato"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled WASM render: %v", err)
	}
	if _, err := (Renderer{Engine: Binary, DotPath: "/nonexistent/dot"}).SVG(ctx, good, "neato"); err == nil {
		t.Error("Binary with a missing executable succeeded")
	}
	if _, err := exec.LookPath("dot"); err == nil {
		if _, err := (Renderer{Engine: Binary}).SVG(cancelled, good, "neato"); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled Binary render: %v", err)
		}
		if _, err := (Renderer{Engine: Binary}).SVG(ctx, []byte("graph {"), "dot"); err == nil {
			t.Error("Binary rendered broken DOT")
		}
	}
}

func TestChooseLayout(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{1, "neato"}, {NeatoMaxNodes, "neato"}, {NeatoMaxNodes + 1, "sfdp"}} {
		g, _, _ := testgraph.Random(1, tt.n)
		if got, err := chooseLayout(mapDOT(t, g, export.Options{}), ""); err != nil || got != tt.want {
			t.Errorf("%d entities: %q, %v; want %q", tt.n, got, err, tt.want)
		}
	}
	if got, _ := chooseLayout([]byte("graph { a -- b; subgraph x { c; d } }"), ""); got != "neato" {
		t.Errorf("got %q", got)
	}
	if n := countNodes([]byte("graph { a -- b -- c; a; subgraph x { d } }")); n != 3 {
		t.Errorf("countNodes = %d, want 3", n)
	}
}

// TestAutoPNGHasSVGLayout checks that the default PNG is the default SVG
// rasterised: its size is the SVG's size in points at DefaultDPI. (The dot
// executable's own PNG of the same DOT is laid out by another Graphviz
// and has another size.)
func TestAutoPNGHasSVGLayout(t *testing.T) {
	dot := mapDOT(t, testgraph.Small(), export.Options{Title: "Small"})
	svg, err := SVG(context.Background(), dot, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := PNG(context.Background(), dot, "")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(svg)
	if m == nil {
		t.Fatal("no size in the SVG")
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	want := image.Pt(int(w*DefaultDPI/72+0.5), int(h*DefaultDPI/72+0.5))
	if got := img.Bounds().Size(); abs(got.X-want.X) > 1 || abs(got.Y-want.Y) > 1 {
		t.Errorf("PNG is %v, the SVG at %d dpi is %v", got, DefaultDPI, want)
	}
}

func abs(x int) int { return max(x, -x) }

// TestLabelBoxes checks the overlap measure on texts placed by hand.
func TestLabelBoxes(t *testing.T) {
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg"><g>
<text text-anchor="middle" x="100" y="100" font-family="Helvetica" font-size="10.00">Tony Blair</text>
<text text-anchor="middle" x="110" y="104" font-family="Helvetica" font-size="10.00">Gordon Brown</text>
<text text-anchor="start" x="300" y="100" font-size="14.00">Legend</text>
<text text-anchor="end" x="299" y="100" font-size="14.00">left of it</text>
</g></svg>`)
	boxes, err := LabelBoxes(svg)
	if err != nil {
		t.Fatal(err)
	}
	if len(boxes) != 4 {
		t.Fatalf("%d boxes, want 4", len(boxes))
	}
	// "Tony Blair" at 10 pt is 45.0 pt wide in Helvetica (4501/1000 em).
	if w := boxes[0].X1 - boxes[0].X0; w < 44.9 || w > 45.1 {
		t.Errorf("Tony Blair is %.1f pt wide, want 45.0", w)
	}
	ov := Overlaps(boxes, 0.5)
	if len(ov) != 1 || ov[0].A.Text != "Tony Blair" || ov[0].B.Text != "Gordon Brown" {
		t.Errorf("overlaps %+v, want Tony Blair with Gordon Brown only", ov)
	}
}
