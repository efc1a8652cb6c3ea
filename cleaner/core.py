"""`clean()`: the whole pipeline from input text to Result."""
from __future__ import annotations

from dataclasses import replace
from os import PathLike

from .attribution import parse_attribution
from .boilerplate import mark as mark_boilerplate
from .features import feature_parts
from .html import extract as extract_html, looks_like_html, merge_metadata
from .model import Model, get_model
from .result import NOISE_LABELS, Options, Result, Segment
from .rules import STRONG
from .structure import BODY, NOISE, alone_state, decide
from .units import INSIDE_CAP, LONG_WEIGHT, Unit, judge_edge, make_units

#: A model probability p for a noise label becomes evidence p * MODEL_TRUST...
MODEL_TRUST = 0.7
#: ...and never more than MODEL_CAP, below the structure's NOISE_THRESHOLD: the model
#: alone never decides a unit; it tips units that noise bounds on both sides.
MODEL_CAP = 0.7
#: A unit the model calls body with at least this probability keeps rule evidence
#: below STRONG from tipping it: rule evidence is scaled by (1 - p(body)) + BODY_VETO_FLOOR.
BODY_VETO = 0.9
BODY_VETO_FLOOR = 0.3

_DEFAULT_OPTIONS = Options()


def clean(text: str, options: Options | None = None, *, model: str | PathLike[str] | None = None) -> Result:
    """Clean one article: the body, its parsed attribution, and every segment labelled.

    >>> r = clean("大会于昨日开幕。\\n图源:中国网信网\\n会议讨论了数字经济。\\n来源:“网信中国”微信公众号")
    >>> r.text
    '大会于昨日开幕。\\n会议讨论了数字经济。'
    >>> r.attribution.source, r.attribution.image_credit
    (['网信中国'], ['中国网信网'])

    ``model`` (or ``options.model``) names a model file to use instead of the shipped
    one; "" runs the rules alone. A model file is validated before use (ModelError).

    HTML (``options.input_format="html"``, or ``"auto"`` when `looks_like_html` says so)
    is first reduced to its article by `cleaner.html.extract`, one line per paragraph;
    the pipeline then runs on that extracted text, so the segments tile it (not the
    markup) and their offsets point into it. The page's metadata (author, site name, URL)
    fills the attribution fields that the text's own attribution lines left empty.
    Never raises on a str, whatever its content.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}")
    options = options or _DEFAULT_OPTIONS
    if model is not None:
        options = replace(options, model=model)
    # --- HTML front end (cleaner/html.py): a page becomes its article's text, one line
    # per paragraph, and everything below (segments, offsets) refers to that text.
    page = None
    if options.input_format == "html" or (options.input_format == "auto" and looks_like_html(text)):
        page = extract_html(text)
        text = page.text
    # --- end HTML front end
    units = make_units(text)
    model = get_model(options.model)
    if model is not None:
        apply_model(units, model)
    if options.boilerplate:
        mark_boilerplate(units, options.boilerplate)
    if model is not None:
        widen_judged(units, model, text)
    decide(units)
    segments = tuple(
        Segment(u.label, text[u.start:u.stop], u.start, u.stop, round(u.score, 4), u.reason) for u in units
    )
    attribution = parse_attribution(u.text for u in units if u.label == "attribution")
    if page is not None:  # HTML front end: page metadata fills only fields the text left empty
        attribution = merge_metadata(attribution, page)
    return Result(assemble(units), attribution, segments)


def widen_judged(units: list[Unit], model: Model, text: str) -> None:
    """Judge the settled lines that a run of noise could reach.

    A settled line (units.make_units) is body on its own evidence; the model may yet
    lean on it, and the structural pass revises leaning and short units that noise
    bounds. So wherever the judged units beside a settled run are noise, or lead
    through leaning and short units to noise (or to the article's end), the run's edge
    line is judged too, with the model, and so on until plain body stops the run.
    """
    while True:
        judged: list[Unit] = []
        k = 0
        while k < len(units):
            if units[k].kind != "settled":
                k += 1
                continue
            if _reaches_noise(units, k, +1):
                judged += judge_edge(units, k, "last", text)
                continue  # look again at what is left of the run, now at k
            if _reaches_noise(units, k, -1):
                judged += judge_edge(units, k, "first", text)
                continue
            k += 1
        if not judged:
            return
        apply_model(units, model, only=judged)


def _reaches_noise(units: list[Unit], k: int, step: int) -> bool:
    """Whether, from units[k] in direction ``step``, leaning or short units lead to a
    unit that is noise on its own or opens a block (or, going down, to the end)."""
    j = k + step
    while 0 <= j < len(units):
        v = units[j]
        j += step
        if v.kind == "blank" or v.transparent or v.residue:
            continue
        state = alone_state(v)
        if state == NOISE or v.opener:
            return True
        if state == BODY:
            return False
    return step > 0


def apply_model(units: list[Unit], model: Model, only: list[Unit] | None = None) -> None:
    """Fuse the model's class probabilities into each judged unit's evidence.

    The model adds evidence where no rule fired and takes it away where the rules are
    weak and the model is sure of body; inside a long paragraph its evidence is capped
    like a rule's, so that a body paragraph is never cut on the model's word alone.
    """
    judged, grams, layout = feature_parts(units, only)
    if not judged:
        return
    probs = model.predict_parts(grams, layout)
    for u, row in zip(judged, probs):
        u.model_p = {label: float(p) for label, p in zip(model.classes, row)}
        p_body = u.model_p.get("body", 0.0)
        if p_body >= BODY_VETO:
            scale = (1.0 - p_body) + BODY_VETO_FLOOR
            u.evidence = {k: (v if v >= STRONG else v * scale) for k, v in u.evidence.items()}
        cap = min(INSIDE_CAP if u.weight >= LONG_WEIGHT else 1.0, MODEL_CAP)
        for label in NOISE_LABELS:
            ev = min(u.model_p.get(label, 0.0) * MODEL_TRUST, cap)
            if ev > u.evidence.get(label, 0.0):
                u.evidence[label] = round(ev, 4)


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
        piece = u.text if u.kind != "settled" else _settled_text(u.text)
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


def _settled_text(text: str) -> str:
    """A settled run's lines as assemble() keeps lines: right-stripped, with blank lines
    between them squeezed to one."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line or out[-1]:
            out.append(line)
    return "\n".join(out)
