// Package names finds a graph's entities by the names people type: the
// one resolver the command line and the web server share.
//
// [Resolver.Find] matches a name case-insensitively and through aliases,
// in gazetteer.Key form, dropping leading titles ("Prime Minister") when
// the name as typed matches nothing; [Resolver.Suggest] proposes look-alike
// names when nothing matches. [EditDistance] is the project's one
// Levenshtein distance; [SurfaceFold] is the comparison form curation uses
// for surface names (splits, alias removal).
package names
