"""Firings of involved_in by rule family (see scripts/audit-involved).

Usage: audit-involved.py EXPORT.json SEED [FAMILY...]

A firing is one involved_in relation on one evidence sentence; its
families are the rule labels of that sentence ("rule@<start>" attributes,
line numbers dropped), the first being the rule that added it first. The
table counts, per family, the firings it made at all, first, and alone.
Samples leave out every article the relation gold's sampler could have
drawn up to rank 420 per file (entities/eval/sample_test.go): the gold's
articles and the batches annotated after them, which must not be read.
"""
import collections
import hashlib
import json
import random
import re
import sys


def sampled_candidates(limit=420):
    out = set()
    for f in ["bbc_news.jsonl", "reuters21578.jsonl"]:
        seen, cands = set(), []
        for line in open("../shared/corpus/" + f):
            if '"people": []' in line:
                continue
            r = json.loads(line)
            text = (r.get("text") or "") + (r.get("body") or "")
            words = text.split()
            if not words or len(words) > 450:
                continue
            if f == "bbc_news.jsonl" and r.get("category") not in ("politics", "business"):
                continue
            if f != "bbc_news.jsonl" and not r.get("people"):
                continue
            squashed = " ".join(words)
            if squashed in seen:
                continue
            seen.add(squashed)
            ref = r["id"] if isinstance(r["id"], str) else json.dumps(r["id"])
            h = hashlib.sha256(("newsgraph-relgold-1/" + f + "/" + ref).encode()).digest()
            cands.append((int.from_bytes(h[:8], "big"), ref))
        cands.sort()
        out.update(ref for _, ref in cands[:limit])
    return out


def firings(export):
    d = json.load(open(export))
    arts = {a["id"]: a for a in d["articles"]}
    names = {n["id"]: n for n in d["nodes"]}
    for e in d["edges"]:
        if e["kind"] != "involved_in":
            continue
        for ev in e["evidence"]:
            fams = []
            for label in e["attrs"].get("rule@%d" % ev["start"], "?").split(";"):
                fam = re.sub(r":\d+", "", label)
                if fam not in fams:
                    fams.append(fam)
            yield dict(src=names[e["source"]]["name"], tgt=names[e["target"]]["name"],
                       fams=fams, ref=arts[ev["article"]]["ref"], sent=" ".join(ev["sentence"].split()))


def main():
    export, seed, wanted = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    fir = list(firings(export))
    every, first, alone = collections.Counter(), collections.Counter(), collections.Counter()
    for f in fir:
        every.update(f["fams"])
        first[f["fams"][0]] += 1
        if len(f["fams"]) == 1:
            alone[f["fams"][0]] += 1
    print("%d firings" % len(fir))
    print("%6s %6s %6s  family" % ("all", "first", "alone"))
    for fam, n in every.most_common():
        print("%6d %6d %6d  %s" % (n, first[fam], alone[fam], fam))
    if not wanted:
        return
    skip = sampled_candidates()
    for fam in wanted:
        pool = [f for f in fir if f["fams"][0] == fam and f["ref"] not in skip]
        random.Random(seed).shuffle(pool)
        print("\n=== %s (%d firings outside the gold's candidates)" % (fam, len(pool)))
        for i, f in enumerate(pool[:20]):
            print("%2d. %s -> %s\n    %s" % (i + 1, f["src"], f["tgt"], f["sent"]))


main()
