"""Reading inputs for the command line: files, folders, JSONL records and standard input.

Every input becomes a stream of `Item`s (one article each) or `Failure`s (an input that
could not be read, with its reason), so that a batch never stops and every record that
comes in is either cleaned or reported.
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer

#: Files with these endings are read as JSON Lines, one article per line.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Files a folder walk picks up as single articles.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml")
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
    meta: dict[str, Any] = field(default_factory=dict)
    skip: bool = False  # already done in a resumed run


@dataclass
class Failure:
    origin: str
    reason: str
    record_line: int | None = None
    relpath: str | None = None  # for JSONL records: the input file, as Item.relpath


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then charset detection.

    >>> decode(codecs.BOM_UTF8 + "abc".encode())
    'abc'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("binary or undecodable content")
    return str(best)


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first KiB mean a binary file (UTF-16 with a BOM excepted)."""
    head = data[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


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
    try:
        text = decode(data)
    except ValueError as exc:
        return Failure(origin, str(exc))
    if len(text) > MAX_RECORD_CHARS:
        return Failure(origin, f"too large ({len(text)} characters, limit {MAX_RECORD_CHARS})")
    return Item(text, origin, relpath=rel)


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
