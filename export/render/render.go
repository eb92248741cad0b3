package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/goccy/go-graphviz"
	gdot "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// Engine selects what lays out and draws the graph.
type Engine int

const (
	// Auto draws SVG with WASM (circo with Binary when the dot executable
	// is found), and PNG by rasterising that SVG in Go, so both have the
	// same layout.
	Auto Engine = iota
	// WASM uses go-graphviz (Graphviz compiled to WebAssembly); PNG is
	// rasterised from its SVG by this package.
	WASM
	// Binary runs Graphviz's dot executable; it fails with ErrNoBinary
	// when there is none.
	Binary
)

func (e Engine) String() string {
	switch e {
	case Auto:
		return "auto"
	case WASM:
		return "wasm"
	case Binary:
		return "binary"
	}
	return fmt.Sprintf("Engine(%d)", int(e))
}

// Layouts lists the layout engines SVG and PNG accept.
var Layouts = []string{"dot", "neato", "sfdp", "fdp", "circo"}

// NeatoMaxNodes is the largest graph the default layout draws with neato;
// larger ones are drawn with sfdp.
const NeatoMaxNodes = 150

// DefaultDPI is the resolution of PNG images: 96 pixels per inch, as
// Graphviz's own default.
const DefaultDPI = 96

// Errors returned by the renderers.
var (
	// ErrNoBinary is returned by the Binary engine when no dot executable
	// is found.
	ErrNoBinary = errors.New("render: Graphviz dot executable not found")
	// ErrLayout is returned for a layout not in Layouts.
	ErrLayout = errors.New("render: unknown layout")
	// ErrEmpty is returned when Graphviz produced no output, for example
	// because the DOT did not parse (go-graphviz does not always say
	// why).
	ErrEmpty = errors.New("render: Graphviz produced no output")
)

// Renderer draws DOT with a chosen engine. The zero value uses Auto and
// looks the dot executable up on PATH. A Renderer is safe for concurrent
// use.
type Renderer struct {
	Engine Engine
	// DotPath is the dot executable used by Binary (and by Auto for PNG);
	// when empty it is looked up on PATH as "dot".
	DotPath string
	// DPI is the resolution of PNG images; 0 means DefaultDPI.
	DPI float64
}

// SVG lays out dot with Renderer{} and returns it drawn as SVG. layout is
// one of Layouts, or "" to choose by size (see the package documentation).
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	return Renderer{}.SVG(ctx, dot, layout)
}

// PNG lays out dot with Renderer{} and returns it drawn as a PNG image.
// layout is as for SVG.
func PNG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	return Renderer{}.PNG(ctx, dot, layout)
}

// SVG lays out dot and returns it drawn as SVG.
func (r Renderer) SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	layout, err := chooseLayout(dot, layout)
	if err != nil {
		return nil, err
	}
	switch r.Engine {
	case Auto:
		// circo is the one layout the executable ran faster (5.0 s against
		// 8.5 s for 150 nodes).
		if layout == "circo" {
			if _, err := r.dotPath(); err == nil {
				return r.binary(ctx, dot, layout, "svg")
			}
		}
		return wasmSVG(ctx, dot)(layout)
	case WASM:
		return wasmSVG(ctx, dot)(layout)
	case Binary:
		return r.binary(ctx, dot, layout, "svg")
	}
	return nil, fmt.Errorf("render: unknown engine %v", r.Engine)
}

// PNG lays out dot and returns it drawn as a PNG image.
func (r Renderer) PNG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	layout, err := chooseLayout(dot, layout)
	if err != nil {
		return nil, err
	}
	dpi := r.DPI
	if dpi <= 0 {
		dpi = DefaultDPI
	}
	switch r.Engine {
	case Auto:
		// Rasterise the very SVG that SVG draws, so the PNG has its
		// layout. (Drawing the WebAssembly layout with the executable's
		// neato -n2 was tried: Graphviz 12 writes a tooltip starting with
		// a quote unescaped in its DOT output, which the executable then
		// cannot parse.)
		svg, err := r.SVG(ctx, dot, layout)
		if err != nil {
			return nil, err
		}
		return rasterise(svg, dpi)
	case WASM:
		svg, err := wasmSVG(ctx, dot)(layout)
		if err != nil {
			return nil, err
		}
		return rasterise(svg, dpi)
	case Binary:
		return r.binary(ctx, dot, layout, "png", fmt.Sprintf("-Gdpi=%g", dpi))
	}
	return nil, fmt.Errorf("render: unknown engine %v", r.Engine)
}

// chooseLayout checks layout, or picks one by the size of the graph.
func chooseLayout(dot []byte, layout string) (string, error) {
	if layout == "" {
		if countNodes(dot) <= NeatoMaxNodes {
			return "neato", nil
		}
		return "sfdp", nil
	}
	for _, l := range Layouts {
		if layout == l {
			return layout, nil
		}
	}
	return "", fmt.Errorf("%w %q (want one of %s)", ErrLayout, layout, strings.Join(Layouts, ", "))
}

