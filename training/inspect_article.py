"""Show where `cleaner` disagrees with the gold labels of articles.

    python -m training.inspect_article ID [ID ...] [--gold DIR] [--all]

Each line is printed with its gold label, the label `cleaner` gave it, and the reason.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import cleaner

from .corpus import DEV_CORPUS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--gold", type=Path, default=DEV_CORPUS)
    ap.add_argument("--all", action="store_true", help="print agreeing lines too")
    args = ap.parse_args(argv)
    for ident in args.ids:
        article = json.loads((args.gold / f"{ident}.json").read_text(encoding="utf-8"))
        result = cleaner.clean(article["text"])
        print(f"===== {ident} gold attribution {article['attribution']}")
        print(f"      got  attribution {result.attribution.to_dict()}")
        pos = 0
        for line in article["lines"]:
            start, end = pos, pos + len(line["text"])
            pos = end + 1
            segs = [s for s in result.segments if s.start < max(end, start + 1) and s.end > start]
            got = "/".join(dict.fromkeys(s.label for s in segs)) or "?"
            gold = line["label"]
            if gold == "blank":
                continue
            agree = got == gold
            if agree and not args.all:
                continue
            reason = "; ".join(dict.fromkeys(s.reason for s in segs))
            mark = "  " if agree else "XX"
            print(f"{mark} {gold[:5]:5} {got[:11]:11} {line['text'][:90]!r}  <{reason[:70]}>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
