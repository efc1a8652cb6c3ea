"""The structural pass: decide each unit from its own evidence and its neighbours'.

As in jusText, every unit is first classified alone (units.judge): decided noise,
a body anchor, or open (short, or leaning towards noise on weak evidence). Open units
are then revised as runs, from the decided units that bound them: noise lives in
contiguous runs at the head and the tail, so a short line sandwiched between noise
goes with the noise, while a long body-like paragraph is never cut on one weak hit.
"""
from __future__ import annotations

import regex

from .units import Unit

#: Evidence at or above this decides a unit as noise on its own.
NOISE_THRESHOLD = 0.8
#: Evidence at or above this makes a unit lean towards noise: its neighbours decide.
LEAN_THRESHOLD = 0.3
#: Evidence at or above this, with noise on one side, is enough for a unit of any length.
ONE_SIDE_THRESHOLD = 0.55
#: A sentence (a line ending in a full stop) between noise needs a rule leaning its way
#: or this much evidence from the model (p >= 0.9 with core.MODEL_TRUST 0.7).
PROSE_EVIDENCE = 0.63
#: An open unit lighter than this (see text.weight) may be pulled into the noise
#: around it even without evidence of its own (a bare account name in a trailer).
SHORT_WEIGHT = 12.0
#: A run of open units heavier than this is not pulled into the noise around it on
#: weak evidence: an article may end in a list of short lines after an image credit.
RUN_MAX_WEIGHT = 60.0
#: Under a heading that opens a noise block (About the author, 公司简介), a run of
#: paragraphs up to this weight goes with the block when noise or the end closes it.
OPENER_BLOCK_MAX = 250.0
#: A line decided as an ad and lighter than this can head a list of short selling points.
AD_HEAD_WEIGHT = 30.0
#: A key standing alone takes at most this many following lines as its value...
MAX_CONTINUATION = 3
#: ...each a bare URL or a fragment at most this heavy (题图: / Pexels / License).
CONTINUATION_WEIGHT = 6.0

NOISE, BODY, OPEN = "noise", "body", "open"

# A line of = or - right under a text line (no blank between) underlines a heading.
_UNDERLINE = regex.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_FULL_STOP = regex.compile(r"[。.][”’\"」)）]*$")
_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+\S")
_URL_ONLY = regex.compile(r"^(?:https?://|www\.)\S+$|^\[[^\]]*\]\((?:https?://|www\.)[^)]*\)$")
_KEY_ONLY = regex.compile(r"^[\p{L}\s]{1,10}\s*[:|丨]?\s*$")
_LINK_DEF = regex.compile(r"^\s*\[([^\]\[]{1,40})\]:\s*\S")
_LINK_REF = regex.compile(r"\]\s?\[([^\]\[]{1,40})\]")


def _visible(units: list[Unit]) -> list[Unit]:
    """Content units that take part in neighbourhoods (not transparent, not residue)."""
    return [u for u in units if u.kind == "content" and not u.transparent and not u.residue]


def alone_state(u: Unit, first: bool = False) -> str:
    """NOISE, OPEN or BODY: how a unit stands on its own evidence, before its
    neighbours are looked at."""
    if u.protected:
        return BODY
    if _HEADING.match(u.text) and u.best[1] < ONE_SIDE_THRESHOLD:
        return BODY  # a Markdown heading holds its section unless it is noise itself
    label, ev = u.best
    if ev >= NOISE_THRESHOLD:
        return NOISE
    if first:
        return BODY  # the title: only its own strong evidence removes it
    if ev >= LEAN_THRESHOLD or u.weight < SHORT_WEIGHT:
        return OPEN
    return BODY


def _decide_alone(u: Unit, first: bool) -> str:
    state = alone_state(u, first)
    if state == NOISE:
        u.label, u.score, u.reason = *u.best, u.why
    return state


def _mark_byline_names(vis: list[Unit]) -> None:
    """A bare name right above a byline that starts with it is part of the byline."""
    for a, b in zip(vis, vis[1:]):
        if b.label == "chrome" and b.reason == "rule:wechat-byline" and a.label == "body" \
                and a.weight < SHORT_WEIGHT and a.norm and b.norm.split(" ")[0] in (a.norm, a.norm.split(" ")[-1]):
            a.label, a.score, a.reason = "chrome", 0.9, "context:name above its byline"


