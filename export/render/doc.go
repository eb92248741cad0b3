// Package render lays out and draws Graphviz DOT, such as the maps written
// by [github.com/newsgraph/newsgraph/export.WriteDOT], as SVG or PNG.
//
// It is the only newsgraph package that imports go-graphviz (Graphviz
// 12.1.2 compiled to WebAssembly and run by wazero, no cgo). Importing it
// costs every process its init, which compiles the WebAssembly module
// (about 1 s and 48 MB the first time, 0.04 s once the compiled copy is
// cached under $TMPDIR/go-graphviz), so only commands that render should
// import it.
//
// # Engines
//
// Two engines can do the work:
//
//   - [WASM], go-graphviz. Its WebAssembly instance is shared by the whole
//     process and is not safe for concurrent use, so every call into it is
//     serialised behind one package-wide lock; the lock is waited for with
//     the context, but a layout, once started, runs to the end (wazero is
//     not set up to interrupt it).
//     Memory also grows with use: 300 renders of a 60-node map in one
//     process took the Go runtime's memory from 21 MB to 160 MB, whether
//     or not the go-graphviz context was reused, so a long-running server
//     should prefer Binary.
//   - [Binary], the dot executable of an installed Graphviz, run once per
//     image with -K<layout> -T<format> and killed when the context ends.
//     Renders through it run in parallel.
//
// [Auto], the zero value, draws SVG with WASM: on a 2-core machine it was
// as fast as or faster than Debian's Graphviz 2.43 for the maps export
// writes (150 nodes, medians of five: neato 0.30 s against 0.29 s, sfdp
// 0.16 s against 0.26 s, fdp 0.21 s against 0.24 s, dot 0.15 s against
// 0.26 s), and it gives the same drawing on every host. circo is the
// exception (8.5 s against 5.0 s), so Auto draws it with the executable
// when there is one. Auto draws PNG by rasterising the very SVG it draws,
// so the PNG always has the SVG's layout (the executable's PNG of the
// same DOT is laid out by another Graphviz version and differs). The SVG's
// few kinds of shapes (polygons, ellipses, Bézier paths, text) are
// rasterised in pure Go with github.com/fogleman/gg and the Go fonts.
// go-graphviz's own PNG renderer is never used: it loses black strokes and
// draws some edges as filled wedges. The Go rasteriser is reliable for the
// maps export writes but has limits: text is drawn in Go Regular, slightly
// narrowed to Helvetica's widths (no glyphs for scripts such as Arabic or
// CJK, or for emoji, which show as boxes), bold and italic are drawn
// regular, and images and gradients are not drawn. Images are capped at
// about 100 million pixels by lowering the resolution.
//
// # Layouts
//
// Layout is one of "dot", "neato", "sfdp", "fdp" or "circo". The empty
// string picks neato for graphs with at most [NeatoMaxNodes] nodes
// (counting nodes outside subgraphs, so a legend cluster does not count)
// and sfdp above: neato's stress layout reads better, sfdp scales.
//
// # Trust
//
// Text inside the DOT is escaped by Graphviz in the SVG it writes (a label
// `<script>` becomes &lt;script&gt;). The DOT itself is trusted: Graphviz
// reads files named by attributes such as image or shapefile, with either
// engine (go-graphviz's WebAssembly file system opens host files), so
// render only DOT that export wrote or that is otherwise trusted.
package render
