// Package newsgraph is the root of a program that turns news articles into
// a knowledge graph.
//
// The code is laid out as a pipeline, each stage its own package:
//
//	cmd/newsgraph        the CLI; the only package that knows about flags and exit codes
//	entities/article     files (text, Markdown, HTML, JSON, JSONL) → cleaned articles
//	entities/gazetteer   embedded gazetteers and name normalisation
//	entities             text → mentions → resolved entities → relations → store
//	graph                the model (entities, relations, articles), standard library only
//	graph/store          the Badger store: keys, codecs, write cache, curation log, check, result cache
//	graph/analytics      centralities, communities, components, paths, slices
//	graph/doctor         curation diagnosis
//	graph/names          finding entities by the names users type
//	export, export/render  JSON, GraphML, DOT; SVG and PNG maps
//	data                 embedded gazetteer files and sample articles
//
// Imports flow one way: cmd imports the others; entities and export import
// graph, never graph/store, so they do not depend on Badger; graph imports
// nothing of the project; nothing imports cmd. layering_test.go checks it.
package newsgraph