// countEdges counts the edges of the first graph's top-level statements
// (a chain a -- b -- c counts two), or returns -1 when gonum's parser
// cannot read the DOT.
func countEdges(dot []byte) int {
	f, err := gdot.ParseBytes(dot)
	if err != nil || len(f.Graphs) == 0 {
		return -1
	}
	n := 0
	for _, st := range f.Graphs[0].Stmts {
		if st, ok := st.(*ast.EdgeStmt); ok {
			for e := st.To; e != nil; e = e.To {
				n++
			}
		}
	}
	return n
}

// svgEdges counts the edge groups of an SVG written by Graphviz.
func svgEdges(svg []byte) int { return bytes.Count(svg, []byte(`class="edge"`)) }

// countNodes counts the distinct nodes named in the first graph's top-level
// statements, leaving out nodes only mentioned inside subgraphs. It returns
// 0 when gonum's parser cannot read the DOT; Graphviz will say what is
// wrong.
func countNodes(dot []byte) int {
	f, err := gdot.ParseBytes(dot)
	if err != nil || len(f.Graphs) == 0 {
		return 0
	}
	seen := make(map[string]bool)
	for _, st := range f.Graphs[0].Stmts {
		switch st := st.(type) {
		case *ast.NodeStmt:
			seen[st.Node.ID] = true
		case *ast.EdgeStmt:
			if n, ok := st.From.(*ast.Node); ok {
				seen[n.ID] = true
			}
			for e := st.To; e != nil; e = e.To {
				if n, ok := e.Vertex.(*ast.Node); ok {
					seen[n.ID] = true
				}
			}
		}
	}
	return len(seen)
}

// wasmLock serialises every call into go-graphviz, whose single
// WebAssembly instance must not be used by two goroutines at once. It is
// a channel so that waiting for it can be cancelled.
var wasmLock = make(chan struct{}, 1)

// wasmRender lays dot out and renders it in the given format with
// go-graphviz.
func wasmRender(ctx context.Context, dot []byte, layout string, format graphviz.Format) ([]byte, error) {
	select {
	case wasmLock <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-wasmLock }()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// The results of the Close calls are ignored: Graphviz reports there
	// whether any error or warning was ever logged in the process, and
	// go-graphviz turns that into the last message logged, so one warning
	// (such as "falling back to straight line edges") would fail every
	// later render.
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("render: starting go-graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("render: parsing DOT: %w", err)
	}
	if g == nil {
		return nil, fmt.Errorf("render: parsing DOT: %w", ErrEmpty)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := gv.SetLayout(graphviz.Layout(layout)).Render(ctx, g, format, &buf); err != nil {
		return nil, fmt.Errorf("render: %s -T%s: %w", layout, format, err)
	}
	if buf.Len() == 0 {
		return nil, fmt.Errorf("render: %s -T%s: %w", layout, format, ErrEmpty)
	}
	return buf.Bytes(), nil
}

// wasmSVG is wasmRender to SVG, checked: in a process that has rendered
// other graphs before, go-graphviz now and then draws a 150-node map with
// no edges and every node at one spot (seen after the demo's map was
// drawn; the same DOT renders whole on the next try and in a fresh
// process). An SVG with fewer edges than the DOT is drawn again once, and
// is an error if it is still short.
func wasmSVG(ctx context.Context, dot []byte) func(layout string) ([]byte, error) {
	want := countEdges(dot)
	return func(layout string) ([]byte, error) {
		var svg []byte
		var err error
		for try := 0; try < 2; try++ {
			if svg, err = wasmRender(ctx, dot, layout, graphviz.SVG); err != nil || want < 0 || svgEdges(svg) >= want {
				return svg, err
			}
		}
		return nil, fmt.Errorf("render: %s -Tsvg drew %d of %d edges (go-graphviz failed)", layout, svgEdges(svg), want)
	}
}

func (r Renderer) dotPath() (string, error) {
	if r.DotPath != "" {
		return r.DotPath, nil
	}
	p, err := exec.LookPath("dot")
	if err != nil {
		return "", ErrNoBinary
	}
	return p, nil
}

// maxStderr caps how much of the dot executable's error output is kept.
const maxStderr = 4 << 10

// binary runs the dot executable.
func (r Renderer) binary(ctx context.Context, dot []byte, layout, format string, args ...string) ([]byte, error) {
	path, err := r.dotPath()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, path, append([]string{"-K" + layout, "-T" + format}, args...)...)
	cmd.Stdin = bytes.NewReader(dot)
	var stdout bytes.Buffer
	stderr := &limitedBuffer{max: maxStderr}
	cmd.Stdout, cmd.Stderr = &stdout, stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("render: %s -K%s -T%s: %w: %s", path, layout, format, err, strings.TrimSpace(stderr.String()))
	}
	if stdout.Len() == 0 {
		return nil, fmt.Errorf("render: %s -K%s -T%s: %w: %s", path, layout, format, ErrEmpty, strings.TrimSpace(stderr.String()))
	}
	return stdout.Bytes(), nil
}

// limitedBuffer keeps the first max bytes written to it.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
