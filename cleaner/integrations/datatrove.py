"""datatrove pipeline steps: clean each Document, and learn a batch's boilerplate in two stages.

``pip install 'cleaner[datatrove]'`` (datatrove, and orjson for its JsonlReader and
JsonlWriter). See ``docs/pipelines.md`` for whole pipelines on the Local, Slurm and Ray
executors.

- `CleanStep` cleans ``Document.text`` (HTML when the document looks like HTML, or when
  ``html=True``), stores the parsed attribution and the removals in ``Document.metadata``
  and counts removals by label in the step's stats (``removed_ad``, ``removed_notice``,
  ...). It never drops a document: one it cannot clean passes through unchanged, with
  the reason logged, counted (``clean_failed``) and stored in its metadata
  (``cleaner_error``).
- `CountBoilerplate` is stage 1 of batch-learned boilerplate (as ``cleaner clean
  --learn-boilerplate`` does on one machine): it counts the segments that open and close
  each document, per source, and writes one counter file per task to a folder.
  ``CleanStep(boilerplate_path=that folder)`` (stage 2) merges every task's counter when
  it starts and removes, per source, the segments that recur in many articles.

Both steps hold only plain settings until `run` (paths, flags, names: picklable with
pickle and dill, as the Local, Slurm and Ray executors need); the model, the counters
and the folders are loaded in `run`, in the worker.
"""
from __future__ import annotations

import re
from collections import Counter

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep
from loguru import logger  # datatrove's logger: it routes records to each task's log file

from .. import Options, clean
from ..boilerplate import MIN_ARTICLES, MIN_SHARE, Boilerplate, BoilerplateCounter
from ..html import extract as extract_html, looks_like_html
from ..model import get_model
from . import source_of

#: Stage 1 writes one counter per task under this name (rank, then the number of tasks).
COUNTER_NAME = "boilerplate-{rank:05d}-of-{world_size:05d}.json"
_COUNTER_GLOB = "boilerplate-*-of-*.json"
_COUNTER_RE = re.compile(r"boilerplate-(\d+)-of-(\d+)\.json$")


def counter_name(rank: int, world_size: int) -> str:
    """The file stage 1 (`CountBoilerplate`) writes for one task.

    >>> counter_name(3, 16)
    'boilerplate-00003-of-00016.json'
    """
    return COUNTER_NAME.format(rank=rank, world_size=world_size)


def load_counters(boilerplate_path: DataFolderLike, require_complete: bool = True) -> BoilerplateCounter:
    """Merge the counters every task of stage 1 wrote under ``boilerplate_path``.

    With ``require_complete`` (the default) a folder without counters, a missing task's
    counter, or counters of two stage-1 runs with different task counts raise
    FileNotFoundError / ValueError: cleaning with half a batch's counts would silently
    learn less than asked.
    """
    folder = get_datafolder(boilerplate_path)
    found: dict[int, set[int]] = {}
    names = []
    for name in folder.list_files(glob_pattern=_COUNTER_GLOB, recursive=False):
        match = _COUNTER_RE.search(name)
        if match:
            found.setdefault(int(match.group(2)), set()).add(int(match.group(1)))
            names.append(name)
    if require_complete:
        where = folder.resolve_paths("")
        if not names:
            raise FileNotFoundError(f"no boilerplate counters ({_COUNTER_GLOB}) in {where}: run CountBoilerplate "
                                    "(stage 1) over the same documents first")
        if len(found) > 1:
            raise ValueError(f"boilerplate counters of runs with {sorted(found)} tasks are mixed in {where}: "
                             "clear the folder and run stage 1 again")
        (world_size, ranks), = found.items()
        missing = sorted(set(range(world_size)) - ranks)
        if missing:
            raise FileNotFoundError(f"stage 1 is incomplete in {where}: no counter from tasks {missing[:10]}"
                                    f"{' ...' if len(missing) > 10 else ''} of {world_size}")
    counter = BoilerplateCounter()
    for name in names:
        with folder.open(name, "rt", encoding="utf-8") as f:
            counter.merge(BoilerplateCounter.from_json(f.read()))
    return counter


class _Settings:
    """What both steps must agree on: how a document's text and source are read."""

    html: bool | None
    source_key: str | None
    per_source: bool

    def _is_html(self, text: str) -> bool:
        return self.html if self.html is not None else looks_like_html(text)

    def _source(self, doc: Document) -> str | None:
        if not self.per_source:
            return None
        metadata = doc.metadata or {}
        if self.source_key is not None:
            value = metadata.get(self.source_key)
            return (value.strip() or None) if isinstance(value, str) else None
        return source_of(metadata)


