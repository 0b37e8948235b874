#!/usr/bin/env python3
"""Compile the hand-coded annotation files (ann/*.ann) into the committed gold (dev.jsonl).

    python3 testdata/events/build.py [--corpus ../shared/corpus]            # writes dev.jsonl, prints counts
    python3 testdata/events/build.py show DOCID ... [--corpus ...]           # numbered sentences, to code from

An .ann file codes one or more documents. Blank lines and lines starting with '#' are comments.

    @doc ID SOURCE KEY [PUBLISHED]     SOURCE te3 (KEY = path under the corpus, PUBLISHED defaults to its DCT),
                                       tr-news (KEY = docid) or geovirus (KEY = position); PUBLISHED "-" = null
    !join N                            merge sentence N with N+1 (the splitter broke it wrongly)
    !split N TEXT                      split sentence N before TEXT
    sN CODE TRIGGER ; a=AGENT ; ar=RESOLVES ; p=PATIENT ; pr=RESOLVES ; w=TIMEX3 ; l=PLACE ; m=VALUE CUR

CODE is a CAMEO code (the root "04" is what the scorer compares; a longer code such as 042 is kept in "cameo")
or one of the other types of EVENTS.md. TRIGGER, AGENT, PATIENT and PLACE are text of sentence N; TEXT#k takes
its k-th occurrence in the sentence. Every span is checked against the text; the sentences themselves are not
written into dev.jsonl (materialize.py fills them in from the offsets).
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, HERE)
import materialize  # noqa: E402

TYPES = {"pay", "trade", "increase", "decrease", "appoint", "resign", "elect", "approve", "disaster",
         "evacuate", "expire"}
TIMEX = re.compile(r"^(\d{4}|XXXX)(-(\d\d|XX|W\d\d|WXX|Q\d|H\d|SP|SU|FA|WI))?(-(\d\d|XX|\d|WE))?"
                   r"(T(\d\d(:\d\d)?|MO|AF|EV|NI))?$|^\d{4}-W\d\d(-\d)?$|^\d{3}$|^\d\d$")
ABBREV = {w for w in """Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Cmdr Insp Supt Prof Rev St Ste
    Jr Sr Inc Corp Co Ltd Bros No Nos vs Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mt Ft Ave Blvd Gov Hon Det Cpl
    Pvt Messrs Mass Wis Ill Calif Conn Ariz Colo Fla Ga Md Mich Minn Mo Neb Nev Okla Ore Pa Tenn Tex Va Wash Wyo
    Ky La Ala Ark Del Kan Vt Sask Alta Ont Que""".split()}


# ---------------------------------------------------------------- sentences

def split_line(line, base):
    out, pos = [], 0
    for b in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘`'(\[]*[A-Z0-9])", line):
        word = re.search(r"(\S+)$", line[:b.start() + 1]).group(1).lstrip("\"“‘`'([")
        stem = word.rstrip(".")
        if word.endswith(".") and not line[b.start():b.end()].startswith(("..", ".\"", ".”", ".’", ".'")):
            if stem in ABBREV or re.fullmatch(r"[A-Z]", stem) or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]", stem):
                continue
        out.append((base + pos, base + b.end()))
        pos = b.end()
    out.append((base + pos, base + len(line)))
    return out


def sentences(text):
    spans = []
    # a line break is a hard boundary unless it is a wrap (followed by indentation, as in TR-News)
    for m in re.finditer(r"(?:[^\n]|\n(?=[ \t]))+", text):
        for s, e in split_line(m.group(), m.start()):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                spans.append((s, e))
    return spans


def apply_overrides(text, spans, overrides, doc):
    spans = list(spans)
    for op, n, arg in overrides:
        if op == "join":
            spans[n:n + 2] = [(spans[n][0], spans[n + 1][1])]
        else:
            s, e = spans[n]
            k = text.find(arg, s, e)
            if k <= s:
                sys.exit(f"{doc}: !split {n}: {arg!r} not inside the sentence")
            left = k
            while text[left - 1].isspace():
                left -= 1
            spans[n:n + 1] = [(s, left), (k, e)]
    return spans


# ---------------------------------------------------------------- annotation files

def find(text, s, e, needle, what, ctx):
    k = 1
    m = re.fullmatch(r"(.*)#(\d+)", needle)
    if m:
        needle, k = m.group(1), int(m.group(2))
    # whole words only: "he" must not match inside "the"
    pat = re.compile((r"(?<!\w)" if needle[:1].isalnum() else "") + r"\s+".join(map(re.escape, needle.split(" "))) +
                     (r"(?!\w)" if needle[-1:].isalnum() else ""))
    hits = [(m.start(), m.end()) for m in pat.finditer(text, s, e)]  # a space in the needle spans a line wrap
    if len(hits) < k:
        sys.exit(f"{ctx}: {what} {needle!r} (occurrence {k}) not in the sentence: {text[s:e]!r}")
    return hits[k - 1][0], hits[k - 1][1], len(hits)


def parse_ann(path):
    docs, cur = [], None
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        ctx = f"{os.path.basename(path)}:{ln}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@doc"):
            f = line.split()
            cur = {"doc": f[1], "source": f[2], "key": f[3], "published": f[4] if len(f) > 4 else None,
                   "overrides": [], "lines": []}
            docs.append(cur)
        elif line.startswith("!join"):
            cur["overrides"].append(("join", int(line.split()[1]), None))
        elif line.startswith("!split"):
            _, n, arg = line.split(None, 2)
            cur["overrides"].append(("split", int(n), arg))
        elif re.match(r"s\d+ ", line):
            cur["lines"].append((ctx, line))
        else:
            sys.exit(f"{ctx}: cannot read {line!r}")
    return docs


def load_doc(corpus, d):
    if d["source"] == "te3":
        path = d["key"]
        text = materialize.te3_text(os.path.join(corpus.root, path))
        url = None
        pub = d["published"]
        if pub is None:
            raw = open(os.path.join(corpus.root, path), encoding="utf-8").read()
            pub = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', raw).group(1)
    else:
        text, url = corpus.geo(d["source"], d["key"])
        stem = d["key"] if d["source"] == "tr-news" else f"{int(d['key']):03d}"
        path = f"geo/{d['source']}/{stem}.txt"
        pub = d["published"]
    if pub == "-":
        pub = None
    return text, path, url, pub


def compile_doc(corpus, d, warnings):
    text, path, url, pub = load_doc(corpus, d)
    spans = apply_overrides(text, sentences(text), d["overrides"], d["doc"])
    events = []
    for ctx, line in d["lines"]:
        parts = [p.strip() for p in line.split(" ; ")]
        m = re.fullmatch(r"s(\d+) (\S+) (.+)", parts[0])
        if not m:
            sys.exit(f"{ctx}: want 'sN CODE TRIGGER': {parts[0]!r}")
        n, code, trig = int(m.group(1)), m.group(2), m.group(3)
        if n >= len(spans):
            sys.exit(f"{ctx}: no sentence {n}")
        s, e = spans[n]
        cameo = None
        if code[0].isdigit():
            if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
                sys.exit(f"{ctx}: bad CAMEO code {code}")
            cameo, code = code, code[:2]
        elif code not in TYPES:
            sys.exit(f"{ctx}: unknown type {code}")
        ev = {"start": s, "end": e, "code": code}
        if cameo and len(cameo) > 2:
            ev["cameo"] = cameo
        ts, te, nt = find(text, s, e, trig, "trigger", ctx)
        if nt > 1 and "#" not in trig:
            warnings.append(f"{ctx}: trigger {trig!r} occurs {nt} times in the sentence (took the first)")
        ev.update(trigger=text[ts:te], trigger_start=ts, trigger_end=te)
        fields = {}
        for p in parts[1:]:
            k, _, v = p.partition("=")
            if k not in ("a", "ar", "p", "pr", "w", "l", "m") or not v:
                sys.exit(f"{ctx}: bad field {p!r}")
            fields[k] = v
        for k, name in (("a", "agent"), ("p", "patient")):
            if k in fields:
                a0, a1, na = find(text, s, e, fields[k], name, ctx)
                if na > 1 and "#" not in fields[k]:
                    warnings.append(f"{ctx}: {name} {fields[k]!r} occurs {na} times in the sentence (took the first)")
                ev.update({name: text[a0:a1], name + "_start": a0, name + "_end": a1})
                if k + "r" in fields:
                    ev[name + "_resolves_to"] = fields[k + "r"]
            else:
                if k + "r" in fields:
                    sys.exit(f"{ctx}: {k}r without {k}")
                ev[name] = None
        w = fields.get("w")
        if w is not None and not TIMEX.match(w):
            sys.exit(f"{ctx}: {w!r} is not a TIMEX3 date value")
        ev["when"] = w
        if "l" in fields:
            l0, l1, nl = find(text, s, e, fields["l"], "where", ctx)
            if nl > 1 and "#" not in fields["l"]:
                warnings.append(f"{ctx}: where {fields['l']!r} occurs {nl} times in the sentence (took the first)")
            ev.update(where=text[l0:l1], where_start=l0, where_end=l1)
        else:
            ev["where"] = None
        if "m" in fields:
            mv = re.fullmatch(r"([0-9.]+) ([A-Z]{3})", fields["m"])
            if not mv:
                sys.exit(f"{ctx}: amount wants 'VALUE CUR': {fields['m']!r}")
            val = float(mv.group(1))
            ev["amount"] = {"value": int(val) if val == int(val) else val, "currency": mv.group(2)}
        else:
            ev["amount"] = None
        events.append(ev)
    events.sort(key=lambda g: (g["start"], g["trigger_start"]))
    out = {"doc": d["doc"], "source": d["source"], "path": path}
    if d["source"] != "te3":
        out["key"] = d["key"]
    if url:
        out["url"] = url
    out.update(published=pub, text_sha256=materialize.sha(text), sentences=len(spans), events=events)
    materialize.check_spans(out, text)
    return out


def show(corpus, d):
    text, path, url, pub = load_doc(corpus, d)
    spans = apply_overrides(text, sentences(text), d["overrides"], d["doc"])
    timex = te3_timexes(os.path.join(corpus.root, path)) if d["source"] == "te3" else []
    print(f"== {d['doc']}  published {pub}  {url or path}")
    for i, (s, e) in enumerate(spans):
        tx = [f"{text[a:b]}={v}" for a, b, v in timex if s <= a < e]
        print(f"s{i} [{s}:{e}] {text[s:e]}" + (f"\n     TIMEX: {'; '.join(tx)}" if tx else ""))


def te3_timexes(path):
    """(start, end, value) of the TIMEX3 tags in the stripped text of a TimeML file."""
    raw = open(path, encoding="utf-8").read()
    src = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, pos, n, opened = [], 0, 0, []
    import html
    for t in materialize.TAG.finditer(src):
        n += len(html.unescape(src[pos:t.start()]))
        pos = t.end()
        if t.group(2) == "TIMEX3":
            if t.group(1):
                s, v = opened.pop()
                out.append((s, n, v))
            else:
                v = re.search(r'value="([^"]*)"', t.group(3))
                opened.append((n, v.group(1) if v else "?"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", nargs="*", help="nothing (build) or: show DOCID ...")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))),
                                                     "shared", "corpus"))
    ap.add_argument("--out", default=os.path.join(HERE, "dev.jsonl"))
    a = ap.parse_args()
    corpus = materialize.Corpus(a.corpus)
    docs = [d for p in sorted(glob.glob(os.path.join(HERE, "ann", "*.ann"))) for d in parse_ann(p)]
    if a.cmd and a.cmd[0] == "show":
        want = set(a.cmd[1:])
        for d in docs:
            if d["doc"] in want:
                show(corpus, d)
        return
    ids = [d["doc"] for d in docs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        sys.exit(f"documents coded twice: {sorted(dup)}")
    warnings, out = [], []
    for d in docs:
        out.append(compile_doc(corpus, d, warnings))
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    with open(a.out, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    codes = {}
    for o in out:
        for g in o["events"]:
            codes[g["code"]] = codes.get(g["code"], 0) + 1
    print(f"{len(out)} documents, {sum(o['sentences'] for o in out)} sentences, "
          f"{sum(len(o['events']) for o in out)} events -> {a.out}")
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items(), key=lambda x: (not x[0][0].isdigit(), x[0]))))


if __name__ == "__main__":
    main()
