"""The HTML front end: find the article in a page and turn it into one line per paragraph.

The rest of `cleaner` works on lines, so extraction must not do its job for it: a repost's
trailer (图源/来源 lines, 版权归原作者所有…, an ad with a 400 hotline, 阅读原文) has to
come out of the page as lines of its own, for the line pipeline to label and report.

How the article region is chosen, in order:

1. WeChat pages: the ``#js_content`` / ``.rich_media_content`` element, every ``<p>`` and
   ``<section>`` leaf a line (trafilatura drops paragraphs nested in sections and takes in
   the page furniture around the element: 微信扫一扫关注该公众号, 预览时标签不可点…).
2. Pages with a known article-body element (``TRS_Editor``, ``article-content``,
   ``post_body``, ``itemprop=articleBody``…, and the looser ``article``/``content``): that
   element, when it holds what trafilatura found (trafilatura drops elements whose class
   says "ad", and on pages without ``<p>`` paragraphs takes in the navigation).
3. Otherwise trafilatura's main-content extraction (recall-oriented, no deduplication, no
   comments, tables kept, plain text) finds the region: the deepest element holding its
   first and last long paragraphs is serialised ourselves, one line per block, when it
   holds what trafilatura found and not much more; else trafilatura's own text is used
   (one line per paragraph; list items as ``- …``).

Safety: the page is parsed by lxml's HTML parser with the network off and no DTD
processing (an internal DTD subset is removed before parsing: its entities are never
expanded); inputs over MAX_HTML_CHARS are trimmed, pages with more than MAX_ELEMENTS
elements are serialised without trafilatura (its cost grows faster than linearly with
the number of short blocks), and any failure, including a tree the parser cut short
(nesting deeper than libxml2's limit), falls back to a plain tag-stripping pass with
line breaks at block tags. `extract` never raises.
"""
from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass, field

#: Markup beyond this many characters (after scripts, styles and comments are dropped)
#: is cut off before parsing: the article of a page is near its start.
MAX_HTML_CHARS = 10_000_000
#: Pages with more elements than this are not given to trafilatura (whose time grows
#: faster than linearly with the number of blocks); the article container, or the page
#: body without its navigation, is serialised instead.
MAX_ELEMENTS = 25_000
#: Up to this many elements trafilatura may also run its readability/jusText comparison
#: (quadratic in the number of short paragraphs); above it, its own extractor only.
FULL_EXTRACTION_MAX_ELEMENTS = 5_000
#: A known article container is used only when it holds at least this much text outside
#: links, and links are at most this share of its text.
CONTAINER_MIN_CHARS = 60
CONTAINER_MAX_LINK_DENSITY = 0.35

_SAMPLE_CHARS = 4096

# ------------------------------------------------------------------ detection

