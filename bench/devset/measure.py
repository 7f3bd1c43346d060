#!/usr/bin/env python3
"""Precision and recall of `aigate scan` on the development set, per rule class and per tool.

    bench/devset/measure.py RUNNER MIRRORS [--misses FILE]

RUNNER is a command that runs aigate (e.g. "./aigate" or "java -cp DIR:DEPS io.jenkins.plugins.aigate.cli.AiGateCommand");
MIRRORS is the directory holding the bare mirrors named in repos.tsv. Labels come from labels/NAME.tsv with
overrides.tsv applied (a person's reading wins over the script). A commit counts as flagged when `aigate scan`
says aiAssisted (strong or definitive evidence); a rule class is the rule id's prefix (ID, CA, TK, BD, BR, BT, DA,
...). With --misses, writes every false positive and false negative with its subject, for reading.
"""
import collections
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(path):
    rows = {}
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            rows[cells[0]] = (cells[1], cells[2] if len(cells) > 2 else "")
    return rows


def main():
    runner, mirrors = shlex.split(sys.argv[1]), sys.argv[2]
    misses = sys.argv[sys.argv.index("--misses") + 1] if "--misses" in sys.argv else None
    overrides = read_tsv(os.path.join(HERE, "overrides.tsv"))
    totals = collections.Counter()
    by_class = collections.defaultdict(collections.Counter)
    by_tool = collections.defaultdict(collections.Counter)
    missed = []
    for line in open(os.path.join(HERE, "repos.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        name, mirror, revisions = line.split("\t")[:3]
        labels = read_tsv(os.path.join(HERE, "labels", name + ".tsv"))
        labels.update({c: v for c, v in overrides.items() if c in labels})
        out = subprocess.run(runner + ["scan", "--repo", os.path.join(mirrors, mirror), "--format", "json", revisions],
                             check=True, capture_output=True).stdout
        for commit in json.loads(out)["commits"]:
            if commit["id"] not in labels:
                continue
            label, tool = labels[commit["id"]]
            if label == "review":
                totals["undecided"] += 1
                continue
            ai = label == "ai"
            flagged = commit["aiAssisted"]
            totals[("tp" if ai else "fp") if flagged else ("fn" if ai else "tn")] += 1
            if ai:
                by_tool[tool]["ai"] += 1
                by_tool[tool]["found"] += flagged
            classes = {e["rule"].split("-")[0] for e in commit["evidence"] if e["confidence"] != "weak"}
            weak = {e["rule"].split("-")[0] for e in commit["evidence"] if e["confidence"] == "weak"}
            for c in classes:
                by_class[c]["tp" if ai else "fp"] += 1
            for c in weak - classes:
                by_class[c]["weak on ai" if ai else "weak on human"] += 1
            if ai != flagged:
                missed.append("%s\t%s\t%s\t%s\t%s" % (name, commit["id"][:10], "FN" if ai else "FP", tool,
                                                      commit["subject"][:90]))
    tp, fp, fn, tn = (totals[k] for k in ("tp", "fp", "fn", "tn"))
    print("commits %d (ai %d, human %d, undecided %d)" % (tp + fp + fn + tn, tp + fn, fp + tn, totals["undecided"]))
    print("overall: precision %.3f recall %.3f (tp %d fp %d fn %d)" % (tp / max(1, tp + fp), tp / max(1, tp + fn),
                                                                       tp, fp, fn))
    print("\n| rule class | flags AI commits | flags human commits | precision | share of AI commits found |"
          " weak only on AI / on human |")
    print("| --- | --- | --- | --- | --- | --- |")
    for c in sorted(by_class):
        k = by_class[c]
        print("| %s | %d | %d | %s | %.3f | %d / %d |" % (c, k["tp"], k["fp"], "%.3f" % (k["tp"] / (k["tp"] + k["fp"]))
              if k["tp"] + k["fp"] else "n/a", k["tp"] / max(1, tp + fn), k["weak on ai"], k["weak on human"]))
    print("\n| tool (label) | AI commits | flagged | recall |")
    print("| --- | --- | --- | --- |")
    for t in sorted(by_tool, key=lambda t: -by_tool[t]["ai"]):
        k = by_tool[t]
        print("| %s | %d | %d | %.3f |" % (t, k["ai"], k["found"], k["found"] / k["ai"]))
    if misses:
        with open(misses, "w") as f:
            f.write("\n".join(missed) + "\n")


if __name__ == "__main__":
    main()
