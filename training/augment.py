"""Build synthetic TRAINING DATA for the `cleaner` line classifier.

Takes labelled real articles (corpus schema: ../shared/corpus/SCHEMA.md), keeps their
REAL body lines and wraps them in GENERATED furniture: headers (bylines, follow prompts,
source/author/editor credits, disclaimers, subscription pitches), inline image credits
between body paragraphs, and trailers (source and URL lines, copyright notices, company
ads with phone/WeChat/QQ/e-mail contacts, "往期推荐" link lists, END markers, like/share
prompts, related-article lists ...). Every line carries its label and every stated
attribution fact is recorded, so the output is in the corpus schema and can be fed to the
same training and evaluation code as the real corpus.

This module lives in `training/`, outside the `cleaner` package, on purpose: it is a
build-time tool for making training data, not part of what users install, and nothing in
`cleaner` imports it. Its words and templates are data in `training/phrasebank.py`.

    python -m training.augment --corpus ../shared/corpus/dev --out aug.jsonl --per-article 3 --seed 0

Deterministic: each output article draws from `random.Random(f"{seed}:{id}:{k}")`, so the
same seed and input give byte-identical output, whatever the order of the input.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from training import phrasebank as pb

LABELS = ("body", "attribution", "notice", "ad", "chrome", "blank")
FIELDS = ("source", "author", "editor", "image_credit", "url")
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"

# Value slots whose output is a gold attribution fact: slot -> schema field.
FACT_SLOTS: dict[str, str] = {
    "source": "source", "source_zh": "source", "source_en": "source", "source_domain": "source", "source_media": "source",
    "author": "author", "authors": "author", "author_en": "author",
    "editor": "editor", "editors": "editor", "editor_org": "editor", "editor_handle": "editor", "editor_gh": "editor",
    "image": "image_credit", "image_en": "image_credit", "image_net": "image_credit", "image_person": "image_credit",
    "url": "url", "url_md": "url",
}

# Mode of an output article: body only / real article kept whole + generated noise / body + generated noise.
MODES: list[tuple[str, float]] = [("clean", 0.12), ("keep", 0.15), ("synth", 0.73)]
# Blank-line layouts: none at all, one "" everywhere, the body's own spacing, WeChat "  " runs, random.
STYLES: dict[str, list[tuple[str, float]]] = {
    "zh": [("tight", 0.15), ("para", 0.2), ("orig", 0.3), ("wechat", 0.25), ("mixed", 0.1)],
    "en": [("tight", 0.1), ("para", 0.3), ("orig", 0.45), ("wechat", 0.05), ("mixed", 0.1)],
}
HALF_WIDTH = str.maketrans({"：": ":", "（": "(", "）": ")", "，": ",", "；": ";", "！": "!", "？": "?", "｜": "|"})
_S2T_TABLE = str.maketrans({pair[0]: pair[1] for pair in pb.S2T_PAIRS.split()})
_SLOT = re.compile(r"\{(\w+)\}")
_B64 = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


def to_traditional(text: str) -> str:
    """Simplified -> traditional for the characters the phrase banks use."""
    for simp, trad in pb.S2T_WORDS.items():
        text = text.replace(simp, trad)
    return text.translate(_S2T_TABLE)


def to_half_width(text: str) -> str:
    return text.translate(HALF_WIDTH)


@dataclass
class Line:
    label: str
    text: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (schema field, name) stated by the line
    note: str = ""


@dataclass
class Part:
    """A run of lines placed as a unit; `tight` = no blank lines inside it."""
    lines: list[Line]
    tight: bool = False


def _weighted(rng: random.Random, options: list[tuple[str, float]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ----------------------------------------------------------------------------------
# Generated values (names, contacts, URLs, dates); one `Values` per output article.
# ----------------------------------------------------------------------------------
class Values:
    def __init__(self, rng: random.Random, lang: str, title: str | None, forbidden: set[str]) -> None:
        self.rng = rng
        self.lang = lang
        self.title = title
        self.forbidden = forbidden
        self.notes: list[str] = []
        self.index = 1  # position of the current line among repeated lines ({i})
        self.expand: Callable[[str], str] = lambda s: s  # set by Expander: expands a template with non-fact slots
        self.new_block()
        self.simple = self._simple_slots()

    def new_block(self) -> None:
        """Each ad block is one company of one trade."""
        r = self.rng
        self.trade_zh = pb.ZH_TRADES[r.choice(list(pb.ZH_TRADES))]
        self.trade_en = pb.EN_TRADES[r.choice(list(pb.EN_TRADES))]
        self.brand = self._fill(r.choice(pb.ZH_BRAND_PATTERNS), b=lambda: r.choice(pb.ZH_BRAND_CHARS), head=lambda: r.choice(pb.ZH_NAME_HEAD))
        self.company = self._fill(r.choice(pb.ZH_COMPANY_PATTERNS), city=lambda: r.choice(pb.ZH_CITIES), brand=lambda: self.brand,
                                  suffix=lambda: r.choice(self.trade_zh["suffix"]))
        self.company_en = self._en_name(pb.EN_COMPANY_PATTERNS)

    # -- composition helpers
    def _fill(self, pattern: str, **pools: Callable[[], str]) -> str:
        return _SLOT.sub(lambda m: pools[m.group(1)](), pattern)

    def _zh_parts(self) -> dict[str, Callable[[], str]]:
        r = self.rng
        return {
            "head": lambda: r.choice(pb.ZH_NAME_HEAD), "topic": lambda: r.choice(pb.ZH_NAME_TOPIC), "tail": lambda: r.choice(pb.ZH_NAME_TAIL),
            "city": lambda: r.choice(pb.ZH_CITIES), "province": lambda: r.choice(pb.ZH_PROVINCES), "surname": lambda: r.choice(pb.ZH_SURNAMES),
            "given": lambda: r.choice(pb.ZH_GIVEN),
        }

    def _en_name(self, patterns: list[str]) -> str:
        r = self.rng
        return self._fill(
            r.choice(patterns), first=lambda: r.choice(pb.EN_FIRST), last=lambda: r.choice(pb.EN_LAST), last2=lambda: r.choice(pb.EN_LAST),
            town=lambda: r.choice(pb.EN_TOWNS), paper=lambda: r.choice(pb.EN_PAPERS), prefix=lambda: r.choice(pb.EN_PREFIX),
            suffix=lambda: r.choice(pb.EN_SUFFIX), pword=lambda: r.choice(pb.EN_PHOTO_WORDS), pword2=lambda: r.choice(pb.EN_PHOTO_WORDS),
            pkind=lambda: r.choice(pb.EN_PHOTO_KINDS), outlet=lambda: self._en_name(pb.EN_OUTLET_PATTERNS[:12]),
        )

    def _fresh(self, make: Callable[[], str]) -> str:
        """A name that is not a name of the input corpus."""
        for _ in range(20):
            name = make()
            if name.strip().lower() not in self.forbidden:
                return name
        return name

    # -- people and organisations
    def zh_person(self) -> str:
        r = self.rng
        return r.choice(pb.ZH_SURNAMES) + "".join(r.choice(pb.ZH_GIVEN) for _ in range(r.choice((1, 2, 2))))

    def en_person(self) -> str:
        return f"{self.rng.choice(pb.EN_FIRST)} {self.rng.choice(pb.EN_LAST)}"

    def person(self) -> str:
        return self.zh_person() if self.lang == "zh" else self.en_person()

    def fact_person(self) -> str:
        if self.lang == "zh" and self.rng.random() < 0.85:
            return self._fresh(self.zh_person)
        return self._fresh(self.en_person)

    def people(self, make: Callable[[], str], fact_field: str, facts: list[tuple[str, str]]) -> str:
        names = [make() for _ in range(self.rng.choice((2, 2, 3)))]
        facts.extend((fact_field, n) for n in names)
        if self.lang == "zh":
            return self.rng.choice(["、", "、", "，", " ", "  ", "/", " / "]).join(names)
        return ", ".join(names[:-1]) + self.rng.choice([" and ", " & ", ", "]) + names[-1]

    def zh_account(self) -> str:
        return self._fresh(lambda: self._fill(self.rng.choice(pb.ZH_ACCOUNT_PATTERNS), **self._zh_parts()))

    def zh_media(self) -> str:
        return self._fresh(lambda: self._fill(self.rng.choice(pb.ZH_MEDIA_PATTERNS), **self._zh_parts()))

    def en_outlet(self) -> str:
        return self._fresh(lambda: self._en_name(pb.EN_OUTLET_PATTERNS))

    def domain(self, lang: str | None = None) -> str:
        r = self.rng
        if (lang or self.lang) == "zh":
            return "".join(r.choice(pb.PINYIN) for _ in range(r.choice((2, 2, 3)))) + r.choice(pb.TLDS_ZH)
        return r.choice(pb.EN_PREFIX).lower() + r.choice(pb.EN_SUFFIX).lower() + r.choice(pb.TLDS_EN)

    def source(self) -> str:
        x = self.rng.random()
        if self.lang == "en":
            return self.en_outlet() if x < 0.85 else self._fresh(lambda: self.domain("en"))
        if x < 0.5:
            return self.zh_account()
        if x < 0.7:
            return self.zh_media()
        return self.en_outlet() if x < 0.85 else self._fresh(lambda: self.domain("en"))

    def image(self) -> str:
        r, x = self.rng, self.rng.random()
        if self.lang == "en":
            return self._fresh(lambda: self._en_name(pb.EN_IMAGE_PATTERNS))
        if x < 0.4:
            return self._fresh(lambda: self._fill(r.choice(pb.ZH_IMAGE_PATTERNS), **self._zh_parts()))
        if x < 0.65:
            return self._fresh(self.zh_person)
        return self.image_en() if x < 0.85 else self.zh_account()

    def image_en(self) -> str:
        return self._fresh(lambda: self._en_name(pb.EN_IMAGE_PATTERNS[:3]))

    def org(self) -> str:
        if self.lang == "en":
            return self.en_outlet()
        makers: list[Callable[[], str]] = [self.zh_account, self.zh_account, self.zh_media, lambda: self.brand]
        return self.rng.choice(makers)()

    def handle(self) -> str:
        r = self.rng
        base = r.choice([r.choice(pb.PINYIN) + r.choice(pb.PINYIN), r.choice(pb.EN_FIRST).lower(), r.choice(pb.EN_WORDS)])
        return base + r.choice(["", "", _digits(r, 2), _digits(r, 4), "-" + r.choice(pb.EN_WORDS)])

    # -- URLs and images
    def slug(self) -> str:
        return "-".join(self.rng.sample(pb.EN_WORDS, self.rng.randint(3, 7)))

    def wx_link(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            return "https://mp.weixin.qq.com/s/" + "".join(r.choice(_B64 + "-_") for _ in range(22))
        biz = "Mz" + "".join(r.choice(_B64) for _ in range(10)) + "=="
        sn = "".join(r.choice(_HEX) for _ in range(32))
        return f"https://mp.weixin.qq.com/s?__biz={biz}&mid=22{_digits(r, 8)}&idx={r.randint(1, 4)}&sn={sn}&scene=21#wechat_redirect"

    def article_url(self, lang: str) -> str:
        r = self.rng
        y, m, d = r.randint(2012, 2026), r.randint(1, 12), r.randint(1, 28)
        if lang == "en":
            dom = self.domain("en")
            return r.choice([
                f"https://www.{dom}/{y}/{m:02d}/{d:02d}/{self.slug()}/", f"https://{dom}/news/{self.slug()}-{_digits(r, 6)}",
                f"https://{dom}/blog/{self.slug()}", f"https://www.{dom}/article/{_digits(r, 7)}/{self.slug()}.html",
                f"https://{dom}/{r.choice(pb.EN_SECTIONS).lower()}/{self.slug()}",
            ])
        dom = self.domain("zh")
        return r.choice([
            f"https://www.{dom}/{r.choice(['news', 'a', 'article', 'html'])}/{y}{m:02d}{d:02d}/{_digits(r, 6)}.html",
            f"http://news.{dom}/{y}-{m:02d}/{d:02d}/c_{_digits(r, 10)}.htm", f"https://{dom}/article/{_digits(r, 8)}",
            f"https://blog.{dom}/p/{_digits(r, 5)}", f"https://www.{dom}/{y}/{m:02d}/{self.slug()}/",
        ])

    def url(self) -> str:
        x = self.rng.random()
        if self.lang == "en":
            return self.article_url("en")
        return self.article_url("en") if x < 0.4 else (self.wx_link() if x < 0.6 else self.article_url("zh"))

    def mp_img(self) -> str:
        r = self.rng
        kind, fmt = r.choice([("mmbiz_png", "png"), ("mmbiz_jpg", "jpeg"), ("mmbiz_gif", "gif"), ("sz_mmbiz_png", "png"),
                              ("sz_mmbiz_jpg", "jpeg"), ("sz_mmbiz_gif", "gif")])
        token = "".join(r.choice(_B64) for _ in range(r.randint(60, 92)))
        tail = r.choice(["", "", "&from=appmsg", "&tp=webp&wxfrom=5&wx_lazy=1"])
        return f"https://mmbiz.qpic.cn/{kind}/{token}/640?wx_fmt={fmt}{tail}"

    def img_url(self) -> str:
        r = self.rng
        dom = self.domain("en" if self.lang == "en" or r.random() < 0.5 else "zh")
        return r.choice([
            f"https://cdn.{dom}/wp-content/uploads/{r.randint(2012, 2026)}/{r.randint(1, 12):02d}/{self.slug()}.jpg",
            f"https://images.{dom}/{''.join(r.choice(_HEX) for _ in range(24))}.png", f"/images/{self.slug()}.webp",
            f"https://{dom}/assets/img/{self.slug()}.png", f"img/{''.join(r.choice(_HEX) for _ in range(32))}.jpg",
        ])

    # -- contacts
    def phone400(self) -> str:
        r, a, b = self.rng, _digits(self.rng, 3), _digits(self.rng, 4)
        return r.choice([f"400-{a}-{b}", f"400-{b}-{a}", f"400{a}{b}", f"400 {a} {b}"])

    def phone800(self) -> str:
        a, b = _digits(self.rng, 3), _digits(self.rng, 4)
        return self.rng.choice([f"800-{a}-{b}", f"800{a}{b}", f"800 {a} {b}"])

    def landline(self) -> str:
        r = self.rng
        area = r.choice(["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512", "0532", "0592", "0731", "0371", "0851", "0769"])
        num = _digits(r, 8 if len(area) == 3 else r.choice((7, 8)))
        return r.choice([f"{area}-{num}", f"({area}){num[:4]}-{num[4:]}", f"（{area}）{num}", f"{area} {num[:4]} {num[4:]}", f"{area}-{num[:4]}-{num[4:]}"])

    def mobile(self) -> str:
        r = self.rng
        num = "1" + r.choice("3456789") + _digits(r, 9)
        return r.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", num])

    def phone_en(self) -> str:
        r, a, b = self.rng, _digits(self.rng, 3), _digits(self.rng, 4)
        return r.choice([f"1-800-{a}-{b}", f"({a}) 555-{b}", f"+1 {a} 555 {b}", f"+44 20 {b} {_digits(r, 4)}", f"1-888-{a}-{b}"])

    def wechat_id(self) -> str:
        r = self.rng
        base = "".join(r.choice(pb.PINYIN) for _ in range(r.randint(1, 3)))
        return r.choice([base + _digits(r, r.randint(2, 6)), base + "_" + _digits(r, 4), base + r.choice(["666", "888", "2024", "kf", "vip"]), "wxid_" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(12))])

    def email(self) -> str:
        r = self.rng
        user = r.choice(["service", "info", "hr", "kefu", "sales", "contact", "bd", r.choice(pb.PINYIN) + r.choice(pb.PINYIN) + _digits(r, 3)])
        dom = r.choice([self.domain(), self.domain(), "qq.com", "163.com", "126.com"]) if self.lang == "zh" else self.domain()
        return f"{user}@{dom}"

    def website(self) -> str:
        dom = self.domain()
        return self.rng.choice([f"https://www.{dom}", f"www.{dom}", f"http://{dom}", f"https://{dom}/"])

    def address(self) -> str:
        r = self.rng
        return r.choice([
            f"{r.choice(pb.ZH_CITIES)}市{r.choice(pb.ZH_DISTRICTS)}{r.choice(pb.ZH_ROADS)}{r.randint(1, 999)}号{r.choice(pb.ZH_BUILDINGS)}{r.randint(2, 30)}楼",
            f"{r.choice(pb.ZH_PROVINCES)}省{r.choice(pb.ZH_CITIES)}市{r.choice(pb.ZH_DISTRICTS)}{r.choice(pb.ZH_ROADS)}{r.randint(1, 999)}号",
        ])

    # -- dates
    def date(self) -> str:
        r = self.rng
        return f"{r.randint(2015, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def date_zh(self) -> str:
        r = self.rng
        return f"{r.randint(2015, 2026)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"

    def date_en(self) -> str:
        r = self.rng
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        y, m, d = r.randint(2012, 2026), r.randint(0, 11), r.randint(1, 28)
        return r.choice([f"{months[m]} {d}, {y}", f"{months[m][:3]} {d}, {y}", f"{d} {months[m]} {y}", f"{y}-{m + 1:02d}-{d:02d}"])

    # -- trade of the current ad block
    def services(self, lang: str) -> str:
        pool = (self.trade_zh if lang == "zh" else self.trade_en)["services"]
        items = self.rng.sample(pool, min(len(pool), self.rng.randint(3, 8)))
        if lang == "en":
            return ", ".join(items[:-1]) + " and " + items[-1]
        return self.rng.choice(["、", "，", ",", "、"]).join(items)

    def service_bar(self) -> str:
        items = self.rng.sample(self.trade_zh["services"], self.rng.randint(2, 4))
        return self.rng.choice(["|", "｜", " | ", " · ", "  ", "丨"]).join(items)

    def _simple_slots(self) -> dict[str, Callable[[], str]]:
        """Generators of the value slots that need no special handling."""
        r, zh = self.rng, self.lang == "zh"

        def trade() -> dict[str, list[str]]:
            return self.trade_zh if zh else self.trade_en

        return {
            "source": self.source, "source_zh": self.zh_account, "source_en": self.en_outlet, "source_media": self.zh_media,
            "source_domain": lambda: self._fresh(lambda: self.domain("en" if r.random() < 0.7 else "zh")),
            "author": self.fact_person, "author_en": lambda: self._fresh(self.en_person), "editor": self.fact_person,
            "editor_org": self.zh_account, "editor_handle": lambda: self._fresh(self.handle), "image": self.image, "image_en": self.image_en,
            "image_net": lambda: "网络", "image_person": lambda: self._fresh(self.person), "url": self.url,
            "person": self.person, "person_en": self.en_person, "surname": lambda: r.choice(pb.ZH_SURNAMES),
            "account": self.zh_account if zh else self.en_outlet, "org": self.org, "company": lambda: self.company if zh else self.company_en,
            "brand": lambda: self.brand, "kind": lambda: r.choice(trade()["kind"]), "desc": lambda: r.choice(self.trade_zh["desc"]),
            "pitch": lambda: r.choice(trade()["pitch"]), "services": lambda: self.services(self.lang), "service": lambda: r.choice(trade()["services"]),
            "service_bar": self.service_bar, "course": lambda: r.choice(pb.ZH_TRADES["training"]["services"]),
            "city": lambda: r.choice(pb.ZH_CITIES), "province": lambda: r.choice(pb.ZH_PROVINCES), "town": lambda: r.choice(pb.EN_TOWNS),
            "head": lambda: r.choice(pb.ZH_NAME_HEAD), "prefix": lambda: r.choice(pb.EN_PREFIX), "suffix": lambda: r.choice(pb.EN_SUFFIX),
            "topic": lambda: r.choice(pb.ZH_TOPICS if zh else pb.EN_TOPICS), "topic2": lambda: r.choice(pb.EN_TOPICS),
            "section": lambda: r.choice(pb.ZH_SECTIONS if zh else pb.EN_SECTIONS), "section2": lambda: r.choice(pb.EN_SECTIONS),
            "phone": lambda: r.choice([self.phone400, self.landline, self.mobile, self.phone800])(), "phone400": self.phone400,
            "phone800": self.phone800, "landline": self.landline, "mobile": self.mobile, "phone_en": self.phone_en,
            "wechat_id": self.wechat_id, "qq": lambda: str(r.randint(10000, 9999999999)), "email": self.email, "website": self.website,
            "site_url": self.website, "address": self.address, "mp_img": self.mp_img, "img_url": self.img_url, "wx_link": self.wx_link,
            "link_url": lambda: self.article_url("en") if not zh else (self.wx_link() if r.random() < 0.6 else self.article_url("zh")),
            "link_title": lambda: self.expand(r.choice(pb.ZH_LINK_TITLES if zh else pb.EN_LINK_TITLES)),
            "link_title_en": lambda: self.expand(r.choice(pb.EN_LINK_TITLES)),
            "title": lambda: self.title or self.expand(r.choice(pb.ZH_LINK_TITLES if zh else pb.EN_LINK_TITLES)),
            "profile_url": lambda: r.choice([f"https://github.com/{self.handle()}", f"https://{self.domain('en')}/author/{self.handle()}/", f"https://{self.domain()}/u/{_digits(r, 8)}"]),
            "handle": self.handle, "wx_id": lambda: r.choice(["gh_" + "".join(r.choice(_HEX) for _ in range(12)), self.wechat_id()]),
            "editor_id": lambda: r.choice(["", "NB" + _digits(r, 5), "_" + _digits(r, 4), "(" + r.choice(pb.PINYIN).upper() + _digits(r, 3) + ")"]),
            "i": lambda: str(self.index), "n": lambda: str(r.randint(2, 12)), "n2": lambda: str(r.randint(10, 60)), "n2b": lambda: str(r.randint(61, 99)),
            "n3": lambda: str(r.randint(100, 999)), "n4": lambda: str(r.randint(1000, 9999)), "year": lambda: str(r.randint(2015, 2026)),
            "date": self.date, "time": lambda: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "date_zh": self.date_zh, "date_en": self.date_en,
            "time_en": lambda: f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])} {r.choice(['EST', 'ET', 'PT', 'GMT', 'UTC'])}",
            "price": lambda: str(r.choice([199, 299, 399, 499, 999, 1999, 2980])), "price2": lambda: str(r.choice([9.9, 19, 49, 99, 129])),
        }

    def value(self, slot: str, facts: list[tuple[str, str]]) -> str:
        """The text of value slot `slot`; fact slots add (field, name) to `facts`."""
        fact_field = FACT_SLOTS.get(slot)
        if slot in ("authors", "editors"):
            return self.people(self.fact_person, "author" if slot == "authors" else "editor", facts)
        if slot == "url_md":
            u = self.url()
            facts.append(("url", u))
            return f"[{u}]({u})"
        if slot == "editor_gh":
            h = self._fresh(self.handle)
            facts.append(("editor", h))
            return f"[{h}](https://github.com/{h})"
        if slot == "translator":
            t = self.rng.choice([self.zh_person, self.handle])()
            self.notes.append(f"translator {t} (no schema field)")
            return t
        if slot not in self.simple:
            raise KeyError(f"unknown slot {{{slot}}}")
        text = self.simple[slot]()
        if fact_field:
            facts.append((fact_field, text))
        return text


# ----------------------------------------------------------------------------------
# Template expansion
# ----------------------------------------------------------------------------------
class Expander:
    """Expands grammar symbols of one language into labelled lines."""

    def __init__(self, rng: random.Random, grammar: dict[str, list[str]], values: Values, convert: Callable[[str], str]) -> None:
        self.rng = rng
        self.grammar = grammar
        self.values = values
        self.convert = convert
        values.expand = lambda template: self._expand(template, [], 0)

    def _expand(self, template: str, facts: list[tuple[str, str]], depth: int) -> str:
        if depth > 8:
            raise RecursionError(template)

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in self.grammar:
                return self._expand(self.rng.choice(self.grammar[name]), facts, depth + 1)
            return self.values.value(name, facts)

        return _SLOT.sub(sub, template)

    def line(self, label: str, template: str) -> Line:
        facts: list[tuple[str, str]] = []
        text = ""
        for _ in range(5):  # never emit an empty or whitespace-only generated line
            facts = []
            text = self.convert(self._expand(template, facts, 0)).replace("\n", " ")
            if text.strip():
                break
        kept = [(f, self.convert(v)) for f, v in facts] if label == "attribution" else []
        return Line(label, text, kept)

    def lines(self, label: str, symbol: str, count: int) -> list[Line]:
        """`count` lines of `symbol`: one shared template for list-like symbols
        (pb.UNIFORM_SYMBOLS), else distinct top-level alternatives while they last."""
        alts = self.grammar[symbol]
        if symbol in pb.UNIFORM_SYMBOLS:
            picks = [self.rng.choice(alts)] * count
        elif count <= len(alts):
            picks = self.rng.sample(alts, count)
        else:
            picks = [self.rng.choice(alts) for _ in range(count)]
        out = []
        for i, alt in enumerate(picks, 1):
            self.values.index = i
            out.append(self.line(label, alt))
        return out

    def block(self, layouts: list[pb.Layout]) -> list[Line]:
        self.values.new_block()
        out: list[Line] = []
        for label, symbol, lo, hi in self.rng.choice(layouts):
            out.extend(self.lines(label, symbol, self.rng.randint(lo, hi)))
        return out


# ----------------------------------------------------------------------------------
# Body handling
# ----------------------------------------------------------------------------------
def _is_fence(text: str) -> bool:
    s = text.lstrip()
    return s.startswith("```") or s.startswith("~~~")


def _is_underline(text: str) -> bool:
    s = text.strip()
    return len(s) >= 3 and (set(s) == {"="} or set(s) == {"-"})


def _title_len(body: list[Line]) -> int:
    """How many leading non-blank body lines form a title (0 when the first is not title-like)."""
    texts = [ln.text for ln in body if ln.label != "blank"]
    if not texts:
        return 0
    first = texts[0].strip()
    if len(texts) > 1 and _is_underline(texts[1]):
        return 2
    if first.startswith("#") or (len(first) <= 40 and first[-1] not in "。.!?！？；;：:，,、"):
        return 1
    return 0


def _title_text(body: list[Line]) -> str | None:
    texts = [ln.text for ln in body if ln.label != "blank"]
    if not texts or not _title_len(body):
        return None
    t = texts[0].strip().lstrip("#").strip().strip("*").strip()
    return t if 2 <= len(t) <= 60 else None


def _split_points(body: list[Line], skip: int) -> list[int]:
    """Indices i where a generated part may go before body[i]: not inside code fences or
    tables, not under a heading underline, not among the first `skip` non-blank lines."""
    points: list[int] = []
    in_fence = False
    seen = 0
    prev = ""
    for i, ln in enumerate(body):
        if ln.label == "blank":
            continue
        t = ln.text
        ok = (not in_fence and seen >= max(skip, 1) and not _is_fence(t) and not _is_underline(t)
              and not (t.lstrip().startswith("|") and prev.lstrip().startswith("|"))
              and not (t.lstrip().startswith(">") and prev.lstrip().startswith(">")))
        if ok:
            points.append(i)
        if _is_fence(t):
            in_fence = not in_fence
        seen += 1
        prev = t
    return points


def _gluable(text: str) -> bool:
    s = text.strip()
    return len(s) >= 6 and not s.startswith(("#", "|", "```", "~~~", ">", "!", "[", "<", "-", "*", "=")) and not s.endswith(("```", "|"))


def _glue(line: Line, glue: Line) -> Line:
    """Append `glue` (an attribution or notice phrase) to a body line; the merged line takes
    the label of most of its characters (schema rule)."""
    body_text = line.text.rstrip()
    body_n = len("".join(body_text.split()))
    glue_n = len("".join(glue.text.split()))
    merged = body_text + glue.text
    if body_n >= glue_n:
        return Line("body", merged, [], f"body sentence with a glued {glue.label} phrase '{glue.text.strip()}'; body is most of the line -> body, facts not recorded")
    return Line(glue.label, merged, glue.facts, f"short body text '{body_text.strip()}' with a glued {glue.label} phrase; the {glue.label} is most of the line -> {glue.label}")


# ----------------------------------------------------------------------------------
# Layout: where blank lines go
# ----------------------------------------------------------------------------------
def _blank(style: str, rng: random.Random) -> Line:
    if style == "wechat":
        return Line("blank", rng.choice(["  ", "  ", "  ", " ", "   "]))
    if style == "mixed":
        return Line("blank", rng.choice(["", "", " ", "  ", "\t", "\u3000"]))
    return Line("blank", "")


def _gap(style: str, rng: random.Random, after_blank: bool, inner: bool) -> list[Line]:
    if style == "tight" or (after_blank and rng.random() < 0.7):
        return []
    if style == "para":
        n = 1
    elif style == "orig":
        n = 1 if inner or rng.random() < 0.8 else 2
    elif style == "wechat":
        n = rng.randint(1, 2) if inner else rng.randint(1, 4)
    else:
        n = rng.randint(0, 1) if inner else rng.randint(0, 2)
    return [_blank(style, rng) for _ in range(n)]


def _render(parts: list[Part], style: str, rng: random.Random) -> list[Line]:
    out: list[Line] = []
    for part in parts:
        for j, ln in enumerate(part.lines):
            if out and ln.label != "blank":
                first = j == 0
                if first or not part.tight:
                    out.extend(_gap(style, rng, out[-1].label == "blank", inner=not first))
                # a generated "---"/"===" right under a body line would be a heading underline (body)
                if ln.label != "body" and _is_underline(ln.text) and out[-1].label == "body":
                    out.append(Line("blank", ""))
            out.append(ln)
    return out


# ----------------------------------------------------------------------------------
# One synthetic article
# ----------------------------------------------------------------------------------
def _items(rng: random.Random, items: list[tuple[str, float]], scale: float = 1.0) -> list[str]:
    return [name for name, p in items if rng.random() < p * scale]


def _converter(trad: bool, half: bool) -> Callable[[str], str]:
    convs: list[Callable[[str], str]] = []
    if trad:
        convs.append(to_traditional)
    if half:
        convs.append(to_half_width)

    def convert(text: str) -> str:
        for c in convs:
            text = c(text)
        return text

    return convert


def _source_body(art: dict[str, Any], mode: str, style: str) -> list[Line]:
    """The real lines to wrap: the whole article (mode keep), the body with its own blank
    lines (style orig), or the body lines alone."""
    src = [Line(ln["label"], ln["text"]) for ln in art["lines"]]
    body_idx = [i for i, ln in enumerate(src) if ln.label == "body"]
    if mode == "keep":
        body = src
        while body and body[-1].label == "blank":
            body.pop()
        return body
    if style == "orig":
        return [ln for ln in src[body_idx[0]:body_idx[-1] + 1] if ln.label in ("body", "blank")]
    return [src[i] for i in body_idx]


def _assemble(body: list[Line], header: list[Part], trailer: list[Part], inline: Callable[[], Part],
              n_inline: int, body_tight: bool, title_lines: int, rng: random.Random) -> list[Part]:
    """Header (above the body, or under its title), body chunks with `n_inline` inline
    parts between them, then the trailer."""
    head_after_title = bool(title_lines) and bool(header) and rng.random() < 0.65
    title_cut = _nth_nonblank(body, title_lines) if head_after_title else -1
    if title_cut >= len(body):
        head_after_title, title_cut = False, -1
    points = _split_points(body, title_lines + 1 if title_lines else 3)
    inline_at = set(rng.sample(points, min(n_inline, len(points))))
    cuts = sorted(inline_at | ({title_cut} if head_after_title else set()))
    parts: list[Part] = [] if head_after_title else list(header)
    start = 0
    for c in cuts + [len(body)]:
        if c > start:
            if start == title_cut:
                parts.extend(header)
            if start in inline_at:
                parts.append(inline())
            parts.append(Part(body[start:c], body_tight))
        start = c
    return parts + trailer


def _gold_attribution(lines: list[Line], kept: dict[str, list[str]] | None) -> dict[str, list[str]]:
    """Facts stated by the attribution lines, in order, without repeats (the real
    article's own facts first when it is kept whole)."""
    att: dict[str, list[str]] = {f: list((kept or {}).get(f, [])) for f in FIELDS}
    for ln in lines:
        if ln.label == "attribution":
            for f, v in ln.facts:
                if v and v not in att[f]:
                    att[f].append(v)
    return att


def _make(art: dict[str, Any], k: int, seed: int, forbidden: set[str]) -> dict[str, Any]:
    rng = random.Random(f"{seed}:{art['id']}:{k}")
    lang = art.get("lang", "zh")
    noise_lang = "zh" if lang == "zh" or rng.random() < 0.08 else "en"
    zh = noise_lang == "zh"
    grammar, blocks = (pb.ZH, pb.ZH_BLOCKS) if zh else (pb.EN, pb.EN_BLOCKS)
    header_items, trailer_items = (pb.ZH_HEADER_ITEMS, pb.ZH_TRAILER_ITEMS) if zh else (pb.EN_HEADER_ITEMS, pb.EN_TRAILER_ITEMS)
    trad = zh and rng.random() < 0.15
    half = zh and rng.random() < 0.3
    mode = _weighted(rng, MODES)
    style = _weighted(rng, STYLES["zh" if lang == "zh" else "en"])
    body = _source_body(art, mode, style)
    values = Values(rng, noise_lang, _title_text(body), forbidden)
    x = Expander(rng, grammar, values, _converter(trad, half))

    # which generated items this article gets
    header: list[str] = []
    trailer: list[str] = []
    n_inline = 0
    glue: Line | None = None
    if mode == "synth":
        header = _items(rng, header_items)
        trailer = _items(rng, trailer_items)
        n_inline = rng.choice((1, 1, 2)) if rng.random() < 0.35 else 0
        if rng.random() < 0.1 and _gluable(body[-1].text):
            glue = x.line(*(("attribution", "{glue_attr}") if rng.random() < 0.65 else ("notice", "{glue_notice}")))
        if not (header or trailer or n_inline or glue):
            trailer = [rng.choice(["tail_attr", "notice", "ad", "tail_attr"])]
    elif mode == "keep":
        header = _items(rng, header_items, 0.5) if rng.random() < 0.3 else []
        trailer = _items(rng, trailer_items, 0.6) if rng.random() < 0.7 else []
        n_inline = 1 if rng.random() < 0.15 else 0
    if trailer and rng.random() < 0.5:
        rng.shuffle(trailer)
    if zh and trailer and rng.random() < 0.25:
        trailer.insert(rng.randint(0, len(trailer)), "separator")

    def part(item: str) -> Part:
        return Part(x.block(blocks[item]), rng.random() < (0.15 if style in ("para", "wechat") else 0.45))

    header_parts = [part(i) for i in header]
    trailer_parts = [part(i) for i in trailer]
    if glue is not None:
        body[-1] = _glue(body[-1], glue)
    parts = _assemble(body, header_parts, trailer_parts, lambda: part("inline_image"), n_inline,
                      body_tight=style == "orig" or mode == "keep",
                      title_lines=_title_len(body) if mode != "keep" else 0, rng=rng)

    lines = _render(parts, style, rng)
    if style == "wechat" and rng.random() < 0.85:
        for ln in lines:
            if ln.label != "blank" and not ln.text.endswith((" ", "\t")):
                ln.text += "  "
    if rng.random() < 0.05:
        lines.insert(0, _blank(style, rng))
    if rng.random() < 0.5:
        lines.extend(_blank(style, rng) for _ in range(rng.choice((1, 1, 1, 2, 3))))
    if lines and lines[-1].label == "blank" and rng.random() < 0.6:
        lines[-1].text = ""

    notes = [f"line {i}: {ln.note}." for i, ln in enumerate(lines) if ln.note]
    notes.extend(dict.fromkeys(values.notes))
    if mode == "keep" and art.get("notes"):
        notes.append("Original article notes (line numbers refer to the original): " + art["notes"])
    variant = "/".join(v for v, on in (("traditional", trad), ("half-width", half)) if on)
    prov = art.get("provenance", {})
    return {
        "id": f"aug{seed}-{art['id']}-{k:02d}",
        "lang": lang,
        "provenance": {
            "repo": f"synthetic/{prov.get('repo', 'unknown')}",
            "path": prov.get("path", ""),
            "note": (f"training/augment.py seed={seed} #{k} from {art['id']}: mode={mode}, blank-style={style}, "
                     f"noise={noise_lang}{'/' + variant if variant else ''}, header={header}, inline={n_inline}, "
                     f"trailer={trailer}, glued={glue.label if glue else None}"),
        },
        "text": "\n".join(ln.text for ln in lines),
        "lines": [{"label": ln.label, "text": ln.text} for ln in lines],
        "attribution": _gold_attribution(lines, art.get("attribution") if mode == "keep" else None),
        "notes": " ".join(notes),
    }


def _nth_nonblank(body: list[Line], n: int) -> int:
    """Index just after the n-th non-blank line (where a header under the title goes)."""
    seen = 0
    for i, ln in enumerate(body):
        if ln.label != "blank":
            seen += 1
            if seen == n:
                return i + 1
    return len(body)


# ----------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------
def forbidden_names(articles: Iterable[dict[str, Any]]) -> set[str]:
    """Names the generator must not produce: every attribution name of the input and the
    account names of its WeChat bylines (lower-cased)."""
    names: set[str] = set()
    byline = re.compile(r"^\s*(?:原创\s+)?(.*?)\s+\d{4}-\d{2}-\d{2}(?:\s+\d{2}:\d{2})?\s*$")
    for art in articles:
        for f in ("source", "author", "editor", "image_credit"):
            names.update(v.strip().lower() for v in art.get("attribution", {}).get(f, []))
        for ln in art.get("lines", []):
            m = byline.match(ln["text"]) if ln["label"] == "chrome" else None
            if m:
                names.update(t.lower() for t in m.group(1).split() if t)
    return names


def augment(articles: list[dict[str, Any]], per_article: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield `per_article` synthetic articles for each input article that has body lines,
    in input order. Deterministic in (articles, per_article, seed)."""
    forbidden = forbidden_names(articles)
    for art in articles:
        if not any(ln["label"] == "body" for ln in art.get("lines", [])):
            continue
        for k in range(per_article):
            yield _make(art, k, seed, forbidden)


def validate(rec: dict[str, Any]) -> list[str]:
    """Schema invariants of one record; returns the problems found (empty = valid)."""
    problems: list[str] = []
    for key in ("id", "lang", "provenance", "text", "lines", "attribution"):
        if key not in rec:
            problems.append(f"missing {key}")
    if problems:
        return problems
    texts = [ln["text"] for ln in rec["lines"]]
    if "\n".join(texts) != rec["text"] or rec["text"].split("\n") != texts:
        problems.append("lines do not match text.split('\\n')")
    for i, ln in enumerate(rec["lines"]):
        if ln["label"] not in LABELS:
            problems.append(f"line {i}: bad label {ln['label']!r}")
        if (ln["label"] == "blank") != (ln["text"].strip() == ""):
            problems.append(f"line {i}: blank label != whitespace-only ({ln['label']}, {ln['text']!r})")
    att = rec["attribution"]
    if set(att) != set(FIELDS) or not all(isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v) for v in att.values()):
        problems.append("attribution must hold the five lists of non-empty names")
    else:
        for f, vals in att.items():
            for v in vals:
                if v not in rec["text"]:
                    problems.append(f"attribution {f} {v!r} not found in text")
    if not rec["provenance"].get("repo", "").startswith("synthetic/"):
        problems.append("provenance.repo must start with synthetic/")
    return problems


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """Articles of a corpus folder (<id>.json files and/or .jsonl files), sorted by file
    name, or of one .json/.jsonl file."""
    files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl")) if path.is_dir() else [path]
    out: list[dict[str, Any]] = []
    for p in files:
        if p.suffix == ".jsonl":
            out.extend(json.loads(s) for s in p.read_text(encoding="utf-8").splitlines() if s.strip())
        else:
            out.append(json.loads(p.read_text(encoding="utf-8")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"labelled articles (default {DEFAULT_CORPUS})")
    ap.add_argument("--out", type=Path, required=True, help="output JSONL path")
    ap.add_argument("--per-article", type=int, default=3, help="synthetic articles per input article")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)

    t0 = time.perf_counter()
    articles = load_corpus(a.corpus)
    labels: Counter[str] = Counter()
    n = bad = 0
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in augment(articles, a.per_article, a.seed):
            problems = validate(rec)
            if problems:
                bad += 1
                print(f"{rec['id']}: {'; '.join(problems[:5])}", file=sys.stderr)
                continue
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            labels.update(ln["label"] for ln in rec["lines"])
            n += 1
    dt = time.perf_counter() - t0
    print(f"read {len(articles)} articles from {a.corpus}; wrote {n} records to {a.out} "
          f"({bad} invalid skipped) in {dt:.2f}s", file=sys.stderr)
    print("lines by label: " + ", ".join(f"{lab} {labels[lab]}" for lab in LABELS), file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
