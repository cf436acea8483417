#!/usr/bin/env python3
"""Held-out quality: ingest tests/fixtures/unseen-articles/corpus, export JSON, score it against gold.json.

usage: quality_unseen_test.py --cli PATH --shared DIR --fixture DIR --work DIR
       [--min-entity-f1 X] [--min-relation-f1 X] [--min-amounts N] [--max-leaks N]
The scorer is ../shared/eval/score.py: exit 77 (skipped) when the shared folder is absent.
"""
import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("--cli", required=True)
parser.add_argument("--shared", required=True, type=Path)
parser.add_argument("--fixture", required=True, type=Path)
parser.add_argument("--work", required=True, type=Path)
parser.add_argument("--min-entity-f1", type=float, default=0.0)
parser.add_argument("--min-relation-f1", type=float, default=0.0)
parser.add_argument("--min-amounts", type=int, default=0)
parser.add_argument("--max-leaks", type=int, default=0)
o = parser.parse_args()

score = o.shared / "eval" / "score.py"
corpus, gold = o.fixture / "corpus", o.fixture / "gold.json"
if not score.is_file():
    print(f"skipped: {score} (the shared scorer) not found")
    sys.exit(77)
if not (corpus.is_dir() and gold.is_file()):
    print(f"FAILED: held-out fixture {o.fixture} is incomplete")
    sys.exit(1)

shutil.rmtree(o.work, ignore_errors=True)
o.work.mkdir(parents=True)
db, export = o.work / "unseen.db", o.work / "export.json"
ingest = subprocess.run([o.cli, "ingest", "--db", db, "--quiet", corpus], capture_output=True, text=True)
print(ingest.stdout + ingest.stderr, end="")
if ingest.returncode != 0:
    print(f"FAILED: ingest exited with {ingest.returncode}")
    sys.exit(1)
exported = subprocess.run([o.cli, "export", "--db", db, "--format", "json", "--out", export], capture_output=True, text=True)
if exported.returncode != 0:
    print(exported.stderr + f"FAILED: export exited with {exported.returncode}")
    sys.exit(1)
# The readable report first (missing entities, false relations), then the figures as JSON for the floors.
report = subprocess.run([sys.executable, score, gold, export], capture_output=True, text=True)
print(report.stdout + report.stderr, end="")
scored = subprocess.run([sys.executable, score, gold, export, "--json"], capture_output=True, text=True)
if scored.returncode != 0:
    print(scored.stderr + "FAILED: score.py failed")
    sys.exit(1)
res = json.loads(scored.stdout)
e, r, m = res["entities"], res["relations"], res["amounts"]
leaks = len(e["noise_leaks"])
print(f"SCORE: entities F1={e['f1']:.3f} relations F1={r['f1']:.3f} amounts {m['correct']}/{m['expected']} leaks {leaks}")
failures = []
if e["f1"] < o.min_entity_f1:
    failures.append(f"entity F1 {e['f1']:.3f} < {o.min_entity_f1}")
if r["f1"] < o.min_relation_f1:
    failures.append(f"relation F1 {r['f1']:.3f} < {o.min_relation_f1}")
if m["correct"] < o.min_amounts:
    failures.append(f"amounts {m['correct']} < {o.min_amounts}")
if leaks > o.max_leaks:
    failures.append(f"noise leaks {leaks} > {o.max_leaks}")
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
