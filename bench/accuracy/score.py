#!/usr/bin/env python3
"""Scores recorded corpus runs with a given analyzer: re-judges each run folder with
`java -jar JAR report` (on a copy, so the recorded folder stays as recorded) and compares the
verdict with the workload's truth.

Usage: score.py [--jar ANALYZER_JAR] [--markdown] [--no-rejudge] RUNS_DIR [RUNS_DIR...]

A RUNS_DIR is runs/<id>/ (its job folders are scored) or one job folder. Prints the per-run table,
the confusion matrix truth tier x verdict, recall, false-alarm and inconclusive rates, slope error
and the "named right" column per workload; --markdown prints the same as Markdown tables.
Standard library only.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

# What `report DIR` re-reads (samples.csv, run.json, gc-pauses.hlog) plus the recorded
# verdict.json, whose diagnosis `report` keeps (it cannot be taken again from samples).
REPORT_INPUTS = ("samples.csv", "run.json", "gc-pauses.hlog", "verdict.json")
OUTCOMES = ("FAIL", "PASS", "INCONCLUSIVE")
TIERS = (
    ("strong", "leak >= 30 MiB/h-equivalent, 10 min"),
    ("weak", "leak between limit and 30 MiB/h, 10 min"),
    ("limit", "leak at 1.5x limit, 30 min"),
    ("clean", "clean"),
)


def read_properties(path):
    props = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                props[key] = value
    return props


def read_truth_points(path, column="retained"):
    """(epochMs, value) points of one column of truth.tsv: `retained` (what the workload holds, the
    leak) or, in recordings that log them, the process's own reading of a resource (`threads.live`,
    `classes.loaded`, `buffer.direct.used`, `fd.open`); empty when the column is absent."""
    points = []
    if not os.path.isfile(path):
        return points
    index = 1 if column == "retained" else None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "epochMs":
                index = parts.index(column) if column in parts else None
                continue
            if index is None or not parts[0].isdigit() or len(parts) <= index:
                continue
            value = float(parts[index])
            if value >= 0:
                points.append((int(parts[0]), value))
    return points


def slope_per_hour(points):
    """Least-squares slope of (ms, value) points, per hour; None with fewer than 3 points."""
    if len(points) < 3:
        return None
    xs = [p[0] / 3_600_000.0 for p in points]
    ys = [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def rejudge(job_dir, jar):
    """Runs `report` on a copy of the job's inputs; returns (verdict dict or None, exit code, stderr)."""
    with tempfile.TemporaryDirectory(prefix="corpus-score-") as tmp:
        for name in REPORT_INPUTS:
            source = os.path.join(job_dir, name)
            if os.path.isfile(source):
                shutil.copy2(source, os.path.join(tmp, name))
        try:
            done = subprocess.run(
                ["java", "-jar", jar, "report", tmp],
                capture_output=True,
                text=True,
                timeout=300,
            )
        except subprocess.TimeoutExpired:
            return None, None, "report timed out after 300 s"
        verdict_path = os.path.join(tmp, "verdict.json")
        if not os.path.isfile(verdict_path):
            return None, done.returncode, done.stderr.strip()
        with open(verdict_path, encoding="utf-8") as f:
            return json.load(f), done.returncode, done.stderr.strip()


def recorded_verdict(job_dir):
    path = os.path.join(job_dir, "verdict.json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def norm(text):
    return (text or "").replace("$", ".")


def suspect_texts(suspect, key_words):
    """String values of the suspect's fields whose key contains one of key_words."""
    texts = []
    for key, value in suspect.items():
        if any(word in key.lower() for word in key_words):
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, list):
                texts.extend(v for v in value if isinstance(v, str))
    return texts


def named_right(verdict, truth):
    """(owner named, line named, top-1 suspect's short description) for a leak workload."""
    owner = truth.get("owner", "")
    frame = truth.get("frame", "")
    line = truth.get("frameLine", "")
    suspects = ((verdict or {}).get("diagnosis") or {}).get("suspects") or []
    if not suspects:
        return False, False, "no suspect"
    top = suspects[0]
    owner_fields = [top.get("name") or ""] + suspect_texts(top, ("owner",))
    if top.get("kind") == "CLASS_DEFINITION":
        # Classes that pile up are owned by the loader that defines them (a shell's loader
        # keeps every script class): the diagnosis records it with the group.
        diagnosis = verdict.get("diagnosis") or {}
        owner_fields += [g.get("loaderType") or "" for g in diagnosis.get("classDefinitions") or []
                         if g.get("namePattern") == top.get("name")]
    frame_fields = suspect_texts(top, ("frame", "line", "site"))
    owner_ok = bool(owner) and any(norm(owner) in norm(t) for t in owner_fields)
    wanted = f"{frame}:{line}" if line else frame
    frame_ok = bool(frame) and any(
        norm(t) == norm(wanted) or norm(t).endswith("." + norm(wanted))
        for t in frame_fields
    )
    described = f"{top.get('kind', '?')} {top.get('name', '?')} @ {top.get('applicationFrame')}"
    return owner_ok, frame_ok, described


