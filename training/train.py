"""Train the classifier that ships in cleaner/data/model.npz, or one for your own sites.

    python -m training.train [LABELLED ...] [--synthetic N] [--seed S] [--out PATH]

LABELLED are folders of articles in the corpus schema (../shared/corpus/SCHEMA.md) or
.jsonl files of them; by default the dev corpus and the project's fixtures. With
--synthetic N, each labelled article is also wrapped N times in generated headers and
trailers (training/augment.py). The default arguments reproduce the shipped model:

    python -m training.train --out cleaner/data/model.npz

This code builds data and lives outside the package on purpose: `cleaner` only reads
the resulting weights.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from cleaner.features import featurize
from cleaner.model import Model
from cleaner.result import LABELS
from cleaner.rules import STRONG
from cleaner.units import START_SLACK, Unit, make_units

from .augment import augment
from .corpus import DEV_CORPUS, FIXTURES, REPO, load_articles

#: Regularisation of the logistic regression (inverse strength).
C = 4.0
MAX_ITER = 300
SHIPPED_PATH = REPO / "cleaner" / "data" / "model.npz"
DEFAULT_SYNTHETIC = 3
DEFAULT_SEED = 0


def unit_labels(article: dict, units: list[Unit]) -> list[str]:
    """The gold label of each unit: its line's label, except that a sentence split off a
    body line by a strong rule takes that rule's label (the line mixed two kinds)."""
    line_labels = [line["label"] for line in article["lines"]]
    per_line = Counter(u.line for u in units if u.kind == "content")
    out = []
    for u in units:
        label = line_labels[u.line] if u.line < len(line_labels) else "body"
        if label == "blank":
            label = "body"
        if per_line[u.line] > 1 and label == "body":
            best, ev = u.best
            if ev >= STRONG and any(h.at <= START_SLACK and h.label == best for h in u.hits):
                label = best
        out.append(label)
    return out


def examples(articles: Iterable[dict]) -> tuple[sparse.csr_matrix, np.ndarray, list[str]]:
    """Feature rows, labels and the source group of each row, for labelled articles."""
    blocks, labels, groups = [], [], []
    for article in articles:
        units = make_units(article["text"])
        gold = dict(zip(map(id, units), unit_labels(article, units)))
        judged, x = featurize(units)
        if not judged:
            continue
        blocks.append(x)
        labels.extend(gold[id(u)] for u in judged)
        repo = article.get("provenance", {}).get("repo", "unknown")
        groups.extend([repo.removeprefix("synthetic/")] * len(judged))
    if not blocks:
        raise ValueError("no labelled units to train on")
    return sparse.vstack(blocks, format="csr"), np.array(labels), groups


def fit(x: sparse.csr_matrix, y: np.ndarray) -> Model:
    """A multinomial logistic regression over the features, as a cleaner Model."""
    classes = [label for label in LABELS if label in set(y)]
    if "body" not in classes or len(classes) < 2:
        raise ValueError(f"training data needs body and at least one noise label, has {classes}")
    clf = LogisticRegression(C=C, max_iter=MAX_ITER, class_weight="balanced")
    clf.fit(x, y)
    order = [list(clf.classes_).index(c) for c in classes]
    coef = clf.coef_ if len(clf.classes_) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    intercept = clf.intercept_ if len(clf.classes_) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
    return Model(coef[order], intercept[order], classes)


def training_set(labelled: list[dict], synthetic: int, seed: int) -> list[dict]:
    """The labelled articles plus, for each, `synthetic` generated wrappings of its body."""
    out = list(labelled)
    if synthetic:
        out.extend(augment(labelled, per_article=synthetic, seed=seed))
    return out


def train(labelled: list[dict], synthetic: int = DEFAULT_SYNTHETIC, seed: int = DEFAULT_SEED) -> Model:
    x, y, _ = examples(training_set(labelled, synthetic, seed))
    return fit(x, y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labelled", nargs="*", type=Path, help="folders or .jsonl files of labelled articles")
    ap.add_argument("--synthetic", type=int, default=DEFAULT_SYNTHETIC, help="generated wrappings per article")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=Path("model.npz"), help="where to write the model")
    args = ap.parse_args(argv)
    sources = args.labelled or [DEV_CORPUS, FIXTURES]
    labelled = [a for src in sources for a in load_articles(src)]
    started = time.perf_counter()
    x, y, _ = examples(training_set(labelled, args.synthetic, args.seed))
    model = fit(x, y)
    model.save(args.out, trained_on=[str(s) for s in sources], articles=len(labelled),
               synthetic=args.synthetic, seed=args.seed, rows=int(x.shape[0]))
    counts = Counter(y.tolist())
    print(f"trained on {len(labelled)} labelled articles (+{args.synthetic} synthetic each), "
          f"{x.shape[0]} units {dict(counts)}, in {time.perf_counter() - started:.1f}s")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
