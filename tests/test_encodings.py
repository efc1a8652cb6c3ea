"""Decoding scraped bytes: BOMs, declared charsets, GBK/GB18030 and Big5 without labels,
and the same files cleaned through the command line (``python -m cleaner clean FILE`` in
a subprocess from the repository root, output read as UTF-8).

The reposts are written here and encoded into a temporary folder by the tests: no
binary files are committed.
"""
from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.io import Item, decode, looks_binary, read_items

from conftest import REPO

# ------------------------------------------------------------------ project-written reposts

ZHS_BODY = [
    "长江沿线港口集装箱吞吐量创新高",
    "记者从省港航管理部门获悉，今年前三季度，长江沿线主要港口完成集装箱吞吐量1260万标箱，同比增长9.4%，创历史同期新高。",
    "据介绍，吞吐量增长主要得益于江海联运航线加密和铁水联运通道扩容。多个港区新开通了直达沿海枢纽港的快班航线，单程运输时间缩短约一天。",
    "业内人士认为，随着船舶大型化和港口智慧化改造推进，长江航运的综合竞争力还将进一步提升。",
]
ZHS_TRAILER = [
    "来源：“长江航运观察”微信公众号",
    "文章及图片来源于网络，版权归原作者所有，如有侵权请联系删除。",
    "江运通物流——专注长江干线集装箱运输，提供订舱、报关、仓储、门到门配送一站式服务。服务热线：400-6213-877",
]
ZHS = "\n".join(ZHS_BODY[:2] + ["图源：省港航事业发展中心"] + ZHS_BODY[2:] + ZHS_TRAILER)
#: A body line with a character outside GBK (䶮, CJK extension A: four bytes in GB18030).
GB18030_LINE = "南汉开国皇帝刘䶮的故里也在沿线，当地依托港口发展文旅和物流，带动了一批配套企业落户。"
ZHS_18030 = ZHS.replace(ZHS_BODY[3], GB18030_LINE + "\n" + ZHS_BODY[3])

ZHT_BODY = [
    "臺中港冷鏈物流中心啟用 年處理量達十萬噸",
    "臺中港務分公司今日宣布，港區冷鏈物流中心正式啟用，規劃年處理量達十萬噸，可同時容納兩百個冷凍貨櫃。",
    # 裏 is one of the ETEN extensions (F9D8): in cp950 and Big5-HKSCS, not in strict Big5
    "業者表示，過去進口冷凍水產須先運往北部倉儲，再轉運中南部，這裏的新中心啟用後，運輸距離大幅縮短，產品新鮮度也更有保障。",
    "港務公司指出，中心導入溫度即時監控系統，並與海關合作推動快速通關，預計可為進口業者每年節省數千萬元物流成本。",
]
ZHT_TRAILER = [
    "來源：中央社",
    "版權歸原作者所有，如有侵權請聯繫刪除。",
    "順達冷鏈——專業冷凍冷藏運輸，全台門到門配送。服務專線：0800-765-432",
]
ZHT = "\n".join(ZHT_BODY[:2] + ["圖片來源：臺中港務分公司"] + ZHT_BODY[2:] + ZHT_TRAILER)

EN_BODY = [
    "Harbour cranes go electric",
    "The port authority said on Monday that all twelve of its ship-to-shore cranes now run on grid power, "
    "cutting diesel use at the container terminal by about 40 percent.",
    "Crane operators reported quieter cabins and fewer maintenance stops in the first month of operation.",
]
EN = "\n".join(EN_BODY + [
    "This article is republished from Port Technology Weekly under a Creative Commons license.",
    "Sign up for our free daily newsletter to get the latest shipping news in your inbox.",
])

