"""Reading inputs for the command line: files, folders, JSONL records and standard input.

Every input becomes a stream of `Item`s (one article each) or `Failure`s (an input that
could not be read, with its reason), so that a batch never stops and every record that
comes in is either cleaned or reported.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer

#: Files with these endings are read as JSON Lines, one article per line.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Files a folder walk picks up as single articles.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml")
#: Files with these endings are HTML: their Item has is_html=True (cleaned as HTML).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: A record longer than this (characters) is refused rather than cleaned.
MAX_RECORD_CHARS = 20_000_000


@dataclass
class Item:
    """One article to clean, and where it came from."""

    text: str
    origin: str  # path, "path:line" or "<stdin>"
    record: dict[str, Any] | None = None  # the JSONL object it came from
    relpath: str | None = None  # for folder inputs: path below the folder
    is_html: bool = False
    skip: bool = False  # already done in a resumed run


@dataclass
class Failure:
    origin: str
    reason: str
    record_line: int | None = None
    relpath: str | None = None  # for JSONL records: the input file, as Item.relpath


#: Where a page may declare its charset: ``<meta charset>``, ``http-equiv`` content type,
#: or an XML declaration, within the first HTML_DECLARATION_BYTES bytes.
HTML_DECLARATION_BYTES = 2048
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})|<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""",
    re.I,
)
#: Legacy Chinese labels and the codecs that read them: GB2312 and GBK are subsets of
#: GB18030; Big5 is read as Microsoft's cp950 (Big5 + the ETEN extensions 碁銹裏… and €)
#: or, failing that, Big5-HKSCS. Latin-1/ASCII labels mean windows-1252, as browsers do.
_GB = ("gb18030",)
_BIG5 = ("cp950", "big5hkscs")
_CODEC_FAMILY = {
    "gb2312": _GB, "gbk": _GB, "gb18030": _GB, "cp936": _GB, "hz": _GB,
    "big5": _BIG5, "cp950": _BIG5, "big5hkscs": _BIG5,
    "latin_1": ("cp1252",), "ascii": ("cp1252",), "cp1252": ("cp1252",),
    "utf_16": ("utf-8",), "utf_16_le": ("utf-8",), "utf_16_be": ("utf-8",),  # an ASCII-readable page is not UTF-16
}
#: A Chinese reading of legacy bytes is accepted when at least this share of its Han
#: characters are common ones (GB2312 level 1 or Big5 level 1): the wrong reading of GBK
#: as Big5, or Big5 as GBK, gives rare characters, private-use code points or errors.
COMMON_HAN_SHARE = 0.75
#: Japanese and Korean codecs: when detection names one of these and no Chinese codec,
#: the bytes are not second-guessed as Chinese.
_OTHER_CJK = frozenset({"euc_kr", "cp949", "johab", "iso2022_kr", "shift_jis", "cp932", "euc_jp", "euc_jis_2004",
                        "shift_jis_2004", "shift_jisx0213", "euc_jisx0213", "iso2022_jp"})
_SCORE_SAMPLE = 20_000
#: Text that is valid UTF-8 but for one bad byte sequence in this many bytes is UTF-8.
UTF8_BAD_PER = 2000


def _codecs_for(label: str) -> tuple[str, ...]:
    """The codecs to try, in order, for an encoding label ('' tuple when unknown)."""
    try:
        name = codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        low = label.strip().lower()
        if low in ("x-gbk", "gb_2312-80", "euc-cn", "x-euc-cn"):
            return _GB
        if low in ("x-x-big5", "big5-hkscs"):
            return _BIG5
        return ()
    return _CODEC_FAMILY.get(name, (name,))


