// Package export writes a newsgraph [graph.Graph] in formats other tools
// read: JSON for scripts and web pages, GraphML for graph tools (networkx,
// igraph, Gephi, Cytoscape, yEd), GEXF 1.2 for Gephi ([WriteGEXF]), the
// CSV files of neo4j-admin's bulk importer with a Cypher script of
// constraints ([WriteNeo4j]), RDF N-Quads with a Dgraph schema
// ([WriteNQuads], [WriteDgraphSchema]) and Graphviz DOT for relationship
// maps.
//
// Every format carries relation kinds as data (an attribute, a label, a
// relationship type or a predicate), never from a fixed list, and writes
// every key of Entity.Attrs and Relation.Attrs, so new kinds and attributes
// flow through unchanged.
//
// Rendering DOT to SVG or PNG lives in the sibling package
// [github.com/newsgraph/newsgraph/export/render]. That package imports
// go-graphviz, whose init compiles a WebAssembly module; this package does
// not, so commands that only write JSON, GraphML or DOT do not pay for it.
//
// # Output
//
// Every writer is deterministic: entities and articles are written in
// increasing ID order and relations ordered by source, target and kind,
// whatever the order of the graph's slices. The graph is not modified.
// Relations whose source or target is not one of the graph's entities are
// skipped, so no format refers to a node it does not define. Use [Top] to
// cut a large graph down to its most central entities before drawing it.
//
// [Options] carries what is not in the graph itself: a title, one centrality
// score per entity (written as an attribute and used for node size in
// maps), further named scores for the data formats, a community per entity
// (written as an attribute and used as fill colour in maps), edge labels
// for ego maps and a cap on the evidence sentences written per relation.
// Scores that are NaN or infinite are not written.
//
// # Untrusted text
//
// Entity names, aliases, attributes, titles and sentences come from
// articles and must be treated as hostile. Every writer produces valid
// output for any input:
//
//   - Invalid UTF-8 is replaced by U+FFFD and characters that XML 1.0
//     forbids (control characters other than tab, newline and carriage
//     return, U+FFFE and U+FFFF) are dropped, in every format, so that the
//     same cleaned text appears in JSON, GraphML, DOT and the SVG made from
//     it.
//   - JSON is written by encoding/json, which escapes quotes, control
//     characters and HTML-significant characters.
//   - GraphML and GEXF are written by encoding/xml, which escapes markup in
//     text and attribute values (including newlines and carriage returns,
//     so they survive attribute-value normalisation).
//   - Neo4j CSV fields are put on one line and written by encoding/csv
//     (RFC 4180 quoting, as neo4j-admin reads it); property names keep
//     letters, digits and '_' only.
//   - N-Quads literals escape quotes, line breaks, tabs, backslashes (as
//     \u005C) and other control characters; predicate names keep ASCII
//     letters, digits, '_', '-' and '.'.
//   - In DOT every ID and attribute value is a quoted string. Node IDs are
//     "n" followed by the entity ID; names appear only in labels and
//     tooltips. There, line breaks, tabs and runs of spaces become one
//     space, DEL and C1 controls are dropped, U+FFFD becomes '?' (gonum's
//     DOT parser rejects it), `"` is escaped and `&` is written as &amp;
//     (Graphviz passes character entities through to SVG, so a name such
//     as "&lt;" must not be read as one). Backslashes are doubled in labels
//     and quadrupled in tooltips, which Graphviz unescapes twice, so that
//     Graphviz escapes such as \N, \G or \l are shown literally rather
//     than expanded. A name such as `"]; <script>` can therefore neither end
//     the string nor add attributes, and Graphviz escapes `<` in the SVG it
//     writes. Labels are cut to [MaxLabelRunes] runes with an ellipsis, and
//     an empty name is shown as "(unnamed)"; tooltips keep the whole name.
//
// # GraphML
//
// [WriteGraphML] declares a typed <key> for every attribute and writes one
// <data> per value. The graph is directed (edgedefault="directed"), so
// networkx, igraph and Gephi keep the direction of typed relations
// (member_of, holds_role, ...); co-mentions, which have no direction, are
// written once, from the smaller entity ID, and every edge carries a
// boolean "directed" attribute and a "kind", so a reader wanting the
// co-mention network can treat those edges as undirected. [WriteGEXF]
// does the same (defaultedgetype="directed"). Setting
// [Options.GraphMLMixed] also marks each co-mention with the GraphML edge
// attribute directed="false", which is how GraphML writes a mixed graph;
// networkx refuses such files ("directed=false edge found in directed
// graph"), so it is off by default.
//
// # DOT maps
//
// [WriteDOT] writes an undirected DOT graph meant to be laid out by neato,
// sfdp or fdp (dot works too). Entity types are told apart by shape and
// fill colour from the Okabe–Ito colour-blind-safe palette ([TypeStyles]);
// when [Options.Community] is set, fill colour shows the community (Paul
// Tol's muted palette, [CommunityColors]) and type is shown by shape alone.
// Node size and label size follow [Options.Scores] (or mentions when there
// are no scores), edge pen width the logarithm of the relation's weight.
// Every relation kind has its own colour (Okabe–Ito, grey for co-mentions)
// and its own line style and arrowhead, so kinds stay apart in greyscale.
// With [Options.EdgeLabels] (focus and story maps), an edge is labelled
// only with what colour cannot say: the relation's role and date. Edge
// labels are Graphviz xlabels with forcelabels=false, placed after the
// layout where they touch no other text and left out where there is no
// such place (the tooltip keeps them). Tooltips give an entity's name,
// type, mentions, score (as `rank` prints it, six significant digits) and
// named community, and a relation's kind, weight and first evidence
// sentence with its article title.
//
// The title is the graph label. The legend is a cluster holding one node
// whose HTML-like label is a table of the types (shape name), the
// communities and the relation kinds present, each row a colour swatch in
// a cell of its own and padded text, so no two pieces of text touch.
// Communities are named by [Options.CommunityNames] (see
// [CommunityNames]: "Pakistan · Shehbaz Sharif · PPP"), else by number. A
// single node stays in one piece in force-directed layouts, which scatter
// a legend made of several nodes, and Graphviz 12 does not draw clusters
// in neato or sfdp.
//
// # Choosing what a map shows
//
// [FocusLimit] keeps a focus entity and the entities most strongly related
// to it (typed relations first, then co-mention weight); [Top] the most
// central entities; [Backbone] cuts co-mentions to the significant ones by
// the disparity filter of Serrano, Boguñá and Vespignani (2009), keeping
// each entity's strongest tie and every typed relation, at most
// [DefaultEdgesPerNode] relations per entity on average; [Story] keeps
// typed relations only. Scores and communities should be computed on the
// whole graph and passed in [Options], so that a map prints the numbers
// `rank` and `communities` print.
//
// The layout seed is fixed (start=1) and overlaps are removed with
// overlap=ortho_yx (overlap=scale above 300 nodes). Never overlap=false or
// prism: Graphviz builds without GTS (the WebAssembly one used by render,
// and Debian's) replace them by a Voronoi method that can blow the canvas
// up to hundreds of thousands of points. Measured with neato on a 150-node
// map, overlap=scale gives a 91×90 in drawing and ortho_yx a 33×48 in one.
// Edges are straight lines; spline routing mostly fell back to them and
// took Debian's Graphviz 2.43 10 s for 150 nodes.
package export
