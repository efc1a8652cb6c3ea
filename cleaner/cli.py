"""The command line: ``cleaner clean INPUT... [-o OUTPUT] [--format …] [--jobs N] [--explain]``.

Exit status: 0 when every input was cleaned, 1 when some inputs failed (each failure is
one line on stderr and the run still cleans the rest), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from . import __version__, boilerplate, structure, units
from .core import clean
from .html import extract as extract_html
from .html import looks_like_html
from .io import Failure, Item, read_items
from .model import ModelError, get_model
from .result import NOISE_LABELS, Options

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: Show a progress bar (on a terminal) from this many articles on.
PROGRESS_FROM = 20
#: Articles handed to a worker process at a time: big enough to amortise the round trip.
CHUNK_SIZE = 64

THRESHOLDS_HELP = f"""
thresholds (named constants in cleaner.structure and cleaner.units):
  NOISE_THRESHOLD={structure.NOISE_THRESHOLD}  evidence that decides a segment as noise on its own
  LEAN_THRESHOLD={structure.LEAN_THRESHOLD}  evidence that makes a segment lean to noise; neighbours decide
  ONE_SIDE_THRESHOLD={structure.ONE_SIDE_THRESHOLD}  evidence enough with noise on one side only
  SHORT_WEIGHT={structure.SHORT_WEIGHT}  segments lighter than this can be pulled into noise around them
  RUN_MAX_WEIGHT={structure.RUN_MAX_WEIGHT}  heavier runs are not pulled into noise on weak evidence
  OPENER_BLOCK_MAX={structure.OPENER_BLOCK_MAX}  paragraphs under 'About the author'/'公司简介' up to this weight go with it
  LONG_WEIGHT={units.LONG_WEIGHT}  a segment this heavy is a paragraph: phrases inside it count less
  INSIDE_CAP={units.INSIDE_CAP}  hits inside a paragraph never decide it alone

batch-learned boilerplate (--learn-boilerplate; cleaner.boilerplate):
  HEAD_TAIL_UNITS={boilerplate.HEAD_TAIL_UNITS}  segments counted at each end of an article
  MIN_ARTICLES={boilerplate.MIN_ARTICLES}  a segment must recur in this many articles of a source (--min-articles)
  MIN_SHARE={boilerplate.MIN_SHARE}  and in this share of them (--min-share)

exit status: 0 all cleaned, 1 some inputs failed (reported on stderr), 2 usage error
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Clean reposted articles.")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser(
        "clean", help="clean files, folders, JSONL files or standard input",
        description="Clean articles: keep the body, parse the attribution, explain every removal.",
        epilog=THRESHOLDS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a file, a folder (walked), a .jsonl file (one JSON object a line), or - for stdin")
    c.add_argument("-o", "--output", metavar="OUTPUT",
                   help="a .jsonl file for all records, or a folder that mirrors the inputs' tree "
                        "(default: standard output)")
    c.add_argument("--format", choices=("auto", "text", "json", "jsonl"), default="auto",
                   help="output format; auto: jsonl for JSONL inputs, several articles or a .jsonl "
                        "OUTPUT, text otherwise")
    c.add_argument("--attribution", choices=("sidecar", "footer"), default="sidecar",
                   help="with text output, where the parsed attribution goes: a NAME.attribution.json "
                        "file beside each cleaned file (default), or a footer under the text. Text "
                        "written to standard output always gets the footer")
    c.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core)")
    c.add_argument("--explain", action="store_true",
                   help="print every segment with its label and reason to stderr")
    c.add_argument("--model", metavar="PATH", default=None,
                   help="a model file trained with `python -m training.train` (default: the shipped "
                        "model); 'rules' runs the rules alone")
    c.add_argument("--input", choices=("auto", "text", "html"), default="auto",
                   help="input kind: auto detects HTML (files ending .html/.htm are always HTML)")
    c.add_argument("--errors", metavar="ERRORS.jsonl",
                   help="also write each failed input as a JSON line {input, line, reason}")
    c.add_argument("--resume", action="store_true",
                   help="carry on a killed run: skip inputs whose output is already complete")
    c.add_argument("--learn-boilerplate", action="store_true",
                   help="first count the segments that open and close the batch's articles (per "
                        "source, when records name one in 'source', 'site', 'domain' or 'url'), then "
                        "remove those that recur in many articles; reads the inputs twice")
    c.add_argument("--min-articles", type=int, default=boilerplate.MIN_ARTICLES, metavar="N",
                   help=f"with --learn-boilerplate: recurring in at least N articles (default {boilerplate.MIN_ARTICLES})")
    c.add_argument("--min-share", type=float, default=boilerplate.MIN_SHARE, metavar="X",
                   help=f"with --learn-boilerplate: and in at least this share of a source's articles "
                        f"(default {boilerplate.MIN_SHARE})")
    c.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    return parser


