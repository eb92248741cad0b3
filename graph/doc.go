// Package graph is newsgraph's knowledge-graph model: the types every
// other package shares, and nothing else. It imports only the standard
// library, so a package that needs an Entity or a Relation (a gazetteer, an
// exporter) does not pull in the store or the analytics.
//
// An [Entity] is one person, party, country, organization, place or event,
// merged across articles. A [Relation] links two entities with a [Kind]
// (co_mention, member_of, capital_of, ...) and a weight, the number of
// sentences that support it; each supporting sentence is [Evidence] citing
// its article and byte [Span]. An [Article] is one ingested article's
// metadata. A [Graph] is an in-memory snapshot of a store that analytics
// and exports work on. [NameKind], [NameRef] and [RelationInfo] are what
// extraction hands the store's name index and relations.
//
// The sub-packages hold the rest:
//
//   - graph/store keeps a graph in Badger: keys, codecs, the write cache,
//     the curation log and its overlay, Check, Load and the result cache.
//   - graph/analytics computes centralities, communities, components,
//     paths and slices on a Graph.
//   - graph/doctor diagnoses what a curator should look at.
//   - graph/names finds entities by the names users type.
package graph
