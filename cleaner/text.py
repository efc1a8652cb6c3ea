"""Splitting an article into lines and sentences, and measuring a piece of text.

Every function here is pure and keeps offsets into the original input, so that a
segment can always be traced back to the characters it came from.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

import regex

# A sentence ends at CJK or Latin terminal punctuation, with any closing quotes and
# brackets that follow it. Latin full stops need following white space, so that
# "3.14", "e.g." inside words and URLs are not cut.
_SENTENCE_END = regex.compile(
    r"""(?:[。！？；!?]+|\.(?=\s))[”’"'」』）)\]】]*\s*"""
)
# A quotation: text inside it is someone's words, not the page's own furniture.
QUOTED = regex.compile(r"“[^“”]{1,200}”|「[^「」]{1,200}」|『[^『』]{1,200}』|\"[^\"]{1,200}\"")
# A credit in brackets at the very end of a line: "…参会(来源:新华社)".
_TRAILING_BRACKET = regex.compile(r"(?<!\])[（(【\[](?!https?:|www\.)[^（()）【】\[\]]{1,60}[)）】\]]\s*$")

# Markup that decorates a line without being its text: quote marks, list bullets,
# heading hashes, emphasis, table pipes. Stripped before rules look at a line.
_MARKUP_LEAD = regex.compile(r"^(?:\s|>|#{1,6}\s|[-*+•·]\s|\d{1,3}[.)、]\s*|\|)*")
_EMPHASIS = regex.compile(r"\*{1,3}|_{2,3}|~~|`")
_SPACES = regex.compile(r"\s+")
# What _MARKUP_LEAD can start with, and white space that _SPACES would change.
_MARKUP_START = regex.compile(r"\s|>|#|[-*+•·]|\d|\|")
_ODD_SPACE = regex.compile(r"[^\S ]|  ")
# Full-width and half-width forms (U+FF00-U+FFEF) mapped to their one-character NFKC
# form: most Chinese lines need NFKC only for these (，：（）), and str.translate does them
# in half the time. The mapped text has the same NFKC as the original (each form
# decomposes as its mapping does), so normalize() still applies NFKC when anything else
# remains (a combining mark, a ligature).
_WIDTH_FORMS = {
    c: nfkc for c in range(0xFF00, 0xFFF0)
    if len(nfkc := unicodedata.normalize("NFKC", chr(c))) == 1 and nfkc != chr(c)
}
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Runs of the same classes: weight() sums run lengths, cheaper than listing each character.
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_WORDISH_RUN = regex.compile(r"[\p{L}\p{N}]+")
_ASCII_WORDISH_RUN = regex.compile(r"[A-Za-z0-9]+")
_MD_LINK = regex.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)|<(https?://[^>\s]+)>")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the input: ``start..end`` is its text, ``stop`` is past its newline."""

    start: int
    end: int
    stop: int


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with offsets; a final line without newline is included.

    >>> [(l.start, l.end, l.stop) for l in split_lines("ab\\r\\n\\ncd")]
    [(0, 2, 4), (4, 4, 5), (5, 7, 7)]
    """
    lines: list[Line] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            lines.append(Line(pos, n, n))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        lines.append(Line(pos, end, nl + 1))
        pos = nl + 1
    return lines


def sentence_cuts(text: str) -> list[int]:
    """Offsets inside ``text`` where a new sentence starts (never 0 or len(text)).

    >>> s = "大会举行。来源:新华社"
    >>> [s[i:] for i in sentence_cuts(s)]
    ['来源:新华社']
    >>> sentence_cuts("Pi is 3.14 exactly. Source: AP")
    [20]
    >>> sentence_cuts('It read "© Tribune. All rights reserved." at the foot.')
    []
    """
    quoted = [m.span() for m in QUOTED.finditer(text)]  # in order, not overlapping
    starts = [a for a, _ in quoted]

    def inside_quote(at: int) -> bool:
        k = bisect.bisect_left(starts, at) - 1
        return k >= 0 and quoted[k][0] < at < quoted[k][1]

    cuts = {m.end() for m in _SENTENCE_END.finditer(text)
            if 0 < m.end() < len(text.rstrip()) and not inside_quote(m.end())}
    bracket = _TRAILING_BRACKET.search(text)
    if bracket and bracket.start() > 0:
        cuts.add(bracket.start())
    return sorted(cuts)


def normalize(text: str) -> str:
    """The text rules look at: NFKC, markup and emphasis stripped, spaces collapsed.

    >>> normalize("> **来源：“网信中国”**  ")
    '来源:“网信中国”'
    """
    t = text
    if not unicodedata.is_normalized("NFKC", t):
        t = t.translate(_WIDTH_FORMS)
        if not unicodedata.is_normalized("NFKC", t):
            t = unicodedata.normalize("NFKC", t)
    # Each substitution only where it can change something: most lines have no markup.
    if _MARKUP_START.match(t):
        t = _MARKUP_LEAD.sub("", t, count=1)
    if "*" in t or "`" in t or "__" in t or "~~" in t:
        t = _EMPHASIS.sub("", t)
    if _ODD_SPACE.search(t):
        t = _SPACES.sub(" ", t)
    return t.strip()


def link_text(text: str) -> str:
    """Markdown links and images replaced by their visible text.

    >>> link_text("来源:[知乎](https://www.zhihu.com/q/1) ![](a.png)")
    '来源:知乎 '
    """
    return _MD_LINK.sub(lambda m: m.group(1) or "" if m.group(0)[0] != "!" else "", text)


_BARE_URL = regex.compile(r"(?:https?://|www\.)\S+")


def visible_text(text: str) -> str:
    """What a reader sees of a line: link text instead of links, no images, no bare URLs.

    >>> visible_text("详见[报告](https://example.com/r) https://example.com/x")
    '详见报告 '
    """
    if "](" in text or "<" in text:
        text = link_text(text)
    return _BARE_URL.sub("", text) if "http" in text or "www." in text else text


def weight(text: str) -> float:
    """How much reading a piece holds: a CJK character counts 1, other letters and
    digits 1/3 (about a third of an English word), so both scripts compare.

    >>> weight("你好") == weight("hello")
    False
    >>> round(weight("新闻 news"), 2)
    3.33
    """
    if text.isascii():  # the letters and digits of ASCII are [A-Za-z0-9], none of them CJK
        return sum(map(len, _ASCII_WORDISH_RUN.findall(text))) / 3.0
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    other = sum(map(len, _WORDISH_RUN.findall(text))) - cjk
    return cjk + other / 3.0


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None
