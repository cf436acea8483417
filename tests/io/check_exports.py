#!/usr/bin/env python3
"""Reads the sample exports with real parsers: json, networkx (GraphML, GEXF) or xml.etree, csv."""
import csv
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

folder = Path(sys.argv[1])
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


doc = json.loads((folder / "sample.json").read_text(encoding="utf-8"))
ids = {e["id"] for e in doc["entities"]}
check(len(doc["entities"]) == 5, "json: 5 entities")
check(all(r["source"] in ids and r["target"] in ids for r in doc["relations"]), "json: relations refer to entities")
check(sum(r["type"] == "partners_with" for r in doc["relations"]) == 1, "json: symmetric relation once")
check(any(e["name"] == 'Quote "Co"\nLine2\tTab' for e in doc["entities"]), "json: escaped name round-trips")
amounts = [ev["amount"] for r in doc["relations"] for ev in r["evidence"] if "amount" in ev]
check(amounts and amounts[0]["value"] == 100000000 and isinstance(amounts[0]["value"], int), "json: integral amount")

for name in ("sample.graphml", "sample.gexf"):
    ET.parse(folder / name)  # well-formed XML or an exception

try:
    import networkx as nx
except ImportError:
    nx = None
    print("networkx not available: GraphML/GEXF checked for well-formedness only")
if nx is not None:
    g = nx.read_graphml(folder / "sample.graphml")
    check(g.number_of_nodes() == 5, "graphml: 5 nodes")
    check(g.number_of_edges() == 4, "graphml: 4 edges")
    check(g.nodes["e1"]["label"] == "한빛AI", "graphml: Hangul label")
    check(g.nodes["e1"]["mentions"] == 6, "graphml: int attribute")
    g = nx.read_gexf(folder / "sample.gexf")
    check(g.number_of_nodes() == 5, "gexf: 5 nodes")
    check(g.number_of_edges() == 4, "gexf: 4 edges")
    check(g.nodes["e4"]["label"] == 'Quote "Co"\nLine2\tTab', "gexf: escaped label round-trips")

with open(folder / "sample.csv", newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(folder / "sample-edges.csv", newline="", encoding="utf-8") as f:
    edges = list(csv.DictReader(f))
check(len(nodes) == 5 and len(edges) == 4, "csv: 5 nodes, 4 edges")
check(any(n["Label"] == 'Quote "Co"\nLine2\tTab' for n in nodes), "csv: quoted field round-trips")
node_ids = {n["Id"] for n in nodes}
check(all(e["Source"] in node_ids and e["Target"] in node_ids for e in edges), "csv: edges refer to nodes")

dot = (folder / "sample.dot").read_text(encoding="utf-8")
check(dot.startswith("digraph newsgraph {") and dot.rstrip().endswith("}"), "dot: one digraph")
if shutil.which("dot"):  # Graphviz itself, when installed, is the real judge of the syntax
    rendered = subprocess.run(["dot", "-Tsvg", folder / "sample.dot"], capture_output=True, text=True)
    check(rendered.returncode == 0, "dot: graphviz rejected the file: " + rendered.stderr)
else:
    print("graphviz not installed: DOT checked by structure only")

for message in failures:
    print("FAILED:", message)
sys.exit(1 if failures else 0)
