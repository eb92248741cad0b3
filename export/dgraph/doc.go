// Package dgraph pushes a newsgraph [graph.Graph] into a Dgraph cluster
// over gRPC with the official dgo client.
//
// Every node carries a stable key in the predicate ng_key (declared
// @upsert), so writers on several machines that describe the same thing
// converge on one node:
//
//   - entity:   "g:<gazetteer ID>" when the entity came from a gazetteer
//     (the least ID when several entries reached it), else "w:<Wikidata ID>", else "n:<type>:<gazetteer.Key(name)>"; an
//     event of one article (entities.UnnamedAttr, linked to no other)
//     "u:<article ID>:<type>:<gazetteer.Key(name)>"; when
//     the store keeps several entities apart under one key, the later ones
//     (by ID) add "#2", "#3"... ([EntityKeys]);
//   - relation: "r:<kind>|<source key>|<target key>" (a co-mention's two
//     keys in sorted order, since it has no direction);
//   - sentence: "s:<article ID>|<start>|<end>" (an evidence sentence);
//   - article:  "a:<article ID>" (a hash of the article's text).
//
// Every write is an upsert transaction: one query looks up every key the
// request touches (eq(ng_key, [...]), one index lookup), then one mutation
// (N-Quads, so the alpha parses nothing and a name is never read as
// anything but a string), committed at once, sets values on the nodes found
// and creates nodes for keys not found. Because ng_key is @upsert, two writers creating the same
// key conflict and one aborts; aborted transactions are retried, and the
// retry finds the node the other made.
//
// Evidence sentences are nodes of their own (type Evidence: article ID,
// sentence, byte span), one per sentence however many relations it
// supports, written before the relations, which link to them by
// ng_evidence with their place in the store's order as the facet ng_seq.
// A relation that changes has its links replaced in the same request; a
// sentence no relation cites any more is deleted like any key that is
// gone. Each relation is also a direct edge ng_rel_<kind> from source
// to target entity (@reverse, @count) for traversal.
//
// A push remembers a hash of what it sent per key ([State]); the next push
// sends only records whose hash changed and deletes the keys that are gone
// (merged, renamed or split entities), so a second push of the same graph
// sends nothing.
//
// Reading back: [EntitySubgraph], [PathSubgraph] and [NeighbourSubgraph]
// read the part of the cluster that the show, path and neighbours answers
// depend on into a [Subgraph], a [graph.Graph] numbered in the order of
// the store IDs pushed with the entities (ng_id), so that the store's own
// code answers on it as on the store; [FindEntities] finds entities by
// exact name, alias or "#ID". For that, entities also carry their
// attributes (ng_attrs), and each ng_evidence link the sentence's place in
// the store's order (the facet ng_seq).
//
// Several stores: keys make the cluster the union of the stores pushed
// into it. To make it the graph one store of all their articles would
// hold, each store reads every entity node ([Entities]: name, aliases,
// type, attributes, the date of the earliest article that names it, and
// every store's share of it), resolves its own entities against them
// (ingest.Converge, run by the CLI's push --converge), forgets the keys
// its state holds that another store's push deleted ([Forget]), and
// pushes again. A store's share of an entity node (ng_base, one value per
// store, tagged by [Options.Store]; a push replaces its own and leaves
// the others) lists the entities, as the store's linker left them, that
// the entity it pushed stands for: so the stores resolve the union of
// what their linkers made, and a short form one store joined to the one
// full name it knew is an entity of its own again in that union.
package dgraph
