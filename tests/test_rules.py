"""The rule table: well-formed rows, positives per label across simplified Chinese,
traditional Chinese and English, and body paragraphs that mention the same words."""
from __future__ import annotations

import pytest
import regex

import cleaner
from cleaner.rules import RULES, match_rules

# ------------------------------------------------------------------ the table itself


def test_rule_table_is_not_empty_and_covers_every_noise_label():
    assert len(RULES) >= 20
    assert {rule.label for rule in RULES} == set(cleaner.NOISE_LABELS)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_is_well_formed(rule):
    regex.compile(rule.pattern)
    assert rule.name and regex.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name), rule.name
    assert rule.label in cleaner.NOISE_LABELS
    assert 0.0 < rule.strength <= 1.0
    assert rule.why.strip(), f"rule {rule.name} has no 'why'"
    assert rule.view in ("norm", "raw")
    assert rule.max_weight > 0


def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates


@pytest.mark.parametrize("prose", [
    "今年一季度，全省规模以上工业增加值同比增长百分之六点二，增速比去年全年加快一点一个百分点。",
    "今年一季度，全省規模以上工業增加值同比增長百分之六點二，增速比去年全年加快一點一個百分點。",
    "The committee met on Tuesday and approved the budget for the coming year.",
])
def test_no_rule_fires_on_plain_prose(prose):
    """A rule that matches ordinary sentences would remove whole articles."""
    assert [h.rule.name for h in match_rules(prose) if h.strength >= 0.35] == []


# ------------------------------------------------------------------ positives

POSITIVES = [
    # attribution
    ("来源：新华社", "attribution"),
    ("來源：中央社", "attribution"),
    ("Source: Reuters", "attribution"),
    ("图源：视觉中国", "attribution"),
    ("圖片來源：台北市交通局", "attribution"),
    ("Photo: AP", "attribution"),
    ("责任编辑：刘畅", "attribution"),
    ("責任編輯：林怡君", "attribution"),
    ("By Jane Doe", "attribution"),
    ("原文链接：https://example.com/a?b=1", "attribution"),
    # notice
    ("版权归原作者所有，如有侵权请联系删除", "notice"),
    ("版權歸原作者所有，如有侵權請聯繫刪除", "notice"),
    ("转载请注明出处", "notice"),
    ("未經授權不得轉載", "notice"),
    ("© 2024 Example Media. All rights reserved.", "notice"),
    ("The views expressed in this article are the author's own.", "notice"),
    # ad
    ("服务热线：400-820-1234", "ad"),
    ("諮詢熱線：0800-123-456", "ad"),
    ("扫码添加客服，领取免费资料", "ad"),
    ("Subscribe to our newsletter for weekly updates.", "ad"),
    # chrome
    ("点击上方蓝字关注我们", "chrome"),
    ("點擊上方藍字關注我們", "chrome"),
    ("往期推荐", "chrome"),
    ("往期推薦", "chrome"),
    ("阅读原文", "chrome"),
    ("—— END ——", "chrome"),
    ("![](https://example.com/qr.png)", "chrome"),
    ("预览时标签不可点", "chrome"),
    ("Read more", "chrome"),
]
IDS = [line[:24] for line, _ in POSITIVES]


@pytest.mark.parametrize("line, label", POSITIVES, ids=IDS)
def test_strongest_rule_hit_has_the_expected_label(line, label):
    hits = match_rules(line)
    assert hits, f"no rule matches {line!r}"
    assert hits[0].label == label, [(h.rule.name, h.label, h.strength) for h in hits]
    assert hits[0].strength >= 0.6


ARTICLE_HEAD = (
    "全省春耕生产全面展开\n\n"
    "连日来，全省各地抢抓农时，大力推进春耕备耕工作，田间地头一派繁忙景象，农机手们驾驶拖拉机来回穿梭。\n\n"
    "省农业农村厅有关负责人介绍，今年全省计划播种粮食作物面积超过六千万亩，目前化肥、种子等农资供应充足。\n\n"
)


