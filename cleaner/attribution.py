"""Parse attribution lines into fields: source, author, editor, image_credit, url.

Two readers, both tables of patterns:
- sentences (mostly English): "This article is republished from <name>", "This post
  appeared first on <name>", "By <name>", "<name> contributed to this report";
- keyed lines: ``key: value [key: value …]`` with keys from FIELD_KEYS (simplified and
  traditional Chinese, and English keys followed by a colon). A key whose value is empty
  takes the following attribution lines as its value (资讯来源: / cybersecuritynews), and a
  word broken over two lines is glued back (Pixa / bay License).
Names lose quotes, brackets and platform suffixes (“网信中国”微信公众号 → 网信中国); several
names are split (编辑:周婷 | 审核:王磊); URLs are kept whole.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

import regex

from .result import ATTRIBUTION_FIELDS, Attribution

# Field keys, longest first within a row so that 责任编辑 wins over 编辑.
# "skip": recognised, so that it ends the previous value, but recorded nowhere (a
# translator has no field; a repost's own permalink is not where the content came from).
# "source-name": a source whose link points at the reposting project, not the original.
FIELD_KEYS: tuple[tuple[str, str], ...] = (
    ("url", r"原文链接|原文鏈接|原文地址|原文網址|原文网址|新闻链接|新聞鏈接|参考链接|參考鏈接|相关链接|原文出处|技术报告|技術報告|原文|链接|鏈接|网址|網址"
            r"|original (?:article|link|url|post)|via"),
    ("skip", r"本文永久链接|永久链接|译者|譯者|翻译|翻譯|translator|translated by|publisher|subject|collector|status|date|url|原标题|原標題"),
    ("image_credit", r"图片来源于|圖片來源於|图片来自于|图片来源|圖片來源|图片来自|圖片來自|图源|圖源|题图|題圖|插画|插畫|插图|插圖|配图|配圖|封面图|封面|头图|頭圖|摄影|攝影|图片|圖片"
                     r"|(?:top |header |featured |cover |lead )?(?:photo(?:graph)?s?|images?|pictures?|illustrations?)(?: credits?| by| courtesy(?: of)?| source)?|credits?"),
    ("source-name", r"译文出自|譯文出自"),
    ("source", r"资料来源|資料來源|消息来源|消息來源|本文来源|文章来源|信息来源|資訊來源|资讯来源|新闻来源|新聞來源|内容来源|參考來源|参考来源|参考资料|參考資料|原文来源|原文來源|稿件来源"
               r"|本文转载自|本文轉載自|转载自|轉載自|出处|出處|来源于|來源於|来源|來源|转自|轉自|出自"
               r"|original source|sources?"),
    ("author", r"原文作者|原作者|作者|撰文|撰稿|记者|記者|通讯员|通訊員|实习生|實習生|author|authors|written by|authored by|contributed by|by|文"),
    ("editor", r"责任编辑|責任編輯|执行主编|主编|主編|责编|責編|编辑|編輯|审核|審核|审校|審校|校对者|校對者|校对|校對|终审|終審|初审|複審|复审"
               r"|核稿编辑|核稿編輯|编译|編譯|监制|監製|选题|選題|统筹|統籌|出品人|出品|策划|策劃|编审|編審|reviewer|edited by|editing by|editors?"),
)

_KEY = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?P<key>" + "|".join(f"(?P<{field.replace('-', '_')}>{pattern})" for field, pattern in FIELD_KEYS) + r")"
    r"(?P<sep>\s*[:|丨/]|\s+(?=\S)|\s*$|(?<=[自于於])(?=\S))"
)
_LATIN_KEY = regex.compile(r"^[A-Za-z ]+$")
# Single-character and common-word keys only count at the start of a line.
_LEADING_ONLY = regex.compile(r"(?i)^(?:文|by|via|url|date|status|subject|sources?|credits?|authors?)$")

# Sentences that name a source or an author (mostly English syndication lines).
_NAME = r"(?:\[(?P<link>[^\]]{2,80})\]\([^)]*\)|[\"“](?P<quoted>[^\"”]{2,80})[\"”]|(?:the )?(?P<plain>\p{Lu}[\w&'’-]*(?:\.[\w&'’-]+)*(?: (?:of |for |and |the )?[\p{Lu}\d][\w&'’-]*(?:\.[\w&'’-]+)*){0,5}))"
SENTENCES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("source", regex.compile(
        r"(?i:appeared first|first appeared|originally (?:appeared|published|posted|ran)|first (?:published|posted)"
        r"|(?:is|was) (?:re-?published|reprinted|reproduced|syndicated|adapted)|re-?published|reprinted|cross-?posted|syndicated)"
        r"(?: here)?(?: with permission)? (?i:on|in|at|from|by) " + _NAME)),
    ("author", regex.compile(r"^(?i:by|written by|authored by|contributed by)\s+" + _NAME)),
    ("author", regex.compile(_NAME + r" (?i:contributed to this (?:report|story|article))")),
    ("author", regex.compile(r"^(?P<plain>(?:\p{Lu}[\w.'-]+ ){1,3})(?:is|was|writes) ")),
)

_MD_LINK = regex.compile(r"\[([^\]]*)\]\((\S+?)\)|\[([^\]]+)\]\[[^\]]*\]|<(https?://[^>\s]+)>")
_URL = regex.compile(r"https?://[^\s<>()\[\]“”\"'，。、]+|www\.[^\s<>()\[\]“”\"'，。、]+")
_SPLIT = regex.compile(r"\s*(?:[|丨、,，;；]|\s/\s|(?<=\p{Han})/(?=\p{Han})|\band\b|&|\s{2,})\s*")
_QUOTES = regex.compile(r"[\"“”《》「」『』〈〉【】\[\]()（）<>*`]|^['‘’]+|['‘’]+$|(?<!\w)_+|_+(?!\w)")
_PLATFORM = regex.compile(
    r"(?i)(?:微信公众号|微信公眾號|微信公众平台|公众号|公眾號|微信号|微信號|官方微信|官方微博|微博|头条号|頭條號|视频号|視頻號|网站|網站|官网|官網"
    r"|客户端|客戶端)$|^(?:微信公众号|微信公眾號|公众号|公眾號|微信)"
)
_TRAIL = regex.compile(r"(?i)[\s.,;:，。；：!！]+$|\s*licen[cs]e$|\s+(?:on|at|in|under)$|^(?:于|於|自)")
_PLACEHOLDER = regex.compile(r"^\p{Han}{1,4}ID$|^(?:name|id|xxx|某某)$", regex.I)
_WORDISH = regex.compile(r"[\p{L}\p{N}]")
_HAN = regex.compile(r"\p{Han}")
_LATIN_WORDS = regex.compile(r"[A-Za-z]+(?: [A-Za-z]+)?")
_LATIN_END = regex.compile(r"[A-Za-z]$")
# Markdown emphasis, but not the "__" inside a URL's query (mp.weixin.qq.com/s?__biz=…).
_EMPHASIS = regex.compile(r"\*\*|(?<![\w?&=/])__|__(?![\w])")
_MARKDOWN_LEAD = regex.compile(r"^(?:\s|>|#{1,6}|[-*+•]\s|\[#\]:)*")
_SITE_SEPARATOR = regex.compile(r"\s+[-|–—_]\s+|——")
#: Lines heavier than this are sentences: only a key that opens them is read.
LONG_LINE = 80
#: Longest plausible name, in characters (CJK) and in words (Latin).
MAX_NAME_CHARS, MAX_NAME_WORDS = 24, 6


def _clean_name(name: str) -> str:
    name = _QUOTES.sub("", name).strip()
    for _ in range(2):
        name = _PLATFORM.sub("", name).strip()
        name = _TRAIL.sub("", name).strip()
    return name


def _plausible(name: str) -> bool:
    if not name or not _WORDISH.search(name) or _PLACEHOLDER.match(name):
        return False
    if _HAN.search(name):
        return len(name) <= MAX_NAME_CHARS
    return len(name.split()) <= MAX_NAME_WORDS and len(name) <= 60


def _split_names(value: str) -> list[str]:
    """Names in a value: split on separators, and on spaces between CJK names.

    >>> _split_names("周婷 | 王磊")
    ['周婷', '王磊']
    >>> _split_names("Thomas Maurer's Blog")
    ["Thomas Maurer's Blog"]
    >>> _split_names("Mario Tama / Getty Images")
    ['Mario Tama', 'Getty Images']
    """
    out = []
    for part in _SPLIT.split(value):
        if _HAN.search(part) and " " in part.strip():
            out.extend(p for p in part.split(" ") if p)
        elif part:
            out.append(part)
    return out


def _is_article_url(url: str) -> bool:
    """A link to a page, not to a site's home page."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return False
    return bool(parts.path.strip("/") or parts.query)


