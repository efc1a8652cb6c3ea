"""Settled lines (cleaner.triage) and the model consulted near noise only
(core.consult_model): skipping work changes nothing but the time taken.

clean() judges only the lines that could be anything but body, consults the model only
where its word could change a decision, and widens both wherever noise could reach;
these tests hold it to the pipeline that judges every line and consults the model on
every one, on the corpus, the fixtures, generated reposts and shuffled real lines.
"""
from __future__ import annotations

import functools
import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleaner
import cleaner.core
from cleaner.rules import match_rules
from cleaner.text import normalize, split_lines, visible_text, weight
from cleaner.triage import HEAD_LINES, TAIL_LINES, settled_lines
from cleaner.units import _split_points, make_units
from conftest import DEV_CORPUS, FIXTURE_ARTICLES, load_articles

ARTICLES = load_articles(DEV_CORPUS) + load_articles(FIXTURE_ARTICLES)
RULES_ONLY = cleaner.Options(model="")


def clean_every_line(text: str, options: cleaner.Options | None = None) -> cleaner.Result:
    """clean() with every line judged (no settled lines) and the model consulted on all."""
    make_units, consult_model = cleaner.core.make_units, cleaner.core.consult_model
    cleaner.core.make_units = functools.partial(make_units, triage=False)
    cleaner.core.consult_model = lambda units, model, text, everywhere=False: consult_model(units, model, text, True)
    try:
        return cleaner.clean(text, options)
    finally:
        cleaner.core.make_units, cleaner.core.consult_model = make_units, consult_model


def labels_by_line(result: cleaner.Result, text: str) -> list[str]:
    """The labels of the segments on each non-blank line ("" for blank lines)."""
    out = []
    for line in split_lines(text):
        if not text[line.start:line.end].strip():
            out.append("")
            continue
        labels = sorted({s.label for s in result.segments if s.start < line.end and s.end > line.start})
        out.append("+".join(labels))
    return out


def assert_same(text: str, options: cleaner.Options | None = None) -> None:
    fast, every = cleaner.clean(text, options), clean_every_line(text, options)
    assert fast.text == every.text
    assert fast.attribution == every.attribution
    assert labels_by_line(fast, text) == labels_by_line(every, text)
    assert [s.reason for s in fast.removed] == [s.reason for s in every.removed]


def _generated() -> list[str]:
    from benchmarks.bench import make_corpus

    return [text for _, text in make_corpus("triage-test", 40, 300, 20_000)]


GENERATED = _generated()


@pytest.mark.parametrize("options", [None, RULES_ONLY], ids=["model", "rules"])
def test_settled_lines_change_no_result_on_the_corpus_and_fixtures(options):
    assert len(ARTICLES) > 100
    for article in ARTICLES:
        assert_same(article["text"], options)


@pytest.mark.parametrize("options", [None, RULES_ONLY], ids=["model", "rules"])
def test_settled_lines_change_no_result_on_generated_reposts(options):
    settled = 0
    for text in GENERATED:
        assert_same(text, options)
        settled += sum(u.kind == "settled" for u in make_units(text))
    assert settled > 40  # the generated articles do have settled runs to skip


def rule_hits(line: str) -> list:
    """The rule hits of a whole line as units.judge finds them (weight limits applied),
    and the sentences units._split_points would cut off it: none, on a settled line."""
    norm = normalize(line)
    return match_rules(line, norm, weight(visible_text(norm))) + _split_points(line, norm)


def test_no_rule_fires_on_a_settled_line():
    checked = 0
    for text in [a["text"] for a in ARTICLES] + GENERATED:
        lines = split_lines(text)
        flags, _ = settled_lines(text, lines)
        for line, flag in zip(lines, flags):
            if flag:
                assert rule_hits(text[line.start:line.end]) == [], text[line.start:line.end]
                checked += 1
    assert checked > 500


def test_head_and_tail_lines_are_always_judged():
    text = "\n".join(["城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新。"] * 40)
    flags, _ = settled_lines(text, split_lines(text))
    assert not any(flags[:HEAD_LINES]) and not any(flags[-TAIL_LINES:])
    assert all(flags[HEAD_LINES:-TAIL_LINES])


@pytest.mark.parametrize("line", [
    "来**源**:新华社北京电，记者从有关部门获悉相关情况，以下为详细报道内容全文。",
    "ＳＯＵＲＣＥ: The Daily Example, which reported the story first this week in full.",
    "All  rights reserved by the publisher of this piece, reproduced here with thanks.",
    "ﬁnally the story ends here, and the source line follows as usual in such reposts",
])
def test_lines_the_fold_cannot_read_exactly_are_judged(line):
    """Emphasis, full-width letters, runs of spaces and ligatures: judged, never settled."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新。"
    text = "\n".join([filler] * 10 + [line] + [filler] * 10)
    flags, _ = settled_lines(text, split_lines(text))
    assert flags[10] is False


def test_widening_reaches_a_trailer_without_literals_below_a_source_line():
    """Model-leaning lines next to noise are judged, as they would be with every line."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新，居民纷纷点赞。"
    tail = ["来源:城市日报", "我们专注国际物流二十年，海运空运陆运全覆盖，价格实惠时效稳定，欢迎各界朋友洽谈合作共赢发展。",
            "服务热线:400-800-1234"]
    text = "\n".join([filler] * 20 + tail + [filler] * 9)
    assert_same(text)


_LINES = [line for a in ARTICLES for line in a["text"].split("\n")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=5, max_value=80))
@example(seed=192893, count=27)  # a paragraph ending in （来源：人民网）, once settled and left whole
def test_settled_lines_change_no_result_on_shuffled_real_lines(seed, count):
    rng = random.Random(seed)
    text = "\n".join(rng.choice(_LINES) for _ in range(count))
    assert_same(text)


def _literal_pool() -> list[str]:
    from cleaner.rules import ALL_RULES

    return sorted({word for words in ALL_RULES.literals if words for word in words})


_POOL = _literal_pool()
_FILLER = ["城市更新行动持续推进", "老旧小区改造让居民生活更加便利", "The council met on Tuesday",
           "and the plan passed", "，", "。", ": ", " ", "2024年5月1日", "400-800-1234", "(", "【", "ＳＯＵＲＣＥ", "**"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_POOL), st.sampled_from(_FILLER)), min_size=1, max_size=8),
                min_size=1, max_size=30))
def test_no_rule_fires_on_a_settled_line_built_from_rule_literals(pieces):
    """Lines made of the rules' own literals in any order, among prose, full-width forms
    and markup: wherever the triage settles one, the whole rule table finds nothing."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新。"
    lines = [filler] * 9 + ["".join(p) for p in pieces] + [filler] * 9
    text = "\n".join(lines)
    flags, _ = settled_lines(text, split_lines(text))
    for line, flag in zip(split_lines(text), flags):
        if flag:
            assert rule_hits(text[line.start:line.end]) == [], text[line.start:line.end]


def test_a_credit_glued_to_the_end_of_a_paragraph_in_the_middle_is_cut_off():
    """Far from the ends, a long paragraph ending in （来源：X） is judged and cut."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新，居民纷纷点赞。"
    glued = "今年全市计划改造老旧小区三百个，惠及居民五万余户，加装电梯两千部以上。（来源：城市日报）"
    text = "\n".join([filler] * 12 + [glued] + [filler] * 12)
    result = cleaner.clean(text)
    assert "（来源：城市日报）" not in result.text and "加装电梯两千部以上。" in result.text
    assert result.attribution.source == ["城市日报"]
    assert_same(text)
