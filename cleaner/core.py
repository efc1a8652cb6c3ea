"""`clean()`: the whole pipeline from input text to Result."""
from __future__ import annotations

from .attribution import parse_attribution
from .result import Options, Result, Segment
from .structure import decide
from .units import Unit, make_units

_DEFAULT_OPTIONS = Options()


def clean(text: str, options: Options | None = None) -> Result:
    """Clean one article: the body, its parsed attribution, and every segment labelled.

    >>> r = clean("大会于昨日开幕。\\n图源:中国网信网\\n会议讨论了数字经济。\\n来源:“网信中国”微信公众号")
    >>> r.text
    '大会于昨日开幕。\\n会议讨论了数字经济。'
    >>> r.attribution.source, r.attribution.image_credit
    (['网信中国'], ['中国网信网'])
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}")
    options = options or _DEFAULT_OPTIONS
    units = make_units(text)
    decide(units)
    segments = tuple(
        Segment(u.label, text[u.start:u.stop], u.start, u.stop, round(u.score, 4), u.reason) for u in units
    )
    attribution = parse_attribution(u.text for u in units if u.label == "attribution")
    return Result(assemble(units), attribution, segments)


def assemble(units: list[Unit]) -> str:
    """The kept text: body units of a line joined, lines joined by "\\n", and one blank
    line kept wherever the input had blank lines between two kept lines."""
    lines: list[str] = []
    current_line = -1
    gap = False
    for u in units:
        if u.kind == "blank":
            gap = True
            continue
        if u.label != "body":
            continue
        piece = u.text
        if u.line == current_line:
            lines[-1] += piece
            continue
        if lines:
            lines[-1] = lines[-1].rstrip()
            if gap:
                lines.append("")
        lines.append(piece)
        current_line = u.line
        gap = False
    if lines:
        lines[-1] = lines[-1].rstrip()
    return "\n".join(lines)