@pytest.mark.parametrize("line, label", POSITIVES, ids=IDS)
def test_line_at_the_tail_of_an_article_is_removed_with_its_label(line, label):
    result = cleaner.clean(ARTICLE_HEAD + line + "\n")
    tail = [seg for seg in result.segments if seg.text.strip() == line]
    assert len(tail) == 1
    assert tail[0].label == label, tail[0]
    assert tail[0].reason
    assert line not in result.text
    assert result.text == ARTICLE_HEAD.strip()


# ------------------------------------------------------------------ negatives

COURT_TITLE = "摄影师起诉公众号擅用照片胜诉"
COURT_OPEN = ("近日，某区人民法院审结一起著作权侵权纠纷案。原告是一名摄影师，发现被告运营的公众号"
              "在多篇文章中使用了其拍摄的十余张照片，既未署名也未支付报酬。")
COURT_MIDDLE = ("被告辩称，文章末尾已注明如有侵权请联系删除，收到通知后也删除了涉案图片，不应承担赔偿责任。"
                "法院审理认为，事后删除不能免除侵权责任，判决被告赔偿原告经济损失八千元。")
COURT_CLOSE = "法官提醒，自媒体运营者使用他人作品应当事先取得授权，并规范署名。"

HOTLINE_TITLE = "物流企业开通统一客服热线"
HOTLINE_OPEN = "随着网购规模持续扩大，快递查询和投诉需求不断增长，多家物流企业加快完善客户服务体系。"
HOTLINE_MIDDLE = ("本报讯 顺达物流昨日宣布开通全国统一客服热线，消费者拨打400-820-1234即可查询包裹状态、"
                  "预约上门取件。该公司相关负责人介绍，热线开通后，客服响应时间将从平均十分钟缩短到两分钟以内。")
HOTLINE_CLOSE = "业内人士认为，统一热线有助于提升行业服务水平，但关键还在于问题能否得到及时解决。"


@pytest.mark.parametrize("paragraphs", [
    pytest.param([COURT_TITLE, COURT_OPEN, COURT_MIDDLE, COURT_CLOSE], id="copyright-court-case"),
    pytest.param([HOTLINE_TITLE, HOTLINE_OPEN, HOTLINE_MIDDLE, HOTLINE_CLOSE], id="logistics-hotline-launch"),
])
def test_news_paragraphs_mentioning_trailer_words_stay_body(paragraphs):
    text = "\n\n".join(paragraphs)
    # the rules do see the trailer words, so this is a real test of the structure...
    assert any(h.strength >= 0.6 for h in match_rules(paragraphs[2]))
    result = cleaner.clean(text)
    # ...which keeps every paragraph
    assert result.text == text
    assert all(seg.label == "body" for seg in result.segments)
    assert not result.attribution


def test_court_paragraph_opening_with_a_reprint_phrase_stays_body():
    middle = ("未经许可转载他人作品，事后再删除能否免责？法院审理认为，事后删除不能免除侵权责任，"
              "判决被告赔偿原告经济损失八千元，并在公众号上公开致歉。")
    text = "\n\n".join([COURT_TITLE, COURT_OPEN, middle, COURT_CLOSE])
    assert cleaner.clean(text).text == text


@pytest.mark.parametrize("sentence", [
    "“转载请注明出处”是对转载者的要求，而不是转载者可以单方面援引的免责条款，法官在判决书中写道。",
    "她说：“我们每天都会在文末写上‘版权归原作者所有’，但这并不能解决授权问题。”记者随后联系了相关平台。",
])
def test_quoted_trailer_phrase_inside_a_paragraph_stays_body(sentence):
    text = "\n\n".join([COURT_TITLE, COURT_OPEN, sentence, COURT_CLOSE])
    assert cleaner.clean(text).text == text


ADVERSARIAL = [
    "来源" * 1000, "(" * 2000, "a" * 2000, "* " * 1000, "1" * 2000, "。" * 2000, "http://" + "a" * 1993,
    "[" * 1000 + "]" * 1000, "版权归" + "原" * 1990 + "所", "![" * 1000, "**" * 1000, "0" + "-0" * 999,
    "“" * 1000 + "”" * 1000, "About " + "Aa " * 660, "是一家" + "的" * 1990,
]


