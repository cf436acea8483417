#!/usr/bin/env python3
"""Tests of `newsgraph-cli ner` and `train-ner` through the built binary.

usage: ner_cli_test.py CASE --cli PATH --work DIR [--fixture FILE] [--shared DIR] [--score FILE] [--min-f1 X]
cases:
  klue-format  tag the invented KLUE-layout fixture: same lines and characters, comments copied, a valid
               BIO tag on every character line, and at least one entity found
  errors       a missing model, an input without tabs and a missing data folder fail with a message naming them
  quality      every 10th sentence of shared/data/klue-ner/klue-ner-v1.1_dev-A.tsv (the sentences the shipped
               model was not trained on) tagged and scored with shared/eval/klue_score.py --min-f1 X
Exit 0 pass, 1 fail, 77 skipped (quality without ../shared).
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

TAG = re.compile(r"^(O|[BI]-(PS|LC|OG|DT|TI|QT))$")


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)


def fail(message):
    print("FAILED:", message)
    return 1


def klue_format(o):
    tagged = run([o.cli, "ner", "--format", "klue", o.fixture])
    if tagged.returncode != 0:
        return fail(f"ner exited with {tagged.returncode}: {tagged.stderr}")
    gold = o.fixture.read_text(encoding="utf-8").rstrip("\n").split("\n")
    out = tagged.stdout.rstrip("\n").split("\n")
    if len(gold) != len(out):
        return fail(f"{len(out)} lines out for {len(gold)} lines in")
    entities = 0
    previous = "O"
    for number, (g, p) in enumerate(zip(gold, out), 1):
        if g.startswith("##") or not g.strip():
            if g != p:
                return fail(f"line {number}: comment or separator changed: {g!r} -> {p!r}")
            previous = "O"
            continue
        gc, _ = g.rsplit("\t", 1)
        if "\t" not in p:
            return fail(f"line {number}: no tab in {p!r}")
        pc, pt = p.rsplit("\t", 1)
        if gc != pc:
            return fail(f"line {number}: character {gc!r} came out as {pc!r}")
        if not TAG.match(pt):
            return fail(f"line {number}: invalid tag {pt!r}")
        if pt.startswith("I-") and previous[2:] != pt[2:]:
            return fail(f"line {number}: {pt} after {previous}")
        entities += pt.startswith("B-")
        previous = pt
    if entities == 0:
        return fail("the model found no entity in the fixture")
    print(f"ok: {len(out)} lines, {entities} entities")
    return 0


def errors(o):
    o.work.mkdir(parents=True, exist_ok=True)
    missing = o.work / "no-such-model.bin"
    r = run([o.cli, "ner", "--format", "klue", "--model", missing, o.fixture])
    if r.returncode != 1 or "no-such-model.bin" not in r.stderr:
        return fail(f"missing model: exit {r.returncode}, stderr {r.stderr!r}")
    bad = o.work / "no-tabs.tsv"
    bad.write_text("## sent-1\n가\n나\n", encoding="utf-8")
    r = run([o.cli, "ner", "--format", "klue", bad])
    if r.returncode != 1 or "no-tabs.tsv" not in r.stderr:
        return fail(f"input without tabs: exit {r.returncode}, stderr {r.stderr!r}")
    r = run([o.cli, "ner", "--format", "xml", o.fixture])
    if r.returncode != 2:
        return fail(f"bad format: exit {r.returncode}")
    nodata = o.work / "no-such-data"
    r = run([o.cli, "train-ner", "--data", nodata, "--out", o.work / "model.bin"])
    if r.returncode != 1 or "no-such-data" not in r.stderr:
        return fail(f"missing data folder: exit {r.returncode}, stderr {r.stderr!r}")
    r = run([o.cli, "train-ner", "--hash-bits", "30", "--out", o.work / "model.bin"])
    if r.returncode != 2 or "--hash-bits" not in r.stderr:
        return fail(f"hash bits out of range: exit {r.returncode}, stderr {r.stderr!r}")
    print("ok: errors name the file")
    return 0


def quality(o):
    dev = o.shared / "data" / "klue-ner" / "klue-ner-v1.1_dev-A.tsv"
    if not dev.is_file() or not o.score.is_file():
        print(f"skipped: {dev} or {o.score} not found")
        return 77
    o.work.mkdir(parents=True, exist_ok=True)
    blocks, current = [], []
    for line in dev.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    sentences = [b for b in blocks if any(not l.startswith("##") for l in b)]
    held_out = [b for i, b in enumerate(sentences) if i % 10 == 9]
    gold = o.work / "klue-dev-every10th.tsv"
    gold.write_text("\n\n".join("\n".join(b) for b in held_out) + "\n", encoding="utf-8")
    pred = o.work / "klue-dev-every10th.pred.tsv"
    tagged = run([o.cli, "ner", "--format", "klue", gold, "--out", pred])
    if tagged.returncode != 0:
        return fail(f"ner exited with {tagged.returncode}: {tagged.stderr}")
    scored = run([sys.executable, o.score, gold, pred, "--min-f1", o.min_f1])
    print(scored.stdout + scored.stderr, end="")
    print(f"{len(held_out)} sentences")
    return scored.returncode


def main():
    p = argparse.ArgumentParser()
    p.add_argument("case", choices=["klue-format", "errors", "quality"])
    p.add_argument("--cli", required=True)
    p.add_argument("--work", required=True, type=Path)
    p.add_argument("--fixture", type=Path)
    p.add_argument("--shared", type=Path)
    p.add_argument("--score", type=Path)
    p.add_argument("--min-f1", default="0.78")
    o = p.parse_args()
    return {"klue-format": klue_format, "errors": errors, "quality": quality}[o.case](o)


if __name__ == "__main__":
    sys.exit(main())