_BLOCK_NAMES = (
    "p|div|br|section|article|main|header|footer|nav|aside|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th"
    "|blockquote|pre|figure|figcaption|img|span|a|strong|em|b|i|font|hr|dl|dt|dd|center|iframe|form"
)
_DOC_START = re.compile(r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.I | re.S)
_DOC_TAG = re.compile(r"<(?:html|head|body|article|meta|title)\b[^<>]{0,2000}>", re.I)
_TAG = re.compile(rf"</?(?:{_BLOCK_NAMES})\b[^<>]{{0,2000}}>", re.I)
#: Structural tags: <br>, <hr> and <img> do not count (Markdown uses them inline).
_BLOCK_TAG = re.compile(r"</?(?:p|div|section|article|main|h[1-6]|ul|ol|li|table|tr|td|blockquote|pre|figure)\b[^<>]{0,2000}>",
                        re.I)


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page or fragment rather than plain text or Markdown.

    Cheap: only the first few KB are read. A doctype or an ``<html>/<head>/<body>`` start
    decides at once; otherwise there must be structural tags (``<p>``, ``<div>``,
    ``<section>``…; ``<br>``, ``<hr>`` and ``<img>`` do not count) and the markup must be
    dense: tags on most lines (a one-line fragment counts) or markup a fifth of the
    characters. Markdown with inline ``<br>`` or ``<img>`` stays text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>hi</p></body></html>")
    True
    >>> looks_like_html("<p>第一段</p><p>第二段</p>")
    True
    >>> looks_like_html("# Title\\n\\nA line<br>\\nanother line\\n\\nText.")
    False
    """
    if not isinstance(text, str) or "<" not in text[:_SAMPLE_CHARS * 4]:
        return False
    sample = text.lstrip("\ufeff")[:_SAMPLE_CHARS]
    if _DOC_START.match(sample):
        return True
    if len(_DOC_TAG.findall(sample)) >= 2 and len(_BLOCK_TAG.findall(sample)) >= 2:
        return True
    blocks = _BLOCK_TAG.findall(sample)
    if len(blocks) < 2:
        return False
    lines = [ln for ln in sample.splitlines() if ln.strip()]
    if not lines:
        return False
    tag_lines = sum(1 for ln in lines if _TAG.search(ln))
    if tag_lines / len(lines) >= 0.6 and sample.lstrip().startswith("<"):
        return True
    markup = sum(len(m) for m in _TAG.findall(sample))
    return len(blocks) >= 6 and markup / len(sample) >= 0.2 and tag_lines / len(lines) >= 0.4


# ------------------------------------------------------------------ result


@dataclass
class HtmlDocument:
    """The article of a page as text (one line per paragraph) and the page's metadata."""

    text: str
    title: str | None = None
    author: list[str] = field(default_factory=list)
    sitename: str | None = None
    url: str | None = None
    #: how the text was found: "wechat", "container", "region", "trafilatura", "body" or
    #: "fallback"
    method: str = "fallback"


# ------------------------------------------------------------------ pre-parse clean-up

_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,500}\?>", re.I)
_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]{0,2000}(?:\[(?P<subset>[^\]]*)\])?\s*>", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(?:%\s*)?([A-Za-z_][\w.-]{0,100})", re.I)
_DROP_BLOCKS = ("script", "style", "noscript", "template", "svg")


