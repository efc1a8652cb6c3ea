"""The classifier: a linear model over features.py, stored as plain arrays (never a pickle).

A model file is an ``.npz`` archive with exactly three arrays: ``coef`` (classes x
features, float32), ``intercept`` (classes) and ``meta`` (UTF-8 JSON bytes: format,
version, classes, feature layout and a SHA-256 of the weights). It is loaded with
``allow_pickle=False`` and validated before use, so a tampered or foreign file gives a
clear `ModelError` and nothing in it is ever executed. The shipped model lives in
``cleaner/data/model.npz`` and is loaded once per process, lazily.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from functools import lru_cache
from importlib import resources
from os import PathLike
from pathlib import Path

import numpy as np
from scipy import sparse

from .features import HASH_FEATURES, HASHING, LAYOUT_NAMES, NGRAM_RANGE
from .result import LABELS

FORMAT = "cleaner-model"
VERSION = 1
SHIPPED = "model.npz"
#: A model file larger than this is refused before it is read.
MAX_MODEL_BYTES = 64 * 1024 * 1024


class ModelError(ValueError):
    """A model file that cannot be used: unreadable, foreign, or tampered with."""


def _digest(coef: np.ndarray, intercept: np.ndarray) -> str:
    h = hashlib.sha256()
    h.update(np.ascontiguousarray(coef, dtype="<f4").tobytes())
    h.update(np.ascontiguousarray(intercept, dtype="<f4").tobytes())
    return h.hexdigest()


class Model:
    """Class probabilities for feature rows; classes are a subset of LABELS."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: list[str], meta: dict | None = None):
        self.coef = np.ascontiguousarray(coef, dtype=np.float32)
        self.intercept = np.ascontiguousarray(intercept, dtype=np.float32)
        self.classes = list(classes)
        self.meta = dict(meta or {})
        self._split: tuple[np.ndarray, np.ndarray] | None = None

    def predict_parts(self, grams: sparse.csr_matrix, layout: np.ndarray) -> np.ndarray:
        """Softmax probabilities, columns in ``self.classes``, of the rows that
        features.feature_parts gives: n-gram and layout columns kept apart."""
        if grams.shape[0] == 0:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        if self._split is None:  # the two blocks of the weights, transposed once
            self._split = (np.ascontiguousarray(self.coef[:, :HASH_FEATURES].T),
                           np.ascontiguousarray(self.coef[:, HASH_FEATURES:].T))
        gram_weights, layout_weights = self._split
        scores = grams @ gram_weights + layout @ layout_weights + self.intercept
        return _softmax(np.asarray(scores, dtype=np.float64))

    def save(self, path: str | PathLike[str], **info: object) -> None:
        meta = {
            "format": FORMAT, "version": VERSION, "classes": self.classes,
            "hash_features": HASH_FEATURES, "ngram_range": list(NGRAM_RANGE), "hashing": HASHING,
            "layout": list(LAYOUT_NAMES), "sha256": _digest(self.coef, self.intercept),
            **self.meta, **info,
        }
        meta_bytes = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, coef=self.coef.astype("<f4"), intercept=self.intercept.astype("<f4"), meta=meta_bytes)


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores.astype(np.float32)


def load_model(path: str | PathLike[str]) -> Model:
    """Read and validate a model file; raise ModelError with the reason if it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror or exc}") from None
    if size > MAX_MODEL_BYTES:
        raise ModelError(f"model file {path} is {size} bytes, more than {MAX_MODEL_BYTES}")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path} is not a cleaner model (not an .npz archive)")
    try:
        with np.load(path, allow_pickle=False) as archive:
            names = set(archive.files)
            if names != {"coef", "intercept", "meta"}:
                raise ModelError(f"{path} is not a cleaner model (arrays {sorted(names)})")
            coef, intercept, meta_raw = archive["coef"], archive["intercept"], archive["meta"]
    except ModelError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, KeyError) as exc:
        raise ModelError(f"{path} is not a readable cleaner model: {exc}") from None
    if meta_raw.dtype != np.uint8 or meta_raw.ndim != 1:
        raise ModelError(f"{path}: metadata is not UTF-8 JSON bytes")
    try:
        meta = json.loads(meta_raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"{path}: metadata is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{path} is not a cleaner model (format {meta.get('format') if isinstance(meta, dict) else None!r})")
    if meta.get("version") != VERSION:
        raise ModelError(f"{path}: model version {meta.get('version')!r}, this cleaner reads version {VERSION}")
    classes = meta.get("classes")
    if not isinstance(classes, list) or not classes or any(c not in LABELS for c in classes) \
            or len(set(classes)) != len(classes) or "body" not in classes:
        raise ModelError(f"{path}: classes {classes!r} are not cleaner labels")
    layout = meta.get("layout")
    if meta.get("hash_features") != HASH_FEATURES or meta.get("ngram_range") != list(NGRAM_RANGE) \
            or meta.get("hashing") != HASHING \
            or not isinstance(layout, list) or not all(isinstance(n, str) for n in layout):
        raise ModelError(f"{path}: features differ from this cleaner's; retrain the model with this version")
    n_features = HASH_FEATURES + len(layout)
    if coef.dtype.kind != "f" or coef.shape != (len(classes), n_features) \
            or intercept.dtype.kind != "f" or intercept.shape != (len(classes),):
        raise ModelError(f"{path}: weight shapes {coef.shape}/{intercept.shape} do not fit "
                         f"{len(classes)} classes x {n_features} features")
    if not (np.isfinite(coef).all() and np.isfinite(intercept).all()):
        raise ModelError(f"{path}: weights are not finite numbers")
    if meta.get("sha256") != _digest(coef, intercept):
        raise ModelError(f"{path}: weights do not match their checksum (the file was altered)")
    coef = _to_current_layout(path, coef, layout)
    return Model(coef, intercept, classes, {k: v for k, v in meta.items() if k not in ("sha256", "layout")})


def _to_current_layout(path: Path, coef: np.ndarray, layout: list[str]) -> np.ndarray:
    """Re-index a model's layout columns to this cleaner's. Rules added since the model
    was trained get weight 0 and removed rules are dropped, so a model keeps working
    across rule-table changes; any other difference in the layout is an error."""
    if layout == list(LAYOUT_NAMES):
        return coef
    current = {name: k for k, name in enumerate(LAYOUT_NAMES)}
    if {n for n in layout if "rule_" not in n} != {n for n in LAYOUT_NAMES if "rule_" not in n}:
        raise ModelError(f"{path}: features differ from this cleaner's; retrain the model with this version")
    out = np.zeros((coef.shape[0], HASH_FEATURES + len(LAYOUT_NAMES)), dtype=np.float32)
    out[:, :HASH_FEATURES] = coef[:, :HASH_FEATURES]
    for k, name in enumerate(layout):
        if name in current:
            out[:, HASH_FEATURES + current[name]] = coef[:, HASH_FEATURES + k]
    return out


@lru_cache(maxsize=8)
def _cached(path: str) -> Model:
    return load_model(path)


def get_model(spec: str | PathLike[str] | None) -> Model | None:
    """The model an Options.model names: None for the shipped one, "" for rules only."""
    if spec is not None and str(spec) == "":
        return None
    if spec is None:
        return _shipped()
    return _cached(str(Path(spec).resolve()))


@lru_cache(maxsize=1)
def _shipped() -> Model | None:
    """The model in the package (looked up once per process: clean() asks per article)."""
    shipped = resources.files("cleaner") / "data" / SHIPPED
    if not shipped.is_file():
        return None
    with resources.as_file(shipped) as path:
        return _cached(str(path))
