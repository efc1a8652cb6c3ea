"""Batch-learned boilerplate: segments that recur at the head or tail of many articles.

A repost account repeats the same header and trailer in every article, in wordings no
rule or model has seen. Counting normalised head and tail segments over a batch (per
source when the records name one) finds them: a segment that opens or closes many of
a source's articles is the account's furniture, not its news (the CCNet idea, aimed at
reposts). Body text is safe: only whole segments count, only in the first and last
HEAD_TAIL_UNITS units of an article, and only there are they removed.

Two stages, so that it scales past one machine: `BoilerplateCounter.add` over the
batch (counters merge), then `Boilerplate` (JSON-serialisable) is handed to
`clean(..., Options(boilerplate=table))` for each article.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex

from .units import Unit, make_units

#: Units counted (and removed) at each end of an article.
HEAD_TAIL_UNITS = 8
#: A segment must recur in at least this many articles of a source...
MIN_ARTICLES = 5
#: ...and in at least this share of them.
MIN_SHARE = 0.2
#: Keys shorter than this (characters) are too common to mean anything (“END”, “完”).
MIN_KEY_CHARS = 4
#: Evidence a recurring segment gets for its label (decides it on its own).
BOILERPLATE_EVIDENCE = 0.85

_NOISE_CHARS = regex.compile(r"[\s\p{P}\p{S}\d]+")


def key(text: str) -> str:
    """A segment's identity across articles: NFKC, lower case, no spaces, punctuation,
    symbols or digits (dates and issue numbers vary from article to article).

    >>> key("— 关注「港城物流」 2024-05-01 —") == key("关注“港城物流”2025.6.2")
    True
    """
    return _NOISE_CHARS.sub("", unicodedata.normalize("NFKC", text).lower())


#: Record fields that name a record's source, in the order they are tried; failing
#: them, the host of the record's ``url``.
SOURCE_FIELDS: tuple[str, ...] = ("source", "site", "domain", "sitename", "account")


def source_of(record: Mapping[str, Any] | None) -> str | None:
    """The source a record names, for per-source boilerplate.

    >>> source_of({"site": " 港城物流圈 ", "url": "https://a.example/1"})
    '港城物流圈'
    >>> source_of({"url": "https://news.example.com/a/1"}), source_of({}), source_of(None)
    ('news.example.com', None, None)
    """
    if not record:
        return None
    for name in SOURCE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    url = record.get("url")
    if isinstance(url, str) and "://" in url:
        try:
            return urlsplit(url).hostname
        except ValueError:  # a malformed URL names no source
            return None
    return None


def _ends(units: list[Unit]) -> list[Unit]:
    content = [u for u in units if u.kind == "content" and not u.protected]
    if len(content) <= 2 * HEAD_TAIL_UNITS:
        return content
    return content[:HEAD_TAIL_UNITS] + content[-HEAD_TAIL_UNITS:]


def head_tail_keys(text: str) -> set[str]:
    """The keys of an article's head and tail segments, each counted once."""
    return {k for k in (key(u.norm or u.text) for u in _ends(make_units(text))) if len(k) >= MIN_KEY_CHARS}


@dataclass
class BoilerplateCounter:
    """Counts of head and tail segment keys per source (None: records naming none)."""

    counts: dict[str | None, Counter[str]] = field(default_factory=dict)
    articles: Counter[str | None] = field(default_factory=Counter)

    def add(self, text: str, source: str | None = None) -> None:
        self.add_keys(head_tail_keys(text), source)

    def add_keys(self, keys: Iterable[str], source: str | None = None) -> None:
        """Count one article by its end-segment keys (computed elsewhere, e.g. a worker)."""
        self.counts.setdefault(source, Counter()).update(keys)
        self.articles[source] += 1

    def merge(self, other: BoilerplateCounter) -> BoilerplateCounter:
        for source, counter in other.counts.items():
            self.counts.setdefault(source, Counter()).update(counter)
        self.articles.update(other.articles)
        return self

    def learned(self, min_articles: int = MIN_ARTICLES, min_share: float = MIN_SHARE) -> Boilerplate:
        table: dict[str | None, dict[str, int]] = {}
        for source, counter in self.counts.items():
            n = self.articles[source]
            frequent = {k: c for k, c in counter.items() if c >= min_articles and c >= min_share * n}
            if frequent:
                table[source] = frequent
        return Boilerplate(table)

    def to_json(self) -> str:
        return json.dumps({"counts": [[s, dict(c)] for s, c in self.counts.items()],
                           "articles": [[s, n] for s, n in self.articles.items()]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BoilerplateCounter:
        data = json.loads(text)
        return cls({s: Counter(c) for s, c in data["counts"]}, Counter({s: n for s, n in data["articles"]}))


@dataclass(frozen=True)
class Boilerplate:
    """Learned recurring segments: source -> {key: number of articles it recurs in}."""

    table: Mapping[str | None, Mapping[str, int]]

    def for_source(self, source: str | None) -> Mapping[str, int]:
        return self.table.get(source, {})

    def __len__(self) -> int:
        return sum(len(t) for t in self.table.values())

    def to_json(self) -> str:
        return json.dumps([[s, dict(t)] for s, t in self.table.items()], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Boilerplate:
        return cls({s: dict(t) for s, t in json.loads(text)})


def learn(texts: Iterable[tuple[str, str | None]], min_articles: int = MIN_ARTICLES,
          min_share: float = MIN_SHARE) -> Boilerplate:
    """Count (text, source) pairs and return what recurs."""
    counter = BoilerplateCounter()
    for text, source in texts:
        counter.add(text, source)
    return counter.learned(min_articles, min_share)


def mark(units: list[Unit], table: Mapping[str, int]) -> None:
    """Give recurring segments evidence for their label (chrome when no rule or model
    says what they are), with the reason "recurs in N articles".

    Only segments in an unbroken run from the article's start or end (recurring, or
    already noise on their own evidence) are marked: a body paragraph that recurs in the
    middle of an article, or an article that is a duplicate through and through, keeps
    its text.
    """
    if not table:
        return
    content = [u for u in units if u.kind == "content" and not u.protected]
    recurs = [table.get(key(u.norm or u.text), 0) if len(key(u.norm or u.text)) >= MIN_KEY_CHARS else 0
              for u in content]

    def run(order: range) -> list[int]:
        out = []
        for k in order:
            if recurs[k] or content[k].transparent or content[k].residue or content[k].best[1] >= 0.8:
                out.append(k)
            else:
                break
        return out

    head = run(range(min(HEAD_TAIL_UNITS, len(content))))
    tail = run(range(len(content) - 1, max(len(content) - 1 - HEAD_TAIL_UNITS, -1), -1))
    if len(set(head) | set(tail)) >= len(content):
        return  # nothing would be left: a duplicate, not a wrapped article
    for k in set(head) | set(tail):
        if not recurs[k]:
            continue
        u = content[k]
        label, ev = u.best
        if ev < 0.3:
            label = "chrome"
        u.recurs = recurs[k]
        u.evidence[label] = max(u.evidence.get(label, 0.0), BOILERPLATE_EVIDENCE)