# ------------------------------------------------------------------ worker side

def _clean_one(text: str, options: Options, segments: bool) -> dict[str, Any]:
    result = clean(text, options)
    out = result.to_dict()
    if segments:  # for --explain only: every segment's text would double what comes back
        out["segments"] = [(s.label, s.text, s.score, s.reason) for s in result.segments]
    return out


def _clean_batch(batch: list[tuple[str, bool, Any]], options: Options,
                 segments: bool = False) -> list[dict[str, Any] | str]:
    """Clean (text, is_html, boilerplate table) triples; an article that fails gives its
    error message instead. ``segments`` adds every segment (for --explain)."""
    out: list[dict[str, Any] | str] = []
    for text, is_html, table in batch:
        opts = options
        if is_html and options.input_format == "auto":
            opts = replace(opts, input_format="html")
        if table:
            opts = replace(opts, boilerplate=table)
        try:
            out.append(_clean_one(text, opts, segments))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop a batch
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def _chunks(items: Iterable[Item | Failure], size: int) -> Iterator[list[Item | Failure]]:
    chunk: list[Item | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Outcome = tuple[Item | Failure, "dict[str, Any] | str | None"]


def _head_tail_keys(batch: list[tuple[str, bool]]) -> list[set[str]]:
    """Worker side of --learn-boilerplate's first pass: each article's end-segment keys,
    counted on the text that cleaning will see (HTML is extracted first)."""
    found: list[set[str]] = []
    for text, is_html in batch:
        try:
            if is_html or looks_like_html(text):
                text = extract_html(text).text
            found.append(boilerplate.head_tail_keys(text))
        except Exception:  # noqa: BLE001 - the second pass reports the article
            found.append(set())
    return found


def source_of(item: Item) -> str | None:
    """The source a record names, for per-source boilerplate (boilerplate.source_of)."""
    return boilerplate.source_of(item.record)


def learn_boilerplate(inputs: list[str], jobs: int, min_articles: int, min_share: float,
                      progress: Any) -> boilerplate.Boilerplate:
    """First pass of --learn-boilerplate: count end segments over all inputs."""
    counter = boilerplate.BoilerplateCounter()
    articles = (it for it in read_items(inputs) if isinstance(it, Item))
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
    try:
        for chunk in _chunks(articles, CHUNK_SIZE):
            texts = [(it.text, it.is_html) for it in chunk if isinstance(it, Item)]
            keys = pool.submit(_head_tail_keys, texts).result() if pool else _head_tail_keys(texts)
            for item, found in zip(chunk, keys):
                counter.add_keys(found, source_of(item))  # type: ignore[arg-type]
            if progress is not None:
                progress.update(len(chunk))
    finally:
        if pool:
            pool.shutdown()
    return counter.learned(min_articles, min_share)


def cleaned(items: Iterable[Item | Failure], jobs: int, options: Options,
            learned: boilerplate.Boilerplate | None = None, segments: bool = False) -> Iterator[list[Outcome]]:
    """Chunks of (item, cleaned dict or error message), in input order; failures and
    skipped items pass through with None. Work goes to processes a chunk at a time, with
    a bounded look-ahead so memory stays flat on inputs of any size."""
    def work(chunk: list[Item | Failure]) -> list[tuple[str, bool, Any]]:
        return [(it.text, it.is_html, dict(learned.for_source(source_of(it))) if learned else None)
                for it in chunk if isinstance(it, Item) and not it.skip]

    def merge(chunk: list[Item | Failure], results: list[dict | str]) -> list[Outcome]:
        it = iter(results)
        return [(item, next(it)) if isinstance(item, Item) and not item.skip else (item, None) for item in chunk]

    chunks = _chunks(items, CHUNK_SIZE)
    if jobs <= 1:
        for chunk in chunks:
            yield merge(chunk, _clean_batch(work(chunk), options, segments))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[list[Item | Failure], Any]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_clean_batch, work(chunk), options, segments)))
            if len(pending) >= 2 * jobs:
                chunk0, future = pending.popleft()
                yield merge(chunk0, future.result())
        while pending:
            chunk0, future = pending.popleft()
            yield merge(chunk0, future.result())


