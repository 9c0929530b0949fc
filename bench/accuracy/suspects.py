#!/usr/bin/env python3
"""Every suspect of recorded runs, any rank, counted per workload: the check that no suspect names
code that does not leak (score.py scores only the top one).

    python3 bench/accuracy/suspects.py bench/accuracy/runs/RUN_ID [more run folders]

A run is a folder holding verdict.json (a watch's folder, or a soak's analyzer/ folder); its
workload is the job folder's name without the seed (records-named-s3-10m -> records-named,
shop-recently-viewed-s4 -> shop-recently-viewed). Prints, per workload, how many runs and each
distinct suspect (kind, name, application frame) with the number of runs naming it.
"""
import collections
import glob
import json
import os
import re
import sys


def workload_of(verdict_path):
    parts = verdict_path.split(os.sep)
    job = parts[-4] if parts[-2] == "analyzer" else parts[-2]
    return re.sub(r"-s\d+(-\w+)?$", "", job)


def main(roots):
    if not roots:
        sys.exit("usage: suspects.py RUN_FOLDER...")
    runs = collections.Counter()
    named = collections.defaultdict(collections.Counter)
    for root in roots:
        if not os.path.isdir(root):
            sys.exit(f"suspects.py: no such folder: {root}")
        for path in glob.glob(os.path.join(root, "**", "verdict.json"), recursive=True):
            if os.sep + "targets" + os.sep in path:
                continue  # a watch of several targets: each target's folder is a run of its own
            workload = workload_of(path)
            with open(path, encoding="utf-8") as f:
                diagnosis = json.load(f).get("diagnosis") or {}
            runs[workload] += 1
            for s in diagnosis.get("suspects") or []:
                named[workload][(s.get("kind"), s.get("name"), s.get("applicationFrame"))] += 1
    for workload in sorted(runs):
        print(f"{workload}: {runs[workload]} runs")
        for (kind, name, frame), n in named[workload].most_common():
            print(f"  {n:3d}  {kind}  {name}  at {frame}")


if __name__ == "__main__":
    main(sys.argv[1:])
