#!/usr/bin/env python3
"""Sample-corpus quality: ingest ../shared/corpus/seeds, export JSON, score it with ../shared/eval/score.py.

usage: quality_test.py --cli PATH --shared DIR --work DIR [--min-entity-f1 X] [--min-relation-f1 X]
Exit 77 (skipped) when the shared folder is absent.
"""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("--cli", required=True)
parser.add_argument("--shared", required=True, type=Path)
parser.add_argument("--work", required=True, type=Path)
parser.add_argument("--min-entity-f1", default="0.85")
parser.add_argument("--min-relation-f1", default="0.70")
o = parser.parse_args()

seeds, gold, score = o.shared / "corpus" / "seeds", o.shared / "eval" / "seeds-gold.json", o.shared / "eval" / "score.py"
if not (seeds.is_dir() and gold.is_file() and score.is_file()):
    print(f"skipped: {o.shared} (shared corpus and evaluation) not found")
    sys.exit(77)

shutil.rmtree(o.work, ignore_errors=True)
o.work.mkdir(parents=True)
db, export = o.work / "seeds.db", o.work / "export.json"
ingest = subprocess.run([o.cli, "ingest", "--db", db, "--quiet", seeds], capture_output=True, text=True)
print(ingest.stdout + ingest.stderr, end="")
if ingest.returncode != 0:
    print(f"FAILED: ingest exited with {ingest.returncode}")
    sys.exit(1)
exported = subprocess.run([o.cli, "export", "--db", db, "--format", "json", "--out", export],
                          capture_output=True, text=True)
if exported.returncode != 0:
    print(exported.stderr + f"FAILED: export exited with {exported.returncode}")
    sys.exit(1)
scored = subprocess.run([sys.executable, score, gold, export, "--min-entity-f1", o.min_entity_f1,
                         "--min-relation-f1", o.min_relation_f1], capture_output=True, text=True)
print(scored.stdout + scored.stderr, end="")
lines = scored.stdout.strip().splitlines()
if lines:
    print("SCORE:", lines[-1])  # one greppable line for CI logs
sys.exit(scored.returncode)
