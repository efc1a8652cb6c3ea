"""A Scrapy item pipeline that cleans each scraped article as it is scraped.

Enable it in the project's settings (``pip install 'cleaner[scrapy]'``)::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanPipeline": 300}

Settings (all optional):

CLEANER_TEXT_FIELD (default "text")
    The field holding the article as text or Markdown; the clean text is written back
    into it. A list of strings (what ``selector.getall()`` returns) is read one string a
    line.
CLEANER_HTML_FIELD (default "html")
    The field holding the page's HTML, used when the text field holds no text. It is
    cleaned with ``Options(input_format="html")`` (the article is found in the page and
    the page's metadata fills attribution fields its text leaves empty); the clean text
    goes to the text field and the HTML itself is left as it was.
CLEANER_ATTRIBUTION_FIELD (default "attribution")
    Where the parsed attribution goes: ``{"source", "author", "editor", "image_credit",
    "url"}``, each a list of strings. An empty value ("" or None) writes none.
CLEANER_REMOVED_FIELD (default "removed")
    Where the removals go: a list of ``{"label", "text", "reason"}``. An empty value
    writes none.
CLEANER_MODEL (default: the shipped model)
    Path of a model file trained with ``python -m training.train``; "rules" (or "")
    runs the rules alone. The model is loaded and validated when the spider opens, so a
    bad file stops the crawl at once (``cleaner.ModelError``) rather than item by item.

Which items it touches: an item whose text field and html field both hold no text
(missing, None, empty, or not a string) passes through untouched, as does every item
after an unexpected error (logged with the item's ``url`` when it has one, and counted).
Items are never dropped.

Item types: anything `itemadapter` supports. A dict takes any field. A declared item
(``scrapy.Item``, dataclass, attrs or pydantic item) only holds the fields it declares:
an output field it does not declare is *not written* (the other outputs still are) and
one warning per item class and field says which field to declare or which setting to
change; the item itself is returned, never dropped, and the crawl goes on. So declare
``text``, ``attribution`` and ``removed`` (or the fields the settings name) on items that
should carry them.

Crawl stats (``crawler.stats``): ``cleaner/items_cleaned``, ``cleaner/items_skipped``
(no text), ``cleaner/items_failed``, ``cleaner/fields_not_declared`` and
``cleaner/removed/<label>`` (segments removed, by label).
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from itemadapter import ItemAdapter

from .. import Options, clean
from ..model import get_model

logger = logging.getLogger(__name__)

#: Defaults of the settings, by setting name.
DEFAULTS: Mapping[str, str] = {
    "CLEANER_TEXT_FIELD": "text",
    "CLEANER_HTML_FIELD": "html",
    "CLEANER_ATTRIBUTION_FIELD": "attribution",
    "CLEANER_REMOVED_FIELD": "removed",
}


def _model_spec(value: Any) -> str | None:
    """CLEANER_MODEL as an Options.model: None (unset) for the shipped model, "" for
    rules only ("rules" or ""), a path otherwise."""
    if value is None:
        return None
    value = str(value).strip()
    return "" if value in ("", "rules") else value


class CleanPipeline:
    """Clean each item's article; write the clean text, attribution and removals back.

    Built by Scrapy through `from_crawler` from the CLEANER_* settings (see the module
    docstring); it can also be built directly, e.g. in a test::

        CleanPipeline(text_field="body", attribution_field="credits")
    """

    def __init__(self, text_field: str = "text", html_field: str | None = "html", *,
                 attribution_field: str | None = "attribution", removed_field: str | None = "removed",
                 model: str | None = None, stats: Any = None) -> None:
        if not text_field:
            raise ValueError("CleanPipeline needs a text field (CLEANER_TEXT_FIELD) to write the clean text to")
        self.text_field = text_field
        self.html_field = html_field or None
        self.attribution_field = attribution_field or None
        self.removed_field = removed_field or None
        self.model = _model_spec(model)
        self.stats = stats  # scrapy's StatsCollector, when built from a crawler
        self._text_options = Options(input_format="auto", model=self.model)
        self._html_options = replace(self._text_options, input_format="html")
        self._warned: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        settings = crawler.settings

        def setting(name: str) -> str | None:
            value = settings.get(name, DEFAULTS[name])
            return value if value is None else str(value)

        return cls(
            text_field=setting("CLEANER_TEXT_FIELD") or DEFAULTS["CLEANER_TEXT_FIELD"],
            html_field=setting("CLEANER_HTML_FIELD"),
            attribution_field=setting("CLEANER_ATTRIBUTION_FIELD"),
            removed_field=setting("CLEANER_REMOVED_FIELD"),
            model=settings.get("CLEANER_MODEL"),
            stats=getattr(crawler, "stats", None),
        )

    # ``spider`` is optional: Scrapy >= 2.14 calls these without it (and warns about
    # pipelines that require it); older versions pass it.
    def open_spider(self, spider: Any = None) -> None:
        get_model(self.model)  # load and validate now: a bad model file fails the crawl here

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        field, value = self._input(adapter)
        if field is None:
            self._inc("cleaner/items_skipped")
            return item
        options = self._html_options if field == self.html_field else self._text_options
        try:
            result = clean(value, options).to_dict()
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop a crawl
            self._inc("cleaner/items_failed")
            logger.warning("cleaner: could not clean item %s (%s: %s); passed through unchanged",
                           self._where(adapter), type(exc).__name__, exc)
            return item
        self._put(adapter, self.text_field, result["text"])
        if self.attribution_field:
            self._put(adapter, self.attribution_field, result["attribution"])
        if self.removed_field:
            self._put(adapter, self.removed_field, result["removed"])
        self._inc("cleaner/items_cleaned")
        for removal in result["removed"]:
            self._inc(f"cleaner/removed/{removal['label']}")
        return item

    # ---------------------------------------------------------------- helpers

    def _input(self, adapter: ItemAdapter) -> tuple[str | None, str]:
        """(field, text) of the article to clean: the text field when it holds text,
        else the html field; (None, "") when neither does."""
        for name in (self.text_field, self.html_field):
            if not name:
                continue
            value = adapter.get(name)
            if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
                value = "\n".join(value)
            if isinstance(value, str) and value.strip():
                return name, value
        return None, ""

    def _put(self, adapter: ItemAdapter, name: str, value: Any) -> None:
        try:
            adapter[name] = value
        except KeyError:  # a declared item without this field: skip this output, once warned
            self._inc("cleaner/fields_not_declared")
            cls = type(adapter.item).__name__
            if (cls, name) not in self._warned:
                self._warned.add((cls, name))
                what = {self.text_field: "clean text", self.attribution_field: "attribution",
                        self.removed_field: "list of removals"}.get(name, name)
                logger.warning("cleaner: %s declares no field %r, so the %s is not stored; declare the field "
                               "or set the CLEANER_* setting that names it (items are passed on regardless)",
                               cls, name, what)

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

    @staticmethod
    def _where(adapter: ItemAdapter) -> str:
        url = adapter.get("url")  # None, not an error, when a declared item has no 'url'
        return repr(url) if url else f"of type {type(adapter.item).__name__}"


__all__ = ["CleanPipeline", "DEFAULTS"]
