// Package newsgraph is the root of a program that turns news articles into
// a knowledge graph.
//
// The code is laid out as a pipeline, each stage its own package:
//
//	cmd/newsgraph        the CLI, one cmd_<command>.go a command; the only package that knows about flags and exit codes
//	entities/article     files (text, Markdown, HTML, JSON, JSONL) → cleaned articles
//	entities/gazetteer   embedded gazetteers and name normalisation
//	entities/text        tokens, sentences, mentions: the document the extraction stages share
//	entities/lexicon     the extraction's word lists as embedded files
//	entities             extraction as named stages: text → mentions → resolved entities → relations
//	ingest               the ingest engine: readers, parallel workers, the ordered writer, resume, failure records, linking into the store
//	graph                the model (entities, relations, articles), standard library only
//	graph/store          the Badger store: keys, codecs, write cache, curation log, check, result cache
//	graph/analytics      centralities, communities, components, paths, slices
//	graph/doctor         curation diagnosis
//	graph/names          finding entities by the names users type
//	export, export/render  JSON, GraphML, DOT; SVG and PNG maps
//	data                 embedded gazetteer files and sample articles
//
// The flow of one article: "newsgraph ingest" (cmd/newsgraph/cmd_ingest.go)
// hands its paths to an ingest.Engine, the one write path, also behind
// "newsgraph demo". The engine's reader splits the inputs into pieces,
// skipping input it stored before; its workers read each piece into cleaned
// articles (entities/article) and extract entities and relations
// (entities); its writer takes the results in input order, links each
// extraction to the entities already stored (ingest.Link) and commits it
// into the Badger store (graph/store), several articles a transaction.
// Every other command loads the graph from the store, analyses it
// (graph/analytics) and prints it or writes it out (export).
//
// Imports flow one way: cmd imports the others; only cmd imports ingest;
// ingest imports entities and graph/store; entities and export import
// graph, never graph/store, so they do not depend on Badger; graph imports
// nothing of the project; nothing imports cmd. layering_test.go checks it.
package newsgraph
