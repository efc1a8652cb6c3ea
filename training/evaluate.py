"""Score `cleaner` on a labelled folder, overall and grouped by source repository.

    python -m training.evaluate [GOLD_DIR] [--by-source] [--show N]

Prints the shared scorer's metrics (../shared/eval/score.py) for the whole folder and,
with --by-source, one row per source repository, so that a change that helps one
source and hurts another is seen.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import cleaner

from .corpus import DEV_CORPUS, by_source, load_articles, score_articles

COLUMNS = ("docs", "body_recall", "noise_f1", "lines_noise_f1", "docs_body_loss", "docs_exact", "attribution_f1")


def run_system(articles: list[dict], options: cleaner.Options | None = None) -> dict[str, dict]:
    system = {}
    for article in articles:
        result = cleaner.clean(article["text"], options)
        system[article["id"]] = {"id": article["id"], "text": result.text,
                                 "attribution": result.attribution.to_dict()}
    return system


def table(rows: list[tuple[str, dict]]) -> str:
    width = max(len(name) for name, _ in rows)
    head = f"{'source':<{width}}  " + "  ".join(f"{c:>14}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    for name, r in rows:
        lines.append(f"{name:<{width}}  " + "  ".join(f"{r[c]:>14}" for c in COLUMNS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=DEV_CORPUS)
    ap.add_argument("--by-source", action="store_true", help="one row per source repository")
    ap.add_argument("--show", type=int, default=20, help="list this many imperfect article ids")
    args = ap.parse_args(argv)
    articles = load_articles(args.gold)
    system = run_system(articles)
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        if args.by_source:
            for k, (source, group) in enumerate(by_source(articles)):
                rows.append((source, score_articles(group, system, Path(tmp) / f"g{k}")))
        overall = score_articles(articles, system, Path(tmp) / "all")
    rows.append(("ALL", overall))
    print(table(rows))
    for key in ("noise_recall", "noise_precision", "lines_noise_recall", "lines_noise_precision",
                "removed_by_label", "attribution_precision", "attribution_recall"):
        print(f"{key}: {overall[key]}")
    print(f"imperfect: {len(overall['misses'])} e.g. {' '.join(overall['misses'][:args.show])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
