"""The HTML front end: article extraction, HTML detection, and hostile pages.

The three pages in fixtures/html are written by the project: a WeChat repost page, a
Chinese portal page and an English syndication page, each with its body, its repost
trailer and the page furniture around it. Hostile pages are built here: each one runs in
a subprocess with a timeout, so that a hang fails the test instead of stalling the suite.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.html import HtmlDocument, extract, looks_like_html, strip_tags

from conftest import REPO

HTML_DIR = REPO / "fixtures" / "html"


def page(name: str) -> str:
    return (HTML_DIR / f"{name}.html").read_text(encoding="utf-8")


def body_lines(result) -> list[str]:
    return [ln for ln in result.text.split("\n") if ln.strip()]


def removed_texts(result) -> str:
    return "\n".join(s.text for s in result.removed)


# ------------------------------------------------------------------ the three pages

WECHAT_BODY = [
    "江南港区冷链物流园一期投运 日均吞吐能力达3000吨",
    "3月15日上午，江南港区冷链物流园一期工程正式投入运营。",
    "据介绍，一期工程占地约12万平方米",  # nested in <section><section>: trafilatura alone drops it
    "“以前进口冻品要先运到外地口岸报关，再转运回来",
    "港区相关负责人表示，二期工程计划于明年年底前建成",
]
WECHAT_NOT_BODY = [
    "图源", "来源：", "版权归原作者所有", "如有侵权请联系删除", "400-8367-215", "港捷冷链物流", "阅读原文",
    "点击上方蓝字关注", "微信扫一扫", "关注该公众号", "预览时标签不可点", "轻点两下取消", "使用小程序",
    "阅读 2361", "在看", "msg_title", "visibility",
]


def test_wechat_page_gives_its_article_and_not_its_trailer_or_chrome():
    r = cleaner.clean(page("wechat"))
    lines = body_lines(r)
    for want in WECHAT_BODY:
        assert any(want in ln for ln in lines), f"body line lost: {want}"
    assert lines[0] == WECHAT_BODY[0], "the title opens the article"
    for unwanted in WECHAT_NOT_BODY:
        assert unwanted not in r.text, f"{unwanted!r} left in the body"
    assert len(lines) == len(WECHAT_BODY)
    assert r.attribution.source == ["江南港区发布"]
    assert r.attribution.image_credit == ["江南港区管委会"]
    # the trailer was extracted as lines of its own, and the pipeline labelled them
    labels = {s.text.strip(): s.label for s in r.removed}
    assert labels.get("图源：江南港区管委会") == "attribution"
    assert any(lab == "notice" and "版权归原作者所有" in t for t, lab in labels.items())
    assert any(lab == "ad" and "400-8367-215" in t for t, lab in labels.items())
    assert any(lab == "chrome" and "阅读原文" in t for t, lab in labels.items())


def test_wechat_extraction_is_one_line_per_paragraph_from_js_content():
    doc = extract(page("wechat"))
    assert doc.method == "wechat"
    lines = doc.text.split("\n")
    # image credit, source, notice and ad are separate lines, in page order
    order = ["图源：江南港区管委会", "来源：“江南港区发布”微信公众号",
             "文章及图片来源于网络，版权归原作者所有，如有侵权请联系删除。"]
    positions = [lines.index(x) for x in order]
    assert positions == sorted(positions)
    assert any(ln.startswith("港捷冷链物流——") and ln.endswith("400-8367-215") for ln in lines)
    # nothing from outside #js_content but the title
    for chrome in ("微信扫一扫", "预览时标签不可点", "阅读 2361", "知道了"):
        assert chrome not in doc.text
    assert doc.title == WECHAT_BODY[0]
    assert doc.url == "http://mp.weixin.qq.com/s/Xq7cLeanerFixture01"
    assert doc.sitename == "港城物流圈"  # the account, not "微信公众平台"


PORTAL_BODY = [
    "老旧小区加装电梯提速 今年计划完成600部",
    "记者从市住房和城乡建设局获悉，今年全市计划完成老旧小区加装电梯600部",
    "“住了二十多年的六楼，终于不用再一步一步往上爬了。”",
    "为加快项目推进，今年市里将审批流程由原来的九个环节压缩为四个",
    "市住建局有关负责人表示，下一步将探索“加装电梯+适老化改造”一体推进",
]
PORTAL_NOT_BODY = [
    "来源", "责任编辑", "刘敏", "广告", "400-6652-318", "安居电梯",  # the trailer
    "首页", "当前位置", "登录", "注册", "下载客户端", "分享到", "相关新闻", "东湖街道完成首批楼道改造",
    "热点排行", "滨江大桥夜间限行通告", "关于我们", "版权所有", "ICP", "举报电话", "_hmt",
]


def test_portal_page_gives_its_article_and_not_nav_sidebar_footer_or_trailer():
    r = cleaner.clean(page("portal"))
    lines = body_lines(r)
    for want in PORTAL_BODY:
        assert any(want in ln for ln in lines), f"body line lost: {want}"
    assert lines[0] == PORTAL_BODY[0]
    assert len(lines) == len(PORTAL_BODY)
    for unwanted in PORTAL_NOT_BODY:
        assert unwanted not in r.text, f"{unwanted!r} left in the body"
    assert r.attribution.source == ["滨江日报"]  # the article's own line beats the site name
    assert r.attribution.editor == ["刘敏"]
    assert r.attribution.author == ["陈晓雨"]  # from the page metadata ("作者：" removed)
    assert r.attribution.url == ["https://news.binjiang.example.cn/local/2024/04/02/elevator.html"]
    assert any(s.label == "ad" and "400-6652-318" in s.text for s in r.removed)


def test_portal_ad_in_the_article_div_survives_extraction_as_its_own_line():
    doc = extract(page("portal"))
    lines = doc.text.split("\n")
    assert "（来源：滨江日报）" in lines and "责任编辑：刘敏" in lines
    assert any(ln.startswith("【广告】安居电梯") for ln in lines)
    assert "首页" not in doc.text and "热点排行" not in doc.text


ENGLISH_BODY = [
    "Why city trees are losing their leaves earlier",
    "Street trees in many temperate cities now drop their leaves",
    "The researchers tracked leaf colour and fall with fixed cameras",
    "Heat is only part of the story.",
    '"The good news is that the fix is mostly below the surface,"',
]
ENGLISH_NOT_BODY = [
    "republished", "The Conversation", "newsletter", "Sign up", "Subscribe", "News", "Opinion",
    "More from Science", "Bees learn to count", "Privacy policy", "All rights reserved", "dataLayer",
]


def test_english_page_gives_its_article_without_republication_note_or_newsletter_pitch():
    r = cleaner.clean(page("english"))
    lines = body_lines(r)
    for want in ENGLISH_BODY:
        assert any(want in ln for ln in lines), f"body line lost: {want}"
    assert len(lines) == len(ENGLISH_BODY)
    for unwanted in ENGLISH_NOT_BODY:
        assert unwanted not in r.text, f"{unwanted!r} left in the body"
    assert r.attribution.source == ["The Conversation"]
    assert r.attribution.author == ["Maya Lindqvist"]
    assert r.attribution.url == ["https://riverside-daily.example.com/science/city-trees-leaves"]


@pytest.mark.parametrize("name", ["wechat", "portal", "english"])
def test_segments_tile_the_extracted_text(name):
    html = page(name)
    extracted = extract(html).text
    r = cleaner.clean(html)
    assert "".join(s.text for s in r.segments) == extracted
    for s in r.segments:
        assert extracted[s.start:s.end] == s.text


def test_forced_formats():
    html = page("portal")
    as_text = cleaner.clean(html, cleaner.Options(input_format="text"))
    assert "<div" in "".join(s.text for s in as_text.segments)  # markup left alone
    fragment = "第一段正文内容，讲述了一件事情的来龙去脉。\n来源：新华社"
    forced = cleaner.clean(fragment, cleaner.Options(input_format="html"))
    assert forced.attribution.source == ["新华社"]
    assert "第一段正文内容" in forced.text


def test_text_attribution_beats_page_metadata_and_metadata_fills_gaps():
    html = page("english").replace(
        "<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>",
        "")
    r = cleaner.clean(html)
    assert r.attribution.source == ["Riverside Daily"]  # no source line: the site name fills in
    assert "republished" not in r.text


PARAS = [
    "记者从市交通运输局了解到，今年全市将新建和改造农村公路800公里，重点解决偏远村组出行难问题，项目总投资约12亿元。",
    "据了解，新建道路将优先覆盖学校、卫生院和产业园区周边，改造路段则以拓宽窄路、消除急弯陡坡和增设安全防护设施为主。",
    "市交通运输局相关负责人说，农村公路建成后还将同步落实养护责任，推行“路长制”，确保路修到哪里、养护就跟到哪里。",
]
SHORT_TRAILER = ["来源：滨江日报", "编辑：张三", "END", "阅读原文", "版权归原作者所有，如有侵权请联系删除", "服务热线：400-1234-567"]
NAV = "<div class='nav'><a href='/'>首页</a> <a href='/a'>新闻</a> <a href='/b'>财经</a></div>"
FOOT = "<div class='footer'><p>关于我们 | 联系我们</p><p>版权所有 © 2024 滨江网</p></div>"


@pytest.mark.parametrize("layout", ["br", "divs", "sections", "plain-p", "unnamed-sections", "unnamed-br"])
def test_short_trailer_lines_survive_extraction_as_their_own_lines(layout):
    pieces = PARAS[:1] + ["图源：市交通运输局"] + PARAS[1:] + SHORT_TRAILER
    if layout == "br":
        article = "<div class='content'>" + "<br><br>".join(pieces) + "</div>"
    elif layout == "divs":
        article = "<div class='article'>" + "".join(f"<div>{x}</div>" for x in pieces) + "</div>"
    elif layout == "sections":
        article = "<div class='TRS_Editor'>" + "".join(f"<section><section><span>{x}</span></section></section>"
                                                      for x in pieces) + "</div>"
    elif layout == "plain-p":  # no known container name: trafilatura finds the region
        article = "<div id='a1b2'>" + "".join(f"<p>{x}</p>" for x in pieces) + "</div>"
    elif layout == "unnamed-sections":  # ... and takes in the navigation, which the region drops
        article = "<div id='a1b2'>" + "".join(f"<section><section><span>{x}</span></section></section>"
                                              for x in pieces) + "</div>"
    else:
        article = "<div id='a1b2'>" + "<br><br>".join(pieces) + "</div>"
    html = f"<html><head><title>农村公路</title></head><body>{NAV}<h1>今年新建改造农村公路800公里</h1>{article}{FOOT}</body></html>"
    doc = extract(html)
    lines = doc.text.split("\n")
    assert lines[0] == "今年新建改造农村公路800公里"
    assert lines[1:] == pieces, doc.method
    r = cleaner.clean(html)
    assert body_lines(r) == ["今年新建改造农村公路800公里"] + PARAS
    assert r.attribution.source == ["滨江日报"] and r.attribution.image_credit == ["市交通运输局"]


def test_lists_and_tables_keep_one_line_per_item_and_row():
    html = ("<html><body><div class='article-content'><p>" + PARAS[0] + "</p>"
            "<ul><li>新建道路500公里</li><li><p>改造道路300公里</p></li></ul>"
            "<table><tr><th>区县</th><th>里程</th></tr><tr><td>东湖区</td><td>120公里</td></tr></table>"
            "<p>" + PARAS[1] + "</p></div></body></html>")
    lines = extract(html).text.split("\n")
    assert lines == [PARAS[0], "- 新建道路500公里", "- 改造道路300公里", "| 区县 | 里程 |", "| 东湖区 | 120公里 |", PARAS[1]]


# ------------------------------------------------------------------ detection

@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><head><title>t</title></head><body><p>正文</p></body></html>",
    "<html><body><p>hello</p></body></html>",
    "  \n<!-- saved page -->\n<html lang=\"zh\">\n<body>正文</body></html>",
    "<p>第一段。</p><p>第二段。</p>",
    "<div class=\"article\">\n<p>第一段。</p>\n<p>第二段。</p>\n</div>",
    "<section><p>一</p></section>\n<section><p>二</p></section>",
    "<article><h1>Title</h1><p>Body text.</p></article>",
])
def test_looks_like_html_true(text):
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "",
    "plain text, nothing else",
    "# 标题\n\n正文第一段<br>\n正文第二段。\n\n来源：新华社",
    "A Markdown article.\n\nWith a line break<br>here and an image <img src=\"a.png\">.\n\n## Heading\n\nMore text.",
    "Line one<br>\nLine two<br>\nLine three",
    "<br>![](x)<br>",
    "<br><br><hr><img src=x><br>",
    "if a < b and c > d: print('<p> is a tag')",
    "<div align=\"center\"><img src=\"logo.png\"></div>\n\n# Project\n\nSome text.\n\nMore text.\n\nEven more.",
    "正文提到了<b>加粗</b>的词。\n第二行。\n第三行。",
])
def test_looks_like_html_false(text):
    assert not looks_like_html(text)


def test_no_fixture_article_or_dev_text_is_taken_for_html(fixture_articles):
    for article in fixture_articles:
        assert not looks_like_html(article["text"]), article["id"]


# ------------------------------------------------------------------ hostile and broken pages

def run_isolated(code: str, timeout: float = 90) -> dict:
    """Run `code` (which prints one JSON object last) in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True,
                          timeout=timeout, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_unclosed_and_broken_markup():
    pages = [
        "<html><body><div class='content'><p>第一段没有闭合<p>第二段也没有<div><span>还有这个",
        "<p>unclosed <b>bold <i>italic <a href='x'>link",
        "</div></div></p></body></html><p>stray closers</p>",
        "<html><body><p>text</p><div",
        "<html><body><p>a &nbsp; &amp; &#x4e2d; &#99999999; &bogus; &</p></body></html>",
        "<html><body><![CDATA[ cdata ]]><p>after</p><?php echo 1; ?></body></html>",
        "<html><body><p>nul \x00 char and lone surrogate \ud800 here</p></body></html>",
        "<" * 10000 + "html",
        "<html>" + "<table><tr><td>" * 300 + "cell",
        "<html><body>" + "<p>" * 20000 + "x",
    ]
    for html in pages:
        for fmt in ("auto", "html"):
            r = cleaner.clean(html, cleaner.Options(input_format=fmt))
            assert isinstance(r.text, str)
    doc = extract(pages[0])
    assert "第一段没有闭合" in doc.text and "第二段也没有" in doc.text


