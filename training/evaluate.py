"""Score `cleaner` on labelled articles, overall and grouped by source repository.

    python -m training.evaluate [GOLD] [--by-source] [--model PATH|rules]
    python -m training.evaluate --cv [--folds K]      # the README's comparison table

The first form scores one system (the shipped model by default) on a folder, with one
row per source repository under --by-source. The second runs grouped cross-validation
on the dev corpus: each fold holds out whole source repositories, trains a model on the
rest (plus the fixtures and synthetic wrappings of the training articles only), and
scores, on the held-out articles: rules only, model only, rules + model, and three
baselines (keep everything; trafilatura on the article as HTML; a keyword list).
"""
from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

import cleaner
from cleaner.attribution import parse_attribution
from cleaner.core import apply_model, assemble
from cleaner.model import Model, get_model
from cleaner.units import make_units

from .corpus import DEV_CORPUS, FIXTURES, by_source, load_articles, score_articles, source_of

COLUMNS = ("docs", "body_recall", "noise_f1", "lines_noise_f1", "docs_body_loss", "docs_exact", "attribution_f1")
System = Callable[[str], tuple[str, dict]]


def run_system(articles: list[dict], system: System | None = None) -> dict[str, dict]:
    system = system or pipeline(None)
    out = {}
    for article in articles:
        text, attribution = system(article["text"])
        out[article["id"]] = {"id": article["id"], "text": text, "attribution": attribution}
    return out


def pipeline(model: str | None) -> System:
    """The full cleaner with a model file (None: shipped; "": rules only)."""
    options = cleaner.Options(model=model)

    def run(text: str) -> tuple[str, dict]:
        result = cleaner.clean(text, options)
        return result.text, result.attribution.to_dict()
    return run


def model_only(model: Model) -> System:
    """Each unit takes the model's most probable label; no rules decide, no structure."""
    def run(text: str) -> tuple[str, dict]:
        units = make_units(text)
        apply_model(units, model)
        for u in units:
            if u.kind == "content" and u.model_p:
                u.label = max(u.model_p, key=u.model_p.__getitem__)
        return assemble(units), parse_attribution(u.text for u in units if u.label == "attribution").to_dict()
    return run


def keep_everything(text: str) -> tuple[str, dict]:
    return text, {}


KEYWORDS = regex.compile(
    r"来源|來源|转自|转载|轉載|版权|版權|侵权|侵權|免责声明|免責聲明|热线|熱線|扫码|掃碼|关注|關注|阅读原文|閱讀原文|点赞|在看|"
    r"编辑|編輯|责编|图源|图片来源|推荐阅读|往期推荐|(?i:source:|all rights reserved|originally published|republished|subscribe|newsletter)"
)


def keyword_list(text: str) -> tuple[str, dict]:
    """Drop every line that holds one of a fixed list of keywords."""
    return "\n".join(line for line in text.split("\n") if not KEYWORDS.search(line)), {}


def trafilatura_html(text: str) -> tuple[str, dict]:
    """trafilatura's extract on the article as minimal HTML, one <p> per line."""
    import trafilatura

    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    page = f"<html><head><title>article</title></head><body><article>{paragraphs}</article></body></html>"
    out = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True) or ""
    return out, {}


def table(rows: list[tuple[str, dict]], first: str = "source") -> str:
    width = max(len(first), *(len(name) for name, _ in rows))
    head = f"{first:<{width}}  " + "  ".join(f"{c:>14}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    for name, r in rows:
        lines.append(f"{name:<{width}}  " + "  ".join(f"{r[c]:>14}" for c in COLUMNS))
    return "\n".join(lines)


def grouped_folds(articles: list[dict], k: int) -> list[list[dict]]:
    """Split articles into k folds of whole source repositories, balanced by size."""
    groups = sorted(by_source(articles), key=lambda g: -len(g[1]))
    folds: list[list[dict]] = [[] for _ in range(k)]
    for _, group in groups:
        min(folds, key=len).extend(group)
    return [f for f in folds if f]


def cross_validate(articles: list[dict], k: int, synthetic: int, seed: int,
                   keep: Path | None = None) -> list[tuple[str, dict]]:
    from .train import examples, fit, training_set

    fixtures = load_articles(FIXTURES) if FIXTURES.is_dir() else []
    systems: dict[str, dict[str, dict]] = {name: {} for name in
                                           ("rules + model", "rules only", "model only", "keep everything",
                                            "trafilatura (HTML)", "keyword list")}
    rules = pipeline("")
    with tempfile.TemporaryDirectory() as tmp:
        for n, held in enumerate(grouped_folds(articles, k)):
            held_sources = {source_of(a) for a in held}
            train_articles = [a for a in articles if source_of(a) not in held_sources] + fixtures
            started = time.perf_counter()
            x, y, _ = examples(training_set(train_articles, synthetic, seed))
            model = fit(x, y)
            path = (keep or Path(tmp)) / f"fold{n}.npz"
            path.parent.mkdir(parents=True, exist_ok=True)
            model.save(path, held_out=sorted(held_sources))
            print(f"fold {n + 1}: held out {len(held)} articles from {len(held_sources)} sources, "
                  f"trained on {x.shape[0]} units in {time.perf_counter() - started:.0f}s", file=sys.stderr)
            for name, system in (("rules + model", pipeline(str(path))), ("rules only", rules),
                                 ("model only", model_only(get_model(str(path)))),
                                 ("keep everything", keep_everything), ("trafilatura (HTML)", trafilatura_html),
                                 ("keyword list", keyword_list)):
                systems[name].update(run_system(held, system))
        return [(name, score_articles(articles, system, Path(tmp) / "score")) for name, system in systems.items()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=DEV_CORPUS)
    ap.add_argument("--by-source", action="store_true", help="one row per source repository")
    ap.add_argument("--model", default=None, help="a model file, or 'rules' for rules only (default: shipped)")
    ap.add_argument("--cv", action="store_true", help="grouped cross-validation table of all systems")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--synthetic", type=int, default=3, help="with --cv: generated wrappings per training article")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep-models", type=Path, default=None, help="with --cv: keep each fold's model here")
    ap.add_argument("--show", type=int, default=20, help="list this many imperfect article ids")
    args = ap.parse_args(argv)
    articles = load_articles(args.gold)
    if args.cv:
        rows = cross_validate(articles, args.folds, args.synthetic, args.seed, args.keep_models)
        print(f"grouped {args.folds}-fold cross-validation by source repository, {len(articles)} articles")
        print(table(rows, first="system"))
        return 0
    system = run_system(articles, pipeline("" if args.model == "rules" else args.model))
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
