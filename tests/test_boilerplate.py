"""Batch-learned boilerplate (cleaner.boilerplate): a trailer no rule knows, repeated by a
batch's articles, is learned and removed -- through the API, the CLI's
--learn-boilerplate, and the two-stage datatrove pipeline (CountBoilerplate, then
CleanStep(boilerplate_path=...)) -- while every body line stays.

The articles are real bodies (the gold body lines of fixtures/articles and, when it is
beside the clone, ../shared/corpus/dev) with invented trailers appended.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.boilerplate import Boilerplate, BoilerplateCounter, key

from conftest import DEV_CORPUS, FIXTURE_ARTICLES, load_articles, run_python


#: Trailers in wordings no rule was written for (checked below: without learning, they stay).
TRAILER_ZH = ["青禾小站每周陪你读完一本好书", "愿每一个平凡的日子都闪着微光", "我们下周三晚上再会，记得带上你的好奇心"]
TRAILER_EN = ["Lanternfish Digest sails again next Tuesday with fresh harbour stories.",
              "Until then, keep your lamps trimmed and your nets mended.",
              "Warm regards from the whole crew on Pier Nine.",
              "Lanternfish Digest, printed by hand since the long winter."]
#: A body paragraph that many articles share in their middle (a standard explanatory
#: paragraph): recurring, but not boilerplate, so never removed.
MIDDLE = ("按照有关规定，上述数据均为初步统计结果，最终数据以统计部门正式公布为准，"
          "各地区分项数字之和与全省总计略有出入系四舍五入所致。")

SOURCE_A, SOURCE_B_HOST = "青禾书房", "lanternfish.example"


def bodies(n: int = 60) -> list[list[str]]:
    """n distinct real article bodies (lists of non-blank gold body lines, at least 3)."""
    pool = [[ln["text"] for ln in a["lines"] if ln["label"] == "body" and ln["text"].strip()]
            for a in load_articles(FIXTURE_ARTICLES) + load_articles(DEV_CORPUS)]
    pool = [b for b in pool if len(b) >= 3]
    out = list(pool[:n])
    i = 0
    while len(out) < n:  # without the dev corpus: join two fixture bodies into a new article
        out.append(pool[i % len(pool)] + pool[(i + 1) % len(pool)])
        i += 1
    return out


def article(body: list[str], trailer: list[str] = (), middle: str | None = None) -> str:
    lines = list(body)
    if middle is not None:
        lines.insert(len(lines) // 2, middle)
    return "\n\n".join(lines + list(trailer))


def learn(texts_sources) -> Boilerplate:
    counter = BoilerplateCounter()
    for text, source in texts_sources:
        counter.add(text, source)
    return counter.learned()


def clean_with(text: str, learned: Boilerplate, source: str | None = None) -> cleaner.Result:
    table = learned.for_source(source)
    return cleaner.clean(text, cleaner.Options(boilerplate=dict(table) if table else None))


def trailer_gone(text: str, trailer: list[str]) -> bool:
    return not any(line in text for line in trailer)


def check_removed(results: list[dict], plain_texts: list[str], trailer: list[str]) -> None:
    """The trailer is gone from >= 95% of articles, with a "recurs in" reason; every body
    line is kept (the text equals the same body cleaned without the trailer)."""
    gone = sum(trailer_gone(r["text"], trailer) for r in results)
    assert gone >= 0.95 * len(results), f"trailer removed from only {gone}/{len(results)} articles"
    for r, plain in zip(results, plain_texts):
        assert r["text"] == plain
        for removal in r["removed"]:
            if removal["text"] in trailer:
                assert "recurs in" in removal["reason"], removal


# ------------------------------------------------------------------ through the API

def test_api_learns_an_unknown_trailer():
    bs = bodies()
    texts = [article(b, TRAILER_ZH) for b in bs]
    kept_without = sum(not trailer_gone(cleaner.clean(t).text, TRAILER_ZH) for t in texts)
    assert kept_without >= 0.8 * len(texts), "the trailer must be one no rule removes, or this test proves nothing"

    learned = learn((t, None) for t in texts)
    assert {key(line) for line in TRAILER_ZH} <= set(learned.for_source(None))
    results = [clean_with(t, learned).to_dict() for t in texts]
    check_removed(results, [cleaner.clean(article(b)).text for b in bs], TRAILER_ZH)
    assert Boilerplate.from_json(learned.to_json()) == learned


def test_api_learns_per_source():
    bs = bodies()
    records = [(article(b, TRAILER_ZH), SOURCE_A) for b in bs[:30]]
    records += [(article(b, TRAILER_EN), SOURCE_B_HOST) for b in bs[30:58]]
    crossed = [(article(b, TRAILER_ZH), SOURCE_B_HOST) for b in bs[58:]]  # A's trailer on two of B's articles
    learned = learn(records + crossed)
    a_keys, b_keys = {key(x) for x in TRAILER_ZH}, {key(x) for x in TRAILER_EN}
    assert a_keys <= set(learned.for_source(SOURCE_A)) and not b_keys & set(learned.for_source(SOURCE_A))
    assert b_keys <= set(learned.for_source(SOURCE_B_HOST)) and not a_keys & set(learned.for_source(SOURCE_B_HOST))
    assert not learned.for_source(None) and not learned.for_source("another source")

    results = [clean_with(t, learned, s).to_dict() for t, s in records[:30]]
    check_removed(results, [cleaner.clean(article(b)).text for b in bs[:30]], TRAILER_ZH)
    results = [clean_with(t, learned, s).to_dict() for t, s in records[30:]]
    check_removed(results, [cleaner.clean(article(b)).text for b in bs[30:58]], TRAILER_EN)
    for text, source in crossed:  # not learned for B: kept there
        assert all(line in clean_with(text, learned, source).text for line in TRAILER_ZH)


def test_recurring_middle_paragraph_is_kept():
    bs = [b for b in bodies(80) if len(b) >= 4][:60]
    texts = [article(b, TRAILER_ZH, middle=MIDDLE) for b in bs]
    learned = learn((t, None) for t in texts)
    assert key(MIDDLE) in learned.for_source(None)  # it does recur near the ends of short articles...
    results = [clean_with(t, learned).to_dict() for t in texts]
    assert all(MIDDLE in r["text"] for r in results)  # ...but is never removed from the middle
    check_removed(results, [cleaner.clean(article(b, middle=MIDDLE)).text for b in bs], TRAILER_ZH)


# ------------------------------------------------------------------ through the CLI

def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def per_source_records() -> tuple[list[dict], dict[str, list[str]]]:
    """Records of two sources, one named by "source", one by its URL's host; and each
    record's body cleaned on its own."""
    bs = bodies()
    records, plain = [], {}
    for i, b in enumerate(bs):
        rid = f"a{i:02d}"
        if i < 30:
            records.append({"id": rid, "source": SOURCE_A, "text": article(b, TRAILER_ZH)})
        else:
            records.append({"id": rid, "url": f"https://{SOURCE_B_HOST}/{i}", "text": article(b, TRAILER_EN)})
        plain[rid] = cleaner.clean(article(b)).text
    return records, plain


