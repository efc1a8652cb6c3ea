"""Attribution: lines parsed into source/author/editor/image_credit/url, alone and
inside whole articles. Every input here is a short line written for the test."""
from __future__ import annotations

import pytest

import cleaner
from cleaner.attribution import parse_attribution


def fields(attribution: cleaner.Attribution) -> dict[str, list[str]]:
    """Only the non-empty fields, for readable comparisons."""
    return {name: values for name, values in attribution.to_dict().items() if values}


# ------------------------------------------------------------------ parse_attribution

PARSE_CASES = [
    # simplified Chinese, quotes and the platform suffix dropped
    ("来源:“网信中国”微信公众号", {"source": ["网信中国"]}),
    ("来源：“网信中国”微信公众号", {"source": ["网信中国"]}),
    ("文章来源：浙中商报", {"source": ["浙中商报"]}),
    ("来源 | 升学e线", {"source": ["升学e线"]}),
    ("来源：《人民日报》", {"source": ["人民日报"]}),
    ("来源：【新华社】", {"source": ["新华社"]}),
    ("图源:中国网信网", {"image_credit": ["中国网信网"]}),
    ("图片来源：Shutterstock", {"image_credit": ["Shutterstock"]}),
    # several names on one line, several roles on one line
    ("编辑:周婷 | 审核:王磊", {"editor": ["周婷", "王磊"]}),
    ("作者：顾宁 编辑：欧阳晓 审核：何峰", {"author": ["顾宁"], "editor": ["欧阳晓", "何峰"]}),
    ("作者 | 李然", {"author": ["李然"]}),
    ("责任编辑：刘畅", {"editor": ["刘畅"]}),
    # traditional Chinese
    ("來源：中央社", {"source": ["中央社"]}),
    ("來源：「科技新報」微信公眾號", {"source": ["科技新報"]}),
    ("編輯：陳怡君｜審核：王大明", {"editor": ["陳怡君", "王大明"]}),
    ("校對：劉洋", {"editor": ["劉洋"]}),
    # English
    ("This article is republished from The Conversation under a Creative Commons license.",
     {"source": ["The Conversation"]}),
    ("Source: Reuters", {"source": ["Reuters"]}),
    ("By Jane Doe and John Roe", {"author": ["Jane Doe", "John Roe"]}),
    ("Photo: Mario Tama / Getty Images", {"image_credit": ["Mario Tama", "Getty Images"]}),
]


@pytest.mark.parametrize("line, expected", PARSE_CASES, ids=[c[0][:30] for c in PARSE_CASES])
def test_parse_attribution_line(line, expected):
    assert fields(parse_attribution([line])) == expected


def test_parse_attribution_of_nothing_is_empty():
    result = parse_attribution([])
    assert not result
    assert result.to_dict() == {name: [] for name in cleaner.ATTRIBUTION_FIELDS}


def test_key_alone_takes_the_url_on_the_next_line():
    url = "https://example.com/news/2024/05/article.html?id=42&from=timeline"
    assert fields(parse_attribution(["原文链接", url])) == {"url": [url]}
    assert fields(parse_attribution(["原文链接：", url])) == {"url": [url]}


def test_key_alone_takes_the_name_on_the_next_line():
    assert fields(parse_attribution(["来源：", "新华社"])) == {"source": ["新华社"]}


@pytest.mark.parametrize("line, url", [
    ("原文链接：https://example.com/a?b=1&c=2#top", "https://example.com/a?b=1&c=2#top"),
    ("via: https://opensource.com/article/24/1/linux?utm_source=feed&utm_medium=rss",
     "https://opensource.com/article/24/1/linux?utm_source=feed&utm_medium=rss"),
    ("原文链接：[点此查看](https://news.example.cn/2024/0315/c1001-4020.html?from=app)",
     "https://news.example.cn/2024/0315/c1001-4020.html?from=app"),
])
def test_urls_are_kept_whole_with_their_query_strings(line, url):
    assert parse_attribution([line]).url == [url]


def test_wechat_url_with_double_underscore_parameter_is_kept_whole():
    url = "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2651&idx=1&sn=abc#rd"
    assert parse_attribution([f"原文链接：{url}"]).url == [url]


@pytest.mark.parametrize("line, name", [
    ("本文转载自“半导体观察家”公众号", "半导体观察家"),
    ("轉載自「兩岸電商通」微信公眾號", "兩岸電商通"),
], ids=["simplified", "traditional"])
def test_reprinted_from_line_records_its_source(line, name):
    assert parse_attribution([line]).source == [name]


def test_apostrophe_in_a_name_is_kept():
    assert parse_attribution(["Source: Thomas Maurer's Blog"]).source == ["Thomas Maurer's Blog"]


def test_role_words_are_not_names():
    assert parse_attribution(["记者 陈可 通讯员 何文"]).author == ["陈可", "何文"]


def test_images_from_the_web_records_the_credit_web():
    assert parse_attribution(["图片来源于网络"]).image_credit == ["网络"]


def test_image_credit_web_with_a_colon():
    assert parse_attribution(["图片来源：网络"]).image_credit == ["网络"]


# ------------------------------------------------------------------ clean()

