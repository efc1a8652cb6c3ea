"""Properties of `clean()` that hold for any input, checked with hypothesis.

The strategies mix arbitrary Unicode with the pieces real reposts are made of (CJK
prose, full-width punctuation, Markdown images and emphasis, separators, URLs with
query strings, 来源/版权/热线 trailers, \\r\\n line ends), so that the rules and the
structural pass actually fire instead of seeing only noise characters.
"""
from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleaner

from conftest import REPO

SETTINGS = settings(deadline=None, max_examples=120, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------------ strategies

FULL_WIDTH_PUNCT = "，。：；！？（）【】“”‘’《》「」、｜—…　"
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CJK_PROSE_CHARS = st.one_of(CJK, CJK, CJK, st.sampled_from(FULL_WIDTH_PUNCT), st.sampled_from("0123456789 ,.abcXYZ"))

# Pieces lifted from the shapes of real trailers, headers and Markdown.
PIECES = (
    "![](x)", "![图片](https://mmbiz.qpic.cn/a.png?wx_fmt=png&from=appmsg)", "[阅读原文](https://mp.weixin.qq.com/s/abc)",
    "来源：", "来源:", "來源：", "图源:", "图片来源：", "原文链接", "原文链接：", "转自", "本文转载自", "编辑：", "责任编辑:",
    "审核 | ", "作者：", "记者 ", " 摄", "**", "***", "---", "----", "====", "> ", "# ", "## ", "- ", "* ", "1. ", "```",
    "|", "丨", "：", "“网信中国”微信公众号", "新华社", "版权归原作者所有", "如有侵权请联系删除", "转载请注明出处",
    "免责声明", "本文仅代表作者观点", "服务热线：400-8888-123", "扫码添加客服", "微信号：abc_123", "END", "—— END ——",
    "点击上方蓝字关注我们", "点赞 在看 分享", "往期推荐", "预览时标签不可点", "https://example.com/a?b=1&c=%E4%B8%AD#frag",
    "www.example.cn", "Source: Reuters", "Originally published at ", "This article is republished from The Conversation.",
    "By Jane Doe", "Photo: AP", "All rights reserved.", "© 2024 Example Media", "Read more", "About the author",
    "[1]: https://example.org/x", "[text][1]", "<img src=x>", "<br>", "<!-- c -->", "{{ x }}", "(", "((((", "（", "【", "】",
    "。", "？", "?", ". ", "\t", "\u3000", "\u00a0", "\ufeff", "\r", "\r\n", "\n", "\n\n",
)

prose = st.text(alphabet=CJK_PROSE_CHARS, min_size=1, max_size=120)
english = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ,.'-"), min_size=1, max_size=80)
piece = st.one_of(st.sampled_from(PIECES), prose, english, st.text(max_size=12))
mixed_line = st.lists(piece, min_size=0, max_size=6).map("".join)


@st.composite
def article(draw) -> str:
    """An article-shaped text: a title, body paragraphs, a trailer of noise-ish lines,
    blank lines here and there, one line ending style or a mix of them."""
    title = draw(st.one_of(prose, english, mixed_line))
    head = draw(st.lists(mixed_line, max_size=3))
    body = draw(st.lists(st.one_of(prose, prose, mixed_line, english), min_size=0, max_size=8))
    trailer = draw(st.lists(st.one_of(st.sampled_from(PIECES), mixed_line), max_size=8))
    lines = [title, *head, *body, *trailer]
    out = []
    for line in lines:
        out.append(line)
        if draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(["", " ", "\u3000", "\t"])))
    ending = draw(st.sampled_from(["\n", "\r\n", "mixed"]))
    if ending == "mixed":
        text = "".join(ln + draw(st.sampled_from(["\n", "\r\n", "\r\n\n"])) for ln in out)
    else:
        text = ending.join(out)
    if draw(st.booleans()):
        text += ending if ending != "mixed" else "\n"
    return text


@st.composite
def with_lone_surrogates(draw: st.DrawFn) -> str:
    """An article with lone surrogates put in: scraped JSON's "\\ud83d" (half an emoji)
    decodes to one, and Python text can hold them."""
    text = draw(st.one_of(article(), mixed_line))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.characters(categories=["Cs"])) + text[at:]
    return text


any_input = st.one_of(
    st.text(max_size=300),  # anything at all, surrogates excluded by hypothesis...
    with_lone_surrogates(),  # ...so they come in here
    st.text(alphabet=st.sampled_from(list("\n\r \t*#-=>|!()[]。：来源")), max_size=200),
    mixed_line,
    article(),
)

# ------------------------------------------------------------------ helpers


def assert_in_input_order(source: str, output: str) -> None:
    """Each non-blank output line, stripped, is found in the input after the previous one."""
    cursor = 0
    for line in output.split("\n"):
        needle = line.strip()
        if not needle:
            continue
        found = source.find(needle, cursor)
        assert found >= 0, f"output line {needle!r} not found in the input after offset {cursor}"
        cursor = found + len(needle)


