"""Features of a unit for the classifier: its characters, its layout, its rule hits,
and the same for its neighbours. Shared by the shipped model and by training/, so that
a model is always fed exactly what it was trained on.

Character n-grams are hashed (no vocabulary to ship); everything else is a short dense
vector whose names are listed in LAYOUT_NAMES and recorded in the model file.
"""
from __future__ import annotations

import math

import numpy as np
import regex
from scipy import sparse

from .result import NOISE_LABELS
from .rules import RULES
from .units import Unit

#: Hashed character n-gram space. 2**16 columns keep a 5-class model near 1 MB.
HASH_FEATURES = 2 ** 16
NGRAM_RANGE = (1, 3)
#: The n-gram hashing scheme; a model records it and is refused if it differs.
HASHING = "codepoint-mix-v1"
# Odd 64-bit multipliers mixing the code points of an n-gram, one per position, and a
# salt per n so that unigrams, bigrams and trigrams land in different buckets.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_SALT = (np.uint64(0x27D4EB2F165667C5), np.uint64(0x85EBCA77C2B2AE63), np.uint64(0xFF51AFD7ED558CCD))
_SHIFT = np.uint64(64 - 16)
#: Characters of a unit the n-grams look at (a unit can be a 10 MB line).
MAX_NGRAM_CHARS = 400

# Runs, not single characters: counting a few runs is cheaper than listing every match.
_DIGIT = regex.compile(r"\d+")
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_LATIN = regex.compile(r"[A-Za-z]+")
_CJK = regex.compile(r"\p{Han}+")
_URL = regex.compile(r"https?://|www\.")
_LINK_ONLY = regex.compile(r"^\s*(?:[-*+]\s*|\d+[.)]\s*)?\[[^\]]*\]\([^)]*\)\s*$")
_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s")
_BULLET = regex.compile(r"^\s*(?:[-*+•●．]\s|\d{1,3}[.)、]\s?)")
_BOLD = regex.compile(r"^\s*\*\*.*\*\*\s*$")
_QUOTE = regex.compile(r"^\s*>")
_END_COLON = regex.compile(r"[:：]\s*\**\s*$")
_END_SENTENCE = regex.compile(r"[。！？.!?”\"]\s*\**\s*$")
_PHONE = regex.compile(r"\d{3,4}[- ]?\d{3,4}[- ]?\d{3,4}")

_SELF_NAMES = [
    "short", "long", "log_weight", "digit_ratio", "punct_ratio", "latin_ratio", "cjk_ratio",
    "urls", "md_link", "link_only", "image", "heading", "bullet", "bold_line", "quote",
    "ends_colon", "ends_sentence", "phone_like",
] + [f"ev_{label}" for label in NOISE_LABELS]
_RULE_NAMES = [f"rule_{rule.name}" for rule in RULES]
_POSITION_NAMES = [
    "pos_from_start", "pos_from_end", "first", "last", "in_head3", "in_tail3", "in_tail10",
    "weight_after", "weight_before", "noise_after", "noise_before", "blank_before", "blank_after",
]
LAYOUT_NAMES: tuple[str, ...] = tuple(
    _SELF_NAMES + _RULE_NAMES + _POSITION_NAMES
    + [f"prev_{n}" for n in _SELF_NAMES] + [f"next_{n}" for n in _SELF_NAMES]
)

_RULE_INDEX = {rule.name: k for k, rule in enumerate(RULES)}


def hashed_ngrams(texts: list[str]) -> sparse.csr_matrix:
    """Character 1- to 3-grams of each text (lowercased), hashed into HASH_FEATURES
    columns, counts scaled to unit length. Vectorised over the code points of all the
    texts at once (an n-gram never spans two texts), so an article costs a few array
    operations whatever its number of units.

    >>> m = hashed_ngrams(["来源", ""])
    >>> m.shape, m[0].nnz, round(float(m[0].multiply(m[0]).sum()), 3), m[1].nnz
    ((2, 65536), 3, 1.0, 0)
    """
    assert HASH_FEATURES == 1 << 16  # _SHIFT keeps the top 16 bits
    pieces = [text[:MAX_NGRAM_CHARS].lower() for text in texts]
    lengths = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
    cp = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    ends = np.cumsum(lengths)  # where each text's code points stop in cp
    owner = np.repeat(np.arange(len(pieces), dtype=np.int64), lengths)  # text of each code point
    keys = []
    for n in range(NGRAM_RANGE[0], NGRAM_RANGE[1] + 1):
        count = len(cp) - n + 1
        if count <= 0:
            break
        h = _SALT[n - 1] + np.zeros(count, dtype=np.uint64)
        for k in range(n):
            h = (h ^ cp[k:k + count]) * _MIX[k]
        start_owner = owner[:count]
        inside = np.arange(count) + n <= ends[start_owner]  # the n-gram ends inside its text
        keys.append((start_owner[inside].astype(np.uint64) << np.uint64(16)) | (h[inside] >> _SHIFT))
    if keys:
        all_keys = np.concatenate(keys)
        if len(pieces) <= 1 << 16:  # (row, column) fits 32 bits, which sort twice as fast
            all_keys = all_keys.astype(np.uint32)
        uniq, counts = np.unique(all_keys, return_counts=True)
        uniq = uniq.astype(np.uint64)
    else:
        uniq, counts = np.zeros(0, np.uint64), np.zeros(0, np.int64)
    rows = (uniq >> np.uint64(16)).astype(np.int64)
    cols = (uniq & np.uint64(0xFFFF)).astype(np.int32)
    values = counts.astype(np.float32)
    norms = np.sqrt(np.bincount(rows, weights=values.astype(np.float64) ** 2, minlength=len(pieces)))
    values /= norms[rows].astype(np.float32)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(pieces)))])
    return sparse.csr_matrix((values, cols, indptr), shape=(len(texts), HASH_FEATURES), dtype=np.float32)