PORTAL_GBK = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>长江沿线港口集装箱吞吐量创新高_滨江新闻网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>
<div class="article-content">
<h1>长江沿线港口集装箱吞吐量创新高</h1>
""" + "".join(f"<p>{x}</p>\n" for x in ZHS_BODY[1:] + ZHS_TRAILER) + """</div>
<div class="footer">关于我们 | 联系我们</div></body></html>
"""


def encoded(text: str, encoding: str, bom: bytes = b"") -> bytes:
    return bom + text.encode(encoding)


# ------------------------------------------------------------------ decode()

@pytest.mark.parametrize("text,encoding,bom", [
    (ZHS, "gbk", b""),
    ("\n".join(ZHS_BODY), "gb2312", b""),  # (Python's gb2312 has no "—")
    (ZHS_18030, "gb18030", b""),
    (ZHT, "cp950", b""),
    (ZHT, "big5hkscs", b""),
    (ZHS, "utf-16-le", codecs.BOM_UTF16_LE),
    (ZHT, "utf-16-be", codecs.BOM_UTF16_BE),
    (ZHS, "utf-32-le", codecs.BOM_UTF32_LE),
    (ZHS, "utf-8", codecs.BOM_UTF8),
    (ZHT, "utf-8", b""),
    (EN, "ascii", b""),
], ids=["gbk", "gb2312", "gb18030", "cp950", "big5hkscs", "utf16le-bom", "utf16be-bom", "utf32le-bom",
        "utf8-bom", "utf8", "ascii"])
def test_decode(text, encoding, bom):
    data = encoded(text, encoding, bom)
    assert not looks_binary(data)
    assert decode(data) == text


@pytest.mark.parametrize("text", [ZHS_BODY[0], ZHS_TRAILER[0], "来源：新华社", "版权所有", ZHS_BODY[1][:12]],
                         ids=["title", "source", "short-source", "two-words", "sentence-start"])
def test_short_gbk_is_not_taken_for_utf16_or_big5(text):
    assert decode(text.encode("gbk")) == text


@pytest.mark.parametrize("text", [ZHT_BODY[0], ZHT_TRAILER[0], "來源：中央社", "這裏", ZHT_BODY[2][:12]],
                         ids=["title", "source", "short-source", "eten-extension", "sentence-start"])
def test_short_big5_is_not_taken_for_gbk(text):
    assert decode(text.encode("cp950")) == text


def test_gbk_is_read_as_gb18030():
    # "€" is 0x80 in Microsoft's GBK (cp936) and A2E3 in GB18030; a GB18030 file decodes whole
    text = "欧元区：1€约合7.8元人民币。" + ZHS_BODY[1]
    assert decode(text.encode("gb18030")) == text


def test_html_declared_charset():
    data = PORTAL_GBK.encode("gbk")
    assert decode(data, is_html=True) == PORTAL_GBK
    # a page saved as UTF-8 with its old charset=gb2312 tag left in stays UTF-8
    assert decode(PORTAL_GBK.encode("utf-8"), is_html=True) == PORTAL_GBK
    big5_page = '<html><head><meta charset="big5"></head><body><p>' + ZHT_BODY[2] + "</p></body></html>"
    assert decode(big5_page.encode("cp950"), is_html=True) == big5_page
    xml_decl = '<?xml version="1.0" encoding="GBK"?><html><body><p>' + ZHS_BODY[1] + "</p></body></html>"
    assert decode(xml_decl.encode("gbk"), is_html=True) == xml_decl


def test_wrong_declaration_does_not_win_over_a_clean_decode():
    page = '<html><head><meta charset="big5"></head><body><p>' + ZHS_BODY[1] + "</p></body></html>"
    assert decode(page.encode("gbk"), is_html=True) == page  # declared Big5, bytes are GBK


def test_utf8_cut_mid_character_stays_utf8():
    data = ZHS.encode("utf-8")
    cut = (ZHS + "。").encode("utf-8")[:-1]  # the last character loses its last byte
    assert decode(cut) == ZHS + "\ufffd"
    at = len(ZHS[:13].encode("utf-8"))
    stray = data[:at] + b"\xff" + data[at:]
    assert decode(stray) == ZHS[:13] + "\ufffd" + ZHS[13:]
    mid = decode(data[:40] + b"\xff" + data[40:])  # inside a character: that one is lost
    assert mid.count("\ufffd") >= 1 and ZHS_BODY[1] in mid
    # one stray Latin-1 byte in English is not "mostly UTF-8": detection reads it
    assert decode("Caf\u00e9 au lait on the quay, served at dawn.".encode("cp1252")).startswith("Caf")


def test_undecodable_bytes_raise_value_error():
    with pytest.raises(ValueError, match="binary or undecodable content"):
        decode(bytes([0x80, 0xFF, 0xFE, 0x81]) * 3 + b"\x00\x01\x02\x03")


def test_html_files_are_marked_html(tmp_path):
    (tmp_path / "page.html").write_bytes(PORTAL_GBK.encode("gbk"))
    (tmp_path / "page.HTM").write_bytes(PORTAL_GBK.encode("utf-8"))
    (tmp_path / "note.txt").write_bytes(ZHS.encode("gbk"))
    items = {Path(i.origin).name: i for i in read_items([str(tmp_path)])}
    assert all(isinstance(i, Item) for i in items.values())
    assert items["page.html"].is_html and items["page.HTM"].is_html and not items["note.txt"].is_html
    assert items["page.html"].text == PORTAL_GBK
    assert items["note.txt"].text == ZHS


# ------------------------------------------------------------------ through the command line

def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cleaner", "clean", *args], cwd=REPO, capture_output=True,
                          timeout=timeout, env=env)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


CASES = {
    "gbk.txt": (ZHS, "gbk", b"", ZHS_BODY, ZHS_TRAILER, "source: 长江航运观察"),
    "gb18030.txt": (ZHS_18030, "gb18030", b"", ZHS_BODY + [GB18030_LINE], ZHS_TRAILER, "source: 长江航运观察"),
    "big5.txt": (ZHT, "cp950", b"", ZHT_BODY, ZHT_TRAILER, "source: 中央社"),
    "utf16.txt": (ZHS, "utf-16-le", codecs.BOM_UTF16_LE, ZHS_BODY, ZHS_TRAILER, "source: 长江航运观察"),
    "utf16be.md": (ZHT, "utf-16-be", codecs.BOM_UTF16_BE, ZHT_BODY, ZHT_TRAILER, "source: 中央社"),
    "utf8bom.md": (ZHS, "utf-8", codecs.BOM_UTF8, ZHS_BODY, ZHS_TRAILER, "source: 长江航运观察"),
    "utf8.txt": (ZHT, "utf-8", b"", ZHT_BODY, ZHT_TRAILER, "source: 中央社"),
    "english.txt": (EN, "ascii", b"", EN_BODY, ["republished", "newsletter"], "source: Port Technology Weekly"),
    "portal-gbk.html": (PORTAL_GBK, "gbk", b"", ZHS_BODY, ZHS_TRAILER + ["首页", "关于我们", "<p>"], "source: 长江航运观察"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_cleans_encoded_file(tmp_path, name):
    text, encoding, bom, body, trailer, footer_line = CASES[name]
    path = tmp_path / name
    path.write_bytes(encoded(text, encoding, bom))
    proc = run_cli(str(path))
    assert proc.returncode == 0, proc.stderr
    out, _, footer = proc.stdout.partition("\n\n[attribution]\n")
    lines = [ln for ln in out.split("\n") if ln.strip()]
    assert lines == body if name != "gb18030.txt" else lines == ZHS_BODY[:3] + [GB18030_LINE, ZHS_BODY[3]]
    for piece in trailer:
        assert piece not in out, f"{piece!r} left in the output"
    assert footer_line in footer.splitlines()
    assert "\ufffd" not in proc.stdout


def test_cli_reports_binary_and_undecodable_files_as_failed(tmp_path):
    (tmp_path / "ok.txt").write_bytes(ZHS.encode("gbk"))
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "page.html").write_bytes(b"\x00\x01\x02\xff\xfe\xfd" * 200)
    (tmp_path / "noise.md").write_bytes(bytes([0x80, 0xFF, 0xFE, 0x81]) * 3 + b"\x00\x01\x02\x03")
    out_dir = tmp_path / "out"
    proc = run_cli(str(tmp_path / "ok.txt"), str(tmp_path / "image.txt"), str(tmp_path / "page.html"),
                   str(tmp_path / "noise.md"), "-o", str(out_dir), "--no-progress")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("image.txt", "page.html", "noise.md"):
        assert any(name in ln and ("binary" in ln or "undecodable" in ln) for ln in proc.stderr.splitlines()), name
    assert "4 in, 1 out, 3 failed" in proc.stderr
    cleaned = (out_dir / "ok.txt").read_text(encoding="utf-8")
    assert ZHS_BODY[1] in cleaned and "400-6213-877" not in cleaned
