"""Cut the input into units (lines, or sentences split off a line) and judge each alone.

A unit is the smallest piece that gets a label. Most units are whole lines; a line
whose first or last sentence is, on its own, a source line or a notice
(…参会。来源:新华社) is cut there, so the notice can go while the body stays.
The units tile the input: the first unit of a line starts where the line starts and
the last one ends past its newline, so offsets always point into the original text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .result import NOISE_LABELS
from .rules import ALL_RULES, MEDIUM, SPLITTING, SPLITTING_IN_ALL, Hit, match_rules
from .text import QUOTED, Line, has_cjk, normalize, sentence_cuts, split_lines, visible_text, weight

#: A unit at least this heavy (see text.weight) reads as a paragraph: a phrase found
#: inside it, rather than opening it, counts for less (DEMOTE_INSIDE_LONG).
LONG_WEIGHT = 30.0
#: A rule hit that starts this far into a long unit's normalised text is "inside" it...
START_SLACK = 2
#: ...or, in a line without CJK, this far: English phrasings open with a few words
#: ("This article first appeared on", "If you enjoyed this, consider subscribing").
START_SLACK_LATIN = 24
#: Evidence of a hit inside a long unit, or inside quotation marks, is multiplied by this:
#: a story may quote "版权归原作者所有" or mention a hotline.
DEMOTE_INSIDE = 0.5
#: Hits inside a long unit together never decide it alone: its neighbours must agree.
INSIDE_CAP = 0.75
#: A sentence split off a line is at most this heavy: a glued credit or notice is short.
MAX_SPLIT_WEIGHT = 60.0
#: Lines longer than this (characters) are not cut into sentences: matching every
#: sentence of a huge single-line input would cost more than it can find.
MAX_SPLIT_LINE = 20_000

_OPENING_QUESTION = regex.compile(r"^[^。！？!?.]{2,80}[？?]")
_FENCE = regex.compile(r"^\s*(?:```|~~~)")


@dataclass(eq=False, slots=True)
class Unit:
    """One labelled piece while the pipeline works on it."""

    start: int  # tiling span: [start, stop) of the input
    stop: int
    text: str  # the piece's own text, without its line break
    line: int  # index of the input line it belongs to
    kind: str  # "blank", "content"
    norm: str = ""
    weight: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    evidence: dict[str, float] = field(default_factory=dict)  # rules and model, fused
    rule_evidence: dict[str, float] = field(default_factory=dict)  # rules alone
    model_p: dict[str, float] = field(default_factory=dict)  # class probabilities
    recurs: int = 0  # articles of the batch this segment recurs in (learned boilerplate)
    layout: list[float] | None = None  # features.py: its own layout columns, computed once
    protected: bool = False  # inside a code fence: always body
    transparent: bool = False
    residue: bool = False
    opener: bool = False
    # decisions
    label: str = "body"
    score: float = 0.0
    reason: str = ""

    @property
    def best(self) -> tuple[str, float]:
        """The noise label with the most evidence, and that evidence."""
        if not self.evidence:
            return ("body", 0.0)
        label = max(self.evidence, key=self.evidence.__getitem__)
        return label, self.evidence[label]

    @property
    def top_rule(self) -> str:
        label, _ = self.best
        for h in self.hits:
            if h.label == label:
                return h.rule.name
        return ""

    @property
    def why(self) -> str:
        """What gave the best noise label its evidence: a rule, or the model."""
        label, ev = self.best
        if self.recurs and ev > self.rule_evidence.get(label, 0.0) + 1e-9:
            return f"boilerplate:recurs in {self.recurs} articles"
        if self.model_p and ev > self.rule_evidence.get(label, 0.0) + 1e-9:
            return f"model:{label} p={self.model_p.get(label, 0.0):.2f}"
        return f"rule:{self.top_rule}"


def judge(unit: Unit, norm: str | None = None, candidates: set[int] | None = None) -> None:
    """Fill a content unit's rule hits and evidence per label (noisy-OR over rules).
    ``norm`` is normalize(unit.text) when the caller has it already, and ``candidates``
    its ALL_RULES candidates."""
    unit.norm = normalize(unit.text) if norm is None else norm
    unit.weight = weight(visible_text(unit.norm))
    if unit.protected:
        return
    unit.hits = match_rules(unit.text, unit.norm, unit.weight, norm_candidates=candidates)
    if not unit.hits:
        return  # most lines: no evidence, and nothing below to weigh
    long = unit.weight >= LONG_WEIGHT
    quoted = [m.span() for m in QUOTED.finditer(unit.norm)]
    slack = START_SLACK if has_cjk(unit.norm) else START_SLACK_LATIN
    # A paragraph that opens with a question is someone asking, not a notice: its
    # opening phrase counts as inside it.
    opens_with_question = long and _OPENING_QUESTION.match(unit.norm) is not None
    keep_out: dict[str, float] = {}
    opening: set[str] = set()  # labels with a hit that opens the unit
    for hit in unit.hits:
        s = hit.strength
        # Buttons are quoted as a matter of course (点个“在看”, 戳“阅读原文”); notices and
        # pitches in quotation marks are a story quoting them.
        in_quotes = hit.rule.view == "norm" and hit.label != "chrome" and any(a < hit.at and hit.end <= b for a, b in quoted)
        if in_quotes or (long and (hit.at > slack or opens_with_question)):
            s *= DEMOTE_INSIDE
        else:
            opening.add(hit.label)
        keep_out[hit.label] = keep_out.get(hit.label, 1.0) * (1.0 - s)
        unit.transparent |= hit.rule.transparent
        unit.residue |= hit.rule.residue
        unit.opener |= hit.rule.opener and hit.strength >= MEDIUM
    unit.evidence = {
        label: round(1.0 - rest if label in opening or not long else min(1.0 - rest, INSIDE_CAP), 4)
        for label, rest in keep_out.items()
    }
    unit.rule_evidence = dict(unit.evidence)


def _split_points(text: str, norm: str, candidates: set[int]) -> list[int]:
    """Offsets at which this line (``norm`` normalised, ``candidates`` the ALL_RULES
    candidates of that norm) should be cut: before a trailing, or after a leading,
    sentence that is noise on its own while the rest is not."""
    if len(text) > MAX_SPLIT_LINE or not candidates & SPLITTING_IN_ALL:
        return []  # (a sentence holds no literal that its line lacks)
    cuts = sentence_cuts(text)
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

    found: set[str] = set()  # labels of the pieces cut off

    def noisy(a: int, b: int, labels: tuple[str, ...]) -> bool:
        piece = text[a:b]
        if piece.rstrip().endswith(("?", "？")):
            return False  # a question is someone speaking, not a notice
        hits = [h.label for h in match_rules(piece, rules=SPLITTING) if h.at <= START_SLACK and h.label in labels]
        if not hits or weight(piece) > MAX_SPLIT_WEIGHT:
            return False
        found.update(hits)
        return True

    lo, hi = 0, len(pieces)
    while hi - lo > 1 and noisy(*pieces[hi - 1], labels=NOISE_LABELS):
        hi -= 1
    # Only a credit opens a paragraph on the same line (【来源:X】…); a leading notice
    # sentence is more often the story quoting one.
    while hi - lo > 1 and noisy(*pieces[lo], labels=("attribution",)):
        lo += 1
    if lo == 0 and hi == len(pieces):
        return []
    rest = text[pieces[lo][0]:pieces[hi - 1][1]]
    if any(h.at <= START_SLACK for h in match_rules(rest, rules=SPLITTING)):
        return []  # the rest is noise too: keep the line whole
    if found & {h.label for h in match_rules(rest) if h.strength >= MEDIUM} - {"attribution"}:
        return []  # a pitch ending in its hotline is one ad: judge the line whole
    points = []
    if lo > 0:
        points.append(pieces[lo][0])
    if hi < len(pieces):
        points.append(pieces[hi][0])
    return points


def _line_units(text: str, line: Line, index: int, protected: bool) -> list[Unit]:
    """The units of one content line, judged alone."""
    raw = text[line.start:line.end]
    norm = normalize(raw)
    candidates = None if protected else ALL_RULES.candidates("norm", norm)  # shared by both steps
    points = [] if candidates is None else _split_points(raw, norm, candidates)
    edges = [0, *points, len(raw)]
    out = []
    for k in range(len(edges) - 1):
        a, b = edges[k], edges[k + 1]
        start = line.start + a if k else line.start
        stop = line.start + b if k < len(edges) - 2 else line.stop
        unit = Unit(start, stop, raw[a:b], index, "content", protected=protected)
        if len(edges) == 2:  # the whole line: its norm and candidates are known
            judge(unit, norm, candidates)
        else:
            judge(unit)
        out.append(unit)
    return out


def make_units(text: str) -> list[Unit]:
    """The units of ``text``, judged alone, tiling ``[0, len(text))``."""
    units: list[Unit] = []
    in_fence = False
    for index, line in enumerate(split_lines(text)):
        raw = text[line.start:line.end]
        if not raw.strip():
            units.append(Unit(line.start, line.stop, raw, index, "blank"))
            continue
        fence_line = _FENCE.match(raw) is not None
        protected = in_fence or fence_line
        if fence_line:
            in_fence = not in_fence
        units.extend(_line_units(text, line, index, protected))
    return units
