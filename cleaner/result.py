"""The values `clean()` returns: segments, parsed attribution, the result, and options."""
from __future__ import annotations

from dataclasses import dataclass, field
from os import PathLike
from collections.abc import Mapping
from typing import Any, Literal

#: Every piece of an article carries exactly one of these labels.
LABELS: tuple[str, ...] = ("body", "attribution", "notice", "ad", "chrome")
#: The labels whose text is removed from the clean text.
NOISE_LABELS: tuple[str, ...] = LABELS[1:]
#: The parsed attribution fields, in the order they are reported.
ATTRIBUTION_FIELDS: tuple[str, ...] = ("source", "author", "editor", "image_credit", "url")

InputFormat = Literal["auto", "text", "html"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of the input: ``input[start:end] == text``; segments tile the input."""

    label: str
    text: str
    start: int
    end: int
    score: float
    reason: str

    @property
    def removed(self) -> bool:
        return self.label != "body"


@dataclass(frozen=True)
class Attribution:
    """Who made the content and where it came from, as stated by its attribution lines."""

    source: list[str] = field(default_factory=list)
    author: list[str] = field(default_factory=list)
    editor: list[str] = field(default_factory=list)
    image_credit: list[str] = field(default_factory=list)
    url: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, list[str]]:
        return {name: list(getattr(self, name)) for name in ATTRIBUTION_FIELDS}

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in ATTRIBUTION_FIELDS)


@dataclass(frozen=True)
class Result:
    """The clean body, its attribution, and every segment of the input with its label."""

    text: str
    attribution: Attribution
    segments: tuple[Segment, ...]

    @property
    def removed(self) -> list[Segment]:
        """Removed segments that hold text (blank lines are not listed)."""
        return [s for s in self.segments if s.label != "body" and s.text.strip()]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"text", "attribution", "removed": [{"label", "text", "reason"}]}``."""
        return {
            "text": self.text,
            "attribution": self.attribution.to_dict(),
            "removed": [
                {"label": s.label, "text": s.text.strip(), "reason": s.reason} for s in self.removed
            ],
        }


@dataclass(frozen=True)
class Options:
    """How to clean; one immutable object instead of a long argument list.

    input_format: "auto" detects HTML, "text" and "html" force one. HTML is reduced to
        its article's text (one line per paragraph) before cleaning, and the Result's
        segments then tile that extracted text: their offsets point into it, not into
        the markup.
    model: path of a model file to use instead of the shipped one; None for the shipped
        model, "" (empty) for rules only.
    boilerplate: segments learned to recur at the head or tail of this article's source
        ({key: articles}, from cleaner.boilerplate); they are removed with the reason
        "recurs in N articles".
    """

    input_format: InputFormat = "auto"
    model: str | PathLike[str] | None = None
    boilerplate: Mapping[str, int] | None = None