def test_5000_deep_nesting_neither_raises_nor_hangs():
    out = run_isolated("""
        import json, time, cleaner
        from cleaner.html import extract
        html = "<html><body><p>开头的一段正文。</p>" + "<div>" * 5000 + "深处的文字" + "</div>" * 5000 + "<p>结尾的一段。</p></body></html>"
        unclosed = "<html><body>" + "<div><section><span>" * 5000 + "没有闭合的深处"
        t = time.time()
        d1 = extract(html); d2 = extract(unclosed)
        r = cleaner.clean(html)
        print(json.dumps({"t": time.time() - t, "d1": d1.text, "d2": d2.text, "body": r.text}))
    """)
    assert out["t"] < 30
    # libxml2 stops at depth 256; the text must not be lost with the tree
    assert "深处的文字" in out["d1"] and "开头的一段正文" in out["d1"] and "结尾的一段" in out["d1"]
    assert "没有闭合的深处" in out["d2"]


def test_2mb_pages_neither_raise_nor_hang():
    out = run_isolated("""
        import json, time, cleaner
        from cleaner.html import extract
        from pathlib import Path
        portal = Path("fixtures/html/portal.html").read_text(encoding="utf-8")
        para = "<p>这是一个用于测试的大页面段落，内容重复出现，用来检查抽取器在大输入上的耗时。</p>\\n"
        pages = {
            "script": portal.replace("</head>", "<script>var x = '" + "a" * 2_000_000 + "';</script></head>"),
            "links": "<html><body><ul>" + "<li><a href='/x'>链接文字</a></li>" * 70_000 + "</ul>"
                     "<div class='content'><p>" + "正文内容。" * 60 + "</p></div></body></html>",
            "paragraphs": "<html><body><div class='article'>" + para * (2_000_000 // len(para)) + "</div></body></html>",
            "tiny_blocks": "<html><body>" + "<div><p>x</p></div>" * 105_000 + "</body></html>",
        }
        res = {}
        for name, html in pages.items():
            t = time.time()
            d = extract(html)
            res[name] = {"len": len(html), "t": time.time() - t, "method": d.method, "text": d.text[:200], "n": len(d.text)}
        t = time.time()
        r = cleaner.clean(pages["script"])
        res["clean_script"] = {"t": time.time() - t, "text": r.text}
        t = time.time()
        r = cleaner.clean(pages["links"])
        res["clean_links"] = {"t": time.time() - t, "text": r.text}
        print(json.dumps(res))
    """, timeout=240)
    for name in ("script", "links", "paragraphs", "tiny_blocks"):
        assert out[name]["len"] >= 1_900_000
        assert out[name]["t"] < 20, (name, out[name]["t"])
    assert "记者从市住房和城乡建设局获悉" in out["script"]["text"]
    assert out["clean_script"]["t"] < 30 and "记者从市住房和城乡建设局获悉" in out["clean_script"]["text"]
    assert "正文内容。" in out["clean_links"]["text"] and "链接文字" not in out["clean_links"]["text"]
    assert out["paragraphs"]["n"] > 1_000_000


