#!/usr/bin/env python3
"""Entity extraction on unseen sentences: the held-out KLUE-NER sentences run through the whole extractor.

usage: ner-extraction-eval.py --cli PATH [--shared DIR] [--resources DIR] [--work DIR] [--per-article N] [--list]

The every-10th sentences of shared/data/klue-ner/klue-ner-v1.1_dev-A.tsv (which the shipped NER model was
not trained on) are written as articles of N sentences, ingested with and without the NER model, and the
exported person/organisation/place entities are compared, by name, with the gold PS/OG/LC spans:
recall over unique gold names (split into names the lexicon knows and names it does not) and precision
over exported entities (products and events are left out: KLUE has no such class). Nothing of the data is
kept in the repository; the work folder is temporary unless --work is given.
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

KLUE_TYPES = {"PS", "OG", "LC"}
SKIP_TYPES = {"product", "event"}


def norm(name):
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in s if c.isalnum() or c == "+")


def lexicon_names(lexicon_dir):
    names = set()
    for tsv in sorted(lexicon_dir.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 3:
                continue
            names.add(norm(fields[2]))
            if len(fields) >= 4:
                names.update(norm(a) for a in fields[3].split("|") if a)
    return names


def held_out_sentences(dev):
    blocks, current = [], []
    for line in dev.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    sentences = []
    for block in blocks:
        chars = [l.rsplit("\t", 1) for l in block if not l.startswith("##") and "\t" in l]
        if chars:
            sentences.append(chars)
    out = []
    for i, chars in enumerate(sentences):
        if i % 10 != 9:
            continue
        text = "".join(c for c, _ in chars)
        spans, start, typ = [], None, None
        for k, (_, tag) in enumerate(chars + [("", "O")]):
            tag = tag.strip()
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != typ):
                if typ is not None:
                    spans.append((text[start:k], typ))
                start, typ = (k, tag[2:]) if tag != "O" else (None, None)
        out.append((text, [s for s in spans if s[1] in KLUE_TYPES]))
    return out


def run(cli, resources, articles_dir, work):
    db, out = work / "eval.db", work / "export.json"
    for p in (db, out):
        if p.exists():
            p.unlink()
    env = dict(os.environ, NEWSGRAPH_RESOURCES=str(resources))
    subprocess.run([cli, "ingest", "--db", db, "--quiet", "--resources", resources, articles_dir], check=True,
                   env=env, capture_output=True)
    subprocess.run([cli, "export", "--db", db, "--format", "json", "--out", out], check=True, env=env,
                   capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main():
    here = Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--shared", type=Path, default=here.parent / "shared")
    p.add_argument("--resources", type=Path, default=here / "resources")
    p.add_argument("--work", type=Path)
    p.add_argument("--per-article", type=int, default=8)
    p.add_argument("--list", action="store_true", help="print missed and spurious names")
    p.add_argument("--model-only", action="store_true", help="only the run with the model")
    o = p.parse_args()

    dev = o.shared / "data" / "klue-ner" / "klue-ner-v1.1_dev-A.tsv"
    if not dev.is_file():
        print(f"skipped: {dev} not found")
        return 77
    work = o.work or Path(tempfile.mkdtemp(prefix="ner-extraction-eval-"))
    articles = work / "articles"
    shutil.rmtree(articles, ignore_errors=True)
    articles.mkdir(parents=True)
    sentences = held_out_sentences(dev)
    for n in range(0, len(sentences), o.per_article):
        chunk = sentences[n:n + o.per_article]
        body = "\n\n".join(text for text, _ in chunk)
        (articles / f"klue-{n // o.per_article:04d}.txt").write_text(f"기사 {n // o.per_article}\n\n{body}\n", encoding="utf-8")
    gold = {}
    for _, spans in sentences:
        for name, typ in spans:
            if norm(name):
                gold.setdefault(norm(name), (name, typ))
    known = lexicon_names(o.resources / "lexicon")

    runs = [("with model", o.resources)]
    if not o.model_only:
        rules_only = work / "rules-only-resources"
        shutil.rmtree(rules_only, ignore_errors=True)
        rules_only.mkdir()
        (rules_only / "lexicon").symlink_to((o.resources / "lexicon").resolve())
        runs.append(("rules only", rules_only))
    for label, resources in runs:
        export = run(o.cli, resources, articles, work)
        found, exported, correct, spurious = set(), 0, 0, []
        for e in export.get("entities", []):
            names = {norm(n) for n in [e.get("name", "")] + list(e.get("aliases") or []) if n}
            found |= names
            if e.get("type") in SKIP_TYPES:
                continue
            exported += 1
            if names & gold.keys():
                correct += 1
            else:
                spurious.append(f"{e.get('name')} ({e.get('type')})")
        in_lex = [g for g in gold if g in known]
        out_lex = [g for g in gold if g not in known]
        r_in = sum(g in found for g in in_lex) / max(1, len(in_lex))
        r_out = sum(g in found for g in out_lex) / max(1, len(out_lex))
        r_all = sum(g in found for g in gold) / max(1, len(gold))
        prec = correct / max(1, exported)
        f1 = 2 * prec * r_all / (prec + r_all) if prec + r_all else 0
        print(f"== {label}: {len(sentences)} sentences, {len(gold)} unique gold PS/OG/LC names "
              f"({len(out_lex)} not in the lexicon)")
        print(f"   recall {r_all:.3f} (lexicon names {r_in:.3f}, other names {r_out:.3f}); "
              f"precision {prec:.3f} ({correct}/{exported} exported entities); F1 {f1:.3f}")
        if o.list:
            print("   missed (not in lexicon):", ", ".join(gold[g][0] + "/" + gold[g][1] for g in out_lex if g not in found))
            print("   spurious:", ", ".join(spurious))
    return 0


if __name__ == "__main__":
    sys.exit(main())