def decide(units: list[Unit]) -> None:
    """Label every unit in place."""
    vis = _visible(units)
    state: list[str] = []
    title_seen = False
    for u in vis:
        # The first unit that is not noise on its own is the title: only its own strong
        # evidence removes it, whatever header chrome sits above it.
        state.append(_decide_alone(u, first=not title_seen))
        title_seen = title_seen or state[-1] != NOISE
        if state[-1] != NOISE:
            u.label, u.score, u.reason = "body", round(1.0 - u.best[1], 4), "body"

    _continue_values(vis, state)
    i = 0
    while i < len(vis):
        if state[i] != OPEN:
            i += 1
            continue
        j = i
        while j < len(vis) and state[j] == OPEN:
            j += 1
        _revise_run(vis, state, i, j)
        i = j

    _close_opened_blocks(vis, state)
    _mark_byline_names(vis)
    for k, u in enumerate(units):
        if u.kind == "content" and u.transparent and u.label == "body" and not u.protected:
            prev = units[k - 1] if k else None
            # A setext heading's underline sits right under its text (markup residue such
            # as <br> is no text: it goes, and the line would then be a separator).
            if prev is not None and prev.kind == "content" and prev.label == "body" and not prev.transparent \
                    and not prev.residue and _UNDERLINE.match(u.text):
                u.reason = "context:heading underline"
                continue
            label, ev = u.best
            u.label, u.score, u.reason = label, ev, u.why
    _label_link_definitions(units)
    _label_by_context(units)


def _revise_run(vis: list[Unit], state: list[str], i: int, j: int) -> None:
    above = vis[i - 1] if i > 0 and state[i - 1] == NOISE else None
    at_end = j == len(vis)
    below = vis[j] if not at_end and state[j] == NOISE else None
    both = above is not None and (below is not None or at_end)
    side = above or below
    opened = above is not None and above.opener
    run = vis[i:j]
    run_weight = sum(u.weight for u in run)
    big = len(run) > 1 and run_weight > RUN_MAX_WEIGHT
    where = "end" if at_end else (below.label if below is not None else "body")
    for u in run:
        label, ev = u.best
        # With noise on one side only, the rules must lean on their own: the model's
        # evidence counts where noise bounds a unit on both sides.
        rule_ev = u.rule_evidence.get(label, 0.0)
        # A sentence (it ends in a full stop) is prose, not a stray name or label: between
        # noise it needs a rule leaning its way or the model fairly sure.
        prose = _FULL_STOP.search(u.norm) is not None
        lean = rule_ev >= LEAN_THRESHOLD or ev >= (PROSE_EVIDENCE if prose else LEAN_THRESHOLD)
        short = u.weight < SHORT_WEIGHT and not prose
        evidence = f" (weak {u.why})" if lean else ""
        if opened and lean:
            u.label, u.score = label, max(ev, 0.6)
            u.reason = f"context:in a block opened by {above.why}{evidence}"
        elif both and ((lean and (not big or ev >= ONE_SIDE_THRESHOLD)) or (short and not big)
                       or (opened and run_weight <= OPENER_BLOCK_MAX)):
            u.label, u.score = (label if lean else above.label), max(ev, 0.6)
            u.reason = f"context:between {above.label} and {where}{evidence}"
        elif side is not None and short and rule_ev >= ONE_SIDE_THRESHOLD and not _HEADING.match(u.text):
            u.label, u.score = label, ev
            u.reason = f"context:{u.why} next to {side.label}"


def _close_opened_blocks(vis: list[Unit], state: list[str]) -> None:
    """Under a heading that opens a noise block (推荐阅读, 公司简介, About the author), the
    units down to the next noise or the end go with it, if they are few and no heading
    of the article's own intervenes."""
    for k, opener in enumerate(vis):
        # A short line decided as an ad (【X培训班】火热招生中！) heads a list of its
        # selling points when only short lines follow it to the end.
        ad_head = state[k] == NOISE and opener.label == "ad" and opener.weight < AD_HEAD_WEIGHT
        if not opener.opener and not ad_head:
            continue
        # A heading that only leans to an ad (About <Organisation>) opens a block only
        # when the block runs to the end of the article.
        tail_only = state[k] != NOISE
        if tail_only and (opener.best[0] != "ad" or opener.rule_evidence.get("ad", 0.0) < ONE_SIDE_THRESHOLD):
            continue  # a bibliography (参考链接) at the end is the article's own
        m, total = k + 1, 0.0
        while m < len(vis) and state[m] != NOISE:
            if _HEADING.match(vis[m].text) or vis[m].protected:
                break
            total += vis[m].weight
            m += 1
        closed = m == len(vis) or (state[m] == NOISE and not tail_only)
        if not closed or m == k + 1 or total > OPENER_BLOCK_MAX:
            continue
        if not opener.opener and any(u.weight >= AD_HEAD_WEIGHT for u in vis[k + 1:m]):
            continue  # prose follows: the ad line was an aside, not a heading
        if tail_only:
            state[k] = NOISE
            label, ev = opener.best
            opener.label, opener.score, opener.reason = label, ev, f"context:{opener.why} opening the last block"
        for u in vis[k + 1:m]:
            if u.label == "body":
                label, ev = u.best
                u.label, u.score = (label if ev >= LEAN_THRESHOLD else opener.label), max(ev, 0.6)
                u.reason = f"context:in a block opened by {opener.why}"