# ------------------------------------------------------------------ output side

def footer(attribution: dict[str, list[str]]) -> str:
    r"""A normalised attribution footer for plain-text output ('' when there is none).

    >>> footer({"source": ["网信中国"], "author": [], "url": ["https://a.cn/1"]})
    '\n\n[attribution]\nsource: 网信中国\nurl: https://a.cn/1'
    """
    rows = [f"{name}: {' | '.join(values)}" for name, values in attribution.items() if values]
    return "\n\n[attribution]\n" + "\n".join(rows) if rows else ""


def _record_out(item: Item, out: dict[str, Any]) -> dict[str, Any]:
    if item.record is not None:
        rec = dict(item.record)
        rec["text"] = out["text"]
    else:
        rec = {"id": item.relpath or item.origin, "text": out["text"]}
    rec["attribution"] = out["attribution"]
    rec["removed"] = out["removed"]
    return rec


def _to_json(value: Any, indent: int | None = None) -> str:
    r"""JSON text with non-ASCII characters as they are, unless the value holds a lone
    surrogate (half an emoji: scraped JSON's "\ud83d" decodes to one), which UTF-8
    cannot carry: then every non-ASCII character is escaped, and the value still
    round-trips exactly.

    >>> _to_json({"t": "正文"}), _to_json({"t": "正文\ud83d"})
    ('{"t": "正文"}', '{"t": "\\u6b63\\u6587\\ud83d"}')
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, indent=indent)
    return text


def _atomic_write(target: Path, content: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_text(content, encoding="utf-8")
    os.replace(part, target)


class _ResumableFile:
    """A file written under NAME.part and renamed when complete. Its progress (bytes
    written, inputs consumed) is checkpointed in NAME.part.state so that --resume can
    truncate a killed run's last partial line and carry on after the last checkpoint."""

    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.state = path.with_name(path.name + ".part.state")
        self.consumed = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and self.part.exists() and self.state.exists():
            state = json.loads(self.state.read_text(encoding="utf-8"))
            self.consumed = int(state["consumed"])
            self.fh = self.part.open("r+", encoding="utf-8", newline="")
            self.fh.truncate(int(state["bytes"]))
            self.fh.seek(0, os.SEEK_END)
        else:
            self.fh = self.part.open("w", encoding="utf-8", newline="")

    def write(self, line: str) -> None:
        self.fh.write(line)

    def checkpoint(self, consumed: int) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        _atomic_write(self.state, json.dumps({"consumed": consumed, "bytes": self.fh.tell()}))

    def finish(self) -> None:
        self.fh.close()
        os.replace(self.part, self.path)
        self.state.unlink(missing_ok=True)

    def abandon(self) -> None:
        """Leave NAME.part and its state for --resume."""
        self.fh.close()


