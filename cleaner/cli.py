"""The command line: ``cleaner clean INPUT... [-o OUTPUT] [--format …] [--jobs N] [--explain]``.

Exit status: 0 when every input was cleaned, 1 when some inputs failed (each failure is
one line on stderr and the run still cleans the rest), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

from . import __version__, structure, units
from .core import clean
from .io import Failure, Item, read_items
from .model import ModelError, get_model
from .result import ATTRIBUTION_FIELDS, NOISE_LABELS, Options, Result

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
    c.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    return parser


# ------------------------------------------------------------------ worker side

def _clean_one(text: str, options: Options) -> dict[str, Any]:
    result = clean(text, options)
    out = result.to_dict()
    out["segments"] = [(s.label, s.start, s.end, s.score, s.reason) for s in result.segments]
    return out


def _clean_batch(texts: list[str], options: Options) -> list[dict[str, Any] | str]:
    out: list[dict[str, Any] | str] = []
    for text in texts:
        try:
            out.append(_clean_one(text, options))
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


def cleaned(items: Iterable[Item | Failure], jobs: int, options: Options) -> Iterator[tuple[Item | Failure, dict | str | None]]:
    """(item, cleaned dict or error message) in input order; failures pass through."""
    def work(chunk: list[Item | Failure]) -> list[str]:
        return [it.text for it in chunk if isinstance(it, Item)]

    def merge(chunk: list[Item | Failure], results: list[dict | str]) -> Iterator[tuple[Item | Failure, dict | str | None]]:
        it = iter(results)
        for item in chunk:
            yield (item, next(it)) if isinstance(item, Item) else (item, None)

    chunks = _chunks(items, CHUNK_SIZE)
    if jobs <= 1:
        for chunk in chunks:
            yield from merge(chunk, _clean_batch(work(chunk), options))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[tuple[list[Item | Failure], Any]] = []
        for chunk in chunks:
            pending.append((chunk, pool.submit(_clean_batch, work(chunk), options)))
            if len(pending) >= 2 * jobs:  # bounded look-ahead: memory stays flat on huge inputs
                chunk0, future = pending.pop(0)
                yield from merge(chunk0, future.result())
        for chunk0, future in pending:
            yield from merge(chunk0, future.result())


# ------------------------------------------------------------------ output side

def footer(attribution: dict[str, list[str]]) -> str:
    """A normalised attribution footer for plain-text output ('' when there is none)."""
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


class Sink:
    """Where cleaned articles go: stdout, one JSONL file, or a mirrored folder."""

    def __init__(self, output: str | None, fmt: str, attribution: str, many: bool):
        self.output = output
        self.attribution = attribution
        self.dir: Path | None = None
        self.fh: IO[str] | None = None
        self.tmp: Path | None = None
        if output and not output.endswith(".jsonl") and not output.endswith(".json"):
            self.dir = Path(output)
            self.dir.mkdir(parents=True, exist_ok=True)
        if fmt == "auto":
            fmt = "jsonl" if (many or (output or "").endswith(".jsonl")) and self.dir is None else "text"
        self.fmt = fmt
        self.json_items: list[dict[str, Any]] = []
        self.jsonl_files: dict[str, IO[str]] = {}
        if self.dir is None:
            if output:
                self.tmp = Path(output + ".part")
                self.fh = self.tmp.open("w", encoding="utf-8")
            else:
                self.fh = sys.stdout

    def write(self, item: Item, out: dict[str, Any]) -> None:
        rec = _record_out(item, out)
        if self.dir is not None and item.record is not None:
            name = item.relpath or "stdin.jsonl"
            fh = self.jsonl_files.get(name)
            if fh is None:
                target = self._safe(self.dir / name)
                target.parent.mkdir(parents=True, exist_ok=True)
                fh = self.jsonl_files[name] = Path(str(target) + ".part").open("w", encoding="utf-8")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            return
        if self.fmt == "jsonl":
            assert self.fh is not None
            self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            if self.dir is not None:
                target = self._safe(self.dir / ((item.relpath or "stdin") + ".json"))
                self._write_file(target, json.dumps(rec, ensure_ascii=False, indent=1) + "\n")
            else:
                self.json_items.append(rec)
        else:  # text
            if self.dir is not None:
                target = self._safe(self.dir / (item.relpath or "stdin.txt"))
                if self.attribution == "footer":
                    self._write_file(target, out["text"] + footer(out["attribution"]) + "\n")
                else:
                    self._write_file(target, out["text"] + "\n")
                    sidecar = target.with_name(target.name + ".attribution.json")
                    self._write_file(sidecar, json.dumps(out["attribution"], ensure_ascii=False, indent=1) + "\n")
            else:
                assert self.fh is not None
                self.fh.write(out["text"] + footer(out["attribution"]) + "\n")

    def _safe(self, target: Path) -> Path:
        """Output paths never leave the output folder."""
        assert self.dir is not None
        root = self.dir.resolve()
        resolved = target.resolve()
        if root != resolved and root not in resolved.parents:
            raise ValueError(f"output path {target} leaves {self.dir}")
        return target

    @staticmethod
    def _write_file(target: Path, content: str) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        part.write_text(content, encoding="utf-8")
        os.replace(part, target)

    def close(self) -> None:
        if self.fmt == "json" and self.dir is None and self.fh is not None:
            self.fh.write(json.dumps(self.json_items, ensure_ascii=False, indent=1) + "\n")
        for name, fh in self.jsonl_files.items():
            fh.close()
            part = Path(fh.name)
            os.replace(part, part.with_name(part.name[: -len(".part")]))
        if self.fh is not None and self.fh is not sys.stdout:
            self.fh.close()
            if self.tmp is not None:
                os.replace(self.tmp, self.output)  # type: ignore[arg-type]
        elif self.fh is sys.stdout:
            sys.stdout.flush()


def explain(item: Item, out: dict[str, Any], stream: IO[str]) -> None:
    stream.write(f"== {item.origin}\n")
    for label, start, end, score, reason in out["segments"]:
        text = item.text[start:end].rstrip("\r\n")
        if not text.strip():
            continue
        stream.write(f"{label:<11} {score:>5.2f}  {reason:<42}  {text[:100]!r}\n")


def run_clean(args: argparse.Namespace) -> int:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    inputs = args.inputs
    many = len(inputs) > 1 or any(x != "-" and (Path(x).is_dir() or x.endswith((".jsonl", ".ndjson")))
                                  for x in inputs)
    if args.format == "text" and args.output and args.output.endswith(".jsonl"):
        print("cleaner: --format text cannot write to a .jsonl file", file=sys.stderr)
        return EXIT_USAGE
    options = Options(model="" if args.model == "rules" else args.model)
    if args.model not in (None, "rules"):
        try:
            get_model(args.model)
        except ModelError as exc:
            print(f"cleaner: {exc}", file=sys.stderr)
            return EXIT_USAGE
    sink = Sink(args.output, args.format, args.attribution, many)
    counts: Counter[str] = Counter()
    n_in = n_out = n_failed = 0
    progress = None
    if not args.no_progress and many:
        from tqdm import tqdm

        progress = tqdm(unit="doc", file=sys.stderr, disable=None, miniters=PROGRESS_FROM, mininterval=0.5)
    try:
        for item, out in cleaned(read_items(inputs), jobs, options):
            n_in += 1
            if progress is not None:
                progress.update(1)
            if isinstance(item, Failure) or isinstance(out, str) or out is None:
                n_failed += 1
                reason = item.reason if isinstance(item, Failure) else f"cleaning failed: {out}"
                print(f"cleaner: {item.origin}: {reason}", file=sys.stderr)
                continue
            try:
                sink.write(item, out)
            except (OSError, ValueError) as exc:
                n_failed += 1
                print(f"cleaner: {item.origin}: cannot write output: {exc}", file=sys.stderr)
                continue
            n_out += 1
            counts.update(r["label"] for r in out["removed"])
            if args.explain:
                explain(item, out, sys.stderr)
    finally:
        if progress is not None:
            progress.close()
        sink.close()
    removed = ", ".join(f"{label} {counts[label]}" for label in NOISE_LABELS)
    print(f"cleaner: {n_in} in, {n_out} out, {n_failed} failed; removed segments: {removed}", file=sys.stderr)
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
