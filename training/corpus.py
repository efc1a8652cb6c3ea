"""Reading labelled articles (the corpus schema) and scoring runs with the shared scorer.

Training and evaluation code lives outside the package on purpose: it builds data and
measures, and users of `cleaner` never need it at run time.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
FIXTURES = REPO / "fixtures" / "articles"


def load_articles(folder: Path) -> list[dict]:
    """Every ``*.json`` article of a folder (or records of a ``.jsonl`` file), sorted by id."""
    folder = Path(folder)
    if folder.suffix == ".jsonl":
        with folder.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return sorted((json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")),
                  key=lambda a: a["id"])


def source_of(article: dict) -> str:
    """The group an article is evaluated in: the repository it was taken from."""
    return article.get("provenance", {}).get("repo", "unknown")


def scorer() -> ModuleType:
    """The shared scorer (``../shared/eval/score.py``), imported from its path."""
    spec = importlib.util.spec_from_file_location("cleaner_shared_score", SCORER)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"scorer not found at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_articles(articles: Iterable[dict], system: dict[str, dict], workdir: Path) -> dict:
    """Score system outputs for these articles with the shared scorer's ``score()``.

    The scorer reads gold articles from a folder, so the chosen articles are written to
    ``workdir`` first (a temporary folder: never into the repository).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    for old in workdir.glob("*.json"):
        old.unlink()
    for article in articles:
        (workdir / f"{article['id']}.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    return scorer().score(workdir, system)


def by_source(articles: Iterable[dict]) -> Iterator[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for article in articles:
        groups.setdefault(source_of(article), []).append(article)
    yield from sorted(groups.items())
