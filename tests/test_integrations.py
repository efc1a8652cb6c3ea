"""Pipeline integrations: the Scrapy item pipeline in a real crawl of a local site, and
the datatrove step in a real LocalPipelineExecutor run (both in subprocesses, bounded by
timeouts). Skipped when scrapy / datatrove are not installed (``pip install
'.[scrapy,datatrove]'``).
"""
from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import logging
import pickle
import threading
from pathlib import Path

import pytest

import cleaner
from cleaner.integrations import source_of

from conftest import FIXTURE_ARTICLES, REPO, lines_labelled, load_articles, run_python

SITE = REPO / "fixtures" / "site"
#: Every subprocess and server is bounded by this (seconds).


def read_jsonl(folder: Path) -> list[dict]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------ the source rule

def test_source_of_follows_the_cli_rule():
    from cleaner.cli import source_of as cli_source_of
    from cleaner.io import Item

    records = [
        {"source": "网信中国", "url": "https://a.example/1"},
        {"site": " 港城物流圈 "},
        {"domain": "news.example.org", "sitename": "ignored"},
        {"sitename": "Valley Digest"},
        {"account": "江城生活圈"},
        {"source": "", "url": "https://Lanternfish.example:8080/a?b=1"},
        {"url": "not a url"},
        {"source": 3},
        {},
    ]
    for record in records:
        assert source_of(record) == cli_source_of(Item("x", "t", record=record)), record


# ------------------------------------------------------------------ Scrapy