# ------------------------------------------------------------------ properties


#: The properties about offsets and input order hold for text; HTML is first extracted.
TEXT = cleaner.Options(input_format="text")


@SETTINGS
@given(any_input)
@example("")
@example("\n")
@example("\r\n\r\n")
@example("来源：")
@example("\ufeff标题\r\n正文。\r\n来源:新华社\r\n")
@example("\ud83d正文一段。\n来源:新华社\ud800")  # the rule scan and the model's n-grams both see it
def test_clean_never_raises_and_returns_result(text):
    result = cleaner.clean(text)
    assert isinstance(result, cleaner.Result)
    assert isinstance(result.text, str)
    assert isinstance(result.attribution, cleaner.Attribution)


@SETTINGS
@given(any_input)
@example("a\r\nb\rc\n\n")
@example("正文。来源:新华社\n")
def test_segments_tile_the_input_exactly(text):
    # Offsets point into the input for text; for HTML they point into the extracted text.
    result = cleaner.clean(text, TEXT)
    position = 0
    for seg in result.segments:
        assert seg.start == position, f"gap or overlap at {position}: segment starts at {seg.start}"
        assert seg.end >= seg.start
        assert seg.text == text[seg.start:seg.end]
        position = seg.end
    assert position == len(text)
    if text:
        assert result.segments, "non-empty input must produce segments"


@SETTINGS
@given(any_input)
def test_labels_scores_and_reasons_are_well_formed(text):
    result = cleaner.clean(text)
    for seg in result.segments:
        assert seg.label in cleaner.LABELS
        assert isinstance(seg.score, float)
        assert isinstance(seg.reason, str) and seg.reason
        assert seg.removed == (seg.label in cleaner.NOISE_LABELS)
    for name in cleaner.ATTRIBUTION_FIELDS:
        values = getattr(result.attribution, name)
        assert isinstance(values, list) and all(isinstance(v, str) and v for v in values)


@SETTINGS
@given(any_input)
@example("标题\n正文第一段。\n来源:新华社\n正文第二段，讲的是另一件事情。")
def test_output_is_input_text_in_input_order(text):
    result = cleaner.clean(text, TEXT)
    assert_in_input_order(text, result.text)


@SETTINGS
@given(any_input)
def test_output_is_made_of_body_segments_only(text):
    """Every non-blank output line is covered by body segments (removed text never leaks)."""
    result = cleaner.clean(text, TEXT)
    body = "".join(s.text for s in result.segments if s.label == "body")
    assert_in_input_order(body, result.text)
    assert len(squash_ws(result.text)) <= len(squash_ws(body))


def squash_ws(s: str) -> str:
    return "".join(s.split())


@SETTINGS
@given(any_input)
@example("![](x)\n标题\n正文。")
@example("来源：“网信中国”微信公众号\n正文。")
@example("一\n![](x)\n\t\n<br>\n---")  # a separator under markup residue is no heading underline
def test_cleaning_is_idempotent(text):
    once = cleaner.clean(text).text
    twice = cleaner.clean(once).text
    assert twice == once


@SETTINGS
@given(any_input)
def test_to_dict_is_json_serialisable_and_consistent(text):
    result = cleaner.clean(text)
    data = result.to_dict()
    assert set(data) == {"text", "attribution", "removed"}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["text"] == result.text
    assert list(data["attribution"]) == list(cleaner.ATTRIBUTION_FIELDS)
    for item in data["removed"]:
        assert set(item) == {"label", "text", "reason"}
        assert item["label"] in cleaner.NOISE_LABELS
        assert item["text"] and item["text"] in text


# ------------------------------------------------------------------ no hang

# The cases are generated and cleaned in child processes (two, for the two cores), each
# child reporting when it starts and ends a case, so that a case still running after
# HANG_LIMIT_SECONDS can be named and killed. A hang check, not a speed target.
HANG_LIMIT_SECONDS = 60
ADVERSARIAL_GROUPS = (
    {"50k-lines-of-star": "'\\n'.join(['*'] * 50_000)"},
    {
        "2MB-single-line": "'数据采集' * 500_000",
        "repeated-source-key-one-line": "'来源：' * 100_000",
        "repeated-source-key-lines": "'\\n'.join(['来源：'] * 5_000)",
        "open-parens": "'((((' * 50_000 + '\\n' + '（' * 100_000",
        "100k-full-stops": "'。' * 100_000",
        "quotes-and-stops-near-split-limit": "'“甲。”乙。' * 3_300",
    },
)
CHILD = """
import json, sys, cleaner
for name, expr in json.loads(sys.argv[1]).items():
    print("start", name, flush=True)
    text = eval(expr)
    r = cleaner.clean(text)
    assert sum(s.end - s.start for s in r.segments) == len(text), name
    assert r.segments[0].start == 0 and r.segments[-1].end == len(text), name
    print("done", name, flush=True)
"""


