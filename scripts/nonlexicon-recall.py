#!/usr/bin/env python3
"""Entity recall on names the lexicon does not know: what the rules and the NER model find by themselves.

usage: nonlexicon-recall.py --cli PATH [--shared DIR] [--resources DIR] [--work DIR] [--without-model] [--both]

Ingests shared/corpus/seeds, exports JSON and lists the gold entities (shared/eval/seeds-gold.json)
none of whose names is a name or alias in resources/lexicon/*.tsv, with found/missed for each.
--without-model runs with a resources folder that holds only the lexicon (rules only);
--both runs with and without the model and prints both. Names are compared like score.py does.
Exit 77 when the shared folder is absent.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in s if c.isalnum() or c == "+")


def lexicon_names(lexicon_dir):
    names = set()
    for tsv in sorted(lexicon_dir.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) >= 3:
                names.add(norm(fields[2]))
            if len(fields) >= 4:
                names.update(norm(a) for a in fields[3].split("|") if a)
    return names


def export_of(cli, resources, seeds, work):
    db, out = work / "seeds.db", work / "export.json"
    for p in (db, out):
        if p.exists():
            p.unlink()
    env = dict(os.environ, NEWSGRAPH_RESOURCES=str(resources))
    subprocess.run([cli, "ingest", "--db", db, "--quiet", "--resources", resources, seeds], check=True, env=env,
                   capture_output=True)
    subprocess.run([cli, "export", "--db", db, "--format", "json", "--out", out], check=True, env=env,
                   capture_output=True)
    return json.loads(out.read_text(encoding="utf-8")), out


def report(label, gold, export, known):
    found_names = set()
    for e in export.get("entities", []):
        for n in [e.get("name", "")] + list(e.get("aliases") or []):
            if n:
                found_names.add(norm(n))
    unknown = [g for g in gold["entities"] if not g.get("optional") and not any(norm(n) in known for n in g["names"])]
    hits = [g for g in unknown if any(norm(n) in found_names for n in g["names"])]
    print(f"== {label}: {len(hits)}/{len(unknown)} gold entities absent from the lexicon found "
          f"(recall {len(hits) / len(unknown) if unknown else 1.0:.2f})")
    for g in unknown:
        mark = "found " if g in hits else "MISSED"
        print(f"  {mark} {g['id']} ({'/'.join(g['types'])}): {', '.join(g['names'])}")
    return len(hits), len(unknown)


def main():
    here = Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--shared", type=Path, default=here.parent / "shared")
    p.add_argument("--resources", type=Path, default=here / "resources")
    p.add_argument("--work", type=Path, default=None)
    p.add_argument("--without-model", action="store_true")
    p.add_argument("--both", action="store_true")
    o = p.parse_args()

    seeds, gold_file, score = o.shared / "corpus" / "seeds", o.shared / "eval" / "seeds-gold.json", o.shared / "eval" / "score.py"
    if not (seeds.is_dir() and gold_file.is_file()):
        print(f"skipped: {o.shared} (shared corpus and evaluation) not found")
        return 77
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    known = lexicon_names(o.resources / "lexicon")
    work = o.work or Path(tempfile.mkdtemp(prefix="nonlexicon-recall-"))
    work.mkdir(parents=True, exist_ok=True)

    runs = []
    if o.both or not o.without_model:
        runs.append(("with model", o.resources))
    if o.both or o.without_model:
        rules_only = work / "rules-only-resources"
        shutil.rmtree(rules_only, ignore_errors=True)
        rules_only.mkdir()
        (rules_only / "lexicon").symlink_to((o.resources / "lexicon").resolve())
        runs.append(("rules only", rules_only))
    for label, resources in runs:
        run_dir = work / label.replace(" ", "-")
        run_dir.mkdir(exist_ok=True)
        export, out = export_of(o.cli, resources, seeds, run_dir)
        report(label, gold, export, known)
        if score.is_file():
            scored = subprocess.run([sys.executable, score, gold_file, out], capture_output=True, text=True)
            lines = scored.stdout.strip().splitlines()
            print("  score:", lines[-1] if lines else scored.stderr.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
