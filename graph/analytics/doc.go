// Package analytics measures a graph.Graph: centralities ([Centrality]:
// degree, weighted degree, PageRank, betweenness, closeness, eigenvector,
// HITS), Louvain communities ([Communities]), connected components,
// shortest paths, neighbourhoods and ego graphs, and slices of the graph
// by outlet, date and weighting ([Slice]). See each function's
// documentation for the exact definitions. [Analyse] builds the analysed
// graph once for several measures.
//
// The measures run on a compressed sparse row copy of the graph (csr.go)
// with their own kernels; gonum is the reference they are tested against.
// Results use fixed seeds, so the same graph always gives the same answer.
//
// [CachedCentrality] and [CachedCommunities] keep results in a [Cache]
// (the store's result cache, store.Store.Results) under the graph version,
// so a repeated query is answered without loading the graph. The Cache is
// an interface: this package does not depend on the store or Badger.
package analytics