class CleanStep(_Settings, PipelineStep):
    """Clean each document's text; keep what was removed, and why, in its metadata.

    Args:
        html: True to read every document as HTML, False never, None (default) when the
            text looks like HTML (`cleaner.html.looks_like_html`). HTML documents become
            their article's clean text.
        model: a model file to use instead of the shipped one; "" or "rules" for the
            rules alone. Loaded and validated when the task starts: a bad file fails the
            task (``cleaner.ModelError``), not each document.
        boilerplate_path: a folder (any datatrove DataFolderLike: local path, s3://...,
            (path, fs)) where `CountBoilerplate` wrote its counters; when given, every
            task merges them at start and removes each source's recurring head and tail
            segments (reason ``boilerplate:recurs in N articles``).
        min_articles, min_share: what recurring means (cleaner.boilerplate's defaults).
        source_key: the metadata key naming a document's source; None (default) applies
            the CLI's rule (source, site, domain, sitename, account, else the url's host).
        per_source: False learns one table for all documents.
        attribution_key, removed_key: the metadata keys for the attribution (a dict of
            five lists) and the removals (a list of {"label", "text", "reason"}).
        error_key: the metadata key for the reason a document could not be cleaned.

    Stats: ``cleaned``, ``clean_failed``, ``removed_<label>`` (segments, by label),
    ``removed_chars``, ``boilerplate_removed`` and datatrove's ``doc_len``.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, html: bool | None = None, model: str | None = None,
                 boilerplate_path: DataFolderLike | None = None, *, min_articles: int = MIN_ARTICLES,
                 min_share: float = MIN_SHARE, source_key: str | None = None, per_source: bool = True,
                 attribution_key: str = "attribution", removed_key: str = "removed",
                 error_key: str = "cleaner_error") -> None:
        super().__init__()
        self.html = html
        self.model = "" if model == "rules" else model
        self.boilerplate_path = boilerplate_path
        self.min_articles = min_articles
        self.min_share = min_share
        self.source_key = source_key
        self.per_source = per_source
        self.attribution_key = attribution_key
        self.removed_key = removed_key
        self.error_key = error_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        get_model(self.model)  # load and validate once per task; a bad model file fails the task here
        learned = None
        if self.boilerplate_path is not None:
            learned = load_counters(self.boilerplate_path).learned(self.min_articles, self.min_share)
            logger.info(f"cleaner: {len(learned)} recurring segments learned over "
                        f"{len(learned.table)} sources from {self.boilerplate_path}")
        for doc in data:
            with self.track_time():
                self.clean_document(doc, learned)
            yield doc

    def clean_document(self, doc: Document, learned: Boilerplate | None = None) -> Document:
        """Clean one document in place (and return it); never raises on a bad document."""
        text = doc.text
        try:
            if not isinstance(text, str):
                raise TypeError(f"its text is a {type(text).__name__}, not a string")
            table = learned.for_source(self._source(doc)) if learned is not None else None
            options = Options(input_format="html" if self._is_html(text) else "text",
                              model=self.model, boilerplate=dict(table) if table else None)
            result = clean(text, options).to_dict()
        except Exception as exc:  # noqa: BLE001 - pass the document on, unchanged, with the reason
            reason = f"{type(exc).__name__}: {exc}"
            self.stat_update("clean_failed")
            logger.warning(f"cleaner: could not clean document {doc.id!r} ({reason}); passed through unchanged")
            doc.metadata[self.error_key] = reason
            return doc
        doc.text = result["text"]
        doc.metadata[self.attribution_key] = result["attribution"]
        doc.metadata[self.removed_key] = result["removed"]
        self.stat_update("cleaned")
        for label, n in Counter(r["label"] for r in result["removed"]).items():
            self.stat_update(f"removed_{label}", value=n)
        self.stat_update("removed_chars", value=max(len(text) - len(doc.text), 0))
        recurring = sum(r["reason"].startswith("boilerplate:") for r in result["removed"])
        if recurring:
            self.stat_update("boilerplate_removed", value=recurring)
        self.update_doc_stats(doc)
        return doc


class CountBoilerplate(_Settings, PipelineStep):
    """Stage 1 of batch-learned boilerplate: count each document's head and tail segments
    per source, and write this task's counter to ``output_folder`` (one JSON file per
    task, `counter_name`; `cleaner.boilerplate.BoilerplateCounter.from_json` reads it).

    Documents pass through unchanged, so the step can end a pipeline or precede others.
    Give it the same ``html``, ``source_key`` and ``per_source`` as the `CleanStep` that
    reads its counters. A document it cannot count is logged, counted (``count_failed``)
    and passed on.
    """

    name = "🧮 cleaner boilerplate counter"
    type = "📊 - STATS"

    def __init__(self, output_folder: DataFolderLike, html: bool | None = None, *,
                 source_key: str | None = None, per_source: bool = True) -> None:
        super().__init__()
        self.output_folder = output_folder
        self.html = html
        self.source_key = source_key
        self.per_source = per_source

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        counter = BoilerplateCounter()
        for doc in data or ():
            with self.track_time():
                self.count_document(counter, doc)
            yield doc
        folder = get_datafolder(self.output_folder)
        name = counter_name(rank, world_size)
        with folder.open(f"{name}.tmp", "wt", encoding="utf-8") as f:
            f.write(counter.to_json())
        folder.mv(f"{name}.tmp", name)  # complete or absent: stage 2 never reads half a file
        logger.info(f"cleaner: counted {sum(counter.articles.values())} documents of "
                    f"{len(counter.articles)} sources into {folder.resolve_paths(name)}")

    def count_document(self, counter: BoilerplateCounter, doc: Document) -> None:
        try:
            text = doc.text
            if not isinstance(text, str):
                raise TypeError(f"its text is a {type(text).__name__}, not a string")
            if self._is_html(text):  # count what clean() will segment: the page's article text
                text = extract_html(text).text
            counter.add(text, self._source(doc))
        except Exception as exc:  # noqa: BLE001 - stage 2 reports the document again
            self.stat_update("count_failed")
            logger.warning(f"cleaner: could not count document {doc.id!r} ({type(exc).__name__}: {exc})")
            return
        self.stat_update("counted")


__all__ = ["CleanStep", "CountBoilerplate", "counter_name", "load_counters", "COUNTER_NAME"]