def _count(pattern: regex.Pattern[str], text: str) -> int:
    """Characters of ``text`` in runs of ``pattern`` (a class followed by +)."""
    return sum(map(len, pattern.findall(text)))


def _self_vector(u: Unit) -> list[float]:
    text, raw = u.norm, u.text
    n = max(len(text), 1)
    digits = _count(_DIGIT, text)
    ev = [u.rule_evidence.get(label, 0.0) for label in NOISE_LABELS]
    # Plain substring tests stand in for patterns that are only a literal (](, ![), and
    # a pattern is skipped where what it needs is absent (a URL needs http or www., a
    # phone number nine digits, a CJK run a non-ASCII character): the same values, cheaper.
    return [
        float(u.weight < 12), float(u.weight >= 30), math.log1p(u.weight) / 5.0,
        digits / n, _count(_PUNCT, text) / n,
        _count(_LATIN, text) / n, 0.0 if text.isascii() else _count(_CJK, text) / n,
        min(len(_URL.findall(raw)), 3) / 3.0 if "http" in raw or "www." in raw else 0.0,
        float("](" in raw),
        float(bool(_LINK_ONLY.match(raw))), float("![" in raw),
        float(bool(_HEADING.match(raw))), float(bool(_BULLET.match(raw))),
        float(bool(_BOLD.match(raw))), float(bool(_QUOTE.match(raw))),
        float(bool(_END_COLON.search(raw))), float(bool(_END_SENTENCE.search(raw))),
        float(digits >= 9 and bool(_PHONE.search(text))),
        *ev,
    ]


def content_units(units: list[Unit]) -> list[Unit]:
    """The units the classifier judges: content that is not inside a code fence."""
    return [u for u in units if u.kind == "content" and not u.protected]


def featurize(units: list[Unit], only: list[Unit] | None = None) -> tuple[list[Unit], sparse.csr_matrix]:
    """The judged units of one article (or those of ``only``) and their feature matrix:
    hashed n-grams, then the layout columns (LAYOUT_NAMES). See `feature_parts`."""
    rows_for, grams, layout = feature_parts(units, only)
    return rows_for, sparse.hstack([grams, sparse.csr_matrix(layout)], format="csr", dtype=np.float32)


def feature_parts(units: list[Unit], only: list[Unit] | None = None) -> tuple[list[Unit], sparse.csr_matrix, np.ndarray]:
    """The judged units of one article (or those of ``only``), their hashed n-grams
    (sparse) and their layout columns (dense), kept apart so that scoring needs no
    sparse stacking.

    Only the rows asked for are built; positions, weights and noise counts are over all
    the judged units of the article, so a row is the same whichever others come with it.
    """
    judged = content_units(units)
    rows_for = judged if only is None else [u for u in only if u.kind == "content" and not u.protected]
    if not rows_for:
        return rows_for, sparse.csr_matrix((0, HASH_FEATURES), dtype=np.float32), np.zeros((0, len(LAYOUT_NAMES)), np.float32)
    where = {id(u): k for k, u in enumerate(judged)}
    index = {id(u): k for k, u in enumerate(units)}
    n = len(judged)
    weights = np.array([u.weight for u in judged], dtype=np.float64)
    noisy = np.array([max(u.rule_evidence.values(), default=0.0) >= 0.8 for u in judged], dtype=np.float64)
    before_w = np.cumsum(weights) - weights
    after_w = weights.sum() - before_w - weights
    before_n = np.cumsum(noisy) - noisy
    after_n = noisy.sum() - before_n - noisy
    total_w = max(weights.sum(), 1.0)

    def self_of(k: int) -> list[float]:
        if k < 0 or k >= n:
            return [0.0] * len(_SELF_NAMES)
        u = judged[k]
        if u.layout is None:  # rule evidence and text never change once judged
            u.layout = _self_vector(u)
        return u.layout

    rows = []
    for u in rows_for:
        k = where[id(u)]
        at = index[id(u)]
        rules = [0.0] * len(_RULE_NAMES)
        for hit in u.hits:
            rules[_RULE_INDEX[hit.rule.name]] = 1.0
        layout = [
            k / max(n - 1, 1), (n - 1 - k) / max(n - 1, 1), float(k == 0), float(k == n - 1),
            float(k < 3), float(n - 1 - k < 3), float(n - 1 - k < 10),
            after_w[k] / total_w, before_w[k] / total_w,
            after_n[k] / max(n - 1 - k, 1), before_n[k] / max(k, 1),
            float(at > 0 and units[at - 1].kind == "blank"), float(at + 1 < len(units) and units[at + 1].kind == "blank"),
        ]
        rows.append(self_of(k) + rules + layout + self_of(k - 1) + self_of(k + 1))
    return rows_for, hashed_ngrams([u.norm for u in rows_for]), np.asarray(rows, dtype=np.float32)
