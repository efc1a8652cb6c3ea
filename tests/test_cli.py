"""The command line, run as users run it: ``python -m cleaner clean …`` in a subprocess
from the repository root, on inputs written to a temporary folder."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import structure, units

from conftest import EXAMPLE_DIR, FIXTURE_ARTICLES, REPO, gold_body, load_article, squash

SUMMARY = re.compile(r"^cleaner: (\d+) in, (\d+) out, (\d+) failed\b", re.M)


def run_cli(*args: str, stdin: bytes | str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([sys.executable, "-m", "cleaner", "clean", *args], cwd=REPO, input=data,
                          capture_output=True, timeout=timeout, env=env)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


def summary(stderr: str) -> tuple[int, int, int]:
    found = SUMMARY.findall(stderr)
    assert len(found) == 1, f"expected one summary line in stderr:\n{stderr}"
    return tuple(map(int, found[0]))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# ------------------------------------------------------------------ inputs

REPOST = (EXAMPLE_DIR / "repost.md").read_text(encoding="utf-8")
ZHS02 = load_article(FIXTURE_ARTICLES / "zhs-02.json")
EN01 = load_article(FIXTURE_ARTICLES / "en-01.json")


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """A scraped folder: two articles in a tree, an empty file, a binary file, and a
    file type the walk ignores."""
    root = tmp_path_factory.mktemp("scraped")
    (root / "wx").mkdir()
    (root / "wx" / "deep").mkdir()
    (root / "repost.md").write_text(REPOST, encoding="utf-8")
    (root / "wx" / "deep" / "zhs-02.txt").write_text(ZHS02["text"], encoding="utf-8")
    (root / "wx" / "en-01.md").write_text(EN01["text"], encoding="utf-8")
    (root / "wx" / "empty.txt").write_bytes(b"")
    (root / "wx" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    return root


@pytest.fixture(scope="module")
def mirrored(tree, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "out"
    proc = run_cli(str(tree), "-o", str(out))
    return proc, out


# ------------------------------------------------------------------ folders

def test_folder_is_mirrored_with_sidecars(tree, mirrored):
    proc, out = mirrored
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [
        "repost.md", "repost.md.attribution.json",
        "wx/deep/zhs-02.txt", "wx/deep/zhs-02.txt.attribution.json",
        "wx/en-01.md", "wx/en-01.md.attribution.json",
    ]
    for rel, source in (("repost.md", REPOST), ("wx/deep/zhs-02.txt", ZHS02["text"]), ("wx/en-01.md", EN01["text"])):
        expected = cleaner.clean(source)
        assert (out / rel).read_text(encoding="utf-8") == expected.text + "\n"
        sidecar = json.loads((out / f"{rel}.attribution.json").read_text(encoding="utf-8"))
        assert sidecar == expected.attribution.to_dict()
    assert not list(out.rglob("*.part")), "temporary files left behind"


def test_folder_reports_empty_and_binary_files_and_cleans_the_rest(tree, mirrored):
    proc, out = mirrored
    assert proc.returncode == 1
    n_in, n_out, n_failed = summary(proc.stderr)
    assert (n_in, n_out, n_failed) == (5, 3, 2)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("cleaner: ") and not SUMMARY.match(line)]
    assert len(errors) == 2
    assert any("empty.txt" in line and "empty" in line.split("empty.txt", 1)[1] for line in errors)
    assert any("image.txt" in line and "binary" in line for line in errors)
    assert "notes.pdf" not in proc.stderr


def test_example_comes_out_clean_through_the_folder(mirrored):
    _, out = mirrored
    text = (out / "repost.md").read_text(encoding="utf-8")
    gold = load_article(FIXTURE_ARTICLES / "zhs-15.json")
    assert squash(text) == squash(gold_body(gold))
    sidecar = json.loads((out / "repost.md.attribution.json").read_text(encoding="utf-8"))
    assert sidecar == gold["attribution"]


def test_folder_with_attribution_footer(tree, tmp_path):
    out = tmp_path / "out"
    proc = run_cli(str(tree), "-o", str(out), "--attribution", "footer")
    assert proc.returncode == 1  # the empty and binary files
    assert not list(out.rglob("*.attribution.json"))
    written = (out / "repost.md").read_text(encoding="utf-8")
    expected = cleaner.clean(REPOST)
    body, _, footer = written.partition("\n\n[attribution]\n")
    assert body == expected.text
    rows = dict(line.split(": ", 1) for line in footer.strip().splitlines())
    assert rows == {name: " | ".join(values) for name, values in expected.attribution.to_dict().items() if values}
    assert rows["source"] == "陆港观察"


# ------------------------------------------------------------------ JSONL

RECORDS = [
    {"id": "a-1", "url": "https://example.com/a/1?x=1", "meta": {"tags": ["物流", "班列"], "rank": 3, "ok": True},
     "text": REPOST},
    {"id": "a-2", "score": 0.25, "flag": None, "list": [1, {"k": "v"}], "text": ZHS02["text"]},
    {"id": "a-3", "url": "https://example.com/a/3", "text": "一篇没有任何尾巴的短文章，正文就是全部内容。"},
    {"text": EN01["text"], "source_file": "en-01.json"},
]


def write_jsonl(path: Path, lines: list) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


def check_records_out(records_out: list[dict], records_in: list[dict]) -> None:
    assert len(records_out) == len(records_in)
    for rec_in, rec_out in zip(records_in, records_out):  # order kept
        expected = cleaner.clean(rec_in["text"])
        assert set(rec_out) == set(rec_in) | {"attribution", "removed"}
        for key, value in rec_in.items():
            if key != "text":
                assert rec_out[key] == value, key  # passed through untouched
        assert rec_out["text"] == expected.text
        assert rec_out["attribution"] == expected.attribution.to_dict()
        assert rec_out["removed"] == expected.to_dict()["removed"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_in_jsonl_out(tmp_path, jobs):
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    dst = tmp_path / "out.jsonl"
    proc = run_cli(str(src), "-o", str(dst), "--jobs", jobs)
    assert proc.returncode == 0, proc.stderr
    assert summary(proc.stderr) == (4, 4, 0)
    check_records_out(jsonl(dst.read_text(encoding="utf-8")), RECORDS)
    assert not (tmp_path / "out.jsonl.part").exists()


def test_jsonl_keeps_order_with_many_records_and_two_jobs(tmp_path):
    """More records than one worker chunk, so the order is really merged back."""
    records = [{"id": f"n{k:03d}", "text": f"第{k}篇文章的正文，内容各不相同，编号{k}。\n来源：测试社{k % 7}"} for k in range(150)]
    src = write_jsonl(tmp_path / "many.jsonl", records)
    dst = tmp_path / "many.out.jsonl"
    proc = run_cli(str(src), "-o", str(dst), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    out = jsonl(dst.read_text(encoding="utf-8"))
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert all(r["text"] == f"第{k}篇文章的正文，内容各不相同，编号{k}。" for k, r in enumerate(out))
    assert all(r["attribution"]["source"] == [f"测试社{k % 7}"] for k, r in enumerate(out))


def test_jsonl_record_with_half_an_emoji_is_cleaned_and_written(tmp_path):
    """A scraped record cut inside an emoji holds a lone surrogate ("\\ud83d" in its
    JSON). It is cleaned like any other, and its output line is valid JSON that gives the
    same characters back (UTF-8 cannot carry a lone surrogate, so that line is escaped)."""
    src = tmp_path / "cut.jsonl"
    src.write_text('{"id": "cut", "text": "\\ud83d大会于昨日开幕。\\n来源:新华社\\ud83d"}\n'
                   + json.dumps(RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    dst = tmp_path / "cut.out.jsonl"
    proc = run_cli(str(src), "-o", str(dst), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert summary(proc.stderr) == (2, 2, 0)
    first, second = dst.read_text(encoding="utf-8").splitlines()
    record = json.loads(first)
    assert record["text"] == "\ud83d大会于昨日开幕。"
    assert record["attribution"]["source"] == ["新华社\ud83d"]
    check_records_out([json.loads(second)], [RECORDS[0]])
    assert "\\u" not in second  # the other records stay readable UTF-8


def test_jsonl_with_bad_lines_reports_each_and_cleans_the_rest(tmp_path):
    good = [RECORDS[0], RECORDS[2]]
    lines = [
        good[0],                                    # 1 good
        '{"id": "broken", "text": "unterminated',    # 2 not JSON
        "[1, 2, 3]",                                 # 3 not an object
        {"id": "no-text", "body": "正文在别的字段里"},   # 4 no text field
        {"id": "int-text", "text": 42},              # 5 text not a string
        "",                                          # 6 blank: skipped, not a record
        good[1],                                     # 7 good
    ]
    src = write_jsonl(tmp_path / "mixed.jsonl", lines)
    dst = tmp_path / "mixed.out.jsonl"
    proc = run_cli(str(src), "-o", str(dst))
    assert proc.returncode == 1
    n_in, n_out, n_failed = summary(proc.stderr)
    assert (n_out, n_failed) == (2, 4)
    assert n_in == n_out + n_failed
    check_records_out(jsonl(dst.read_text(encoding="utf-8")), good)

    errors = [line for line in proc.stderr.splitlines() if line.startswith("cleaner: ") and not SUMMARY.match(line)]
    assert len(errors) == 4, proc.stderr
    by_line = {}
    for line in errors:
        m = re.match(rf"cleaner: {re.escape(str(src))}:(\d+): (.+)$", line)
        assert m, f"error line does not name file:line: {line}"
        by_line[int(m.group(1))] = m.group(2)
    assert sorted(by_line) == [2, 3, 4, 5]
    assert "JSON" in by_line[2]
    assert "object" in by_line[3]
    assert "text" in by_line[4]
    assert "string" in by_line[5]


# ------------------------------------------------------------------ standard input

def test_text_on_stdin_goes_to_stdout_with_footer():
    proc = run_cli("-", stdin=REPOST)
    assert proc.returncode == 0, proc.stderr
    expected = cleaner.clean(REPOST)
    body, sep, footer = proc.stdout.partition("\n\n[attribution]\n")
    assert sep, proc.stdout
    assert body == expected.text
    assert "source: 陆港观察" in footer.splitlines()
    assert "image_credit: 西部陆港集团" in footer.splitlines()
    assert summary(proc.stderr) == (1, 1, 0)


def test_jsonl_on_stdin_with_format_jsonl():
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:3])
    proc = run_cli("-", "--format", "jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    check_records_out(jsonl(proc.stdout), RECORDS[:3])


def test_jsonl_on_stdin_comes_out_as_jsonl_by_default():
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:3])
    proc = run_cli("-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    check_records_out(jsonl(proc.stdout), RECORDS[:3])


def test_format_json_on_stdout():
    proc = run_cli("-", "--format", "json", stdin=REPOST)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and len(data) == 1
    expected = cleaner.clean(REPOST).to_dict()
    assert {k: data[0][k] for k in ("text", "attribution", "removed")} == expected


def test_explain_prints_segments_with_labels_and_reasons_on_stderr(tmp_path):
    path = tmp_path / "repost.md"
    path.write_text(REPOST, encoding="utf-8")
    proc = run_cli(str(path), "--explain")
    assert proc.returncode == 0, proc.stderr
    result = cleaner.clean(REPOST)
    assert proc.stdout.startswith(result.text)
    assert "[attribution]" not in proc.stderr
    explained = [line for line in proc.stderr.splitlines() if line.split(" ", 1)[0] in cleaner.LABELS]
    shown = [seg for seg in result.segments if seg.text.strip()]
    assert len(explained) == len(shown)
    for line, seg in zip(explained, shown):
        assert line.split()[0] == seg.label
        assert seg.reason in line
    assert any(line.startswith("ad") and "400" in line for line in explained)
    assert any(line.startswith("notice") for line in explained)


# ------------------------------------------------------------------ help and usage

def test_help_names_the_thresholds_with_their_values():
    proc = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--help"], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert proc.returncode == 0
    for module, name in ((structure, "NOISE_THRESHOLD"), (structure, "LEAN_THRESHOLD"),
                         (structure, "ONE_SIDE_THRESHOLD"), (structure, "SHORT_WEIGHT"),
                         (units, "LONG_WEIGHT"), (units, "INSIDE_CAP")):
        assert f"{name}={getattr(module, name)}" in proc.stdout, name
    for option in ("--output", "--format", "--jobs", "--explain", "--attribution"):
        assert option in proc.stdout


def test_usage_error_exits_2(tmp_path):
    proc = run_cli(str(EXAMPLE_DIR / "repost.md"), "--format", "text", "-o", str(tmp_path / "x.jsonl"))
    assert proc.returncode == 2
    assert not (tmp_path / "x.jsonl").exists()
    proc = run_cli("--no-such-option", "x")
    assert proc.returncode == 2
