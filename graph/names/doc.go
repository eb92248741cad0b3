// Package names finds a graph's entities by the names people type: the
// one resolver the command line and the web server share.
//
// [Resolver.Resolve] tries, in order: the exact name or alias ("#12" for
// entity 12); the name or alias case-folded in gazetteer.Key form ("s
// jaishankar" finds "S. Jaishankar"), dropping leading titles ("Mr Jha")
// when need be; a unique prefix or a subset of the name's words
// ("bilawal bhutto" finds "Bilawal Bhutto Zardari"); a small edit distance.
// The first stage that matches gives the candidates, most mentioned first:
// one resolves the name, several make it ambiguous, and a caller that
// writes must not pick one silently. [Fact] gives each candidate a fact
// that tells it apart (party, country, role, first article).
// [Resolver.Suggest] proposes look-alike names when nothing matches.
// [EditDistance] is the project's one Levenshtein distance; [SurfaceFold]
// is the comparison form curation uses for surface names (splits, alias
// removal).
package names