def resource_entry(verdict, resource):
    for entry in (verdict or {}).get("resources") or []:
        if entry.get("resource") == resource:
            return entry
    return None


def job_name(job_dir):
    """The job's folder name; for a soak run folder's analyzer/, the job folder above it."""
    path = os.path.normpath(job_dir)
    if os.path.basename(path) == "analyzer":
        return os.path.basename(os.path.dirname(os.path.dirname(path)))
    return os.path.basename(path)


def score_job(job_dir, jar, rejudge_runs):
    truth = read_properties(os.path.join(job_dir, "truth.properties"))
    row = {"job": job_name(job_dir), "truth": truth, "error": ""}
    if not os.path.isfile(os.path.join(job_dir, "samples.csv")):
        row["error"] = "no samples.csv"
        row["verdict"] = None
    elif rejudge_runs:
        verdict, code, err = rejudge(job_dir, jar)
        row["verdict"] = verdict
        if verdict is None:
            row["error"] = f"report exit {code}: {err[:200]}"
    else:
        row["verdict"] = recorded_verdict(job_dir)
    verdict = row["verdict"]
    row["outcome"] = (verdict or {}).get("outcome", "ERROR")
    resource = truth.get("resource", "")
    entry = resource_entry(verdict, resource) or {}
    row["resourceOutcome"] = entry.get("outcome", "-")
    row["estimate"] = entry.get("slopePerHour")
    row["lower"] = entry.get("slopeLowerPerHour")
    row["upper"] = entry.get("slopeUpperPerHour")
    row["p"] = entry.get("pValue")
    truth_path = os.path.join(job_dir, "truth.tsv")
    start, end = entry.get("windowStartMs"), entry.get("windowEndMs")

    def in_window(points):
        if start is not None and end is not None:
            return [p for p in points if start <= p[0] <= end]
        return points

    row["trueRate"] = slope_per_hour(in_window(read_truth_points(truth_path)))
    # The resource as the process itself read it (recordings from 2026-12-01 on): the leak plus the
    # JVM's own threads, classes, buffers or descriptors, which the judged slope includes too.
    row["ownRate"] = slope_per_hour(in_window(read_truth_points(truth_path, resource)))
    row["failing"] = [
        e["resource"] for e in (verdict or {}).get("resources") or [] if e.get("outcome") == "FAIL"
    ]
    if truth.get("kind") == "leak":
        row["ownerOk"], row["frameOk"], row["top"] = named_right(verdict, truth)
    else:
        suspects = ((verdict or {}).get("diagnosis") or {}).get("suspects") or []
        row["ownerOk"] = row["frameOk"] = None
        row["top"] = "no suspect" if not suspects else "suspect: " + str(suspects[0].get("name"))
    return row


def job_dirs(paths):
    for path in paths:
        if os.path.isfile(os.path.join(path, "truth.properties")):
            yield path
            continue
        # A soak's run folder keeps the analyzer's files two levels down
        # (shop-<scenario>-s<seed>/<timestamp>/analyzer/, shop-naming.sh).
        for root, dirs, files in os.walk(path):
            dirs.sort()
            if "truth.properties" in files:
                dirs.clear()
                yield root


def fmt_rate(value, unit_bytes):
    if value is None:
        return "-"
    if unit_bytes:
        return f"{value / 1048576:.1f} MiB/h"
    return f"{value:.0f}/h"


def is_bytes(resource):
    return resource in ("heap.live", "buffer.direct.used", "metaspace.used", "buffer.mapped.used")


