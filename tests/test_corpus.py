"""The labelled dev corpus (../shared/corpus/dev): aggregate quality through the shared
scorer, the seed article, and real-world regression cases across source repositories.

Every expected string is read from the gold labels at test time; the repository holds
only article ids and which kinds of lines each case checks.
"""
from __future__ import annotations

import pytest

import cleaner

from conftest import DEV_CORPUS, lines_labelled, load_article, squash, system_record

pytestmark = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"dev corpus not found at {DEV_CORPUS}")

NOISE = ("attribution", "notice", "ad", "chrome")


@pytest.fixture(scope="module")
def dev_results(dev_articles) -> dict[str, cleaner.Result]:
    return {a["id"]: cleaner.clean(a["text"]) for a in dev_articles}


# ------------------------------------------------------------------ (a) aggregate quality

# Measured on the 126 dev articles (shared scorer, score()), 2026-11-29:
#   shipped classifier: body_recall 0.9998, noise_f1 0.922, lines_noise_f1 0.9462,
#     attribution_f1 0.9267, docs_body_loss 2 (in-sample: the model is trained on this
#     corpus; `python -m training.evaluate --cv` gives the held-out figures);
#   rules only (the core issue's level): body_recall 0.9998, noise_f1 0.8946,
#     lines_noise_f1 0.907, attribution_f1 0.9208, docs_body_loss 2.
# Floors sit about 0.02 below; docs_body_loss may grow by one.
DEV_FLOORS = {
    "body_recall": 0.995,
    "noise_precision": 0.97,
    "noise_f1": 0.90,
    "lines_noise_f1": 0.925,
    "attribution_f1": 0.90,
}
RULES_ONLY_FLOORS = {
    "body_recall": 0.995,
    "noise_f1": 0.87,
    "lines_noise_f1": 0.885,
    "attribution_f1": 0.90,
}
DEV_MAX_DOCS_BODY_LOSS = 3


@pytest.fixture(scope="module")
def dev_scores(dev_articles, dev_results, shared_scorer_available, tmp_path_factory) -> dict:
    from training.corpus import score_articles

    system = {a["id"]: system_record(a, dev_results[a["id"]]) for a in dev_articles}
    return score_articles(dev_articles, system, tmp_path_factory.mktemp("dev-gold"))


@pytest.fixture(scope="module")
def rules_only_scores(dev_articles, shared_scorer_available, tmp_path_factory) -> dict:
    from training.corpus import score_articles

    system = {a["id"]: system_record(a, cleaner.clean(a["text"], model="")) for a in dev_articles}
    return score_articles(dev_articles, system, tmp_path_factory.mktemp("dev-gold-rules"))


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_quality_floor(dev_scores, dev_articles, metric):
    assert dev_scores["docs"] == len(dev_articles)
    assert dev_scores[metric] >= DEV_FLOORS[metric], \
        f"{metric} {dev_scores[metric]} < {DEV_FLOORS[metric]}; imperfect: {dev_scores['misses'][:20]}"


@pytest.mark.parametrize("metric", sorted(RULES_ONLY_FLOORS))
def test_dev_quality_floor_rules_only(rules_only_scores, metric):
    assert rules_only_scores[metric] >= RULES_ONLY_FLOORS[metric], \
        f"{metric} {rules_only_scores[metric]} < {RULES_ONLY_FLOORS[metric]}"
    assert rules_only_scores["docs_body_loss"] <= DEV_MAX_DOCS_BODY_LOSS


def test_dev_docs_with_body_loss(dev_scores):
    assert dev_scores["docs_body_loss"] <= DEV_MAX_DOCS_BODY_LOSS


# ------------------------------------------------------------------ (b) the seed article

def test_seed_article_comes_out_exactly_as_its_gold_body(dev_corpus_dir):
    seed = load_article(dev_corpus_dir / "seed-0001.json")
    result = cleaner.clean(seed["text"])
    assert result.text == "\n".join(lines_labelled(seed, "body"))
    assert result.attribution.source == ["网信中国"]
    assert result.attribution.image_credit == ["中国网信网"]
    assert result.attribution.to_dict() == seed["attribution"]
    removed = {seg.label for seg in result.removed}
    assert removed == {"attribution", "notice", "ad"}


