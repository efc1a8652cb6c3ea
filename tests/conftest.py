"""Shared paths, loaders and gold-text helpers for the test suite.

The dev corpus lives beside the clone (``../shared/corpus/dev``); tests that need it
skip cleanly when it is absent. The project's own fixtures (``fixtures/articles``) are
always there.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
FIXTURE_ARTICLES = REPO / "fixtures" / "articles"
EXAMPLE_DIR = REPO / "fixtures" / "example"

# Test the working tree, not an installed copy, and make `training` importable
# however pytest was started.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# ------------------------------------------------------------------ plain helpers
# (importable from test modules: parametrisation needs them at collection time)

def load_article(path: Path) -> dict:
    """One labelled article (corpus schema) from its JSON file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_articles(folder: Path) -> list[dict]:
    """Every labelled article of a folder, sorted by id ([] when the folder is missing)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted((load_article(p) for p in folder.glob("*.json")), key=lambda a: a["id"])


def article_ids(folder: Path) -> list[str]:
    folder = Path(folder)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def gold_body(article: dict) -> str:
    """The gold clean text: body lines joined by "\\n", blank lines dropped."""
    return "\n".join(ln["text"] for ln in article["lines"] if ln["label"] == "body" and ln["text"].strip())


def lines_labelled(article: dict, *labels: str) -> list[str]:
    """The non-blank gold lines carrying one of ``labels``, in order."""
    return [ln["text"] for ln in article["lines"] if ln["label"] in labels and ln["text"].strip()]


def squash(text: str) -> str:
    """Whitespace-free comparison form, as the shared scorer compares text (NFKC, no
    whitespace; markup is left alone, which is stricter than the scorer)."""
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", text).split())


def system_record(article: dict, result) -> dict:
    """A scorer record for one article from a clean() result."""
    return {"id": article["id"], "text": result.text, "attribution": result.attribution.to_dict()}


# ------------------------------------------------------------------ fixtures

@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def fixture_articles_dir() -> Path:
    assert FIXTURE_ARTICLES.is_dir(), f"missing {FIXTURE_ARTICLES}"
    return FIXTURE_ARTICLES


@pytest.fixture(scope="session")
def dev_corpus_dir() -> Path:
    if not DEV_CORPUS.is_dir() or not any(DEV_CORPUS.glob("*.json")):
        pytest.skip(f"dev corpus not found at {DEV_CORPUS} (../shared beside the clone)")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def shared_scorer_available() -> None:
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}")


@pytest.fixture(scope="session")
def fixture_articles(fixture_articles_dir: Path) -> list[dict]:
    articles = load_articles(fixture_articles_dir)
    assert articles, "no fixture articles"
    return articles


@pytest.fixture(scope="session")
def dev_articles(dev_corpus_dir: Path) -> list[dict]:
    return load_articles(dev_corpus_dir)


@pytest.fixture(scope="session")
def load_labelled():
    """The loader as a fixture: ``load_labelled(path_or_folder)``."""
    def load(path: Path):
        path = Path(path)
        return load_articles(path) if path.is_dir() else load_article(path)
    return load


@pytest.fixture(scope="session")
def gold_text():
    """The gold-body helper as a fixture: ``gold_text(article) -> str``."""
    return gold_body


def subprocess_env() -> dict[str, str]:
    """The working tree's `cleaner` first on the path, no proxies (servers are local)."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONIOENCODING"] = "utf-8"
    env["DATATROVE_COLORIZE_LOGS"] = "0"
    return env


def run_python(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python ARGS` in cwd with the working tree's cleaner; it must succeed."""
    proc = subprocess.run([sys.executable, *args], cwd=cwd, env=subprocess_env(), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)
    assert proc.returncode == 0, f"{args} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    return proc