def test_entity_bomb_and_external_entities_are_not_expanded_or_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER-7731", encoding="utf-8")
    hits: list[bytes] = []
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    hits.append(conn.recv(1024))
                except OSError:
                    hits.append(b"?")
                conn.sendall(b"HTTP/1.0 200 OK\r\n\r\nFETCHED-MARKER-5519")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    lol = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    base = f"http://127.0.0.1:{port}"
    pages = {
        "bomb": f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol0 "lol">{lol}]>'
                "<html><body><p>&lol9;</p><p>炸弹之后的正文段落。</p></body></html>",
        "xxe_file": f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
                    "<html><body><p>&xxe;</p><p>外部实体之后的正文。</p></body></html>",
        "xxe_http": f'<!DOCTYPE html [<!ENTITY net SYSTEM "{base}/entity"><!ENTITY % pe SYSTEM "{base}/pe"> %pe;]>'
                    "<html><body><p>&net;</p><p>网络实体之后的正文。</p></body></html>",
        "resources": f'<!DOCTYPE html SYSTEM "{base}/dtd"><html><head><link rel="stylesheet" href="{base}/css">'
                     f'<script src="{base}/js"></script><meta http-equiv="refresh" content="0; url={base}/r">'
                     f'<base href="{base}/"></head><body><iframe src="{base}/frame"></iframe><img src="{base}/img">'
                     f'<object data="{base}/obj"></object><p>资源引用之后的正文。</p></body></html>',
    }
    try:
        out = run_isolated(f"""
            import json, time, cleaner
            from cleaner.html import extract
            pages = json.loads({json.dumps(json.dumps(pages))})
            res = {{}}
            for name, html in pages.items():
                t = time.time()
                d = extract(html)
                r = cleaner.clean(html)
                res[name] = {{"t": time.time() - t, "extracted": d.text, "body": r.text}}
            print(json.dumps(res))
        """)
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()
    assert hits == [], f"the extractor fetched something: {hits}"
    for name, res in out.items():
        assert res["t"] < 10, name
        assert "TOP-SECRET-MARKER" not in res["extracted"], name
        assert "FETCHED-MARKER" not in res["extracted"], name
        assert "lollol" not in res["extracted"], name
        assert len(res["extracted"]) < 500, name
    assert "炸弹之后的正文段落" in out["bomb"]["body"]
    assert "外部实体之后的正文" in out["xxe_file"]["body"]
    assert "网络实体之后的正文" in out["xxe_http"]["body"]
    assert "资源引用之后的正文" in out["resources"]["body"]


