"""Parse attribution lines into fields: source, author, editor, image_credit, url.

A line is read as ``key: value [key: value …]`` where keys come from the table
FIELD_KEYS (Chinese, traditional Chinese and English). A key whose value is empty takes
the following attribution lines as its value (资讯来源: / cybersecuritynews). Names
lose quotes, brackets and platform suffixes (“网信中国”微信公众号 → 网信中国); several
names are split (编辑:周婷 | 审核:王磊); URLs are kept whole.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

from .result import ATTRIBUTION_FIELDS, Attribution

# Field keys, longest first within a row so that 责任编辑 wins over 编辑. "skip" keys are
# recognised (so that they end the previous value) but record nothing: a translator has
# no field, and a repost's own permalink is not where the content came from.
FIELD_KEYS: tuple[tuple[str, str], ...] = (
    ("url", r"原文链接|原文鏈接|原文地址|原文網址|原文网址|新闻链接|新聞鏈接|参考链接|參考鏈接|相关链接|原文出处|原文|链接|鏈接|网址|網址"
            r"|original (?:article|link|url|post)|read the (?:original|entire|full) (?:article|post|story)(?: here)?|via"),
    ("skip", r"本文永久链接|永久链接|译者|譯者|翻译|翻譯|translator|translated by|publisher|subject|collector|reviewer|status|date|url|原标题|原標題"),
    ("image_credit", r"图片来源|圖片來源|图片来自|圖片來自|图源|圖源|题图|題圖|插画|插畫|插图|插圖|配图|配圖|封面图|封面|头图|頭圖|摄影|攝影|图片|圖片"
                     r"|(?:top |header |featured |cover |lead )?(?:photo(?:graph)?s?|images?|pictures?|illustrations?)(?: credits?| by| courtesy(?: of)?| source)?|credits?"),
    ("source", r"本文来源|文章来源|信息来源|資訊來源|资讯来源|新闻来源|新聞來源|内容来源|參考來源|参考来源|原文来源|原文來源|稿件来源|本文转载自|本文轉載自"
               r"|转载自|轉載自|译文出自|譯文出自|出处|出處|来源于|來源於|来源|來源|转自|轉自|出自"
               r"|original source|sources?|originally published (?:at|in|on|by)|first published (?:at|in|on|by)"
               r"|republished from|reprinted from|appeared first on|originally appeared on|this (?:article|story|post) (?:is|was) republished from"),
    ("author", r"原文作者|原作者|作者|撰文|撰稿|记者|記者|author|authors|written by|authored by|contributed by|by|文"),
    ("editor", r"责任编辑|責任編輯|执行主编|主编|主編|责编|責編|编辑|編輯|审核|審核|审校|審校|校对者|校對者|校对|校對|终审|終審|初审|複審|复审"
               r"|编译|編譯|监制|監製|选题|選題|统筹|統籌|出品人|出品|策划|策劃|编审|編審|reviewer|edited by|editing by|editors?"),
)

_KEY = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?P<key>" + "|".join(f"(?P<{field}>{pattern})" for field, pattern in FIELD_KEYS) + r")"
    r"\s*(?:(?<=\bby)\s|[:|丨]|\s*$|(?<=[\p{Han}])(?=[\s\[“\"「《(]))"
)
# Fields whose key must open the line (or follow a separator): "文" and "by" are too
# common inside sentences to be keys elsewhere.
_LEADING_ONLY = regex.compile(r"(?i)^(?:文|by|via|url|date|status|subject|sources?|credits?)$")

_MD_LINK = regex.compile(r"\[([^\]]*)\]\((\S+?)\)|\[([^\]]+)\]\[[^\]]*\]|<(https?://[^>\s]+)>")
_URL = regex.compile(r"https?://[^\s<>()\[\]“”\"'，。、]+|www\.[^\s<>()\[\]“”\"'，。、]+")
_SPLIT = regex.compile(r"\s*(?:[|丨/、,，;；]|\band\b|&|\s{2,})\s*")
_QUOTES = regex.compile(r"[\"'“”‘’《》「」『』〈〉【】\[\]()（）<>*_`]")
_PLATFORM = regex.compile(
    r"(?i)(?:微信公众号|微信公眾號|微信公众平台|公众号|公眾號|微信号|微信號|官方微信|官方微博|微博|头条号|頭條號|视频号|視頻號|网站|網站|官网|官網"
    r"|客户端|客戶端|app)$|^(?:微信公众号|微信公眾號|公众号|公眾號|微信)"
)
_TRAIL = regex.compile(r"(?i)[\s.,;:，。；：!！]+$|\s*licen[cs]e$|\s*(?:on|at|in)\s*$")
_MARKDOWN_LEAD = regex.compile(r"^(?:\s|>|#{1,6}|[-*+•]\s|\[#\]:)*")
_EN_APPEARED = regex.compile(
    r"(?i)(?:appeared first on|originally (?:appeared|published) (?:on|at|in)|republished from|reprinted from)\s+"
    r"(?:the\s+)?[\"“]?(?P<name>[^\"”.\[\]]{2,60}?)[\"”]?(?:\.|\s+under\b|\s*$|\s*\[|,)"
)


def _clean_name(name: str) -> str:
    name = _QUOTES.sub("", name).strip()
    for _ in range(2):
        name = _PLATFORM.sub("", name).strip()
        name = _TRAIL.sub("", name).strip()
    return name


def _split_names(value: str) -> list[str]:
    """Names in a value: split on separators, and on spaces between CJK names.

    >>> _split_names("周婷 | 王磊")
    ['周婷', '王磊']
    >>> _split_names("Thomas Maurer's Blog")
    ["Thomas Maurer's Blog"]
    """
    out = []
    for part in _SPLIT.split(value):
        if regex.search(r"\p{Han}", part) and " " in part.strip():
            out.extend(p for p in part.split(" ") if p)
        elif part:
            out.append(part)
    return out


def _pieces(line: str) -> list[tuple[str | None, str]]:
    """(field, value) pairs of one attribution line; field None for a line with no key."""
    text = unicodedata.normalize("NFKC", line)
    text = _MARKDOWN_LEAD.sub("", text, count=1)
    text = text.replace("**", "").replace("__", "").strip()
    found = []
    for m in _KEY.finditer(text):
        field = next(f for f, _ in FIELD_KEYS if m.group(f) is not None)
        key = m.group("key")
        if _LEADING_ONLY.match(key) and text[: m.start()].strip(" *>-(（"):
            continue
        found.append((m.start(), m.end(), field))
    if not found:
        return [(None, text)]
    pairs: list[tuple[str | None, str]] = []
    if text[: found[0][0]].strip(" *>-(（[【"):
        pairs.append((None, text[: found[0][0]]))
    for k, (_, end, field) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        pairs.append((field, text[end:stop]))
    return pairs


def _values(field: str, value: str, fields: dict[str, list[str]]) -> None:
    urls: list[str] = []
    names: list[str] = []

    def link(m: regex.Match[str]) -> str:
        label, target, ref_label, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        if bare:
            urls.append(bare)
            return " "
        if ref_label is not None:
            return f" {ref_label} "
        if target and target.startswith(("http://", "https://", "www.")):
            urls.append(target)
        if label and not _URL.fullmatch(label.strip()):
            return f" {label} "
        return " "

    rest = _MD_LINK.sub(link, value)
    rest = _URL.sub(lambda m: urls.append(m.group(0)) or " ", rest)
    rest = rest.strip(" ()（）[]<>")
    if field in ("source", "url", "image_credit") or field is None:
        pass
    if field == "url":
        fields["url"].extend(urls)
        return
    if field == "source":
        fields["url"].extend(urls)
    for name in _split_names(rest):
        name = _clean_name(name)
        if name and len(name) <= 60 and regex.search(r"[\p{L}\p{N}]", name):
            names.append(name)
    fields[field].extend(names)


def parse_attribution(lines: Iterable[str]) -> Attribution:
    """Parse attribution lines, in order, into an Attribution.

    >>> a = parse_attribution(["图源:中国网信网", "来源:“网信中国”微信公众号"])
    >>> a.source, a.image_credit
    (['网信中国'], ['中国网信网'])
    >>> parse_attribution(["编辑:周婷 | 审核:王磊"]).editor
    ['周婷', '王磊']
    """
    fields: dict[str, list[str]] = {f: [] for f in ATTRIBUTION_FIELDS}
    fields["skip"] = []
    pending: str | None = None  # a key still waiting for its value
    carry = ""
    for line in lines:
        pairs = _pieces(line)
        if pairs[0][0] is None and pending is not None:
            carry += pairs[0][1].strip().lstrip(":：")
            pairs = pairs[1:]
            if not pairs:
                continue
        if pending is not None:
            _values(pending, carry, fields)
            pending, carry = None, ""
        for k, (field, value) in enumerate(pairs):
            if field is None:
                appeared = _EN_APPEARED.search(value)
                if appeared:
                    _values("source", appeared.group("name"), fields)
                    fields["url"].extend(u for u in _urls_in(value))
                elif _URL.fullmatch(value.strip()) or _MD_LINK.fullmatch(value.strip()):
                    fields["url"].extend(_urls_in(value))
                continue
            last = k == len(pairs) - 1
            if last and not regex.search(r"[\p{L}\p{N}]", value):
                pending, carry = field, ""
                continue
            _values(field, value, fields)
    if pending is not None and carry:
        _values(pending, carry, fields)
    return Attribution(**{f: _dedupe(fields[f]) for f in ATTRIBUTION_FIELDS})


def _urls_in(text: str) -> list[str]:
    out = []
    for m in _MD_LINK.finditer(text):
        if m.group(2):
            out.append(m.group(2))
        elif m.group(4):
            out.append(m.group(4))
    stripped = _MD_LINK.sub(" ", text)
    out.extend(m.group(0) for m in _URL.finditer(stripped))
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        item = item.rstrip(".,;)")
        key = item.lower().rstrip("/")
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out
