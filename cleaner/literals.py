"""Necessary literals of a rule pattern: strings one of which every match contains.

`match_rules` runs a rule on a segment only when one of the rule's literals occurs in
it, which one scan per segment finds for the whole table. The literals are derived from
each pattern when the table is compiled, so a rule stays just its pattern: editing or
adding a row needs nothing else, and a pattern whose literals cannot be derived simply
runs on every segment (as the whole table did before this prefilter).

The derivation reads the pattern's syntax tree (Python's own regular expression parser,
after Unicode property classes such as ``\\p{Han}`` are replaced by a plain class, which
is never a literal) and, like the literal extractors of grep-like tools, keeps for each
piece either the finite set of strings it matches exactly or a set one of which it
must contain. Everything is casefolded: the segment is casefolded before the scan, which
also covers the rows that ignore case.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

try:  # Python 3.11+
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: A piece matching one of at most this many exact strings is expanded into them
#: ([来來]源 gives 来源 and 來源); larger sets are cut into shorter pieces.
MAX_EXACT = 256
#: A rule with more literals than this runs on every segment.
MAX_LITERALS = 400
#: A literal set is kept only if its weakest member scores at least this (see _score):
#: one CJK character, two ASCII letters or digits, a rare symbol (©); not ":" or "![".
MIN_SCORE = 0.8

# Syntax of the `regex` package that Python's parser reads differently or not at all: a
# pattern using any of it gets no literals (it runs on every segment).
_FOREIGN = re.compile(r"\[\[:|\\L<|\(\?V1|\(\?[a-zA-Z]*[rfbew]|\[[^\]]*--|\\[mMXRKG]|\\N\{")
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")

Strings = frozenset[str]


def _parse(pattern: str) -> object | None:
    """The syntax tree of ``pattern`` as Python's parser reads it (Unicode property
    classes replaced by \\w), or None for syntax of the `regex` package it reads
    differently or not at all."""
    if _FOREIGN.search(pattern):
        return None
    try:
        return _parser.parse(_PROPERTY.sub(r"\\w", pattern))
    except Exception:  # noqa: BLE001 - anything Python's parser refuses is unreadable here
        return None


def _char_score(ch: str) -> float:
    if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
        return 1.0
    if ch.isascii():
        return 0.5 if ch.isalnum() else 0.2
    return 0.8  # ©, 【, ▲: rare in prose


@functools.lru_cache(maxsize=4096)
def _score(strings: Strings | None) -> float:
    """How selective a literal set is: its weakest member's score (higher is better).

    >>> _score(frozenset({"来源", "來源"})) > _score(frozenset({":"}))
    True
    """
    if not strings or "" in strings:
        return -1.0
    return min(sum(_char_score(c) for c in s) for s in strings) - 0.001 * len(strings)


def _best(*sets: Strings | None) -> Strings | None:
    usable = [s for s in sets if s and "" not in s]
    return max(usable, key=_score) if usable else None


def _item_exact(op: object, av: object) -> Strings | None:
    """The strings one item (a literal or a small character class) matches exactly."""
    if op is _sre.LITERAL:
        return frozenset({chr(av).casefold()})  # type: ignore[arg-type]
    if op is _sre.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[union-attr]
            if sub_op is _sre.LITERAL:
                out.add(chr(sub_av).casefold())
            elif sub_op is _sre.RANGE and sub_av[1] - sub_av[0] < 10:
                out.update(chr(c).casefold() for c in range(sub_av[0], sub_av[1] + 1))
            else:  # NEGATE, CATEGORY, wide ranges: not a literal
                return None
        return frozenset(out)
    return None


def _analyse(items: Iterable[tuple[object, object]]) -> tuple[Strings | None, Strings | None]:
    """(exact, necessary) of a sequence: the finite set of strings it matches, if small,
    else a set of strings one of which any match contains (None when there is none)."""
    candidates: list[Strings] = []
    current: Strings = frozenset({""})
    all_exact = True

    def close() -> None:
        if "" not in current:
            candidates.append(current)

    for op, av in items:
        exact: Strings | None = None
        necessary: Strings | None = None
        if op in (_sre.LITERAL, _sre.IN):
            exact = _item_exact(op, av)
        elif op is _sre.SUBPATTERN:
            exact, necessary = _analyse(av[-1])  # type: ignore[index]
        elif op is _sre.ATOMIC_GROUP:
            exact, necessary = _analyse(av)  # type: ignore[arg-type]
        elif op is _sre.BRANCH:
            branches = [_analyse(b) for b in av[1]]  # type: ignore[index]
            if all(e is not None for e, _ in branches):
                union = frozenset().union(*(e for e, _ in branches))
                exact = union if len(union) <= MAX_EXACT else None
            if exact is None:
                picks = [_best(e, n) for e, n in branches]
                necessary = None if any(p is None for p in picks) else frozenset().union(*picks)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av  # type: ignore[misc]
            sub_exact, sub_necessary = _analyse(sub)
            if low == high == 1:
                exact, necessary = sub_exact, sub_necessary
            elif low == 0:
                exact = frozenset({""}) | sub_exact if sub_exact is not None and high == 1 else None
            else:
                necessary = _best(sub_exact, sub_necessary)
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            exact = frozenset({""})  # zero width: anchors and lookarounds require nothing here
        if exact is not None:
            grown = frozenset(a + b for a, b in itertools.product(current, exact))
            if len(grown) <= MAX_EXACT:
                current = grown
                continue
            close()
            current = exact
            continue
        all_exact = False
        close()
        current = frozenset({""})
        if necessary is not None:
            candidates.append(necessary)
    if all_exact:
        return current, None
    close()
    return None, _best(*candidates)


def required_literals(pattern: str, min_score: float = MIN_SCORE) -> Strings | None:
    """Casefolded strings one of which any match of ``pattern`` contains, or None when no
    set whose weakest member scores ``min_score`` can be derived (the pattern then runs
    on every segment).

    >>> sorted(required_literals(r"^[来來]源\\s*[:：]"))
    ['來源', '来源']
    >>> sorted(required_literals(r"(?i)all rights reserved|版權所有"))
    ['all rights reserved', '版權所有']
    >>> required_literals(r"^\\d{4}-\\d{2}-\\d{2}$") is None
    True
    """
    tree = _parse(pattern)
    if tree is None:
        return None  # the pattern runs on every segment
    exact, necessary = _analyse(list(tree))  # type: ignore[call-overload]
    chosen = _best(exact, necessary)
    if chosen is None or len(chosen) > MAX_LITERALS or _score(chosen) + 0.001 * len(chosen) < min_score:
        return None
    return chosen


_NON_LETTER_CATEGORIES = (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE, _sre.CATEGORY_LINEBREAK)


def _may_start_with_letter(items: list[tuple[object, object]], i: int = 0) -> bool:
    """Whether the items from ``i`` on can match text that starts with a letter, or match
    without consuming anything and without reaching an end anchor (True when unsure)."""
    if i >= len(items):
        return True  # an empty match, anywhere: a line starting with a letter is possible
    op, av = items[i]
    rest = lambda: _may_start_with_letter(items, i + 1)  # noqa: E731
    if op is _sre.AT:
        if av in (_sre.AT_END, _sre.AT_END_STRING):
            return False  # only an empty (stripped) line matches here
        return rest()
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return rest()
    if op is _sre.LITERAL:
        return chr(av).isalpha()  # type: ignore[arg-type]
    if op is _sre.IN:
        for sub_op, sub_av in av:  # type: ignore[union-attr]
            if sub_op is _sre.LITERAL and not chr(sub_av).isalpha():
                continue
            if sub_op is _sre.RANGE and not any(chr(c).isalpha() for c in range(sub_av[0], sub_av[1] + 1)):
                continue
            if sub_op is _sre.CATEGORY and sub_av in _NON_LETTER_CATEGORIES:
                continue
            return True  # a letter, a category, a negation: a letter may come first
        return False
    if op in (_sre.SUBPATTERN, _sre.ATOMIC_GROUP):
        inner = list(av[-1] if op is _sre.SUBPATTERN else av)  # type: ignore[index,arg-type]
        return _may_start_with_letter(inner + items[i + 1:])
    if op is _sre.BRANCH:
        return any(_may_start_with_letter(list(b) + items[i + 1:]) for b in av[1])  # type: ignore[index]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av  # type: ignore[misc]
        if _may_start_with_letter(list(sub) + items[i + 1:]):
            return True
        return low == 0 and rest()
    return True  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...: unsure


def starts_with_non_letter(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at the start of the text with a character
    that is not a letter (or the text is empty): ``^\\[``, ``^-{3,}$``. False when unsure.

    >>> starts_with_non_letter(r"^(?:-{3,}|\\*{3,})$"), starts_with_non_letter(r"^\\[x\\]|^<img")
    (True, True)
    >>> starts_with_non_letter(r"^(?:\\*\\*)?\\s*[#>]?$"), starts_with_non_letter(r"^\\d|^[a-z]"), starts_with_non_letter(r"\\[x")
    (True, False, False)
    """
    parsed = _parse(pattern)
    if parsed is None:
        return False
    tree = list(parsed)  # type: ignore[call-overload]

    def anchored(items: list[tuple[object, object]]) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is _sre.AT:
            return av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
        if op is _sre.BRANCH:
            return all(anchored(list(b)) for b in av[1])  # type: ignore[index]
        if op is _sre.SUBPATTERN:
            return anchored(list(av[-1]))  # type: ignore[index]
        return False

    return anchored(tree) and not _may_start_with_letter(tree)

