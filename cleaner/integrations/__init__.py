"""Pipeline integrations: `cleaner` inside a Scrapy crawl or a datatrove pipeline.

Each integration lives in its own module and needs its framework installed, as an
extra of this package:

- ``cleaner.integrations.scrapy.CleanPipeline`` -- ``pip install 'cleaner[scrapy]'``
- ``cleaner.integrations.datatrove.CleanStep`` and ``CountBoilerplate`` --
  ``pip install 'cleaner[datatrove]'``

Importing this package imports neither framework. See ``docs/pipelines.md``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

#: Fields that name a record's source, in the order they are tried (as the CLI's
#: ``--learn-boilerplate`` does); failing them, the host of the record's ``url``.
SOURCE_FIELDS: tuple[str, ...] = ("source", "site", "domain", "sitename", "account")


def source_of(record: Mapping[str, Any] | None) -> str | None:
    """The source a record names, for per-source boilerplate: its 'source', 'site',
    'domain', 'sitename' or 'account' field, or the host of its 'url' (the rule of
    ``cleaner.cli.source_of``, for plain mappings such as a datatrove Document's metadata).

    >>> source_of({"site": " 港城物流圈 ", "url": "https://a.example/1"})
    '港城物流圈'
    >>> source_of({"url": "https://news.example.com/a/1"}), source_of({}), source_of(None)
    ('news.example.com', None, None)
    """
    if not record:
        return None
    for name in SOURCE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    url = record.get("url")
    if isinstance(url, str) and "://" in url:
        try:
            return urlsplit(url).hostname
        except ValueError:  # a malformed URL names no source
            return None
    return None


__all__ = ["SOURCE_FIELDS", "source_of"]