def _strict(data: bytes, names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0003134f"


def _is_odd(ch: str) -> bool:
    """Characters that a wrong reading of CJK bytes produces and Chinese text does not
    use: private use, kana, Hangul, box drawing, Greek/Cyrillic letters, control codes."""
    o = ord(ch)
    return (0xE000 <= o <= 0xF8FF or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF
            or 0x2500 <= o <= 0x257F or 0x0370 <= o <= 0x04FF or (o < 0x20 and ch not in "\t\r\n\f")
            or 0x80 <= o <= 0x9F)


def _common_han(ch: str) -> bool:
    """A character of GB2312 level 1 or Big5 level 1 (the frequent characters of
    simplified and of traditional Chinese)."""
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("cp950")
        return 0xA4 <= b[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def chinese_score(text: str) -> tuple[float, int]:
    """(share of common Han characters among Han and odd characters, Han count) in the
    first _SCORE_SAMPLE characters: near 1 for Chinese read right, low for a misreading."""
    han = odd = common = 0
    for ch in text[:_SCORE_SAMPLE]:
        if ch < "\u0080":
            continue
        if _is_han(ch):
            han += 1
            common += _common_han(ch)
        elif _is_odd(ch):
            odd += 1
    return (common / (han + odd) if han + odd else 0.0), han


def _chinese(data: bytes) -> str | None:
    """The reading of legacy bytes as GB18030 or as Big5 that gives real Chinese, if one
    does (see COMMON_HAN_SHARE)."""
    best: tuple[float, str] | None = None
    for names in (_GB, _BIG5):
        text = _strict(data, names)
        if text is None:
            continue
        share, han = chinese_score(text)
        if han >= 1 and share >= COMMON_HAN_SHARE and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut mid-character, one stray byte), as
    UTF-8 with U+FFFD for them: at most one bad sequence per UTF8_BAD_PER and at least
    four good non-ASCII characters for each bad one. Legacy encodings fail this by far."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if bad <= 0:
        return None
    good = sum(1 for ch in text if ch > "\x7f") - bad - data.count(b"\xef\xbf\xbd")
    if bad <= max(8, len(data) // UTF8_BAD_PER) and good >= 4 * bad:
        return text
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first HTML_DECLARATION_BYTES bytes."""
    m = _META_CHARSET.search(data[:HTML_DECLARATION_BYTES])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace")


def decode(data: bytes, is_html: bool = False) -> str:
    """Bytes to text.

    In order: a byte-order mark (UTF-8, UTF-32 and UTF-16, either endianness); strict
    UTF-8; for HTML, the charset the page declares (``<meta charset>``/``http-equiv``/
    XML declaration), read with its superset (GB2312/GBK as GB18030, Big5 as cp950 or
    Big5-HKSCS); then detection: the GB18030 or Big5 reading that gives real Chinese
    (see `chinese_score`), else charset_normalizer's best guess (GBK guesses read as
    GB18030). UTF-8 comes before the declaration because scraped pages are often saved
    as UTF-8 with their original ``charset=gbk`` tag left in: valid UTF-8 with
    non-ASCII text is practically never a legacy encoding. Raises
    ValueError("binary or undecodable content") when nothing fits.

    >>> decode(codecs.BOM_UTF8 + "abc".encode())
    'abc'
    >>> decode("来源：新华社。版权归原作者所有".encode("gbk"))
    '来源：新华社。版权归原作者所有'
    >>> decode("資料來源：中央社。版權歸原作者所有".encode("big5"))
    '資料來源：中央社。版權歸原作者所有'
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text
    if is_html:
        label = declared_charset(data)
        if label:
            names = _codecs_for(label)
            text = _strict(data, names)
            if text is not None and names in (_GB, _BIG5) and chinese_score(text)[0] < COMMON_HAN_SHARE:
                text = _chinese(data) or text  # declared Big5, written in GBK (or the reverse)
            if text is not None:
                return text
    # charset_normalizer guesses BOM-less UTF-16 for short Chinese texts: never that here
    # (NUL-free BOM-less UTF-16 is not what scrapers save).
    matches = [m for m in charset_normalizer.from_bytes(data)
               if not m.encoding.replace("-", "_").startswith(("utf_16", "utf_32"))]
    guessed = [_codecs_for(m.encoding) for m in matches]
    if not guessed or not guessed[0] or guessed[0][0] not in _OTHER_CJK or any(g in (_GB, _BIG5) for g in guessed):
        text = _chinese(data)
        if text is not None:
            return text
    if not matches:
        raise ValueError("binary or undecodable content")
    best = matches[0]
    names = _codecs_for(best.encoding) or (best.encoding,)
    text = _strict(data, names)
    return text if text is not None else str(best)


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first KiB mean a binary file (UTF-16/32 with a BOM excepted)."""
    head = data[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return False
    return b"\x00" in head


def sniff_html(data: bytes) -> bool:
    """Whether bytes start like an HTML page (for the charset declaration only; the
    cleaning side decides HTML from the decoded text)."""
    head = data[:HTML_DECLARATION_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta")) or b"<meta" in head


def walk(inputs: list[str]) -> Iterator[tuple[Path | None, Path | None]]:
    """(file, folder it was found under) for each input; (None, None) for stdin."""
    for name in inputs:
        if name == "-":
            yield None, None
            continue
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(files):
                    f = Path(root) / fname
                    if not fname.startswith(".") and f.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                        yield f, path
        else:
            yield path, None


def read_items(inputs: list[str]) -> Iterator[Item | Failure]:
    """Every article of the inputs, in input order, JSONL streamed line by line."""
    for path, folder in walk(inputs):
        if path is None:
            yield from _read_stdin()
            continue
        origin = str(path)
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                fh = path.open("rb")
            except OSError as exc:
                yield Failure(origin, f"cannot read: {exc.strerror or exc}")
                continue
            with fh:
                yield from _read_jsonl(fh, origin, path.relative_to(folder).as_posix() if folder else path.name)
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Failure(origin, f"cannot read: {exc.strerror or exc}")
            continue
        rel = path.relative_to(folder).as_posix() if folder else path.name
        yield _item_from_bytes(data, origin, rel)


def _item_from_bytes(data: bytes, origin: str, rel: str | None) -> Item | Failure:
    if not data.strip():
        return Failure(origin, "empty input")
    if looks_binary(data):
        return Failure(origin, "binary content, not text")
    html_file = (rel or "").lower().endswith(HTML_SUFFIXES)
    try:
        text = decode(data, is_html=html_file or sniff_html(data))
    except ValueError as exc:
        return Failure(origin, str(exc))
    if len(text) > MAX_RECORD_CHARS:
        return Failure(origin, f"too large ({len(text)} characters, limit {MAX_RECORD_CHARS})")
    return Item(text, origin, relpath=rel, is_html=html_file)


def _read_stdin() -> Iterator[Item | Failure]:
    data = sys.stdin.buffer.read()
    first = data.lstrip()[:1]
    if first == b"{":
        lines = data.splitlines(keepends=True)
        try:
            obj = json.loads(lines[0])
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            yield from _read_jsonl(iter(lines), "<stdin>", "stdin.jsonl")
            return
    yield _item_from_bytes(data, "<stdin>", None)


def _read_jsonl(lines: Any, origin: str, rel: str) -> Iterator[Item | Failure]:
    for number, raw in enumerate(lines, 1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            yield Failure(where, f"not JSON ({exc.__class__.__name__}: {str(exc)[:80]})", number, rel)
            continue
        if not isinstance(record, dict):
            yield Failure(where, f"a JSON {type(record).__name__}, not an object", number, rel)
            continue
        field_name = "text" if "text" in record else "html" if "html" in record else None
        if field_name is None:
            yield Failure(where, "record has no 'text' or 'html' field", number, rel)
            continue
        value = record[field_name]
        if not isinstance(value, str):
            yield Failure(where, f"'{field_name}' is a {type(value).__name__}, not a string", number, rel)
            continue
        if len(value) > MAX_RECORD_CHARS:
            yield Failure(where, f"'{field_name}' too large ({len(value)} characters)", number, rel)
            continue
        yield Item(value, where, record=record, relpath=rel, is_html=field_name == "html")