def test_extract_never_raises_and_falls_back_to_stripped_text(monkeypatch):
    import cleaner.html as h

    def broken(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(h, "_parse", broken)
    doc = extract("<html><body><div><p>第一段。</p><p>第二段。</p></div><script>var a=1;</script></body></html>")
    assert isinstance(doc, HtmlDocument)
    assert doc.method == "fallback"
    assert doc.text == "第一段。\n第二段。"


def test_strip_tags_is_linear_on_unclosed_angle_brackets():
    text = strip_tags("<p>a</p>" + "<" * 200_000 + "<p>b</p>")
    assert text.startswith("a") and text.endswith("b")


HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div class='content'>", "</div>", "<section>", "<br>", "<li>", "<table><tr><td>", "</td>",
    "<script>", "</script>", "<!--", "-->", "<!DOCTYPE html [", "<!ENTITY a 'b'>", "]>", "&a;", "&amp;", "<", ">",
    "<html>", "<body>", "<h1>", "来源：新华社", "版权归原作者所有", "服务热线：400-8888-123", "正文段落，内容。",
    "<p id='js_content'>", "\n", " ", "\x00", "<?xml version='1.0' encoding='gbk'?>", "<meta charset='gbk'>",
])


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(HTML_PIECES, st.text(max_size=8)), max_size=40))
def test_clean_is_total_on_html_like_input(pieces):
    html = "".join(pieces)
    for fmt in ("auto", "html"):
        r = cleaner.clean(html, cleaner.Options(input_format=fmt))
        joined = "".join(s.text for s in r.segments)
        if fmt == "html" or looks_like_html(html):
            assert joined == extract(html).text
        else:
            assert joined == html