class Sink:
    """Where cleaned articles go: stdout, one JSONL file, or a folder mirroring the inputs."""

    def __init__(self, output: str | None, fmt: str, attribution: str, many: bool, resume: bool):
        self.attribution = attribution
        self.resume = resume
        self.dir: Path | None = None
        self.file: _ResumableFile | None = None
        self.stdout = output is None
        if output and not output.endswith((".jsonl", ".json", ".ndjson")):
            self.dir = Path(output)
            self.dir.mkdir(parents=True, exist_ok=True)
        self.auto = fmt == "auto"
        if fmt == "auto":
            fmt = "jsonl" if (many or (output or "").endswith((".jsonl", ".ndjson"))) and self.dir is None else "text"
        self.fmt = fmt
        self.json_items: list[dict[str, Any]] = []
        self.jsonl_outputs: dict[str, _ResumableFile] = {}
        if output and self.dir is None:
            self.file = _ResumableFile(Path(output), resume)

    @property
    def already_consumed(self) -> int:
        """Inputs a resumed single-file run already accounted for."""
        return self.file.consumed if self.file is not None else 0

    def target(self, item: Item) -> Path | None:
        """The file an item's output goes to in folder mode (None otherwise)."""
        if self.dir is None:
            return None
        if item.record is not None:
            return self._inside(self.dir / (item.relpath or "stdin.jsonl"))
        name = item.relpath or "stdin.txt"
        if self.fmt == "json":
            name += ".json"
        elif self.fmt == "jsonl":
            name += ".jsonl"
        return self._inside(self.dir / name)

    def done(self, item: Item) -> bool:
        """With --resume in folder mode: the item's output is already complete."""
        if not self.resume:
            return False
        try:
            target = self.target(item)
        except ValueError:
            return False  # write() reports it
        return target is not None and target.exists()

    def write(self, item: Item, out: dict[str, Any]) -> None:
        rec = _record_out(item, out)
        target = self.target(item)
        if target is not None and item.record is not None:
            key = str(target)
            if key not in self.jsonl_outputs:
                self.jsonl_outputs[key] = _ResumableFile(target, resume=False)
            self.jsonl_outputs[key].write(_to_json(rec) + "\n")
            return
        if target is not None:
            if self.fmt == "json":
                _atomic_write(target, _to_json(rec, indent=1) + "\n")
            elif self.fmt == "jsonl":
                _atomic_write(target, _to_json(rec) + "\n")
            elif self.attribution == "footer":
                _atomic_write(target, out["text"] + footer(out["attribution"]) + "\n")
            else:
                sidecar = target.with_name(target.name + ".attribution.json")
                _atomic_write(sidecar, _to_json(out["attribution"], indent=1) + "\n")
                _atomic_write(target, out["text"] + "\n")
            return
        if self.fmt == "json":
            self.json_items.append(rec)
            return
        as_jsonl = self.fmt == "jsonl" or (self.auto and item.record is not None)  # JSONL stays JSONL
        line = _to_json(rec) + "\n" if as_jsonl \
            else out["text"] + footer(out["attribution"]) + "\n"
        if self.file is not None:
            self.file.write(line)
        else:
            sys.stdout.write(line)

    def end_of_input(self, relpath: str | None) -> None:
        """A JSONL input is finished: its mirrored output is complete."""
        if self.dir is None or relpath is None:
            return
        out = self.jsonl_outputs.pop(str(self._inside(self.dir / relpath)), None)
        if out is not None:
            out.finish()

    def checkpoint(self, consumed: int) -> None:
        if self.file is not None:
            self.file.checkpoint(consumed)

    def _inside(self, target: Path) -> Path:
        """Output paths never leave the output folder (no '..', no symlink out)."""
        assert self.dir is not None
        root = self.dir.resolve()
        resolved = target.resolve()
        if root != resolved and root not in resolved.parents:
            raise ValueError(f"output path {target} would leave {self.dir}")
        return target

    def close(self, complete: bool) -> None:
        if self.fmt == "json" and self.dir is None:
            text = _to_json(self.json_items, indent=1) + "\n"
            if self.file is not None:
                self.file.write(text)
            else:
                sys.stdout.write(text)
        for out in self.jsonl_outputs.values():
            out.finish() if complete else out.abandon()
        if self.file is not None:
            self.file.finish() if complete else self.file.abandon()
        if self.stdout:
            sys.stdout.flush()


class ErrorLog:
    """Failed inputs as JSON lines {"input", "line", "reason"} (--errors), resumable."""

    def __init__(self, path: str | None, resume: bool):
        self.file = _ResumableFile(Path(path), resume) if path else None

    def write(self, failure_origin: str, line: int | None, reason: str) -> None:
        if self.file is not None:
            self.file.write(_to_json({"input": failure_origin, "line": line, "reason": reason}) + "\n")

    def checkpoint(self, consumed: int) -> None:
        if self.file is not None:
            self.file.checkpoint(consumed)

    def close(self, complete: bool) -> None:
        if self.file is not None:
            self.file.finish() if complete else self.file.abandon()


def explain(item: Item, out: dict[str, Any], stream: IO[str]) -> None:
    stream.write(f"== {item.origin}\n")
    for label, text, score, reason in out["segments"]:
        text = text.rstrip("\r\n")
        if not text.strip():
            continue
        stream.write(f"{label:<11} {score:>5.2f}  {reason:<42}  {text[:100]!r}\n")


def _skip_done(items: Iterable[Item | Failure], sink: Sink, skip_first: int) -> Iterator[Item | Failure]:
    """Mark what a resumed run already did: the first `skip_first` inputs of a single
    output file, or items whose folder output already exists."""
    for n, item in enumerate(items):
        if n < skip_first or (isinstance(item, Item) and sink.done(item)):
            if isinstance(item, Item):
                item.skip = True
            else:
                item = Item("", item.origin, skip=True)
        yield item


