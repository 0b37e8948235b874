#!/usr/bin/env python3
"""Check that a refactor leaves eventwire's extraction output byte-identical.

    python3 extract/standard/testdata/sameoutput.py record DIR   # today's output, once, before the change
    python3 extract/standard/testdata/sameoutput.py check DIR    # after each step: must print "same"

It builds the binary from the working tree, sends every text of the shared
corpora (../shared/corpus, beside the repository) through
`eventwire extract --jsonl` and compares the output byte for byte with what
`record` stored in DIR. DIR must lie outside the repository: the corpora are
never copied into it. The sets:

  timeml        TimeBank + AQUAINT, with each document's DCT as `published`
  rt-datetime   Recognizers-Text DateTimeModel, with its reference times
  rt-currency   Recognizers-Text CurrencyModel, NumberModel, PercentModel
  conll         CoNLL-2003 eng.testa, one text a document
  conll04       CoNLL04 train + dev, one text a sentence
  geo           TR-News, GeoVirus
  realworld     every HTML page and NITF story under realworld/, via "html"
  articles      the article-extraction benchmark pages, via "html"
  seed          the seed story, with and without a publication time
  strip:*       the realworld and benchmark pages through `eventwire strip --jsonl`
                (title, byline, published: the page reader's own fields)

The inputs are built with the scorers' own readers (../shared/eval/score.py),
so the texts are the ones the scorers send. `check` then runs the golden
tests (`go test -count=1 -run Golden ./...`), which compare the committed
golden files byte for byte. Needs Python 3's standard library and Go.
"""
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402  the scorers' corpus readers


def rfc3339(v):
    if "T" not in v:
        v += "T12:00:00"
    if re.fullmatch(r"[\d-]+T\d\d:\d\d", v):
        v += ":00"
    return v if re.search(r"(Z|[+-]\d\d:\d\d)$", v) else v + "Z"


def timeml():
    files = []
    for root, _, names in os.walk(os.path.join(CORPUS, "timeml")):
        files += [os.path.join(root, n) for n in names if n.endswith(".tml")]
    for f in sorted(files):
        text, dct, _ = score.parse_timeml(f)
        rec = {"id": os.path.relpath(f, CORPUS), "text": text}
        if dct:
            rec["published"] = rfc3339(dct)
        yield rec


def rt(names):
    paths = [os.path.join(CORPUS, "recognizers-text", n) for n in names]
    for c in score.load_spec(paths):
        rec = {"id": c["_id"], "text": c["Input"]}
        ref = (c.get("Context") or {}).get("ReferenceDateTime")
        if ref:
            rec["published"] = ref if re.search(r"(Z|[+-]\d\d:\d\d)$", ref) else ref + "Z"
        yield rec


def conll():
    for n, doc in enumerate(score.read_conll(os.path.join(CORPUS, "conll2003", "eng.testa"))):
        yield {"id": str(n), "text": "".join(" ".join(t for t, _ in s) + "\n" for s in doc)}


def conll04():
    for name in ("conll04_train.json", "conll04_dev.json"):
        for n, s in enumerate(json.load(open(os.path.join(CORPUS, "conll04", name), encoding="utf-8"))):
            yield {"id": f"{name}#{n}", "text": " ".join(s["tokens"])}


def geo():
    for name in ("TR-News.xml", "GeoVirus.xml"):
        for d, text, _ in score.read_geo_xml(os.path.join(CORPUS, "geo", name)):
            yield {"id": f"{name}#{d}", "text": text}


def read_page(path):
    raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    return raw.decode("utf-8", "replace")


def realworld():
    base = os.path.join(CORPUS, "realworld")
    files = []
    for root, _, names in os.walk(base):
        files += [os.path.join(root, n) for n in names if n.endswith((".html", ".nitf"))]
    for f in sorted(files):
        yield {"id": os.path.relpath(f, base), "html": read_page(f), "url": "https://example.com/" + os.path.basename(f)}


def articles():
    base = os.path.join(CORPUS, "article-extraction")
    truth = json.load(open(os.path.join(base, "ground-truth.json"), encoding="utf-8"))
    for key, item in sorted(truth.items()):
        path = os.path.join(base, "html", key + ".html.gz")
        if os.path.exists(path):
            yield {"id": key, "html": read_page(path), "url": item.get("url", "")}


def seed():
    text = open(os.path.join(CORPUS, "seed", "cost-sharing-talks.txt"), encoding="utf-8").read()
    yield {"id": "seed", "text": text}
    yield {"id": "seed-published", "text": text, "published": "2018-12-12T10:00:00+09:00"}


SETS = {
    "timeml": timeml,
    "rt-datetime": lambda: rt(["DateTimeModel.json"]),
    "rt-currency": lambda: rt(["CurrencyModel.json", "NumberModel.json", "PercentModel.json"]),
    "conll": conll,
    "conll04": conll04,
    "geo": geo,
    "realworld": realworld,
    "articles": articles,
    "seed": seed,
    # strip's own fields (title, byline, published) for the page reader.
    "strip:realworld": realworld,
    "strip:articles": articles,
}


def build():
    binary = os.path.join(tempfile.mkdtemp(prefix="sameoutput-"), "eventwire")
    subprocess.run(["go", "build", "-o", binary, "./cmd/eventwire"], cwd=ROOT, check=True)
    return binary


def run(binary, sub, recs):
    inp = b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in recs)
    proc = subprocess.run([binary, sub, "--jsonl"], input=inp, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"{sub} --jsonl exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    return proc.stdout


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "check"):
        sys.exit(__doc__)
    mode, out = sys.argv[1], os.path.abspath(sys.argv[2])
    if out.startswith(ROOT + os.sep):
        sys.exit(f"{out} is inside the repository; keep the baseline outside it")
    if not os.path.isdir(CORPUS):
        sys.exit(f"no shared corpus at {CORPUS}")
    os.makedirs(out, exist_ok=True)
    binary = build()
    differ, texts = [], 0
    for name, gen in SETS.items():
        recs = list(gen())
        texts += len(recs)
        sub = "strip" if name.startswith("strip:") else "extract"
        got = run(binary, sub, recs)
        path = os.path.join(out, name.replace(":", "-") + ".jsonl")
        if mode == "record":
            open(path, "wb").write(got)
            print(f"{name}: {len(recs)} texts, sha256 {hashlib.sha256(got).hexdigest()[:16]}")
            continue
        want = open(path, "rb").read()
        if got == want:
            print(f"{name}: {len(recs)} texts, same")
            continue
        differ.append(name)
        open(path + ".new", "wb").write(got)
        for k, (a, b) in enumerate(zip(want.splitlines(), got.splitlines())):
            if a != b:
                print(f"{name}: {len(recs)} texts, DIFFER from line {k + 1} (id {json.loads(a).get('id')!r}); "
                      f"new output in {path}.new")
                break
        else:
            print(f"{name}: DIFFER in length; new output in {path}.new")
    if mode == "record":
        print(f"recorded {texts} texts in {out}")
        return
    golden = subprocess.run(["go", "test", "-count=1", "-run", "Golden", "./..."], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if golden.returncode != 0:
        sys.stdout.write(golden.stdout.decode()[-4000:])
        differ.append("golden files")
    if differ:
        sys.exit(f"output changed: {', '.join(differ)}")
    print(f"same: {texts} texts and the golden files")


if __name__ == "__main__":
    main()