# ------------------------------------------------------------------ (c) regression cases

# (id, labels whose every gold line must be absent from the output, whether the
# parsed attribution must equal the gold one). One or two articles per source repository.
REGRESSION_CASES = [
    ("news-0017", ("attribution", "chrome"), True),      # 13237910120/BestBlogReprinted_AndroidNotes
    ("news-0026", ("chrome",), True),                    # LCTT/TranslateProject
    ("news-0065", ("attribution", "chrome"), True),      # apachecn-archive/techcrunch-blog-zh-2007-2014
    ("news-0048", ("attribution", "chrome"), True),      # apachecn-archive/techcrunch-blog-zh-2014-2018
    ("news-0063", ("attribution", "chrome"), True),      # apachecn/xda-blog-zh-pt1
    ("news-0010", ("chrome",), True),                    # chnsdly/Baoheng-Plastic
    ("wx-0067", ("attribution", "chrome"), True),        # leijingkun/wxvl
    ("wx-0039", ("attribution", "chrome"), True),        # peanut2001/wxvl
    ("news-0059", ("ad", "chrome"), True),               # ruanyf/weekly
    ("en-0029", ("attribution",), True),                 # techhubms/techhub
    ("wx-0060", ("attribution", "chrome"), True),        # testitok/wxvl
    ("wx-0025", ("chrome",), True),                      # wooluo/wxvl
    ("wx-0051", ("attribution", "chrome"), True),        # zerokeeper/wxvl
    ("wx-0017", ("attribution", "notice", "chrome"), True),  # zxarj/wxvuln
    ("mix-0016", ("chrome",), True),                     # mdn/translated-content
]


def output_lines(result: cleaner.Result) -> set[str]:
    return {squash(line) for line in result.text.split("\n") if line.strip()}


def test_regression_cases_span_many_source_repositories(dev_corpus_dir):
    repos = {load_article(dev_corpus_dir / f"{i}.json")["provenance"]["repo"] for i, _, _ in REGRESSION_CASES}
    assert len(repos) >= 10


@pytest.mark.parametrize("article_id, gone_labels, exact_attribution", REGRESSION_CASES,
                         ids=[c[0] for c in REGRESSION_CASES])
def test_real_article_keeps_its_body_and_loses_its_trailer(dev_corpus_dir, dev_results,
                                                          article_id, gone_labels, exact_attribution):
    article = load_article(dev_corpus_dir / f"{article_id}.json")
    result = dev_results[article_id]
    output = squash(result.text)

    body = lines_labelled(article, "body")
    assert body
    # what must stay: the first and the last body lines, then every body line, in order
    assert squash(body[0]) in output, f"first body line lost: {body[0][:80]!r}"
    assert squash(body[-1]) in output, f"last body line lost: {body[-1][:80]!r}"
    cursor = 0
    for line in body:
        at = output.find(squash(line), cursor)
        assert at >= 0, f"body line lost or out of order: {line[:80]!r}"
        cursor = at + len(squash(line))

    # what must go: every gold line of the given labels
    kept = output_lines(result)
    for label in gone_labels:
        lines = lines_labelled(article, label)
        assert lines, f"{article_id} has no {label} line: the case is mis-specified"
        leaked = [line.strip()[:80] for line in lines if squash(line) in kept]
        assert not leaked, f"{label} lines still in the output: {leaked}"

    if exact_attribution:
        assert result.attribution.to_dict() == {k: list(v) for k, v in article["attribution"].items()}


@pytest.mark.parametrize("article_id", [c[0] for c in REGRESSION_CASES])
def test_removed_segments_explain_themselves(dev_results, article_id):
    result = dev_results[article_id]
    assert result.removed
    for seg in result.removed:
        assert seg.label in NOISE
        assert seg.reason and seg.reason != "body"


def test_articles_with_nothing_to_remove_keep_everything(dev_articles, dev_results):
    """Dev articles whose gold labels hold only body lines come out with every line."""
    clean_ones = [a for a in dev_articles if {ln["label"] for ln in a["lines"]} <= {"body", "blank"}]
    assert len(clean_ones) >= 5
    for article in clean_ones:
        result = dev_results[article["id"]]
        assert squash(result.text) == squash("\n".join(lines_labelled(article, "body"))), article["id"]