def _normal(line: str) -> str:
    text = unicodedata.normalize("NFKC", line)
    text = _MARKDOWN_LEAD.sub("", text, count=1)
    return _EMPHASIS.sub("", text).strip(" *")


def _keyed(text: str) -> list[tuple[str | None, str]]:
    """(field, value) pairs of one line; a single (None, text) when it has no key."""
    found = []
    long = len(text) > LONG_LINE
    for m in _KEY.finditer(text):
        key, sep = m.group("key"), m.group("sep")
        at_start = not text[: m.start()].strip(" *>-(（[【")
        if long and not at_start:
            break
        if not at_start and (_LEADING_ONLY.match(key) or (_LATIN_KEY.match(key) and ":" not in sep)):
            continue
        if at_start and not sep.strip() and _LATIN_KEY.match(key) and not key.lower().endswith("by") \
                and key.lower() not in ("via",):
            continue  # "Source said…": an English key needs its colon
        field = next(f for f, _ in FIELD_KEYS if m.group(f.replace("-", "_")) is not None)
        found.append((m.start(), m.end(), field))
    if not found:
        return [(None, text)]
    pairs: list[tuple[str | None, str]] = []
    if text[: found[0][0]].strip(" *>-(（[【"):
        pairs.append((None, text[: found[0][0]]))
    for k, (_, end, field) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        value = text[end:stop]
        if long:
            value = regex.split(r"[。;；]", value, maxsplit=1)[0]
        pairs.append((field, value))
    return pairs


