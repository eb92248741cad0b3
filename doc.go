// Package newsgraph is the root of a program that turns news articles into
// a knowledge graph.
//
// The code is laid out as a pipeline, each stage its own package:
//
//	cmd/newsgraph        the CLI; the only package that knows about flags and exit codes
//	entities/article     files (text, Markdown, HTML, JSON, JSONL) → cleaned articles
//	entities/gazetteer   embedded gazetteers and name normalisation
//	entities             text → mentions → resolved entities → relations → store
//	graph                model, Badger store, analytics
//	export, export/render  JSON, GraphML, DOT; SVG and PNG maps
//	data                 embedded gazetteer files and sample articles
//
// Imports flow one way: cmd imports the others; entities imports graph;
// export imports graph; graph imports neither; nothing imports cmd.
package newsgraph
