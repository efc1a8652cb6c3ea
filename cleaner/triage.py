"""Which lines of an article need judging, found in a few passes over the whole text.

A line that no rule can fire on (it holds none of the literals the rules need, near
enough to its start for a rule anchored there, and nothing else a rule could match) is
"settled" unless it stands among the first or last lines: it is body without per-line
work, and consecutive settled lines become one body segment. Every other line is judged
as before. The structural pass can still reach settled lines (a short line between two
noise lines, a paragraph the model leans on under a source line): core.consult_model
walks from noise and judges the settled lines a run of noise could take in, so the
result is the same as with every line judged (tests/test_triage.py).

The passes are over arrays, not lines: the text's code points are folded (NFKC and
case, one character for one, through a table built once per process), every literal is
found in the folded text by one Aho-Corasick scan, and each line's weight (which rules
limited to light lines need) is a difference of cumulative sums. A character the fold
cannot map one for one (a ligature, a combining mark, Markdown emphasis) makes its line
a judged line: the fold is only trusted where it is exact.
"""
from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick
import numpy as np
import regex

from .literals import anchored_literals, has_anchor, required_literals, starts_with_non_letter
from .rules import ALL_RULES, RULES, SPLITTING
from .text import SENTENCE_END, TRAILING_BRACKET, Line

#: The first and last content lines of an article are always judged (at least as many
#: as boilerplate.HEAD_TAIL_UNITS, where recurring segments are looked for).
HEAD_LINES = 8
TAIL_LINES = 8
#: Strings that make a line judged besides the rules' literals: links and markup the
#: structural pass looks at, and runs of spaces (normalisation collapses them, so a
#: literal may span one).
TRIGGERS: tuple[str, ...] = ("http", "www.", "](", "][", "<", "{{", "  ", "\t")

_UNSURE = 0xFFFF  # folded code point of a character the fold cannot map one for one
_EMPHASIS_CHARS = "*_`~"  # normalisation removes emphasis, which can join two halves of a literal
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WORDISH = regex.compile(r"[\p{L}\p{N}]")
_LETTER_START = regex.compile(r"\s*\p{L}")
_BRACKET_AT_END = regex.compile(TRAILING_BRACKET.pattern, regex.MULTILINE)