def table(header, rows, markdown):
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
        lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    out = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths))]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="+")
    parser.add_argument("--jar", default=os.environ.get("ANALYZER_JAR", "analyzer/target/analyzer.jar"))
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--no-rejudge", action="store_true", help="score the recorded verdict.json")
    args = parser.parse_args()
    if not args.no_rejudge and not os.path.isfile(args.jar):
        print(f"score.py: no analyzer jar at {args.jar} (set --jar or ANALYZER_JAR)", file=sys.stderr)
        return 2
    dirs = list(job_dirs(args.runs))
    if not dirs:
        print(f"score.py: no run folder with truth.properties under {' '.join(args.runs)}", file=sys.stderr)
        return 2
    rows = []
    for d in dirs:
        row = score_job(d, os.path.abspath(args.jar), not args.no_rejudge)
        rows.append(row)
        print(f"scored {row['job']}: {row['outcome']}", file=sys.stderr)
    md = args.markdown

    # Per run.
    run_rows = []
    for r in rows:
        t = r["truth"]
        b = is_bytes(t.get("resource", ""))
        ci = "-" if r["lower"] is None else f"{fmt_rate(r['lower'], b)}..{fmt_rate(r['upper'], b)}"
        named = "-" if r["ownerOk"] is None else f"{'owner' if r['ownerOk'] else 'no-owner'}/{'line' if r['frameOk'] else 'no-line'}"
        run_rows.append([
            r["job"], t.get("tier", "?"), t.get("resource", "?"), r["outcome"], r["resourceOutcome"],
            fmt_rate(r["trueRate"], b), fmt_rate(r["ownRate"], b), fmt_rate(r["estimate"], b), ci,
            "-" if r["p"] is None else f"{r['p']:.1e}", ",".join(r["failing"]) or "-", named,
            (r["top"] or "")[:70], r["error"] or "",
        ])
    print("## Runs\n")
    print(table(["run", "tier", "resource", "verdict", "resource verdict", "true rate", "own reading", "estimate",
                 "95% CI", "p", "failing", "named", "top suspect", "error"], run_rows, md))

    # Confusion matrix.
    print("\n## Confusion matrix (truth x run verdict)\n")
    matrix_rows = []
    for tier, label in TIERS:
        tier_rows = [r for r in rows if r["truth"].get("tier") == tier]
        if not tier_rows:
            continue
        counts = [sum(1 for r in tier_rows if r["outcome"] == o) for o in OUTCOMES]
        other = len(tier_rows) - sum(counts)
        matrix_rows.append([label, *counts, other, len(tier_rows)])
    print(table(["truth", "FAIL", "PASS", "INCONCLUSIVE", "error", "runs"], matrix_rows, md))

    leaks = [r for r in rows if r["truth"].get("kind") == "leak"]
    strong = [r for r in rows if r["truth"].get("tier") == "strong"]
    clean = [r for r in rows if r["truth"].get("kind") == "clean"]

    def rate(part, whole):
        return "-" if not whole else f"{len(part)}/{len(whole)} = {100.0 * len(part) / len(whole):.0f} %"

    print("\n## Rates\n")
    rate_rows = [
        ["recall, strong leaks (FAIL)", rate([r for r in strong if r["outcome"] == "FAIL"], strong)],
        ["recall, all leaks (FAIL)", rate([r for r in leaks if r["outcome"] == "FAIL"], leaks)],
        ["leaks that PASS (must be 0)", rate([r for r in leaks if r["outcome"] == "PASS"], leaks)],
        ["false alarms, clean (FAIL)", rate([r for r in clean if r["outcome"] == "FAIL"], clean)],
        ["inconclusive, clean", rate([r for r in clean if r["outcome"] == "INCONCLUSIVE"], clean)],
        ["inconclusive, all", rate([r for r in rows if r["outcome"] == "INCONCLUSIVE"], rows)],
    ]
    print(table(["measure", "value"], rate_rows, md))

    # Per leak workload: slope error, CI coverage, named right.
    print("\n## Per leak workload\n")
    by_name = {}
    for r in leaks:
        by_name.setdefault(r["truth"].get("name"), []).append(r)
    w_rows = []
    for name, rs in by_name.items():
        errors = [abs(r["estimate"] - r["trueRate"]) / r["trueRate"] * 100 for r in rs
                  if r["estimate"] is not None and r["trueRate"]]
        covered = [r for r in rs if r["lower"] is not None and r["trueRate"] is not None
                   and r["lower"] <= r["trueRate"] <= r["upper"]]
        judged = [r for r in rs if r["lower"] is not None and r["trueRate"] is not None]
        own_covered = [r for r in rs if r["lower"] is not None and r["ownRate"] is not None
                       and r["lower"] <= r["ownRate"] <= r["upper"]]
        own_judged = [r for r in rs if r["lower"] is not None and r["ownRate"] is not None]
        b = is_bytes(rs[0]["truth"].get("resource", ""))
        true_rates = [r["trueRate"] for r in rs if r["trueRate"] is not None]
        w_rows.append([
            name, rs[0]["truth"].get("resource"), len(rs),
            " ".join(r["outcome"][0] for r in rs),
            fmt_rate(statistics.median(true_rates), b) if true_rates else "-",
            f"{statistics.median(errors):.0f} %" if errors else "-",
            f"{len(covered)}/{len(judged)}",
            f"{len(own_covered)}/{len(own_judged)}" if own_judged else "-",
            f"{sum(1 for r in rs if r['ownerOk'] and r['frameOk'])}/{len(rs)}",
            f"{sum(1 for r in rs if r['ownerOk'])}/{len(rs)}",
            f"{sum(1 for r in rs if r['frameOk'])}/{len(rs)}",
        ])
    print(table(["workload", "resource", "runs", "verdicts", "true rate (median)", "median abs slope error",
                 "CI covers true", "CI covers own reading", "named right", "owner named", "line named"],
                w_rows, md))
    all_judged = [r for r in leaks if r["lower"] is not None and r["trueRate"] is not None]
    all_covered = [r for r in all_judged if r["lower"] <= r["trueRate"] <= r["upper"]]
    print(f"\n95 % interval covers the true rate: {rate(all_covered, all_judged)}")

    print("\n## Per clean workload\n")
    c_by_name = {}
    for r in clean:
        c_by_name.setdefault(r["truth"].get("name"), []).append(r)
    c_rows = [[name, len(rs), " ".join(r["outcome"][0] for r in rs),
               "; ".join(sorted({f for r in rs for f in r["failing"]})) or "-",
               f"{sum(1 for r in rs if r['top'] != 'no suspect')}/{len(rs)}"]
              for name, rs in c_by_name.items()]
    print(table(["workload", "runs", "verdicts", "resources failed", "runs with a suspect"], c_rows, md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
