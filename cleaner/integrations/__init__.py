"""Pipeline integrations: `cleaner` inside a Scrapy crawl or a datatrove pipeline.

Each integration lives in its own module and needs its framework installed, as an
extra of this package:

- ``cleaner.integrations.scrapy.CleanPipeline`` -- ``pip install 'cleaner[scrapy]'``
- ``cleaner.integrations.datatrove.CleanStep`` and ``CountBoilerplate`` --
  ``pip install 'cleaner[datatrove]'``

Importing this package imports neither framework. See ``docs/pipelines.md``.
"""
from __future__ import annotations

from ..boilerplate import SOURCE_FIELDS, source_of


__all__ = ["SOURCE_FIELDS", "source_of"]
