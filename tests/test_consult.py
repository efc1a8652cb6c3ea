"""The model consulted only where its word can change a decision (core.consult_model):
skipping it elsewhere changes nothing but the time taken.

These tests hold clean() to the pipeline that consults the model on every judged unit,
on the corpus, the fixtures, generated reposts and shuffled real lines.
"""
from __future__ import annotations

import random

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleaner
import cleaner.core
from cleaner.text import split_lines
from conftest import DEV_CORPUS, FIXTURE_ARTICLES, load_articles

ARTICLES = load_articles(DEV_CORPUS) + load_articles(FIXTURE_ARTICLES)


def clean_consulting_everywhere(text: str) -> cleaner.Result:
    """clean() with the model consulted on every judged unit."""
    consult_model = cleaner.core.consult_model
    cleaner.core.consult_model = lambda units, model, everywhere=False: consult_model(units, model, True)
    try:
        return cleaner.clean(text)
    finally:
        cleaner.core.consult_model = consult_model


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


def assert_same(text: str) -> None:
    fast, every = cleaner.clean(text), clean_consulting_everywhere(text)
    assert fast.text == every.text
    assert fast.attribution == every.attribution
    assert labels_by_line(fast, text) == labels_by_line(every, text)
    assert [s.reason for s in fast.removed] == [s.reason for s in every.removed]


def _generated() -> list[str]:
    from benchmarks.bench import make_corpus

    return [text for _, text in make_corpus("consult-test", 40, 300, 20_000)]


GENERATED = _generated()


def test_consulting_near_noise_changes_no_result_on_the_corpus_and_fixtures():
    assert len(ARTICLES) > 100
    for article in ARTICLES:
        assert_same(article["text"])


def test_consulting_near_noise_changes_no_result_on_generated_reposts():
    for text in GENERATED:
        assert_same(text)


def test_the_walk_reaches_a_trailer_without_rule_words_below_a_source_line():
    """A paragraph under a source line with no word a rule knows: the walk from the
    source line reaches it and the model is consulted there, as everywhere."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新，居民纷纷点赞。"
    tail = ["来源:城市日报", "我们专注国际物流二十年，海运空运陆运全覆盖，价格实惠时效稳定，欢迎各界朋友洽谈合作共赢发展。",
            "服务热线:400-800-1234"]
    text = "\n".join([filler] * 20 + tail + [filler] * 9)
    assert_same(text)


_LINES = [line for a in ARTICLES for line in a["text"].split("\n")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=5, max_value=80))
@example(seed=192893, count=27)  # a paragraph ending in （来源：人民网） in the middle
def test_consulting_near_noise_changes_no_result_on_shuffled_real_lines(seed, count):
    rng = random.Random(seed)
    text = "\n".join(rng.choice(_LINES) for _ in range(count))
    assert_same(text)


def test_a_credit_glued_to_the_end_of_a_paragraph_in_the_middle_is_cut_off():
    """Far from the ends, a long paragraph ending in （来源：X） is cut there."""
    filler = "城市更新行动持续推进，老旧小区改造让居民生活更加便利舒适，社区环境焕然一新，居民纷纷点赞。"
    glued = "今年全市计划改造老旧小区三百个，惠及居民五万余户，加装电梯两千部以上。（来源：城市日报）"
    text = "\n".join([filler] * 12 + [glued] + [filler] * 12)
    result = cleaner.clean(text)
    assert "（来源：城市日报）" not in result.text and "加装电梯两千部以上。" in result.text
    assert result.attribution.source == ["城市日报"]
    assert_same(text)