class _Collector:
    def __init__(self) -> None:
        self.fields: dict[str, list[str]] = {f: [] for f in ATTRIBUTION_FIELDS}

    def urls(self, urls: Iterable[str]) -> None:
        self.fields["url"].extend(u for u in urls if _is_article_url(u))

    def value(self, field: str, value: str) -> None:
        if field == "skip":
            return
        urls: list[str] = []
        targets: list[str] = []

        def link(m: regex.Match[str]) -> str:
            label, target, ref_label, bare = m.group(1), m.group(2), m.group(3), m.group(4)
            if bare:
                urls.append(bare)
                return " "
            if ref_label is not None:
                return f" {ref_label} "
            if target and target.startswith(("http://", "https://", "www.")):
                targets.append(target)
            if label and not _URL.fullmatch(label.strip()):
                parts = _SITE_SEPARATOR.split(label) if field.startswith("source") else [label]
                return f" {parts[-1]} "
            return " "

        rest = _MD_LINK.sub(link, value)
        rest = _URL.sub(lambda m: urls.append(m.group(0)) or " ", rest)
        if field == "url":
            self.urls(targets + urls)
            return
        if field == "source":
            self.urls(targets + urls)
        if field == "source-name":
            field = "source"
        for name in _split_names(rest.strip(" ()（）[]<>")):
            name = _clean_name(name)
            if _plausible(name):
                self.fields[field].append(name)

    def sentence(self, text: str) -> bool:
        hit = False
        for field, pattern in SENTENCES:
            for m in pattern.finditer(text):
                name = m.group("link") if "link" in pattern.groupindex and m.group("link") else None
                name = name or m.groupdict().get("quoted") or m.groupdict().get("plain") or ""
                name = _clean_name(name.strip())
                if _plausible(name):
                    self.fields[field].append(name)
                    hit = True
        if hit:
            self.urls(_urls_in(text))
        return hit


def parse_attribution(lines: Iterable[str]) -> Attribution:
    """Parse attribution lines, in order, into an Attribution.

    >>> a = parse_attribution(["图源:中国网信网", "来源:“网信中国”微信公众号"])
    >>> a.source, a.image_credit
    (['网信中国'], ['中国网信网'])
    >>> parse_attribution(["编辑:周婷 | 审核:王磊"]).editor
    ['周婷', '王磊']
    >>> parse_attribution(["This article is republished from The Conversation under a Creative Commons license."]).source
    ['The Conversation']
    """
    out = _Collector()
    items: list[list] = []  # [field, value, carried-lines] in order
    open_key = False  # the last item is a key still waiting for its value
    for line in lines:
        text = _normal(line)
        if not text:
            continue
        pairs = _keyed(text)
        if pairs[0][0] is None:
            loose = pairs[0][1].strip()
            if items and (open_key or _is_fragment(loose, items[-1][1])):
                items[-1][2].append(loose.lstrip(":："))
                pairs = pairs[1:]
                if not pairs:
                    continue
            elif len(pairs) == 1:
                if not out.sentence(loose) and (_URL.fullmatch(loose) or _MD_LINK.fullmatch(loose)):
                    out.urls(_urls_in(loose))
                open_key = False
                continue
            else:
                out.sentence(loose)
                pairs = pairs[1:]
        for field, value in pairs:
            items.append([field, value, []])
        open_key = not _WORDISH.search(items[-1][1])
    for field, value, carried in items:
        if carried:
            if any(_URL.search(c) for c in carried):
                carried = [c for c in carried if _URL.search(c)]  # a title above its link
                value = value + " " + " ".join(carried)
            else:
                value = value + "".join(carried)
        out.value(field, value)
    return Attribution(**{f: _dedupe(out.fields[f]) for f in ATTRIBUTION_FIELDS})


def _is_fragment(loose: str, previous: str) -> bool:
    """A word broken over lines: a short Latin piece after a value ending in a letter."""
    return (len(loose) <= 12 and _LATIN_WORDS.fullmatch(loose) is not None
            and _LATIN_END.search(previous.strip()) is not None)


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
