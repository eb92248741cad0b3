// Package eval measures the typed relations newsgraph extracts against
// hand-made gold annotations and against Re-DocRED.
//
// # Gold format
//
// A relation gold is one JSON document (testdata/relations/gold.json is
// the project's; testdata/relations/GUIDE.md says how it was made and how
// to annotate):
//
//	{
//	  "format": "newsgraph-relations-gold/1",
//	  "note": "free text",
//	  "articles": [
//	    {
//	      "id": "wire/1",                    // unique within the file
//	      "split": "dev",                    // "dev" (may be tuned on) or "check" (may not); default dev
//	      "text": "...", "title": "...", "source": "...", "date": "...",
//	      // or, instead of text: a record of a JSON-lines corpus file,
//	      // resolved in a corpus directory (../shared/corpus by default):
//	      "corpus": "bbc_news.jsonl", "corpus_id": "politics/217",
//	      // or a text, Markdown or HTML file in that directory, by a clean
//	      // relative slash-separated path (no "..", not absolute), read
//	      // and ingested as "newsgraph ingest" reads the file:
//	      "file": "seeds/a.txt",
//	      "entities": [
//	        {"id": "p1", "name": "Ana Ruiz", "type": "person", "aliases": ["Ms Ruiz", "Ruiz"]},
//	        {"id": "d1", "name": "trade delegation", "type": "organization", "group": true}
//	      ],
//	      "relations": [
//	        {"kind": "leads", "source": "p1", "target": "d1", "role": "head",
//	         "former": false, "uncertain": false,
//	         "evidence": "a trade delegation led by Ana Ruiz", "note": "free text"}
//	      ]
//	    }
//	  ]
//	}
//
// Types are newsgraph's: person, party, country, organization, place,
// event; a group (delegation, team, panel, committee) is an organization
// with "group": true. Aliases are the other surface forms the article uses.
// Kinds are member_of, holds_role, leads, affiliated_with, visits and
// involved_in (see GUIDE.md for their definitions); role is singular and
// lower-case. The evidence must occur in the article's text (white space
// may differ); [LoadGold] checks it, and every other reference, and names
// the file and article of each problem. An article gives exactly one of
// text, corpus with corpus_id, and file. Corpus records and files keep
// third-party text out of the repository: only the short evidence quotes
// are stored.
//
// # Scoring
//
// The articles are ingested through the real ingest path (the command
// "newsgraph eval relations" does it), each with its gold ID as the
// article's Ref, and [Score] compares the resulting graph.Graph with the
// gold. [ArticleMap] pairs graph articles with gold articles by Ref, else
// by a title only one gold article has; a gold article whose text (spacing
// and a wire's sign-off aside) is a paired article's is scored against the
// same graph article, since ingest stores a text once. A predicted relation of a typed
// kind belongs to a gold article when one of its evidence sentences comes
// from that article; a relation with evidence in two articles is scored in
// both. Its ends are matched to the article's gold entities by name: a
// graph entity is the gold entity one of whose names (name first, then
// aliases) equals one of its own after case folding, dropping a leading
// "the", a possessive "'s" and apostrophes, and treating every run of other
// non-alphanumeric characters as one space. Events, which have no fixed
// names, also match by head noun: a graph event none of whose names is a
// gold name or alias is the gold event of the article whose name has the
// same head (the last word before a complement, singular), when exactly
// one gold event has it and every word of the graph event's name occurs
// among that event's names ("the bid", "bid for Bolt" for "Acme's bid for
// Bolt Ltd"; not "Zed bid").
//
// A prediction is correct (strict) when its source, target and kind are
// those of a gold relation of the article; loose scoring counts member_of,
// holds_role, leads and affiliated_with as one kind, "affiliation".
// Repeated predictions count once. Uncertain gold relations are neither
// required nor counted against precision, and neither are predictions of
// another kind of their loose class between the same ends. Precision,
// recall and F1 are given per kind and micro-averaged, for the dev split,
// the check split and all articles; misses and false positives are listed
// for error analysis (a miss notes an end that no entity the graph relates
// in the article matches), and for correct holds_role and leads
// predictions the role is compared.
//
// # Agreement
//
// [Agreement] scores a second annotation of the same articles against
// the gold with the same rules: [AnnotationGraph] turns the annotation's
// entities and certain relations into the graph an extractor would have
// produced, and [Score] scores it. Its figures say how far two readers
// agree, the ceiling an extractor can reach against one of them. They are
// not symmetric (names align by the gold's names and aliases); score the
// other way round for the other direction.
//
// # Leader → destination
//
// A visits relation with "note": "leader-destination" ([LeaderDestinationNote])
// states where a delegation's leader, or the delegation, goes. [Score]
// reports, in [Report].LeaderDestination, how many of these facts (a
// leader and a destination, each counted once however often the gold
// states it) the graph lets a reader reach from the leader: the person
// visits the place, or leads a body (in the graph) that visits it. The
// leader is the relation's source when it is a person, else the person
// the article's gold says leads the source. Ends are matched as in
// scoring, among the graph entities the article mentions.
//
// # Re-DocRED
//
// [LoadDocRED] rebuilds each Re-DocRED document as text (tokens joined by
// single spaces except around punctuation, with each token's byte span),
// its vertices as entities with all mention spans and a newsgraph type
// (PER person, ORG organization, LOC country when a relation says it is
// one, else place; MISC event when something takes part in it), and its
// labels of the mapped Wikidata properties as relations: P102 member_of;
// P463, P108, P54 affiliated_with; P488 leads; P35, P6, P39 holds_role;
// P131, P17 located_in; P36, P1376 capital_of; P710, P1344 involved_in,
// turned to run from person to body, place to country, participant to
// event. [DocREDScore] scores predictions given as entities with mention
// spans and relations between them: each predicted entity is mapped to the
// vertex its spans overlap most ([MapEntities]). The ingest path does not
// yet accept given entities, so [GraphPredictions] derives spans from where
// a graph entity's names occur in the text; a "gold entities given" mode
// can pass the vertices' own spans to the same functions.
package eval
