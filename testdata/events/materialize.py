#!/usr/bin/env python3
"""Rebuild the texts of the events development gold in a folder, and a scorer-ready copy of the gold.

    python3 testdata/events/materialize.py [--corpus ../shared/corpus] [--gold testdata/events/dev.jsonl] DIR
    python3 ../shared/eval/events.py --bin BIN --gold DIR/dev.jsonl --evaldata DIR

The committed gold (dev.jsonl) names its texts instead of holding them: the articles belong to their publishers
and are never copied into the repository. Each line has "source", "path" (relative to DIR) and "text_sha256";
its events carry character offsets and the short spans they name (trigger, agent, patient, where), but not the
sentence text that events.py insists on. This script

- writes DIR/geo/tr-news/DOCID.txt and DIR/geo/geovirus/N.txt: the <text> of one <article> of
  CORPUS/geo/TR-News.xml (by its docid) or CORPUS/geo/GeoVirus.xml (by its position, counted from 0),
  exactly as ElementTree reads it (the way ../shared/eval/score.py geo reads it);
- links DIR/timeml to CORPUS/timeml (a copy where links are not possible): "source": "te3" lines are read by
  events.py itself from the TimeML file, <TEXT> with its tags stripped;
- checks every text against its sha256 and every span against the text, then writes DIR/dev.jsonl: the gold with
  each event's "sentence" filled in from its offsets. Point events.py at that file.

Python 3 standard library only. DIR is scratch (e.g. /tmp/evdev); nothing in it belongs in the repository.
"""
import argparse
import hashlib
import html
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # the repository
GEO_FILES = {"tr-news": "TR-News.xml", "geovirus": "GeoVirus.xml"}
TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")


def te3_text(path):
    """The <TEXT> of a TimeML file with its tags stripped, exactly as ../shared/eval/events.py builds it."""
    raw = open(path, encoding="utf-8").read()
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        raise ValueError(f"{path}: no <TEXT>")
    src, out, pos = body.group(1), [], 0
    for t in TAG.finditer(src):
        out.append(html.unescape(src[pos:t.start()]))
        pos = t.end()
    out.append(html.unescape(src[pos:]))
    return "".join(out)


class Corpus:
    """Texts of ../shared/corpus by the locators the gold uses."""

    def __init__(self, root):
        self.root = root
        self._geo = {}

    def geo_articles(self, source):
        if source not in self._geo:
            path = os.path.join(self.root, "geo", GEO_FILES[source])
            self._geo[source] = list(ET.parse(path).getroot().iter("article"))
        return self._geo[source]

    def geo(self, source, key):
        """(text, url) of a TR-News article by docid or a GeoVirus article by position."""
        arts = self.geo_articles(source)
        if source == "tr-news":
            hit = [a for a in arts if a.get("docid") == str(key)]
            if len(hit) != 1:
                raise KeyError(f"TR-News docid {key}: {len(hit)} articles")
            art = hit[0]
        else:
            art = arts[int(key)]
        url = (art.findtext("url") or art.findtext("source") or "").strip()
        return art.findtext("text") or "", url

    def text(self, doc):
        """The text of a gold line, as events.py will read it from the materialized folder."""
        if doc["source"] == "te3":
            return te3_text(os.path.join(self.root, doc["path"]))
        return self.geo(doc["source"], doc["key"])[0]


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_spans(doc, text):
    """The same check as events.py check_doc, on offsets (the committed gold has no sentence text)."""
    for g in doc["events"]:
        where = f"{doc['doc']} event {g['code']} {g['trigger']!r}"
        if not 0 <= g["start"] < g["end"] <= len(text):
            raise ValueError(f"{where}: sentence offsets out of range")
        if "sentence" in g and text[g["start"]:g["end"]] != g["sentence"]:
            raise ValueError(f"{where}: sentence offsets do not match the text")
        for k in ("trigger", "agent", "patient", "where"):
            if g.get(k) is None:
                continue
            s, e = g[k + "_start"], g[k + "_end"]
            if text[s:e] != g[k] or not g["start"] <= s < e <= g["end"]:
                raise ValueError(f"{where}: {k} offsets do not match the text")


def with_sentences(doc, text):
    """The gold line with "sentence" first in each event, as events.py expects it."""
    out = dict(doc)
    out["events"] = [dict({"sentence": text[g["start"]:g["end"]]}, **g) for g in doc["events"]]
    return out


def link_or_copy(src, dst):
    if os.path.lexists(dst):
        if os.path.islink(dst) and os.path.realpath(dst) == os.path.realpath(src):
            return
        if os.path.isdir(dst) and not os.path.islink(dst):
            shutil.rmtree(dst)
        else:
            os.remove(dst)
    try:
        os.symlink(src, dst)
    except OSError:
        shutil.copytree(src, dst)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", help="folder to fill (created if missing), e.g. /tmp/evdev")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"),
                    help="the shared corpus folder (default: ../shared/corpus next to the repository)")
    ap.add_argument("--gold", default=os.path.join(HERE, "dev.jsonl"), help="the committed gold")
    a = ap.parse_args()

    if not os.path.isdir(a.corpus):
        sys.exit(f"{a.corpus}: no such folder; pass --corpus, the shared corpus (../shared/corpus)")
    corpus = Corpus(a.corpus)
    os.makedirs(a.dir, exist_ok=True)
    link_or_copy(os.path.abspath(os.path.join(a.corpus, "timeml")), os.path.join(a.dir, "timeml"))

    lines, n_events = [], 0
    for n, line in enumerate(open(a.gold, encoding="utf-8"), 1):
        if not line.strip():
            continue
        doc = json.loads(line)
        text = corpus.text(doc)
        if sha(text) != doc["text_sha256"]:
            sys.exit(f"{a.gold}:{n}: {doc['doc']}: the corpus text differs from the annotated one (sha256)")
        try:
            check_spans(doc, text)
        except ValueError as e:
            sys.exit(f"{a.gold}:{n}: {e}")
        if doc["source"] != "te3":
            path = os.path.join(a.dir, doc["path"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        # events.py reads the file back in text mode: make sure that gives the same characters
        back = corpus.text(doc) if doc["source"] == "te3" else open(path, encoding="utf-8").read()
        if back != text:
            sys.exit(f"{doc['doc']}: the text does not survive a round trip through {doc['path']}")
        lines.append(json.dumps(with_sentences(doc, text), ensure_ascii=False))
        n_events += len(doc["events"])
    with open(os.path.join(a.dir, "dev.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} documents, {n_events} events: {os.path.join(a.dir, 'dev.jsonl')}")
    print(f"python3 {os.path.join(os.path.dirname(ROOT), 'shared', 'eval', 'events.py')} --bin BIN "
          f"--gold {os.path.join(a.dir, 'dev.jsonl')} --evaldata {a.dir}")


if __name__ == "__main__":
    main()