def test_cli_learns_an_unknown_trailer(tmp_path):
    bs = bodies()
    write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": article(b, TRAILER_ZH)} for i, b in enumerate(bs)])
    run_python(["-m", "cleaner", "clean", "in.jsonl", "-o", "out.jsonl", "--learn-boilerplate", "--no-progress"],
               cwd=tmp_path)
    results = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in results] == list(range(len(bs)))
    check_removed(results, [cleaner.clean(article(b)).text for b in bs], TRAILER_ZH)


def test_cli_learns_per_source(tmp_path):
    records, plain = per_source_records()
    write_jsonl(tmp_path / "in.jsonl", records)
    run_python(["-m", "cleaner", "clean", "in.jsonl", "-o", "out.jsonl", "--learn-boilerplate", "--no-progress"],
               cwd=tmp_path)
    results = read_jsonl(tmp_path / "out.jsonl")
    check_removed(results[:30], [plain[r["id"]] for r in results[:30]], TRAILER_ZH)
    check_removed(results[30:], [plain[r["id"]] for r in results[30:]], TRAILER_EN)


# ------------------------------------------------------------------ through datatrove, in two stages

TWO_STAGES = '''
import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleaner.integrations.datatrove import CleanStep, CountBoilerplate

if __name__ == "__main__":
    source, counts, output, logs = sys.argv[1:]
    count = LocalPipelineExecutor(
        pipeline=[JsonlReader(source), CountBoilerplate(counts)],
        tasks=2, logging_dir=f"{logs}/count",
    )
    clean = LocalPipelineExecutor(
        pipeline=[JsonlReader(source), CleanStep(boilerplate_path=counts), JsonlWriter(output, compression=None)],
        tasks=2, logging_dir=f"{logs}/clean", depends=count,
    )
    clean.run()
'''


