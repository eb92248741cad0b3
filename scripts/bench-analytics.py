"""igraph (and networkx on small graphs) side of scripts/bench-analytics.

Usage: bench-analytics.py EDGES NEWSGRAPH.json REPEATS LABEL

Reads the edge list ("n ID" / "e U V W" lines), times igraph's plain-graph
(unweighted) measures on it REPEATS times, compares every score with
newsgraph's (from NEWSGRAPH.json, written by tools/benchanalytics) after
normalising both the same way, and prints one table row per measure:
median seconds of each, the ratio newsgraph/igraph and the largest
absolute difference of the scores (for components whether the counts
agree, for Louvain the modularity of each partition, newsgraph/igraph).
"""
import json
import statistics
import sys
import time

import igraph

edges_file, ng_file, repeats, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

nodes, pairs = [], set()
for line in open(edges_file):
    f = line.split()
    if f[0] == "n":
        nodes.append(int(f[1]))
    else:
        u, v = int(f[1]), int(f[2])
        if u != v:
            pairs.add((min(u, v), max(u, v)))
nodes.sort()
index = {v: i for i, v in enumerate(nodes)}
g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in sorted(pairs)])
n = g.vcount()

ng = json.load(open(ng_file))


def timed(fn):
    secs, out = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        out = fn()
        secs.append(time.perf_counter() - t)
    return secs, out


def norm_sum(xs):
    s = sum(xs)
    return [x / s for x in xs] if s else xs


def norm_l2(xs):
    s = sum(x * x for x in xs) ** 0.5
    return [x / s for x in xs] if s else xs


pair_norm = (n - 1) * (n - 2) / 2 if n > 2 else 1
measures = [
    ("degree", lambda: g.degree(), lambda xs: xs),
    ("pagerank", lambda: g.pagerank(damping=0.85), lambda xs: xs),
    ("closeness", lambda: g.harmonic_centrality(normalized=True), lambda xs: xs),
    ("betweenness", lambda: g.betweenness(), lambda xs: [x / pair_norm for x in xs]),
    ("eigenvector", lambda: g.eigenvector_centrality(scale=True), norm_l2),
    ("hits", lambda: g.hub_score(scale=True), norm_sum),
]
print("%-9s %-12s %12s %12s %8s %10s" % ("graph", "measure", "newsgraph s", "igraph s", "ratio", "max |diff|"))
for name, fn, normalise in measures:
    if name not in ng["measures"]:
        continue
    secs, vals = timed(fn)
    vals = normalise(list(vals))
    r = ng["measures"][name]
    mine = r["scores"]
    diff = max((abs(mine[str(nodes[i])] - x) for i, x in enumerate(vals)), default=0.0)
    a, b = statistics.median(r["seconds"]), statistics.median(secs)
    print("%-9s %-12s %12.4f %12.4f %8.2f %10.2g" % (label, name, a, b, a / b if b > 0 else float("inf"), diff))
    sys.stdout.flush()

secs, comps = timed(lambda: g.connected_components())
r = ng["measures"]["components"]
a, b = statistics.median(r["seconds"]), statistics.median(secs)
ok = "same count" if int(r["extra"]["count"]) == len(comps) else "COUNT DIFFERS"
print("%-9s %-12s %12.4f %12.4f %8.2f %10s" % (label, "components", a, b, a / b if b > 0 else float("inf"), ok))
secs, part = timed(lambda: g.community_multilevel())
r = ng["measures"]["louvain"]
a, b = statistics.median(r["seconds"]), statistics.median(secs)
print("%-9s %-12s %12.4f %12.4f %8.2f %10s" % (label, "louvain", a, b, a / b if b > 0 else float("inf"),
      "Q %.3f/%.3f" % (r["extra"]["modularity"], g.modularity(part))))
print("%-9s nodes %d, edges %d, newsgraph peak RSS %.0f MB" % (label, ng["nodes"], ng["edges"], ng["maxrss_kb"] / 1024))