def _continue_values(vis: list[Unit], state: list[str]) -> None:
    """A noise line that ends in a colon, or an attribution key standing alone
    (原文链接 / 题图:), takes the following bare URLs and short fragments as its value."""
    for k, u in enumerate(vis):
        if u.transparent:
            continue
        if state[k] != NOISE:
            # A short line that leans to attribution and ends in a colon, with a bare URL
            # under it, is a source key (技术报告: / 参考链接:) and its value.
            label, ev = u.best
            if not (label == "attribution" and ev >= LEAN_THRESHOLD and u.norm.endswith(":")
                    and u.weight <= CONTINUATION_WEIGHT * 2 and k + 1 < len(vis) and _URL_ONLY.match(vis[k + 1].norm)):
                continue
            state[k] = NOISE
            u.label, u.score, u.reason = label, max(ev, 0.8), f"context:{u.why} over a bare URL"
        elif not (u.norm.endswith(":") or u.label == "attribution" and _KEY_ONLY.match(u.norm)):
            continue
        for m in range(k + 1, min(k + 1 + MAX_CONTINUATION, len(vis))):
            v = vis[m]
            if state[m] == NOISE or v.protected or not (_URL_ONLY.match(v.norm) or v.weight <= CONTINUATION_WEIGHT):
                break
            state[m] = NOISE
            v.label, v.score, v.reason = u.label, 0.8, f"context:value of {u.why} above"


def _label_link_definitions(units: list[Unit]) -> None:
    """``[n]: url`` lines: body when the body cites them, attribution when only an
    attribution line does, chrome when nothing kept cites them."""
    cited: dict[str, set[str]] = {}
    for u in units:
        if u.kind == "content" and not _LINK_DEF.match(u.text):
            for ref in _LINK_REF.findall(u.text):
                cited.setdefault(ref.strip().lower(), set()).add(u.label)
    for u in units:
        m = _LINK_DEF.match(u.text) if u.kind == "content" and not u.protected else None
        if not m:
            continue
        by = cited.get(m.group(1).strip().lower(), set())
        if "body" in by:
            u.label, u.score, u.reason = "body", 0.8, "context:link definition cited by the body"
        elif "attribution" in by:
            u.label, u.score, u.reason = "attribution", 0.8, "context:link definition cited by attribution"
        elif by or u.label == "body":
            u.label, u.score, u.reason = "chrome", 0.7, "context:link definition not cited by the body"


def _label_by_context(units: list[Unit]) -> None:
    """Blank lines and markup residue take the label of the block around them."""
    n = len(units)
    prev_of = [-1] * n
    next_of = [-1] * n
    last = -1
    for k in range(n):
        prev_of[k] = last
        if units[k].kind == "content" and not units[k].residue:
            last = k
    last = -1
    for k in range(n - 1, -1, -1):
        next_of[k] = last
        if units[k].kind == "content" and not units[k].residue:
            last = k
    for k, u in enumerate(units):
        if u.kind == "content" and not u.residue:
            continue
        before = units[prev_of[k]] if prev_of[k] >= 0 else None
        after = units[next_of[k]] if next_of[k] >= 0 else None
        labels = [x.label for x in (before, after) if x is not None]
        noise = [lab for lab in labels if lab != "body"]
        what = "blank line" if u.kind == "blank" else "markup residue"
        if noise and (len(noise) == len(labels) or u.residue and before is not None and before.label != "body"):
            u.label, u.score, u.reason = noise[0], 0.5, f"context:{what} inside {noise[0]}"
        elif noise and u.kind == "blank":
            u.label, u.score, u.reason = noise[0], 0.5, f"context:{what} next to {noise[0]}"
        else:
            u.label, u.score, u.reason = "body", 0.5, f"context:{what} inside body"