def test_datatrove_two_stages_match_the_cli(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    from cleaner.integrations.datatrove import counter_name, load_counters

    records, plain = per_source_records()
    for part in range(4):  # 4 files over 2 tasks
        write_jsonl(tmp_path / "in" / f"part-{part}.jsonl", records[part::4])
    (tmp_path / "run.py").write_text(TWO_STAGES, encoding="utf-8")
    run_python(["run.py", "in", "counts", "out", "logs"], cwd=tmp_path)

    assert sorted(p.name for p in (tmp_path / "counts").iterdir()) == [counter_name(0, 2), counter_name(1, 2)]
    merged = load_counters(str(tmp_path / "counts"))
    assert merged.articles == {SOURCE_A: 30, SOURCE_B_HOST: 30}

    write_jsonl(tmp_path / "cli-in.jsonl", records)
    run_python(["-m", "cleaner", "clean", "cli-in.jsonl", "-o", "cli-out.jsonl", "--learn-boilerplate",
                "--no-progress"], cwd=tmp_path)
    cli = {r["id"]: r for r in read_jsonl(tmp_path / "cli-out.jsonl")}

    out = {doc["id"]: doc for doc in read_jsonl(tmp_path / "out")}
    assert set(out) == {r["id"] for r in records}
    for rid, doc in out.items():  # the same text and the same removals as the CLI
        assert doc["text"] == cli[rid]["text"] == plain[rid], rid
        assert doc["metadata"]["removed"] == cli[rid]["removed"], rid
        assert doc["metadata"]["attribution"] == cli[rid]["attribution"], rid
    docs = [out[r["id"]] for r in records]
    check_removed([{"text": d["text"], "removed": d["metadata"]["removed"]} for d in docs[:30]],
                  [plain[r["id"]] for r in records[:30]], TRAILER_ZH)
    check_removed([{"text": d["text"], "removed": d["metadata"]["removed"]} for d in docs[30:]],
                  [plain[r["id"]] for r in records[30:]], TRAILER_EN)

    steps = json.loads((tmp_path / "logs" / "clean" / "stats.json").read_text(encoding="utf-8"))
    stats = next(s["stats"] for s in steps if "cleaner" in s["name"])
    recurring = sum(r["reason"].startswith("boilerplate:") for d in docs for r in d["metadata"]["removed"])
    value = stats["boilerplate_removed"]
    assert (value["total"] if isinstance(value, dict) else value) == recurring >= 60 * 3


def test_clean_step_refuses_an_incomplete_stage_one(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanStep, CountBoilerplate, counter_name

    docs = [Document(text=article(b, TRAILER_ZH), id=str(i)) for i, b in enumerate(bodies(10))]
    with pytest.raises(FileNotFoundError, match="no boilerplate counters"):
        list(CleanStep(boilerplate_path=str(tmp_path / "counts")).run(iter(docs)))
    list(CountBoilerplate(str(tmp_path / "counts")).run(iter(docs[:5]), rank=0, world_size=2))
    assert (tmp_path / "counts" / counter_name(0, 2)).is_file()
    with pytest.raises(FileNotFoundError, match=r"no counter from tasks \[1\] of 2"):
        list(CleanStep(boilerplate_path=str(tmp_path / "counts")).run(iter(docs)))
    list(CountBoilerplate(str(tmp_path / "counts")).run(iter(docs[5:]), rank=1, world_size=2))
    out = list(CleanStep(boilerplate_path=str(tmp_path / "counts"), min_articles=5).run(iter(docs)))
    assert len(out) == 10 and all(trailer_gone(d.text, TRAILER_ZH) for d in out)
