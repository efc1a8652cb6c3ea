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
from .structure import (
    AD_HEAD_WEIGHT, BODY, CONTINUATION_WEIGHT, NOISE, OPENER_BLOCK_MAX, alone_state, decide,
)
from .units import INSIDE_CAP, LONG_WEIGHT, Unit, make_units

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
        consult_model(units, model, everywhere=bool(options.boilerplate))
    if options.boilerplate:
        mark_boilerplate(units, options.boilerplate)
        if model is not None:  # recurring segments are new noise: look around them too
            consult_model(units, model)
    decide(units)
    segments = tuple(
        Segment(u.label, text[u.start:u.stop], u.start, u.stop, round(u.score, 4), u.reason) for u in units
    )
    attribution = parse_attribution(u.text for u in units if u.label == "attribution")
    if page is not None:  # HTML front end: page metadata fills only fields the text left empty
        attribution = merge_metadata(attribution, page)
    return Result(assemble(units), attribution, segments)


def consult_model(units: list[Unit], model: Model, everywhere: bool = False) -> None:
    """Fuse the model's evidence into every unit whose decision it could change.

    The model never decides a unit alone: its evidence counts where noise bounds a run
    of leaning or short units (structure._revise_run), under a heading that opens a
    block, and where it vetoes weak rule evidence. So it is consulted for units with
    rule hits and for the units such runs can reach: a walk goes from each noise unit
    and opening heading through leaning and short units, round by round (the model may
    make a unit lean, and the next round walks on through it), and stops at plain body.
    Elsewhere its word could change nothing but a body segment's score.
    ``everywhere`` consults it for every judged unit.
    """
    consulted = {id(u) for u in units if u.model_p}  # from an earlier call
    needed = [u for u in units if u.kind == "content" and not u.protected
              and (everywhere or u.hits or (u.norm.endswith(":") and u.weight <= CONTINUATION_WEIGHT * 2))]
    vis = [u for u in units if u.kind == "content" and not u.transparent and not u.residue]
    while True:
        for i, anchor in enumerate(vis):
            if anchor.opener or alone_state(anchor) == NOISE:
                for step in (+1, -1):
                    _walk(vis, i, step, consulted, needed)
                if anchor.opener or (anchor.best[0] == "ad" and anchor.weight < AD_HEAD_WEIGHT):
                    _walk_block(vis, i, consulted, needed)
        fresh = [u for u in {id(u): u for u in needed}.values() if id(u) not in consulted and not u.protected]
        if not fresh:
            return
        apply_model(units, model, only=fresh)
        consulted.update(id(u) for u in fresh)
        needed = []


def _walk_block(vis: list[Unit], i: int, consulted: set[int], needed: list[Unit]) -> None:
    """Under vis[i], the units a block it opens can take in (structure._close_opened_blocks:
    down to the next noise, OPENER_BLOCK_MAX of weight at most), body or not."""
    budget = OPENER_BLOCK_MAX
    for v in vis[i + 1:]:
        if alone_state(v) == NOISE or budget < 0:
            return
        if id(v) not in consulted:
            needed.append(v)
        budget -= v.weight


def _walk(vis: list[Unit], i: int, step: int, consulted: set[int], needed: list[Unit]) -> None:
    """From vis[i], through the units a run of noise could take in; each unconsulted
    one is needed."""
    j = i + step
    while 0 <= j < len(vis):
        v = vis[j]
        state = alone_state(v)
        if state == NOISE:
            return  # noise bounds the run; it is an anchor of its own
        if id(v) not in consulted:
            needed.append(v)
            if state == BODY:
                return  # the model may make it lean: the next round looks again
        elif state == BODY:
            return
        j += step


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