def test_clean_records_source_and_image_credit_and_keeps_the_body():
    first = "大会于昨日在乌镇开幕，来自六十多个国家和地区的两千余名嘉宾参加了开幕式。"
    second = "与会嘉宾围绕数字经济、人工智能和网络安全等议题展开讨论，发布了多项合作成果。"
    r = cleaner.clean(f"{first}\n图源:中国网信网\n{second}\n来源:“网信中国”微信公众号")
    assert r.text == f"{first}\n{second}"
    assert fields(r.attribution) == {"source": ["网信中国"], "image_credit": ["中国网信网"]}
    removed = {seg.text.strip(): seg.label for seg in r.segments if seg.removed and seg.text.strip()}
    assert removed == {"图源:中国网信网": "attribution", "来源:“网信中国”微信公众号": "attribution"}


def test_short_body_sentence_between_credit_and_source_is_kept():
    """The example of clean()'s own docstring (it once lost its second sentence)."""
    r = cleaner.clean("大会于昨日开幕。\n图源:中国网信网\n会议讨论了数字经济。\n来源:“网信中国”微信公众号")
    assert r.text == "大会于昨日开幕。\n会议讨论了数字经济。"
    assert fields(r.attribution) == {"source": ["网信中国"], "image_credit": ["中国网信网"]}
    removed = {seg.text.strip(): seg.label for seg in r.segments if seg.removed and seg.text.strip()}
    assert removed == {"图源:中国网信网": "attribution", "来源:“网信中国”微信公众号": "attribution"}


def test_clean_editor_line_with_two_names():
    r = cleaner.clean("大会于昨日开幕，来自各地的代表参加了会议。\n编辑:周婷 | 审核:王磊")
    assert r.text == "大会于昨日开幕，来自各地的代表参加了会议。"
    assert fields(r.attribution) == {"editor": ["周婷", "王磊"]}


def test_clean_original_link_key_with_url_on_next_line():
    url = "https://example.com/news/2024/05/article.html?id=42&from=timeline"
    r = cleaner.clean(f"城市更新持续推进，多个老旧小区完成改造。\n原文链接\n{url}\n")
    assert r.text == "城市更新持续推进，多个老旧小区完成改造。"
    assert fields(r.attribution) == {"url": [url]}
    labels = [seg.label for seg in r.segments if seg.text.strip()]
    assert labels == ["body", "attribution", "attribution"]


def test_clean_english_republication_line():
    text = ("Port strikes spread\n\nDockworkers walked out on Monday, halting traffic at three terminals.\n\n"
            "This article is republished from The Conversation under a Creative Commons license.")
    r = cleaner.clean(text)
    assert r.text == "Port strikes spread\n\nDockworkers walked out on Monday, halting traffic at three terminals."
    assert r.attribution.source == ["The Conversation"]


def test_clean_traditional_chinese_source_and_editor():
    r = cleaner.clean("台北捷運新線通車\n\n新線今日通車，首日運量超過十萬人次。\n\n來源：中央社\n責任編輯：林怡君")
    assert r.text == "台北捷運新線通車\n\n新線今日通車，首日運量超過十萬人次。"
    assert fields(r.attribution) == {"source": ["中央社"], "editor": ["林怡君"]}


def test_clean_keeps_url_whole_in_an_attribution_line():
    url = "https://example.com/a/b?x=1&y=%E4%B8%AD&z=3"
    r = cleaner.clean(f"大会于昨日开幕，来自各地的代表参加了会议。\n原文链接：{url}")
    assert r.attribution.url == [url]


def test_inline_photo_credit_in_a_body_sentence_stays_body_and_is_not_recorded():
    paragraph = ("5月3日，新改造的滨江街区正式向市民开放，记者王明 摄 的照片显示，街区里游客络绎不绝，"
                 "不少市民带着孩子前来游玩，沿街店铺也迎来了客流高峰。")
    text = f"新街区开放\n\n{paragraph}\n\n街区改造历时两年，共修缮老建筑四十余栋。\n\n来源：城市晚报"
    r = cleaner.clean(text)
    assert paragraph in r.text
    assert "来源" not in r.text
    assert r.attribution.author == [] and r.attribution.image_credit == []
    assert "王明" not in " ".join(v for values in r.attribution.to_dict().values() for v in values)
    assert r.attribution.source == ["城市晚报"]


def test_dateline_opening_a_paragraph_stays_body_and_is_not_recorded():
    paragraph = "新华社北京11月9日电 记者从有关部门获悉，全国冬季供暖工作已全面启动，各地供暖设施运行平稳。"
    r = cleaner.clean(f"全国冬季供暖全面启动\n{paragraph}\n责任编辑：刘畅")
    assert paragraph in r.text
    assert fields(r.attribution) == {"editor": ["刘畅"]}


def test_glued_source_at_the_end_of_a_paragraph_is_cut_off_and_recorded():
    body = "博览会期间还将举办开发者大会、投融资对接会等20余场配套活动，共有来自18个国家和地区的320家企业参展。"
    r = cleaner.clean(f"智能语音博览会开幕\n{body}来源:新华社\n")
    assert body in r.text
    assert "来源" not in r.text
    assert r.attribution.source == ["新华社"]
