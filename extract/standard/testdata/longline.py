#!/usr/bin/env python3
"""Write one `extract --jsonl` input line of about SIZE bytes of wire-style text.

    python3 extract/standard/testdata/longline.py SIZE [--no-ends] > long.jsonl

The text repeats the repository's own test articles (extract/event/testdata/*.txt
and extract/standard/testdata/article.txt, written for this project) until it
is SIZE bytes long. With --no-ends every sentence end (. ! ? ; : and line
breaks) becomes a space, so the whole line is one run-on sentence that the
text layer has to cut (extract/text MaxSentence). Used to measure that
extraction time grows linearly with the text (issue 20).
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    size = int(args[0])
    paths = sorted(glob.glob(os.path.join(ROOT, "extract", "event", "testdata", "*.txt")))
    paths.append(os.path.join(HERE, "article.txt"))
    parts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            parts.append(f.read().strip())
    base = "\n\n".join(parts) + "\n\n"
    if "--no-ends" in sys.argv:
        base = base.translate(str.maketrans(".!?;:\n", "      "))
    text = (base * (size // len(base) + 1))[:size]
    # Cut on a space so that no word is split at the end.
    text = text[: text.rfind(" ")]
    json.dump({"id": "long", "text": text, "published": "2024-02-04T18:00:00Z"}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