@functools.cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(fold, weight3, ink) for the Basic Multilingual Plane: the casefolded NFKC form of
    each character when it is one character (else _UNSURE), its weight in thirds (3 for
    CJK, 1 for other letters and digits, 0 for the rest, as text.weight counts), and
    whether it is not white space."""
    fold = np.arange(0x10000, dtype=np.uint32)
    weight3 = np.zeros(0x10000, dtype=np.uint8)
    ink = np.array([not chr(c).isspace() for c in range(0x10000)], dtype=np.uint8)
    for c in range(0x10000):
        ch = chr(c)
        if 0xD800 <= c <= 0xDFFF:
            fold[c] = _UNSURE
            continue
        n = unicodedata.normalize("NFKC", ch)
        f = n.casefold()
        if len(f) != 1 or unicodedata.category(ch).startswith("M") or 0x1100 <= c <= 0x11FF or ch in _EMPHASIS_CHARS:
            fold[c] = _UNSURE
        else:
            fold[c] = ord(f)
        if len(n) == 1:
            weight3[c] = 3 if _CJK.match(n) else 1 if _WORDISH.match(n) else 0
    fold[ord("\n")] = ord("\n")
    return fold, weight3, ink


@dataclass(frozen=True)
class _Coverage:
    """How the triage makes sure no rule could have fired on a settled line."""

    #: casefolded literal -> (weight limit, furthest start): a line holding it no further
    #: in than that start (from its first visible character) and no heavier than that
    #: limit (Rule.max_weight) is judged
    literals: dict[str, tuple[float, float]]
    #: rules with no literal, run once over the whole folded text
    whole_text: tuple[regex.Pattern[str], ...]
    #: False when some rule is covered by none of the tests: every line is then judged
    complete: bool
    #: casefolded literals of the rules that can cut a sentence off a line (SPLITTING):
    #: a line holding one anywhere, and more than one sentence, is judged
    splitting: frozenset[str] = frozenset()


@functools.cache
def _coverage() -> _Coverage:
    """For each rule, the cheapest test that finds every line it could fire on: the
    literals at the start of a pattern anchored with ^ (a line is judged only where one
    stands near its start), or its literals anywhere, with its weight limit; for a
    raw-view rule that only matches from a non-letter at the line start, the
    letter-start test of settled_lines; a scan of the whole text (when it has no ^ or
    $); or, last, its literals however common they are."""
    literals: dict[str, tuple[float, float]] = {word: (math.inf, math.inf) for word in TRIGGERS}
    whole_text = []
    complete = True

    def need(words: frozenset[str], limit: float, start: float) -> None:
        for word in words:
            old_limit, old_start = literals.get(word, (0.0, 0.0))
            literals[word] = (max(old_limit, limit), max(old_start, start))

    for rule, selective in zip(RULES, ALL_RULES.literals):
        anchored = anchored_literals(rule.pattern)
        if anchored is not None:
            need(anchored[0], rule.max_weight, anchored[1])
            continue
        if selective is not None:
            need(selective, rule.max_weight, math.inf)
            continue
        if rule.view == "raw" and starts_with_non_letter(rule.pattern):
            continue
        if not has_anchor(rule.pattern):
            whole_text.append(regex.compile(rule.pattern, regex.IGNORECASE))
            continue
        weak = required_literals(rule.pattern, min_score=0.0)
        if weak is None:
            complete = False
            continue
        need(weak, rule.max_weight, math.inf)
    splitting = frozenset(word for words in SPLITTING.literals for word in words or ())
    if any(words is None for words in SPLITTING.literals):
        complete = False
    return _Coverage(literals, tuple(whole_text), complete, splitting)


@functools.cache
def _scanner() -> ahocorasick.Automaton:
    """Every literal of _coverage, folded like the text: (length, weight limit, start,
    whether a rule that cuts sentences off needs it)."""
    fold, _, _ = _tables()
    coverage = _coverage()
    automaton = ahocorasick.Automaton()

    def fold_word(word: str) -> str:
        return "".join(chr(fold[ord(c)]) if ord(c) < 0x10000 else c for c in word)

    for word, (limit, start) in coverage.literals.items():
        folded = fold_word(word)
        _, old_limit, old_start, _ = automaton.get(folded, (0, 0.0, 0.0, False))
        automaton.add_word(folded, (len(folded), max(limit, old_limit), max(start, old_start), False))
    for word in coverage.splitting:
        folded = fold_word(word)
        _, limit, start, _ = automaton.get(folded, (0, 0.0, -math.inf, False))
        automaton.add_word(folded, (len(folded), limit, start, True))
    automaton.make_automaton()
    return automaton


def settled_lines(text: str, lines: Sequence[Line]) -> tuple[list[bool], np.ndarray]:
    """For each line, whether it is settled body, and every line's estimated weight.

    >>> from cleaner.text import split_lines
    >>> body = "会议指出，要持续推进城乡融合发展，加快建设现代化产业体系，不断增强经济活力和发展后劲，推动高质量发展取得新成效。"
    >>> text = "\\n".join(["标题"] + [body] * 12 + ["来源:新华社"] + [body] * 12)
    >>> flags, _ = settled_lines(text, split_lines(text))
    >>> flags.index(True), flags[13], sum(flags)  # past the head, around the source line
    (8, False, 9)
    """
    n = len(lines)
    flags = [False] * n
    coverage = _coverage()
    if n == 0 or not coverage.complete:
        return flags, np.zeros(0)
    fold, weight3, ink = _tables()
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = cp < 0x10000
    folded = np.where(bmp, fold[cp & 0xFFFF], cp)
    w3 = np.where(bmp, weight3[cp & 0xFFFF], 0).astype(np.int64)
    visible = np.where(bmp, ink[cp & 0xFFFF], 1).astype(np.int64)
    if not bmp.all():  # the few distinct astral characters: exact when NFKC leaves them alone
        for c in np.unique(cp[~bmp]):
            ch = chr(int(c))
            if unicodedata.normalize("NFKC", ch).casefold() != ch:
                folded[cp == c] = _UNSURE
            w3[cp == c] = 3 if _CJK.match(ch) else 1 if _WORDISH.match(ch) else 0
    starts = np.fromiter((line.start for line in lines), dtype=np.int64, count=n)
    ends = np.fromiter((line.end for line in lines), dtype=np.int64, count=n)
    cum = np.concatenate([[0], np.cumsum(w3)])
    weights = (cum[ends] - cum[starts]) / 3.0
    cum_visible = np.concatenate([[0], np.cumsum(visible)])
    has_ink = cum_visible[ends] > cum_visible[starts]

    judged = np.zeros(n, dtype=bool)
    folded_text = folded.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    # (position, weight limit, furthest start): a line is judged when it holds one no
    # further in than that start and is no heavier than that limit
    hits = []
    splitting = []  # where a literal of a rule that cuts sentences off stands
    for end, (length, limit, start, cuts) in _scanner().iter(folded_text):
        hits.append((end - length + 1, limit, start))
        if cuts:
            splitting.append(end)
    hits.extend((int(p), math.inf, math.inf) for p in np.flatnonzero(folded == _UNSURE))
    for pattern in coverage.whole_text:
        hits.extend((m.start(), math.inf, math.inf) for m in pattern.finditer(folded_text))
    if splitting:
        # A line is cut (units._split_points) only where it holds a sentence end or a
        # trailing bracket, and only at a sentence holding such a literal.
        with_literal = np.zeros(n, dtype=bool)
        with_literal[np.searchsorted(starts, np.asarray(splitting, dtype=np.int64), side="right") - 1] = True
        cuts = np.asarray([m.end() for m in SENTENCE_END.finditer(text)]
                          + [m.start() for m in _BRACKET_AT_END.finditer(text)], dtype=np.int64)
        if len(cuts):
            line_of = np.searchsorted(starts, cuts, side="right") - 1
            ink = np.flatnonzero(visible)
            last_ink = ink[np.maximum(np.searchsorted(ink, ends, side="left") - 1, 0)] if len(ink) else ends
            inside = (cuts > starts[line_of]) & (cuts <= last_ink[line_of])  # not at either end of its line
            with_cut = np.zeros(n, dtype=bool)
            with_cut[line_of[inside]] = True
            judged |= with_literal & with_cut
    if hits:
        found = np.array(hits, dtype=np.float64).reshape(-1, 3)
        position = found[:, 0].astype(np.int64)
        at = np.searchsorted(starts, position, side="right") - 1
        ink = np.flatnonzero(visible)  # where the first visible character of each line is
        first_ink = ink[np.minimum(np.searchsorted(ink, starts[at]), len(ink) - 1)] if len(ink) else starts[at]
        near = position - first_ink <= found[:, 2]
        judged[at[(weights[at] <= found[:, 1]) & near]] = True

    content = np.flatnonzero(has_ink).tolist()
    edge = set(content[:HEAD_LINES]) | set(content[len(content) - TAIL_LINES:])
    for k in content:
        if judged[k] or k in edge:
            continue
        # Raw-view rules anchored at the line start (images, separators, link lines,
        # markup residue) and Markdown structure (headings, lists, quotes, fences)
        # start with something other than a letter.
        flags[k] = _LETTER_START.match(text, lines[k].start, lines[k].end) is not None
    return flags, weights