def _drop_blocks(markup: str) -> str:
    """Remove comments and <script>/<style>/… blocks in one linear pass (str.find only:
    no regular expression that could backtrack over a huge page)."""
    lower = markup.lower()
    out: list[str] = []
    i, n = 0, len(markup)
    while i < n:
        j = lower.find("<", i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        if lower.startswith("<!--", j):
            k = lower.find("-->", j + 4)
            i = n if k < 0 else k + 3
            continue
        for name in _DROP_BLOCKS:
            if lower.startswith(name, j + 1) and (j + 1 + len(name) >= n or not lower[j + 1 + len(name)].isalnum()):
                k = lower.find(f"</{name}", j + 1)
                if k < 0:
                    i = n
                else:
                    end = lower.find(">", k)
                    i = n if end < 0 else end + 1
                break
        else:
            out.append("<")
            i = j + 1
    return "".join(out)


def _prepare(markup: str) -> str:
    """Markup ready for lxml: no XML declaration, no DTD (references to entities it
    declared are removed, never expanded), size-capped."""
    markup = _XML_DECL.sub("", markup, count=1)
    m = _DOCTYPE.search(markup, 0, 20_000)
    if m:
        declared = _ENTITY_DECL.findall(m.group("subset") or "")
        markup = markup[:m.start()] + markup[m.end():]
        if declared:
            names = "|".join(re.escape(d) for d in sorted(set(declared), key=len, reverse=True)[:1000])
            markup = re.sub(rf"[&%](?:{names});", "", markup)
    if len(markup) > MAX_HTML_CHARS:
        markup = _drop_blocks(markup)
    if len(markup) > MAX_HTML_CHARS:
        cut = markup.rfind("<", 0, MAX_HTML_CHARS)
        markup = markup[:cut if cut > MAX_HTML_CHARS // 2 else MAX_HTML_CHARS]
    return markup


_SURROGATES = re.compile("[\ud800-\udfff]")


def _parse(markup: str):
    """An lxml.html tree, or None when the parser failed or cut the tree short."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        collect_ids=False, default_doctype=False, huge_tree=False, recover=True,
    )
    data = _SURROGATES.sub("\ufffd", markup).encode("utf-8")
    if not data.strip():
        return None
    root = lxml.etree.fromstring(data, parser)
    if root is None:
        return None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            return None  # libxml2 dropped everything below its depth limit
    return root


# ------------------------------------------------------------------ serialising a subtree

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head",
                   "title", "meta", "link", "button", "select", "option", "textarea", "input", "canvas",
                   "video", "audio", "map"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
                     "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody",
                     "tfoot", "tr", "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "hr",
                     "address", "center", "form", "fieldset", "details", "summary", "caption", "body",
                     "html"})
_CELLS = frozenset({"td", "th"})
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)


def _norm_line(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def block_lines(element, skip_chrome: bool = False) -> list[str]:
    """The text of `element`, one line per block (paragraph, heading, list item, table
    row), ``<br>`` breaking lines; iterative, so any depth is fine.

    skip_chrome: also leave out <nav>, <header>, <footer> and <aside> (used when the
    whole page body is serialised).
    """
    import lxml.etree

    lines: list[str] = []
    current: list[str] = []
    prefix: list[str] = []  # "- " for a list item, "| " for a table row
    rows: list[bool] = []  # for each open <tr>: a data row (cells joined with " | ")?

    def flush() -> None:
        text = _norm_line("".join(current))
        current.clear()
        if text and text != "|":
            lines.append((prefix[0] if prefix else "") + text)
            prefix.clear()  # an item's first line only; an empty block keeps it for the next

    skip = _SKIP | ({"nav", "header", "footer", "aside"} if skip_chrome else frozenset())
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if event == "start":
            if not tag or tag in skip or (el is not element and _HIDDEN_STYLE.search(el.get("style") or "")):
                walker.skip_subtree()  # its "end" event still comes, and adds its tail
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCKS:
                flush()
                if tag == "li":
                    prefix[:] = ["- "]
                elif tag == "tr":
                    # a layout table (paragraphs or <br> inside its cells) is not a data row
                    data_row = not any(isinstance(d.tag, str) and (d.tag in _BLOCKS or d.tag == "br")
                                       for d in el.iterdescendants())
                    rows.append(data_row)
                    if data_row:
                        prefix[:] = ["| "]
            elif tag in _CELLS:
                if rows and rows[-1] and current and "".join(current).strip():
                    current.append(" | ")
                elif current:
                    current.append(" ")
            if el.text:
                current.append(el.text)
        else:
            if tag in _BLOCKS:
                if tag == "tr":
                    if rows and rows.pop() and current:
                        current.append(" |")
                flush()
                if tag in ("li", "tr"):
                    prefix.clear()
            if el is not element and el.tail:
                current.append(el.tail)
    flush()
    return lines


def _link_stats(element) -> tuple[int, int]:
    """(characters of text, characters inside links) under `element`."""
    total = len(_SPACES.sub("", element.text_content() or ""))
    linked = sum(len(_SPACES.sub("", a.text_content() or "")) for a in element.iter("a"))
    return total, linked


# ------------------------------------------------------------------ regions

_WECHAT_XPATH = ('//*[@id="js_content"] | //*[contains(concat(" ", normalize-space(@class), " "), '
                 '" rich_media_content ")]')
#: class/id tokens of article-body elements of common CMSs (TRS, Discuz, WordPress, news
#: portals), matched whole and case-insensitively; a second tier of looser names.
_STRONG_BODY = frozenset(t.lower() for t in (
    "TRS_Editor", "TRS_UEDITOR", "article-content", "article_content", "articleContent", "article-body",
    "article_body", "articleBody", "article-text", "article_text", "articleText", "artibody", "post_body",
    "post-body", "postBody", "post-content", "post_content", "entry-content", "entry_content",
    "news_content", "news-content", "newsContent", "news_txt", "news-text", "detail-content",
    "detail_content", "detailContent", "content_text", "contentText", "content-text", "main-text",
    "main_text", "story-body", "story_body", "storyBody", "art_content", "art-content", "endText",
    "Cnt-Main-Article-QQ", "UCAP-CONTENT", "zoom", "article-detail", "text_con", "txt_con", "con_txt",
    "rich_media_content", "js_content", "ctext", "article-main", "articleMain",
))
_WEAK_BODY = frozenset(("article", "content", "text", "detail", "main-content", "main_content", "cont",
                        "con", "txt", "body", "story", "entry", "post"))


def _tokens(el) -> set[str]:
    out = set((el.get("class") or "").lower().split())
    ident = (el.get("id") or "").strip().lower()
    if ident:
        out.add(ident)
    return out


def _container(root) -> tuple[object | None, bool]:
    """The element most likely to be the article body, and whether its name was a strong
    one; (None, False) when no named element holds enough text."""
    found = []  # (strong, non-link chars, depth-order, element)
    for order, el in enumerate(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tokens = _tokens(el)
        strong = bool(tokens & _STRONG_BODY) or (el.get("itemprop") or "").lower() == "articlebody"
        weak = strong or bool(tokens & _WEAK_BODY) or el.tag in ("article",)
        if not weak:
            continue
        total, linked = _link_stats(el)
        own = total - linked
        if own < CONTAINER_MIN_CHARS or (total and linked / total > CONTAINER_MAX_LINK_DENSITY):
            continue
        found.append((strong, own, order, el))
        if len(found) >= 300:
            break
    if not found:
        return None, False
    strong_ones = [f for f in found if f[0]]
    pool = strong_ones or found
    best = max(f[1] for f in pool)
    # innermost among those holding nearly all the text: wrappers lose to the body itself
    near = [f for f in pool if f[1] >= 0.85 * best]
    chosen = max(near, key=lambda f: f[2])
    return chosen[3], chosen[0]


def _key(line: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", line)).lstrip("-|").strip()


def _prefer_container(c_lines: list[str], t_lines: list[str], strong: bool) -> bool:
    """Use the container's lines instead of trafilatura's when the container holds
    (nearly) everything trafilatura found and is not a page wrapper much bigger than it."""
    c_total = sum(len(_key(x)) for x in c_lines)
    if not c_total:
        return False
    t_keys = [_key(x) for x in t_lines if _key(x)]
    t_total = sum(len(k) for k in t_keys)
    if not t_total:
        return True
    c_keys = [_key(x) for x in c_lines]
    c_set = set(c_keys)
    c_text = "\n".join(c_keys)
    # lines are compared whole; a line cut differently is looked for inside the text,
    # within a budget that keeps this linear on huge pages
    budget = 50_000_000 // max(len(c_text), 1)
    inside = 0
    for k in t_keys:
        if k in c_set:
            inside += len(k)
        elif budget > 0:
            budget -= 1
            inside += len(k) if k in c_text else 0
    if inside / t_total < 0.8:
        return False
    return c_total <= (2.5 if strong else 1.6) * t_total


#: Paragraphs of trafilatura's text used to find its region in the page: this many from
#: each end, of at least REGION_LINE_CHARS characters, each looked for by a window of
#: REGION_PROBE_CHARS characters that must occur in one text node only.
REGION_PROBES = 3
REGION_PROBE_CHARS = 16
REGION_LINE_CHARS = 30


def _region(root, t_lines: list[str]):
    """The page element that holds trafilatura's paragraphs: the deepest common ancestor
    of the elements holding its first and last long paragraphs (None when that is the
    whole page). Serialised by `block_lines`, it gives every line of the region, short
    ones included, one per block, and none of the navigation trafilatura may add."""
    runs = [line.lstrip("-| ") for line in t_lines if len(line) >= REGION_LINE_CHARS]
    if not runs:
        return None
    runs = runs[:REGION_PROBES] + runs[REGION_PROBES:][-REGION_PROBES:]
    holders = []
    for run in runs:
        # text nodes only (an element's string value would be recomputed for each of its
        # ancestors); a window may straddle an inline tag, so try a few
        size = min(len(run), REGION_PROBE_CHARS)
        for start in dict.fromkeys((0, (len(run) - size) // 2, len(run) - size)):
            found = root.xpath("//body//text()[contains(normalize-space(.), $s)]", s=run[start:start + size])
            if len(found) > 1:
                continue  # repeated text (a title in the breadcrumb…) does not locate anything
            if found:
                node = found[0].getparent()
                if found[0].is_tail and node is not None:
                    node = node.getparent()
                if node is not None:
                    holders.append(node)
                break
    if len(holders) < 2:
        return None
    chains = [list(h.iterancestors())[::-1] + [h] for h in holders]
    common = None
    for nodes in zip(*chains):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    if common is None or not isinstance(common.tag, str) or common.tag.lower() in ("html", "body"):
        return None
    return common


# ------------------------------------------------------------------ metadata

_AUTHOR_LEAD = re.compile(r"^(?:作者|文|记者|記者|撰文|by|author|written by)\s*[:：|丨/]?\s*", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:;|；|、|,|，|\band\b|&)\s*")
_NAME_STRIP = re.compile(r"[\"'“”‘’《》「」『』【】\[\]()（）<>]")
_PLATFORM_NAMES = frozenset({"微信公众平台", "微信", "wechat", "weixin", "mp.weixin.qq.com", "微信公众号"})


def _names(value: str | None) -> list[str]:
    if not value:
        return []
    out: list[str] = []
    for part in _NAME_SPLIT.split(value):
        name = _NAME_STRIP.sub("", _AUTHOR_LEAD.sub("", part.strip())).strip(" :：")
        if name and len(name) <= 60 and name.lower() not in _PLATFORM_NAMES and name not in out:
            out.append(name)
    return out


def _sitename(value: str | None) -> str | None:
    names = _names(value)
    return names[0] if names else None


def _first_text(root, xpath: str) -> str | None:
    for el in root.xpath(xpath):
        text = _norm_line(el if isinstance(el, str) else el.text_content() or "")
        if text:
            return text
    return None


# ------------------------------------------------------------------ extraction


def extract(html: str, url: str | None = None) -> HtmlDocument:
    """The article of an HTML page, one line per paragraph, with the page's metadata.

    Never raises: on any failure the page's text is returned with its tags stripped
    (line breaks at block tags), ``method="fallback"``.
    """
    if not isinstance(html, str):
        html = str(html)
    try:
        doc = _extract(html, url)
    except Exception:  # noqa: BLE001 - lxml/trafilatura failures of any kind
        doc = None
    if doc is None or not doc.text.strip():
        try:
            return HtmlDocument(strip_tags(html), url=url, method="fallback")
        except Exception:  # noqa: BLE001 - last resort: never raise
            return HtmlDocument("", url=url, method="fallback")
    return doc


def _extract(html: str, url: str | None) -> HtmlDocument | None:
    markup = _prepare(html)
    root = _parse(markup)
    if root is None:
        return None
    n_elements = sum(1 for _ in root.iter())

    # WeChat: the article element itself
    title = sitename = None
    authors: list[str] = []
    lines: list[str] = []
    method = ""
    for el in root.xpath(_WECHAT_XPATH):
        lines = block_lines(el)
        if lines:
            method = "wechat"
            title = _first_text(root, '//*[@id="activity-name"] | //*[contains(concat(" ", normalize-space(@class), " "), " rich_media_title ")]')
            sitename = _first_text(root, '//*[@id="js_name"]')
            authors = _names(_first_text(root, '//*[@id="js_author_name"] | //meta[@name="author"]/@content'))
            break

    container, strong = (None, False) if method else _container(root)
    c_lines = block_lines(container) if container is not None else []

    meta = None
    t_lines: list[str] = []
    if n_elements <= MAX_ELEMENTS:
        meta = _trafilatura(root, url, full=n_elements <= FULL_EXTRACTION_MAX_ELEMENTS, want_text=not method)
        if meta is not None and not method:
            t_lines = [ln for ln in (_norm_line(x) for x in (meta.text or "").split("\n")) if ln]
    if not method:
        region = _region(root, t_lines) if t_lines and not (c_lines and strong) else None
        r_lines = block_lines(region) if region is not None else []
        if c_lines and _prefer_container(c_lines, t_lines, strong):
            lines, method = c_lines, "container"
        elif r_lines and _prefer_container(r_lines, t_lines, False):
            lines, method = r_lines, "region"
        elif t_lines:
            lines, method = t_lines, "trafilatura"
        else:
            body = root.find("body")
            lines, method = block_lines(body if body is not None else root, skip_chrome=True), "body"
    if meta is not None:
        title = title or _norm_line(meta.title or "") or None
        authors = authors or _names(meta.author)
        sitename = sitename or _sitename(meta.sitename)
        url = meta.url or url
    if not title:
        title = _first_text(root, "//h1 | //title")
    if sitename and sitename.lower() in _PLATFORM_NAMES:
        sitename = None
    if title and title.strip():
        head = {_key(x) for x in lines[:3]}
        if _key(title) not in head and not any(_key(title) in k for k in head if k):
            lines.insert(0, title)
    return HtmlDocument("\n".join(lines), title, authors, sitename, url, method)


def _trafilatura(root, url: str | None, *, full: bool, want_text: bool):
    """trafilatura's Document for the tree (metadata always; text when wanted), or None."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    if not want_text:
        try:
            return extract_metadata(root, url)
        except Exception:  # noqa: BLE001
            return None
    # favor_recall: keep short and borderline blocks (credits, 来源 lines, hotlines);
    # deduplicate off: the same trailer line may legitimately appear twice; no comments;
    # tables on; plain text, so each paragraph is one line and list items start "- ".
    return trafilatura.bare_extraction(
        root, url=url, with_metadata=True, favor_recall=True, fast=not full, include_comments=False,
        include_tables=True, include_images=False, include_links=False, include_formatting=False,
        deduplicate=False, output_format="python",
    )


def merge_metadata(attribution, page: HtmlDocument):
    """`attribution` with the page's metadata added where its own lines said nothing:
    author -> author, site name -> source, URL -> url. Fields the text filled are kept
    as they are (the article's own 来源 line beats the site that reposted it)."""
    from dataclasses import replace

    try:
        extra = {
            "author": list(page.author),
            "source": [page.sitename] if page.sitename else [],
            "url": [page.url] if page.url and re.match(r"(?i)https?://\S+$", page.url) else [],
        }
        fill = {k: v for k, v in extra.items() if v and not getattr(attribution, k)}
        return replace(attribution, **fill) if fill else attribution
    except Exception:  # noqa: BLE001 - metadata is a bonus; never fail a clean over it
        return attribution


# ------------------------------------------------------------------ crude fallback

_FALLBACK_BLOCK = re.compile(
    r"<\s*/?\s*(?:p|div|br|section|article|main|header|footer|nav|aside|h[1-6]|ul|ol|li|table|tr"
    r"|blockquote|pre|figure|figcaption|dl|dt|dd|hr|center|form|title|body|html)\b[^<>]*>", re.I)
_FALLBACK_TAG = re.compile(r"<[^<>]*>")
_DECL = re.compile(r"<![^<>]*>|<\?[^<>]*>")


def strip_tags(markup: str) -> str:
    """Text of any markup without a parser: comments, scripts and styles dropped, a line
    break at each block tag, other tags removed, entities decoded (HTML's own only).
    Linear in the input; a last resort for pages the parser cannot take."""
    markup = _drop_blocks(markup[: MAX_HTML_CHARS * 2])
    markup = _DOCTYPE.sub("", markup, count=1)
    markup = _DECL.sub("", markup)
    markup = _FALLBACK_BLOCK.sub("\n", markup)
    markup = _FALLBACK_TAG.sub("", markup)
    text = _html.unescape(markup)
    lines = (_norm_line(x) for x in text.split("\n"))
    return "\n".join(x for x in lines if x)