def test_adversarial_inputs_do_not_hang():
    events: queue.Queue = queue.Queue()
    procs = []
    for group in ADVERSARIAL_GROUPS:
        proc = subprocess.Popen([sys.executable, "-c", CHILD, json.dumps(group)], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(proc)

        def read(p=proc):
            for line in p.stdout:
                events.put((p.pid, line.split()))
            events.put((p.pid, ["exit"]))

        threading.Thread(target=read, daemon=True).start()
    running: dict[int, tuple[str, float]] = {}  # pid -> (case, started)
    done: set[str] = set()
    exited = 0
    try:
        while exited < len(procs):
            try:
                pid, words = events.get(timeout=0.5)
            except queue.Empty:
                words = None
            if words:
                if words[0] == "start":
                    running[pid] = (words[1], time.monotonic())
                elif words[0] == "done":
                    running.pop(pid, None)
                    done.add(words[1])
                elif words[0] == "exit":
                    exited += 1
            for case, since in running.values():
                assert time.monotonic() - since < HANG_LIMIT_SECONDS, f"{case}: still running after {HANG_LIMIT_SECONDS}s"
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
    errors = [p.stderr.read()[-500:] for p in procs if p.returncode != 0]
    assert not errors, "\n".join(errors)
    expected = {name for group in ADVERSARIAL_GROUPS for name in group}
    assert done == expected, f"cases not finished: {sorted(expected - done)}"


def _normalize_by_every_step(text: str) -> str:
    """text.normalize without its shortcuts: NFKC, then every substitution."""
    import unicodedata

    from cleaner import text as t

    full = unicodedata.normalize("NFKC", text)
    return t._SPACES.sub(" ", t._EMPHASIS.sub("", t._MARKUP_LEAD.sub("", full, count=1))).strip()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list(" \t\u3000\u00a0\u2003>#-*+•·|_~`1２。，：:ａA来源[]()<ｶﾞ\u0301\u3099ﬁ…") + ["**", "__", "~~", "](", "www.", "http://x.y"]),
                max_size=20).map("".join))
def test_normalize_and_visible_text_skip_only_substitutions_that_change_nothing(text):
    """text.normalize and text.visible_text skip a substitution when it cannot apply;
    the result is the one of applying every substitution."""
    from cleaner import text as t

    assert t.normalize(text) == _normalize_by_every_step(text)
    assert t.visible_text(text) == t._BARE_URL.sub("", t.link_text(text))


def test_normalize_gives_nfkc_for_every_width_form_and_what_composes_with_it():
    """normalize() maps full- and half-width forms with a table before NFKC; with marks
    that compose (ｶ + ﾞ is ガ) or follow, the result is still NFKC's."""
    from cleaner import text as t

    for code in range(0xFF00, 0xFFF0):
        form = chr(code)
        for text in (form, f"来{form}源", f"ｶ{form}", f"{form}\u0301", f"{form}\u3099", f"{form}ﾞ"):
            assert t.normalize(text) == _normalize_by_every_step(text), (hex(code), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_weight_of_ascii_text_is_what_the_general_count_gives(text):
    """weight() counts ASCII text with an ASCII-only pattern; it must agree with the
    count over every script's letters and digits."""
    from cleaner import text as t

    general = sum(map(len, t._CJK_RUN.findall(text)))
    general += (sum(map(len, t._WORDISH_RUN.findall(text))) - general) / 3.0
    assert t.weight(text) == general


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["http", "://", "www.", "](", "![", "[a]", "(b)", "1", "٣", "2345", "-", " ",
                                 "来源", "abc", ":", "。", "**", "#", ">", "\u3000"]), max_size=16).map("".join))
def test_layout_features_skip_only_patterns_that_cannot_match(text):
    """features._self_vector replaces literal patterns with substring tests and skips
    patterns whose prerequisites are absent; the values are those of every pattern."""
    import regex

    from cleaner import features as f
    from cleaner.units import make_units

    for unit in make_units(text):
        if unit.kind != "content":
            continue
        got = dict(zip(f._SELF_NAMES, f._self_vector(unit)))
        norm, raw = unit.norm, unit.text
        assert got["cjk_ratio"] == f._count(f._CJK, norm) / max(len(norm), 1)
        assert got["urls"] == min(len(f._URL.findall(raw)), 3) / 3.0
        assert got["md_link"] == float(bool(regex.search(r"\]\(", raw)))
        assert got["image"] == float(bool(regex.search(r"!\[", raw)))
        assert got["phone_like"] == float(bool(f._PHONE.search(norm)))
