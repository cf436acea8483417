#!/usr/bin/env python3
"""End-to-end tests of the built newsgraph-cli, one CTest test per case.

usage: cli_test.py CASE --cli PATH --work DIR [--corpus DIR] [--fixtures DIR]
Exit 0 on success, 1 on failure (with the reasons), 77 when the case cannot run here (skipped).
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def run(cli, *args, expect=None):
    result = subprocess.run([cli, *map(str, args)], capture_output=True, timeout=600)
    result.out = result.stdout.decode("utf-8", "replace")
    result.err = result.stderr.decode("utf-8", "replace")
    if expect is not None:
        check(result.returncode == expect,
              f"{' '.join(map(str, args))}: exit {result.returncode}, expected {expect}\n{result.err}")
    return result


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def case_help(o):
    top = run(o.cli, "--help", expect=0)
    for command in ("ingest", "export", "stats", "search", "path", "bench"):
        check(command in top.out, f"--help does not list {command}")
        sub = run(o.cli, command, "--help", expect=0)
        check(sub.out.startswith(f"usage: newsgraph-cli {command}"), f"{command} --help: no usage line")
    run(o.cli, "help", "export", expect=0)


def case_version(o):
    result = run(o.cli, "--version", expect=0)
    check(result.out.startswith("newsgraph-cli ") and result.out.strip()[-1].isdigit(), f"--version: {result.out!r}")


def case_bad_arguments(o):
    work = fresh(o.work / "bad-arguments")
    db = work / "x.db"
    for args in [(), ("frobnicate",), ("--frobnicate",), ("ingest", o.corpus), ("ingest", "--db", db),
                 ("ingest", "--db", db, "--jobs", "many", o.corpus), ("ingest", "--db"),
                 ("export", "--db", db, "--format", "xlsx"), ("export", "--db", db, "--entity-types", "robot"),
                 ("export", "--db", db, "--min-mentions", "-3"), ("search", "--db", db),
                 ("path", "--db", db, "only-one"), ("stats", "--db", db, "extra"), ("bench", "--articles", "0")]:
        result = run(o.cli, *args, expect=2)
        check("newsgraph-cli" in result.err and "--help" in result.err, f"{args}: usage error without hint")
    check(not db.exists(), "a usage error must not create the database")


def case_bad_files(o):
    work = fresh(o.work / "bad-files")
    corpus = work / "corpus"
    shutil.copytree(o.fixtures, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (corpus / "latin.txt").write_bytes("정상적인 문장입니다. ".encode() * 20 + b"\xff\x80\xfe\x81" * 8 + "끝.".encode())
    good = len(list(o.fixtures.glob("*.txt")))
    db = work / "news.db"
    result = run(o.cli, "ingest", "--db", db, "--quiet", corpus, expect=1)
    lines = [line for line in result.err.splitlines() if line.startswith("newsgraph-cli: ")]
    for name in ("empty.txt", "binary.txt", "latin.txt"):
        named = [line for line in lines if name in line]
        check(len(named) == 1, f"expected one error line naming {name}, got {named}\n{result.err}")
        check(all(len(line.split(": ", 2)) == 3 and line.split(": ", 2)[2] for line in named),
              f"{name}: the line gives no reason: {named}")
    check(f"{good} added" in result.out, f"summary should report {good} added: {result.out}")
    stats = run(o.cli, "stats", "--db", db, expect=0)
    check(any(line.split()[:2] == ["articles", str(good)] for line in stats.out.splitlines()),
          f"stats should count {good} articles:\n{stats.out}")


def case_bad_database(o):
    work = fresh(o.work / "bad-database")
    not_sqlite = work / "notes.db"
    not_sqlite.write_text("this is not a database, just some text\n" * 50)
    for args in [("ingest", "--db", not_sqlite, o.fixtures), ("stats", "--db", not_sqlite),
                 ("export", "--db", not_sqlite), ("stats", "--db", work / "missing.db"),
                 ("ingest", "--db", work, o.fixtures)]:
        result = run(o.cli, *args, expect=1)
        first = result.err.splitlines()[0] if result.err else ""
        check(first.startswith("newsgraph-cli: "), f"{args}: message should start with 'newsgraph-cli: ': {result.err!r}")
    check(not (work / "missing.db").exists(), "stats must not create a missing database")
    # A database another process holds an exclusive lock on: the files fail with a clear message.
    locked = work / "locked.db"
    run(o.cli, "ingest", "--db", locked, "--quiet", o.fixtures, expect=0)
    extra = fresh(work / "extra")
    (extra / "new.txt").write_text("새로운 기사 제목\n한빛AI가 새 제품을 공개했다.\n", encoding="utf-8")
    holder = sqlite3.connect(locked, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    result = run(o.cli, "ingest", "--db", locked, "--quiet", extra, expect=1)
    holder.rollback()
    holder.close()
    check("newsgraph-cli: " in result.err and "lock" in result.err.lower(),
          f"a locked database should be reported as locked: {result.err!r}")
    if os.geteuid() != 0:  # root ignores file permissions
        readonly = work / "readonly.db"
        run(o.cli, "ingest", "--db", readonly, "--quiet", o.fixtures, expect=0)
        readonly.chmod(0o444)
        work.chmod(0o555)
        run(o.cli, "ingest", "--db", readonly, "--quiet", o.fixtures, expect=1)
        work.chmod(0o755)


def case_resources(o):
    work = fresh(o.work / "resources-option")
    db = work / "x.db"
    result = run(o.cli, "ingest", "--db", db, "--resources", work / "nowhere", o.fixtures, expect=1)
    check("nowhere" in result.err and "resources" in result.err, f"--resources error should name the folder: {result.err!r}")
    env = dict(os.environ, NEWSGRAPH_RESOURCES=str(work / "elsewhere"))
    result = subprocess.run([o.cli, "ingest", "--db", str(db), str(o.fixtures)], capture_output=True, text=True, env=env)
    check(result.returncode == 1 and "NEWSGRAPH_RESOURCES" in result.stderr,
          f"a wrong NEWSGRAPH_RESOURCES should be reported: {result.returncode} {result.stderr!r}")
    check(not db.exists(), "no database should be created when the resources are missing")


def ingested_resources(o):
    db = o.work / "resources.db"
    if not db.exists():
        failures.append(f"{db} missing: the cli.ingest_resources fixture did not run")
        return None
    return db


def case_ingest_resources(o):
    o.work.mkdir(parents=True, exist_ok=True)  # other cases may be running in their own subfolders
    db = o.work / "resources.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    result = run(o.cli, "ingest", "--db", db, o.corpus, expect=0)
    check("[1/" in result.err, "ingest should print progress lines like [1/5]")
    again = run(o.cli, "ingest", "--db", db, "--quiet", o.corpus, expect=0)
    check(" 0 added" in again.out and "unchanged" in again.out, f"second ingest should add nothing: {again.out}")


def case_export(o):
    db = ingested_resources(o)
    if db is None:
        return
    first = run(o.cli, "export", "--db", db, "--format", "json", expect=0)
    second = run(o.cli, "export", "--db", db, "--format", "json", expect=0)
    check(first.stdout == second.stdout, "two JSON exports of the same database differ")
    doc = json.loads(first.out)
    check(len(doc["entities"]) > 0, "the export has no entities")
    ids = {e["id"] for e in doc["entities"]}
    check(all(r["source"] in ids and r["target"] in ids for r in doc["relations"]), "relations refer to unknown ids")
    out = o.work / "graph.json"
    run(o.cli, "export", "--db", db, "--out", out, expect=0)
    check(out.read_bytes() == first.stdout, "--out file differs from standard output")
    for fmt in ("graphml", "gexf", "dot", "csv"):
        run(o.cli, "export", "--db", db, "--format", fmt, "--out", o.work / f"graph.{fmt}", expect=0)
    check((o.work / "graph-edges.csv").exists(), "csv export should write graph-edges.csv")
    try:
        import networkx as nx
        nx.read_graphml(o.work / "graph.graphml")
        nx.read_gexf(o.work / "graph.gexf")
    except ImportError:
        import xml.etree.ElementTree as ET
        ET.parse(o.work / "graph.graphml")
        ET.parse(o.work / "graph.gexf")
    filtered = run(o.cli, "export", "--db", db, "--entity-types", "company,person", "--no-mentions", expect=0)
    sub = json.loads(filtered.out)
    check(all(e["type"] in ("company", "person") for e in sub["entities"]), "--entity-types not applied")
    check(all(r["type"] != "mentioned_with" for r in sub["relations"]), "--no-mentions not applied")


def case_search(o):
    db = ingested_resources(o)
    if db is None:
        return
    found = {}
    for query in ("sakana", "사카나", "Sakana AI", "사카나AI"):
        result = run(o.cli, "search", "--db", db, query, expect=0)
        first = result.out.splitlines()[0].split("\t") if result.out else []
        found[query] = first[0] if first else None
    check(len(set(found.values())) == 1 and None not in found.values(), f"queries found different entities: {found}")
    run(o.cli, "search", "--db", db, "zzqqxx-nothing", expect=1)


def case_path(o):
    db = ingested_resources(o)
    if db is None:
        return
    doc = json.loads(run(o.cli, "export", "--db", db, expect=0).out)
    relations = [r for r in doc["relations"] if r["type"] != "mentioned_with"]
    if not relations:
        print("no typed relations extracted yet: path case skipped")
        sys.exit(77)
    r = relations[0]
    result = run(o.cli, "path", "--db", db, r["source"], r["target"], expect=0)
    check(r["type"] in result.out, f"path output should name the relation {r['type']}:\n{result.out}")
    check('"' in result.out, "path output should quote an evidence sentence")


def case_bench(o):
    work = fresh(o.work / "bench")
    result = run(o.cli, "bench", "--articles", "40", "--keep", work, expect=0)
    for label in ("throughput:", "per core:", "stages:", "database:", "peak memory:", "sqlite floor:"):
        check(label in result.out, f"bench output lacks {label!r}:\n{result.out}")
    floor = [line for line in result.out.splitlines() if "store stage takes" in line]
    check(bool(floor) and floor[0].rstrip().endswith("x that"), f"bench: no store-to-floor ratio:\n{result.out}")
    check((work / "bench.db").exists(), "bench --keep should keep bench.db")
    check(not (work / "bench.db.floor").exists(), "bench must remove its scratch floor database")
    with sqlite3.connect(work / "bench.db") as db:
        check(db.execute("SELECT count(*) FROM articles").fetchone()[0] == 40, "bench.db should hold 40 articles")
    quiet = run(o.cli, "bench", "--articles", "5", "--keep", work, "--no-floor", expect=0)
    check("sqlite floor:" not in quiet.out, "--no-floor should skip the floor")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("case")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--fixtures", type=Path)
    o = parser.parse_args()
    globals()["case_" + o.case.replace("-", "_")](o)
    for message in failures:
        print("FAILED:", message)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
