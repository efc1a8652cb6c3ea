"""The project's labelled fixture articles (fixtures/articles): no body line is lost, the
hard negatives come out whole, and the aggregate quality, measured with the shared
scorer, does not fall below the level the code reaches now."""
from __future__ import annotations

import re

import pytest

import cleaner

from conftest import EXAMPLE_DIR, FIXTURE_ARTICLES, gold_body, lines_labelled, load_article, load_articles, squash, system_record

ALL_IDS = sorted(p.stem for p in FIXTURE_ARTICLES.glob("*.json"))

# Real losses found when this suite was written: each is a gold body line that
# clean() removes. Strict, so that a fix shows up as XPASS and the mark is taken off.
KNOWN_BODY_LOSS = {
    "neg-05": "bug: the closing line of a company's own press release (服务热线400…, 欢迎来电咨询) is "
              "removed as an ad although the promotion is the article itself",
}


def ids_with_marks(ids: list[str], known: dict[str, str]) -> list:
    return [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=known[i])) if i in known else i
            for i in ids]


def test_fixture_set_is_complete():
    assert len(ALL_IDS) >= 40
    kinds = {i.split("-")[0] for i in ALL_IDS}
    assert kinds >= {"en", "neg", "plain", "zhs", "zht"}


def glued_tails(article: dict) -> list[str]:
    """Phrases the notes say are glued to the end of a body line (…ends with '来源:新华社'
    glued on the same line): the cleaner may cut them off that line."""
    notes = article.get("notes", "")
    return re.findall(r"ends with '([^']+)'", notes)


def expected_kept(line: str, tails: list[str]) -> str:
    """The part of a gold body line that must survive: all of it, or the part before a
    glued source/notice tail."""
    text = line.strip()
    for tail in tails:
        at = text.rfind(tail)
        if at > 0:
            return text[:at].strip()
    return text


def test_glued_tail_notes_are_found():
    """The notes parser really finds the two glued-source fixtures (so the exception in
    the body-line test is not silently empty)."""
    found = {a["id"]: glued_tails(a) for a in load_articles(FIXTURE_ARTICLES) if glued_tails(a)}
    assert set(found) >= {"zhs-03", "zhs-14"}
    for article_id, tails in found.items():
        article = load_article(FIXTURE_ARTICLES / f"{article_id}.json")
        body = lines_labelled(article, "body")
        assert any(line.strip().endswith(tail) for tail in tails for line in body), article_id


@pytest.mark.parametrize("article_id", ids_with_marks(ALL_IDS, KNOWN_BODY_LOSS))
def test_every_gold_body_line_is_kept_in_order(article_id):
    article = load_article(FIXTURE_ARTICLES / f"{article_id}.json")
    output = squash(cleaner.clean(article["text"]).text)
    tails = glued_tails(article)
    cursor = 0
    missing = []
    for line in lines_labelled(article, "body"):
        want = squash(expected_kept(line, tails))
        at = output.find(want, cursor)
        if at < 0:
            missing.append(line.strip()[:80])
        else:
            cursor = at + len(want)
    assert not missing, f"{len(missing)} body line(s) lost or out of order: {missing}"


@pytest.mark.parametrize("article_id", ["zhs-03", "zhs-14"])
def test_glued_source_is_recorded(article_id):
    article = load_article(FIXTURE_ARTICLES / f"{article_id}.json")
    result = cleaner.clean(article["text"])
    for name in article["attribution"]["source"]:
        assert name in result.attribution.source


NEGATIVES = [i for i in ALL_IDS if i.startswith(("neg-", "plain-"))]


@pytest.mark.parametrize("article_id", ids_with_marks(NEGATIVES, KNOWN_BODY_LOSS))
def test_articles_with_nothing_to_remove_come_out_whole(article_id):
    """Hard negatives and plain articles: every line is body, nothing is recorded."""
    article = load_article(FIXTURE_ARTICLES / f"{article_id}.json")
    assert {ln["label"] for ln in article["lines"]} <= {"body", "blank"}
    result = cleaner.clean(article["text"])
    assert squash(result.text) == squash(gold_body(article))
    assert not result.removed, [(s.label, s.reason, s.text[:60]) for s in result.removed]
    assert not result.attribution