def run_clean(args: argparse.Namespace) -> int:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    inputs = args.inputs
    many = len(inputs) > 1 or any(x != "-" and (Path(x).is_dir() or x.endswith((".jsonl", ".ndjson")))
                                  for x in inputs)
    if args.format == "text" and args.output and args.output.endswith((".jsonl", ".ndjson")):
        print("cleaner: --format text cannot write to a .jsonl file", file=sys.stderr)
        return EXIT_USAGE
    if args.resume and not args.output:
        print("cleaner: --resume needs -o OUTPUT", file=sys.stderr)
        return EXIT_USAGE
    if args.learn_boilerplate and "-" in inputs:
        print("cleaner: --learn-boilerplate reads the inputs twice, so it cannot read standard input",
              file=sys.stderr)
        return EXIT_USAGE
    options = Options(input_format=args.input, model="" if args.model == "rules" else args.model)
    if args.model not in (None, "rules"):
        try:
            get_model(args.model)
        except ModelError as exc:
            print(f"cleaner: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        sink = Sink(args.output, args.format, args.attribution, many, args.resume)
        errors = ErrorLog(args.errors, args.resume)
    except (OSError, ValueError, KeyError) as exc:
        print(f"cleaner: cannot open output: {exc}", file=sys.stderr)
        return EXIT_USAGE
    counts: Counter[str] = Counter()
    n_in = n_out = n_failed = n_skipped = 0
    consumed = sink.already_consumed
    progress = None
    if not args.no_progress and many:
        from tqdm import tqdm

        progress = tqdm(unit="doc", file=sys.stderr, disable=None, miniters=PROGRESS_FROM, mininterval=0.5)
    complete = False
    current_input: str | None = None
    learned = None
    if args.learn_boilerplate:
        learned = learn_boilerplate(inputs, jobs, args.min_articles, args.min_share, progress)
        print(f"cleaner: learned {len(learned)} recurring segments from "
              f"{len(learned.table)} source(s)", file=sys.stderr)
        if progress is not None:
            progress.reset()
    try:
        items = _skip_done(read_items(inputs), sink, consumed)
        for chunk in cleaned(items, jobs, options, learned, segments=args.explain):
            for item, out in chunk:
                consumed += 1
                from_jsonl = item.record is not None if isinstance(item, Item) else item.record_line is not None
                relpath = item.relpath if from_jsonl else None
                if relpath != current_input:
                    sink.end_of_input(current_input)
                    current_input = relpath
                if isinstance(item, Item) and item.skip:
                    n_skipped += 1
                    continue
                n_in += 1
                if progress is not None:
                    progress.update(1)
                if isinstance(item, Failure) or isinstance(out, str) or out is None:
                    n_failed += 1
                    reason = item.reason if isinstance(item, Failure) else f"cleaning failed: {out}"
                    line = item.record_line if isinstance(item, Failure) else None
                    print(f"cleaner: {item.origin}: {reason}", file=sys.stderr)
                    errors.write(item.origin, line, reason)
                    continue
                try:
                    sink.write(item, out)
                except (OSError, ValueError) as exc:
                    n_failed += 1
                    print(f"cleaner: {item.origin}: cannot write output: {exc}", file=sys.stderr)
                    errors.write(item.origin, None, f"cannot write output: {exc}")
                    continue
                n_out += 1
                counts.update(r["label"] for r in out["removed"])
                if args.explain:
                    explain(item, out, sys.stderr)
            sink.checkpoint(consumed)
            errors.checkpoint(consumed)
        sink.end_of_input(current_input)
        complete = True
    finally:
        if progress is not None:
            progress.close()
        sink.close(complete)
        errors.close(complete)
    removed = ", ".join(f"{label} {counts[label]}" for label in NOISE_LABELS)
    resumed = f" ({n_skipped} already done, skipped)" if n_skipped else ""
    print(f"cleaner: {n_in} in, {n_out} out, {n_failed} failed{resumed}; removed segments: {removed}",
          file=sys.stderr)
    return EXIT_FAILED if n_failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "clean":
        try:
            return run_clean(args)
        except BrokenPipeError:
            return EXIT_OK
        except KeyboardInterrupt:
            return 130
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