class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def site_url():
    """fixtures/site/ served on 127.0.0.1 (ephemeral port) for the duration of a test."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SiteHandler, directory=str(SITE)))
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


SPIDER = '''
import scrapy


class SiteSpider(scrapy.Spider):
    name = "site"
    custom_settings = {
        "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanPipeline": 300},
        "HTTPPROXY_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_TIMEOUT": 20,
        "CLOSESPIDER_TIMEOUT": 120,
        "FEED_EXPORT_ENCODING": "utf-8",
        "LOG_LEVEL": "INFO",
    }

    def __init__(self, base="", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [base.rstrip("/") + "/index.html"]

    def parse(self, response):
        links = response.css("a::attr(href)").getall()
        yield {"url": response.url, "kind": "index", "links": links}  # no text, no html
        for href in links:
            yield response.follow(href, callback=self.parse_article)

    def parse_article(self, response):
        if response.url.endswith(".txt"):
            yield {"url": response.url, "text": response.text}
        else:
            yield {"url": response.url, "html": response.text, "site": "fixture-site"}
'''


def test_scrapy_crawl_cleans_items(site_url, tmp_path):
    pytest.importorskip("scrapy")
    (tmp_path / "site_spider.py").write_text(SPIDER, encoding="utf-8")
    proc = run_python(["-m", "scrapy", "runspider", "site_spider.py", "-a", f"base={site_url}",
                       "-O", "items.jsonl"], cwd=tmp_path)
    items = {Path(item["url"]).name: item for item in read_jsonl(tmp_path)}
    assert set(items) == {"index.html", "wechat-repost.html", "syndicated.html", "portal-repost.txt"}, proc.stderr

    # an item without the text or html field passes through untouched
    index = items["index.html"]
    assert set(index) == {"url", "kind", "links"}
    assert index["links"] == ["wechat-repost.html", "syndicated.html", "portal-repost.txt"]

    # WeChat-style repost, from HTML: the clean text goes to "text", the HTML stays
    wechat = items["wechat-repost.html"]
    assert wechat["html"] == (SITE / "wechat-repost.html").read_text(encoding="utf-8")
    text = wechat["text"]
    assert "线路全长27.6公里，共设车站19座" in text
    assert "在滨江新城工作的王女士说" in text
    for noise in ("400-8291-657", "服务热线", "顺达搬家", "版权归原作者所有", "如有侵权", "来源：", "图源", "点击上方蓝字"):
        assert noise not in text, noise
    assert wechat["attribution"]["source"] == ["江城交通"]
    assert wechat["attribution"]["image_credit"] == ["江城发布"]
    labels = {r["label"] for r in wechat["removed"]}
    assert {"ad", "notice", "attribution", "chrome"} <= labels
    assert all(r["reason"] for r in wechat["removed"])

    # English syndicated post
    syndicated = items["syndicated.html"]
    assert "212 solar panels on its roof" in syndicated["text"]
    for noise in ("All rights reserved", "Subscribe to our weekly newsletter", "originally published", "Photo:"):
        assert noise not in syndicated["text"], noise
    assert syndicated["attribution"]["source"] == ["Riverside Gazette"]
    assert syndicated["attribution"]["author"] == ["Maria Okafor"]

    # a {"url", "text"} item
    portal = items["portal-repost.txt"]
    assert "全省已累计收购秋粮312万吨" in portal["text"]
    assert "免责声明" not in portal["text"] and "责任编辑" not in portal["text"]
    assert portal["attribution"]["source"] == ["江北农村报"]
    assert portal["attribution"]["editor"] == ["李晓东"]

    # crawl stats, and no deprecation warning about the pipeline's signature
    assert "'cleaner/items_cleaned': 3" in proc.stderr
    assert "'cleaner/items_skipped': 1" in proc.stderr
    assert "requires a spider argument" not in proc.stderr


WECHAT_TEXT = ("江城地铁5号线一期今日开通试运营\n"
               "6月18日上午，江城地铁5号线一期工程正式开通试运营，线路全长27.6公里，共设车站19座。\n"
               "来源：“江城交通”微信公众号\n"
               "顺达搬家—江城本地专业搬家公司。服务热线：400-8291-657，微信同号：13912345678")


def test_scrapy_pipeline_settings(tmp_path):
    pytest.importorskip("scrapy")
    from scrapy.utils.test import get_crawler

    from cleaner.integrations.scrapy import CleanPipeline

    crawler = get_crawler(settings_dict={
        "CLEANER_TEXT_FIELD": "body", "CLEANER_HTML_FIELD": "page", "CLEANER_ATTRIBUTION_FIELD": "credits",
        "CLEANER_REMOVED_FIELD": "", "CLEANER_MODEL": "rules",
    })
    pipe = CleanPipeline.from_crawler(crawler)
    assert (pipe.text_field, pipe.html_field, pipe.attribution_field, pipe.removed_field, pipe.model) == \
        ("body", "page", "credits", None, "")
    pipe.open_spider()

    item = pipe.process_item({"body": WECHAT_TEXT, "url": "https://x.example/1"})
    assert "400-8291-657" not in item["body"] and "线路全长27.6公里" in item["body"]
    assert item["credits"]["source"] == ["江城交通"]
    assert "removed" not in item and "text" not in item

    page = (SITE / "syndicated.html").read_text(encoding="utf-8")
    item = pipe.process_item({"page": page, "body": None})  # no text: the HTML is cleaned into "body"
    assert "212 solar panels" in item["body"] and "<p>" not in item["body"]
    assert item["page"] == page

    item = pipe.process_item({"body": ["第一段正文，讲述了项目的由来和进展情况。", "来源：新华社"]})  # .getall()
    assert item["body"] == "第一段正文，讲述了项目的由来和进展情况。"
    assert item["credits"]["source"] == ["新华社"]

    # defaults, and a spider passed positionally as older Scrapy versions do
    pipe = CleanPipeline.from_crawler(get_crawler())
    assert (pipe.text_field, pipe.html_field, pipe.attribution_field, pipe.removed_field, pipe.model) == \
        ("text", "html", "attribution", "removed", None)
    item = pipe.process_item({"text": WECHAT_TEXT}, object())
    assert {r["label"] for r in item["removed"]} >= {"attribution", "ad"}

    untouched = {"url": "https://x.example/2", "text": "   ", "html": 12}
    assert pipe.process_item(untouched) == {"url": "https://x.example/2", "text": "   ", "html": 12}

    with pytest.raises(cleaner.ModelError):
        bad = tmp_path / "bad.npz"
        bad.write_bytes(b"not a model")
        CleanPipeline(model=str(bad)).open_spider()


def test_scrapy_pipeline_declared_items(caplog):
    pytest.importorskip("scrapy")
    import scrapy

    from cleaner.integrations.scrapy import CleanPipeline

    class Article(scrapy.Item):  # declares no "removed" field
        url = scrapy.Field()
        html = scrapy.Field()
        text = scrapy.Field()
        attribution = scrapy.Field()

    @dataclasses.dataclass
    class Record:
        url: str
        text: str | None = None
        attribution: dict | None = None
        removed: list | None = None

    pipe = CleanPipeline()
    with caplog.at_level(logging.WARNING, logger="cleaner.integrations.scrapy"):
        first = pipe.process_item(Article(url="https://x.example/a", text=WECHAT_TEXT))
        second = pipe.process_item(Article(url="https://x.example/b", text=WECHAT_TEXT))
    for item in (first, second):  # the undeclared output is skipped; the rest is written
        assert isinstance(item, Article)
        assert "400-8291-657" not in item["text"]
        assert item["attribution"]["source"] == ["江城交通"]
        assert "removed" not in item
    warnings = [r for r in caplog.records if "declares no field 'removed'" in r.getMessage()]
    assert len(warnings) == 1  # once per item class and field

    html_only = Article(url="https://x.example/c", html=(SITE / "wechat-repost.html").read_text(encoding="utf-8"))
    assert "线路全长27.6公里" in pipe.process_item(html_only)["text"]

    record = pipe.process_item(Record(url="https://x.example/d", text=WECHAT_TEXT))
    assert isinstance(record, Record) and "400-8291-657" not in record.text
    assert record.attribution["source"] == ["江城交通"] and record.removed

    empty = Article(url="https://x.example/e")
    assert pipe.process_item(empty) is empty and dict(empty) == {"url": "https://x.example/e"}


# ------------------------------------------------------------------ datatrove

LOCAL_PIPELINE = '''
import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleaner.integrations.datatrove import CleanStep

if __name__ == "__main__":
    source, output, logs = sys.argv[1:]
    LocalPipelineExecutor(
        pipeline=[JsonlReader(source), CleanStep(), JsonlWriter(output, compression=None)],
        tasks=2,
        logging_dir=logs,
    ).run()
'''


def stat_total(stats: dict, name: str) -> float:
    value = stats.get(name, 0)
    return value["total"] if isinstance(value, dict) else value


def test_datatrove_local_executor(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    articles = [a for a in load_articles(FIXTURE_ARTICLES) if lines_labelled(a, "ad", "notice")][:20]
    assert len(articles) == 20
    records = [{"id": a["id"], "text": a["text"], "url": f"https://{a['lang']}.example/{a['id']}"} for a in articles]
    records.append({"id": "site-wechat", "text": (SITE / "wechat-repost.html").read_text(encoding="utf-8"),
                    "site": "江城生活圈"})
    source = tmp_path / "in"
    source.mkdir()
    for part in range(3):  # 3 files over 2 tasks
        with open(source / f"part-{part}.jsonl", "w", encoding="utf-8") as f:
            for record in records[part::3]:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    (tmp_path / "run.py").write_text(LOCAL_PIPELINE, encoding="utf-8")
    run_python(["run.py", str(source), str(tmp_path / "out"), str(tmp_path / "logs")], cwd=tmp_path)

    out = {doc["id"]: doc for doc in read_jsonl(tmp_path / "out")}
    assert set(out) == {r["id"] for r in records}  # every document comes out
    expected_counts: dict[str, int] = {}
    for record in records:
        doc, expected = out[record["id"]], cleaner.clean(record["text"]).to_dict()
        assert doc["text"] == expected["text"], record["id"]  # the library's result, exactly
        assert doc["metadata"]["attribution"] == expected["attribution"]
        assert doc["metadata"]["removed"] == expected["removed"]
        assert doc["metadata"]["url" if "url" in record else "site"] == record.get("url", record.get("site"))
        for r in expected["removed"]:
            expected_counts[r["label"]] = expected_counts.get(r["label"], 0) + 1
    assert "<p>" not in out["site-wechat"]["text"] and "线路全长27.6公里" in out["site-wechat"]["text"]
    assert out["site-wechat"]["metadata"]["attribution"]["source"] == ["江城交通"]

    gold_noise = [(a["id"], line.strip()) for a in articles for line in lines_labelled(a, "ad", "notice")]
    left = [(i, line) for i, line in gold_noise if line in out[i]["text"]]
    assert len(left) <= 0.05 * len(gold_noise), left

    logs = tmp_path / "logs"
    assert sorted(p.name for p in (logs / "stats").glob("*.json")) == ["00000.json", "00001.json"]
    steps = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    stats = next(s["stats"] for s in steps if "cleaner" in s["name"])
    assert stat_total(stats, "cleaned") == len(records)
    assert {"ad", "notice", "attribution", "chrome"} <= set(expected_counts)
    for label, n in expected_counts.items():
        assert stat_total(stats, f"removed_{label}") == n, label
    assert stat_total(stats, "clean_failed") == 0


def test_datatrove_step_never_drops_a_document():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanStep

    page = (SITE / "syndicated.html").read_text(encoding="utf-8")
    step = CleanStep(model="rules")
    docs = [Document(text=WECHAT_TEXT, id="ok"), Document(text=None, id="none"), Document(text="", id="empty"),
            Document(text=page, id="page")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["ok", "none", "empty", "page"]
    assert "400-8291-657" not in out[0].text and out[0].metadata["attribution"]["source"] == ["江城交通"]
    assert out[1].text is None and "not a string" in out[1].metadata["cleaner_error"]
    assert out[2].metadata["removed"] == []
    assert "212 solar panels" in out[3].text and "<p>" not in out[3].text  # detected as HTML
    json.dumps([d.metadata for d in out])  # JSON-serialisable
    stats = step.stats.to_dict()["stats"]
    assert stat_total(stats, "clean_failed") == 1 and stat_total(stats, "cleaned") == 3

    as_text = list(CleanStep(html=False, model="rules").run(iter([Document(text=page, id="page")])))[0]
    assert "<p>" in as_text.text  # html=False: markup is read as text

    # nothing to run on (a pipeline whose reader found no files)
    assert list(CleanStep().run(None)) == []


def test_datatrove_steps_pickle(tmp_path):
    pytest.importorskip("datatrove")
    import dill
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanStep, CountBoilerplate

    steps = [CleanStep(model="rules", boilerplate_path=str(tmp_path / "bp")), CountBoilerplate(str(tmp_path / "bp"))]
    dumps = [pickle.dumps, dill.dumps]
    try:
        import cloudpickle  # what Ray uses
        dumps.append(cloudpickle.dumps)
    except ImportError:
        pass
    for dump in dumps:
        clean_step, count_step = pickle.loads(dump(steps))
        docs = [Document(text=WECHAT_TEXT, id=str(i)) for i in range(3)]
        assert len(list(count_step.run(iter(docs), rank=0, world_size=1))) == 3
        out = list(clean_step.run(iter(docs)))
        assert all("400-8291-657" not in d.text for d in out)