def test_no_rule_backtracks_on_adversarial_lines():
    """A hang check, not a speed target: every rule on every adversarial line of the
    longest length a rule reads must finish, and the whole table in well under a second
    per line even on a loaded machine."""
    import time

    from cleaner.rules import ALL_RULES, MAX_RULE_CHARS

    worst = 0.0
    for line in ADVERSARIAL:
        assert len(line) <= MAX_RULE_CHARS + 10
        started = time.perf_counter()
        for _, pattern in ALL_RULES.compiled:
            pattern.search(line)
        worst = max(worst, time.perf_counter() - started)
    assert worst < 2.0, f"a rule took {worst:.2f}s on a {MAX_RULE_CHARS}-character line"


# ------------------------------------------------------------------ the literal prefilter

def _every_rule(text: str, rules) -> list[tuple[str, int, int]]:
    """What the table finds with no prefilter: every pattern searched on its view."""
    from cleaner.rules import MAX_RULE_CHARS
    from cleaner.text import normalize

    stripped = text.strip()[:MAX_RULE_CHARS]
    views = {"norm": normalize(stripped), "raw": stripped}
    found = []
    for rule, pattern in rules.compiled:
        m = pattern.search(views[rule.view])
        if m is not None:
            found.append((rule.name, m.start(), m.end()))
    return sorted(found)


def _corpus_lines_and_sentences() -> list[str]:
    from conftest import DEV_CORPUS, FIXTURE_ARTICLES, load_articles

    from cleaner.text import sentence_cuts

    out = []
    for article in load_articles(DEV_CORPUS) + load_articles(FIXTURE_ARTICLES):
        for line in article["text"].split("\n"):
            if line.strip():
                cuts = [0, *sentence_cuts(line), len(line)]
                out.append(line)
                out.extend(line[a:b] for a, b in zip(cuts, cuts[1:]) if len(cuts) > 2)
    return out


def test_prefilter_finds_exactly_what_the_whole_table_finds_on_real_lines():
    """Skipping the rules whose literals a segment lacks changes no hit: checked on every
    line (and every sentence of a line) of the corpus and the fixtures."""
    from cleaner.rules import ALL_RULES, SPLITTING

    lines = _corpus_lines_and_sentences()
    assert len(lines) > 1000
    hit_lines = 0
    for line in lines:
        expected = _every_rule(line, ALL_RULES)
        assert sorted((h.rule.name, h.at, h.end) for h in match_rules(line)) == expected, line
        hit_lines += bool(expected)
        splitting = _every_rule(line, SPLITTING)
        assert sorted((h.rule.name, h.at, h.end) for h in match_rules(line, rules=SPLITTING)) == splitting, line
    assert hit_lines > 300  # the check covered lines that rules do fire on


def test_a_line_s_candidates_tell_which_sentence_cutting_rules_it_may_match():
    """units._split_points reads the cutting rules' candidates off the whole table's
    (scanned once a line): they must be the ones SPLITTING finds on its own."""
    from cleaner.rules import ALL_RULES, SPLITTING, SPLITTING_IN_ALL
    from cleaner.text import normalize

    for line in _corpus_lines_and_sentences():
        norm = normalize(line)
        via_table = {ALL_RULES.compiled[k][0].name for k in ALL_RULES.candidates("norm", norm) & SPLITTING_IN_ALL}
        assert via_table == {SPLITTING.compiled[k][0].name for k in SPLITTING.candidates("norm", norm)}, line


@pytest.mark.parametrize("line", [
    "ＳＯＵＲＣＥ：新华社", "来**源**:新华社", "> 版权归原作者所有", "All  Rights   Reserved.",
    "ſource: AP", "KΕLVIN © 2024", "图\u3000源:视觉中国", "—— ＥＮＤ ——", "【來源：中央社】",
])
def test_prefilter_agrees_on_full_width_emphasis_and_case_variants(line):
    from cleaner.rules import ALL_RULES

    assert sorted((h.rule.name, h.at, h.end) for h in match_rules(line)) == _every_rule(line, ALL_RULES)


def test_literals_are_derived_for_most_rules_and_are_selective():
    from cleaner.literals import MIN_SCORE, _score
    from cleaner.rules import ALL_RULES

    derived = [lits for lits in ALL_RULES.literals if lits is not None]
    assert len(derived) >= 0.8 * len(RULES)
    assert all(_score(lits) + 0.001 * len(lits) >= MIN_SCORE for lits in derived)
    assert all("" not in lits for lits in derived)