# ------------------------------------------------------------------ aggregate quality

# Measured on the 40 fixtures when the floors were set (shared scorer, score(); code at
# 529d396 with the shipped classifier):
#   body_recall 0.9939, noise_precision 0.9829, noise_f1 0.9556, lines_noise_f1 0.981,
#   attribution_f1 0.8889, docs_body_loss 4 (neg-02, neg-05 below, and zhs-03/zhs-14,
#   whose glued source tails are cut off their lines and count as lost body characters).
# Each floor is about 0.02 below, rounded down; body_recall never below 0.99.
FIXTURE_FLOORS = {
    "body_recall": 0.99,
    "noise_precision": 0.96,
    "noise_f1": 0.93,
    "lines_noise_f1": 0.96,
    "attribution_f1": 0.86,
}
FIXTURE_MAX_DOCS_BODY_LOSS = 5


@pytest.fixture(scope="module")
def fixture_scores(fixture_articles, shared_scorer_available, tmp_path_factory) -> dict:
    from training.corpus import score_articles

    system = {a["id"]: system_record(a, cleaner.clean(a["text"])) for a in fixture_articles}
    return score_articles(fixture_articles, system, tmp_path_factory.mktemp("fixture-gold"))


@pytest.mark.parametrize("metric", sorted(FIXTURE_FLOORS))
def test_fixture_quality_floor(fixture_scores, metric):
    assert fixture_scores["docs"] == len(ALL_IDS)
    assert fixture_scores[metric] >= FIXTURE_FLOORS[metric], \
        f"{metric} {fixture_scores[metric]} < {FIXTURE_FLOORS[metric]}; imperfect: {fixture_scores['misses']}"


def test_fixture_docs_with_body_loss(fixture_scores):
    assert fixture_scores["docs_body_loss"] <= FIXTURE_MAX_DOCS_BODY_LOSS


def test_scorer_sees_a_difference(fixture_articles, shared_scorer_available, tmp_path):
    """The quality floors mean something: returning the input unchanged scores far below."""
    from training.corpus import score_articles

    unchanged = {a["id"]: {"id": a["id"], "text": a["text"], "attribution": {}} for a in fixture_articles}
    scores = score_articles(fixture_articles, unchanged, tmp_path)
    assert scores["body_recall"] >= 0.99
    assert scores["noise_f1"] < 0.1
    assert scores["attribution_f1"] < FIXTURE_FLOORS["attribution_f1"]


# ------------------------------------------------------------------ the bundled example

def test_bundled_example_repost_is_cleaned():
    text = (EXAMPLE_DIR / "repost.md").read_text(encoding="utf-8")
    gold = load_article(FIXTURE_ARTICLES / "zhs-15.json")
    assert text.rstrip("\n") == gold["text"].rstrip("\n"), "repost.md is the text of zhs-15"
    result = cleaner.clean(text)

    # the 400 hotline, the copyright disclaimer and the 来源 line are gone
    assert not re.search(r"400-?\d", result.text)
    assert "版权归原作者所有" not in result.text
    assert "如有侵权" not in result.text
    assert not any(line.startswith(("来源", "图源")) for line in result.text.split("\n"))
    for line in lines_labelled(gold, "attribution", "notice", "ad", "chrome"):
        assert line.strip() not in result.text

    # the body is whole and the attribution is parsed
    assert result.text == gold_body(gold)
    assert result.attribution.to_dict() == gold["attribution"]
    assert result.attribution.source and result.attribution.image_credit
    labels = {seg.label for seg in result.removed}
    assert {"attribution", "notice", "ad"} <= labels
