"""cleaner: take reposted articles apart into the body, its attribution, and the noise.

>>> import cleaner
>>> result = cleaner.clean("正文第一段。\\n来源:新华社")
>>> result.text, result.attribution.source
('正文第一段。', ['新华社'])
"""
from __future__ import annotations

from .core import clean
from .model import ModelError
from .result import ATTRIBUTION_FIELDS, LABELS, NOISE_LABELS, Attribution, Options, Result, Segment

__all__ = [
    "clean", "Options", "ModelError", "Result", "Segment", "Attribution",
    "LABELS", "NOISE_LABELS", "ATTRIBUTION_FIELDS", "__version__",
]
__version__ = "0.1.0"
