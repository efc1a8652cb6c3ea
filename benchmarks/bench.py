"""Throughput, scaling and memory of `cleaner` on this machine.

    python -m benchmarks.bench [--quick] [--articles N] [--jsonl-articles N] [--seed S]
                               [--rounds R] [--big-jsonl-gb X] [--big-jobs J] [--tmpdir DIR]

Run from the repository root. Everything is generated here, deterministically from the
seed: a corpus of reposted articles (Chinese WeChat/portal reposts and English
syndication) whose bodies are drawn from a small bank of sentences written for this
script, wrapped in the headers and trailers reposts carry. Nothing is read from the
network or from other corpora.

Sections:
  1. the generated corpus (sizes, languages, bytes);
  2. clean() in this process against trafilatura.extract on the same articles as minimal
     HTML, measured in interleaved rounds (best round reported, median beside it), plus
     clean() with rules only (Options(model="")) and two floors (NFKC of each article;
     each line normalised as the rules read it) with the ceilings they set;
  3. the CLI on a generated JSONL, --jobs 1 and --jobs 2, against a plain
     json.loads/json.dumps copy of the same file (the floor), and that copy with each
     line of the text normalised (the ceiling it sets);
  4. time per article against article length (buckets of exact sizes);
  5. peak memory of the CLI runs (and, with --big-jsonl-gb, of a run on a big file).

The figures are for comparing ratios measured in one run; absolute numbers move with the
machine and whatever else runs on it. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import gc
import html
import json
import logging
import math
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Acceptance targets (the one-line summary at the end compares against these).
TARGET_VS_TRAFILATURA = 10.0  # clean() articles/s over trafilatura.extract articles/s, at least
TARGET_JOBS_SPEEDUP = 1.6  # --jobs 2 articles/s over --jobs 1, at least
TARGET_CLI_OVER_FLOOR = 8.0  # CLI --jobs 1 wall time over the json copy floor, at most
TARGET_SCALING = 12.0  # ms/article at 50k characters over ms/article at 5k, at most

# ---------------------------------------------------------------------------------------
# Sentence banks: written for this benchmark; invented places, people and outlets.

ZH_SENTENCES = [
    "近日，记者从市交通运输局了解到，城区新开通的三条公交线路运行平稳，日均客流已超过一万人次。",
    "据介绍，该项目总投资约十二亿元，建成后将新增标准厂房二十万平方米。",
    "今年以来，当地持续推进老旧小区改造，累计惠及居民四千余户。",
    "工作人员表示，下一步将加快配套设施建设，确保项目年内投入使用。",
    "在田间地头，农技人员正手把手指导农户开展春季病虫害防治。",
    "业内人士认为，随着消费场景不断丰富，夜间经济有望成为拉动内需的新引擎。",
    "“以前办一件事要跑好几个窗口，现在在手机上几分钟就能办完。”一位市民笑着说。",
    "数据显示，前三季度全市规模以上工业增加值同比增长6.8%。",
    "该校相关负责人介绍，新学期共开设人工智能、机器人等特色课程二十余门。",
    "活动现场，来自各地的非遗传承人带来了剪纸、刺绣、木雕等传统技艺展示。",
    "为保障节日期间市场供应，有关部门提前组织货源，主要农产品价格保持稳定。",
    "专家提醒，近期气温起伏较大，老人和儿童应注意适时增减衣物。",
    "截至目前，园区已吸引40余家科技型企业入驻，带动就业岗位3000多个。",
    "记者在现场看到，施工人员正在进行桥梁主体结构的混凝土浇筑作业。",
    "下一步，该区将围绕产业链关键环节开展精准招商，培育一批专精特新企业。",
    "据了解，这批智能快递柜覆盖了全区八十多个住宅小区和十余所高校。",
    "当天上午，志愿者们走进社区，为独居老人送去米面油等生活物资。",
    "该负责人强调，要压实安全生产责任，坚决防范各类事故发生。",
    "近年来，当地依托山水资源发展乡村旅游，村民人均收入明显提高。",
    "据统计，今年春运期间，该站累计发送旅客120万人次，同比增长一成多。",
    "研究团队历时三年攻关，成功研制出一种可降解的新型包装材料。",
    "会议指出，要进一步优化营商环境，让企业办事更省心、更便捷。",
    "不少游客表示，景区新增的智慧导览服务让游览体验更加顺畅。",
    "与去年同期相比，全市新能源汽车保有量增长了近一倍。",
    "该医院还开通了线上复诊和送药到家服务，方便慢性病患者就医。",
    "在比赛中，选手们围绕数据分析、系统运维等项目展开激烈角逐。",
    "河道整治完成后，沿岸新建了健身步道和休闲广场，成为居民散步的好去处。",
    "有关负责人表示，将持续加大对中小微企业的信贷支持力度。",
    "目前，首批50户居民已经拿到新房钥匙，陆续开始装修入住。",
    "他说，这些年最大的变化，是村里的年轻人愿意回来创业了。",
    "同时，市场监管部门将加强对重点商品的价格巡查，严厉打击哄抬物价行为。",
    "图书馆延长了周末开放时间，并新增了亲子阅读区和自习座位。",
    "据悉，该展会为期四天，共设置六大展区，吸引参展企业六百余家。",
    "随着气温回升，各地春耕生产由南向北陆续展开。",
    "项目负责人介绍，光伏板下还可以种植耐阴作物，实现“板上发电、板下种植”。",
    "为方便群众出行，地铁运营时间在节假日期间将延长至次日凌晨一点。",
]
ZH_HEADINGS = ["一、项目建设稳步推进", "二、民生服务持续改善", "三、下一步工作安排", "▍记者观察",
               "**产业升级按下快进键**", "## 数字赋能基层治理"]
EN_SENTENCES = [
    "The city council approved the new budget on Tuesday after a four-hour debate.",
    "Residents say the bus route, which opened in March, has cut their commute by almost twenty minutes.",
    "Researchers at the university spent three years collecting soil samples from more than 200 farms.",
    "\"We didn't expect the response to be this strong,\" said the project's coordinator.",
    "The plant is expected to create about 400 jobs once it reaches full capacity next year.",
    "Critics argue that the plan does little to address the shortage of affordable housing.",
    "According to the latest figures, water use in the region fell by 11% over the summer.",
    "The museum's new wing will host rotating exhibitions of work by local artists.",
    "Officials said the bridge would remain closed to heavy vehicles until repairs are completed.",
    "Many small businesses have struggled to keep up with rising rents and energy costs.",
    "The study, published last month, followed nearly 3,000 participants over a decade.",
    "Volunteers planted more than 1,500 trees along the riverbank over the weekend.",
    "The school district plans to hire twenty additional teachers before the autumn term.",
    "Farmers in the valley have begun switching to drought-tolerant crops.",
    "Ticket sales for the festival have already surpassed last year's total.",
    "The agency said it would publish a detailed report on the incident within sixty days.",
    "Local libraries have seen a surge in demand for digital lending in recent years.",
    "Engineers tested the new turbine design in wind tunnels for several months.",
    "The proposal would require new buildings to include charging points for electric vehicles.",
    "Economists caution that the recovery remains uneven across different sectors.",
    "The hospital opened a night clinic to reduce waiting times in its emergency department.",
    "Some residents questioned why the consultation period lasted only three weeks.",
    "The team hopes to expand the programme to five more towns by the end of the year.",
    "Data from the weather service show it was the wettest spring on record.",
    "\"It's a small change, but it makes a real difference to people's lives,\" she said.",
    "The company declined to comment on the details of the agreement.",
    "Under the new rules, landlords must register their properties with the council.",
    "Attendance at community sports clubs has climbed steadily for three seasons.",
    "The footbridge, designed by a local firm, is made largely from recycled steel.",
    "Scientists say more monitoring is needed before any firm conclusions can be drawn.",
    "The pilot scheme offered free bus travel to anyone under the age of twenty-one.",
    "He said the biggest challenge was finding enough skilled workers to staff the site.",
    "Shoppers have returned to the high street, although footfall is still below earlier levels.",
    "The report recommends a review of how funding is allocated to rural clinics.",
    "Construction is scheduled to begin in the spring, subject to final approval.",
    "For now, the mood in the town is cautiously optimistic.",
]
EN_HEADINGS = ["## What happens next", "## A growing demand", "## Looking ahead", "**The numbers**",
               "Why it matters"]

ZH_OUTLETS = ["西岭日报", "江南观察", "云岭财经", "北湾科技评论", "青禾农业", "东川发布", "南屿新闻"]
ZH_PEOPLE = ["李文清", "王思远", "陈晓禾", "赵一鸣", "周若溪", "孙立航", "林可欣"]
ZH_BRANDS = ["安达物流", "云途仓储", "优材科技", "绿源环保", "恒信财税"]
ZH_SERVICES = ["仓储配送、供应链管理", "工业设备维保", "企业财税咨询", "环保检测与治理", "跨境物流"]
ZH_TITLES = ["这座小城的夜市火了", "春耕时节，田野里的新变化", "十张图看懂今年的民生实事",
             "家门口的图书馆又升级了", "这些新规下月起施行", "一条河的十年蝶变", "年轻人为什么爱上了逛博物馆"]
EN_OUTLETS = ["The Harbour Review", "Northfield Gazette", "Common Ground Weekly", "The Lantern",
              "Riverbend Post"]
EN_PEOPLE = ["Maya Ellison", "Tom Archer", "Priya Nandakumar", "Leo Fischer", "Hannah Cole"]
EN_TITLES = ["How one town rebuilt its high street", "Inside the race to build better batteries",
             "The quiet return of the village shop", "What a wet spring means for farmers",
             "Ten years of the riverside path"]


def _token(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _zh_wrappers(rng: random.Random) -> tuple[list[list[str]], list[list[str]], Callable[[], str]]:
    """Candidate header blocks, trailer blocks (each a list of lines), and an inline credit."""
    outlet, person, other = rng.choice(ZH_OUTLETS), rng.choice(ZH_PEOPLE), rng.choice(ZH_PEOPLE)
    colon = rng.choice([":", "："])
    heads = [
        [rng.choice(["点击上方蓝字关注我们", f"点击上方“{outlet}”，关注我们", f"▲点击上方蓝字，关注{outlet}"])],
        [f"来源{colon}“{outlet}”微信公众号" if rng.random() < 0.5 else f"来源{colon}{outlet}"],
        [rng.choice([f"作者{colon}{person}", f"文 | {person}", f"记者 {person} 通讯员 {other}"])],
        [f"图源{colon}{rng.choice(ZH_OUTLETS)}"],
    ]
    brand = rng.choice(ZH_BRANDS)
    tails = [
        [f"来源{colon}“{outlet}”微信公众号" if rng.random() < 0.5 else f"来源{colon}{outlet}"],
        [rng.choice([f"编辑{colon}{person}  审核{colon}{other}", f"责任编辑{colon}{person}",
                     f"编辑 | {person}"])],
        [rng.choice([
            "文章及图片除原创外均精选转载自网络,版权归原作者所有,如有侵权请联系删除。",
            f"声明：本文转载自{outlet}，版权归原作者所有，如有侵权请联系我们删除。",
            "免责声明：文章仅代表作者个人观点，不代表本平台立场；版权归原作者所有，如有侵权请联系删除。",
        ])],
        [f"{brand}—是一家集研发、生产、销售于一体的现代化企业，专业提供{rng.choice(ZH_SERVICES)}"
         f"等一站式服务。服务热线{colon}400-{_digits(rng, 3)}-{_digits(rng, 4)}"],
        ["往期推荐"] + [line for t in rng.sample(ZH_TITLES, 3)
                      for line in (t, f"https://mp.example.cn/s/{_token(rng)}")],
        [f"原文链接{colon}", f"https://mp.example.cn/s/{_token(rng, 16)}"],
        [rng.choice(["END", "- END -", "—— END ——"])],
        [rng.choice(["点个“在看”，分享给更多朋友", "喜欢就点个赞吧", "长按二维码关注我们"])],
    ]
    return heads, tails, lambda: rng.choice([f"图源{colon}{rng.choice(ZH_OUTLETS)}", "（图片来源：网络）"])


def _en_wrappers(rng: random.Random) -> tuple[list[list[str]], list[list[str]], Callable[[], str]]:
    outlet, person = rng.choice(EN_OUTLETS), rng.choice(EN_PEOPLE)
    slug = outlet.lower().replace("the ", "").replace(" ", "")
    heads = [
        [rng.choice([f"By {person}", f"By {person}, {outlet}", f"Words by {person}"])],
        [rng.choice([f"Photo: {rng.choice(EN_PEOPLE)}/{outlet}", f"Image credit: {outlet}"])],
        [f"Published {rng.choice(['March', 'June', 'October'])} {rng.randint(1, 28)}, 2024"],
    ]
    tails = [
        [rng.choice([
            f"This article is republished from {outlet} under a Creative Commons license. Read the original article.",
            f"This story was originally published by {outlet} and is republished here with permission.",
        ])],
        [rng.choice([
            f"Enjoyed this story? Sign up for our free weekly newsletter and get the best of {outlet} in your inbox every Friday.",
            "Like what you read? Subscribe to our newsletter for more stories like this.",
        ])],
        ["About the author", f"{person} is a reporter covering local government and the environment."],
        ["Related:"] + [line for t in rng.sample(EN_TITLES, 2)
                        for line in (t, f"https://www.{slug}.example.org/2024/{_token(rng, 8).lower()}")],
        ["Share this article: Twitter | Facebook | Email"],
        [f"Copyright © 2024 {outlet}. All rights reserved."],
    ]
    return heads, tails, lambda: f"Photo: {rng.choice(EN_PEOPLE)}/{outlet}"


def make_article(rng: random.Random, target: int, lang: str) -> str:
    """One reposted article of exactly ``target`` characters (at least 200): a body built
    from the sentence bank, wrapped in a random choice of header and trailer blocks that
    take at most half of it."""
    zh = lang == "zh"
    sentences, headings = (ZH_SENTENCES, ZH_HEADINGS) if zh else (EN_SENTENCES, EN_HEADINGS)
    heads, tails, inline = (_zh_wrappers if zh else _en_wrappers)(rng)
    sep = "\n\n" if rng.random() < 0.4 else "\n"
    head = [ln for block in rng.sample(heads, rng.randint(0, min(3, len(heads)))) for ln in block]
    tail = [ln for block in rng.sample(tails, rng.randint(1, 5)) for ln in block]
    while head or tail:  # wrappers take at most half the article
        if len(sep.join(head + tail)) <= target // 2:
            break
        if len(tail) >= len(head):
            tail.pop()
        else:
            head.pop()
    fixed = len(sep.join(head + tail)) + (len(sep) if head else 0) + (len(sep) if tail else 0)
    budget = target - fixed
    body: list[str] = []
    prose: list[bool] = []  # body line is sentences (not a heading or an inline credit)
    used = 0
    joiner = "" if zh else " "
    since_heading = 0
    while used < budget:
        if body and since_heading >= 6 and rng.random() < 0.15:
            body.append(rng.choice(headings))
            prose.append(False)
            since_heading = 0
        elif body and rng.random() < 0.06:
            body.append(inline())
            prose.append(False)
        else:
            body.append(joiner.join(rng.choice(sentences) for _ in range(rng.randint(1, 5))))
            prose.append(True)
            since_heading += 1
        used = len(sep.join(body))

    def assemble() -> str:
        return sep.join(([sep.join(head)] if head else []) + [sep.join(body)] + ([sep.join(tail)] if tail else []))

    # Trim the last body paragraph to land exactly on target; a heading or credit left
    # last is dropped rather than cut.
    text = assemble()
    end = "。" if zh else "."
    while len(text) > target:
        excess = len(text) - target
        if len(body) > 1 and (not prose[-1] or len(body[-1]) - excess < 20):
            body.pop()
            prose.pop()
        else:
            keep = max(1, len(body[-1]) - excess)
            body[-1] = (body[-1][:keep - 1].rstrip() + end).ljust(keep, end)
        text = assemble()
    if len(text) < target:  # dropped too much: lengthen the last paragraph of prose
        k = max((i for i, is_prose in enumerate(prose) if is_prose), default=len(body) - 1)
        body[k] = body[k][:-1] + (joiner.join(sentences) * 3)[: target - len(text)] + body[k][-1]
        text = assemble()
    assert len(text) == target, (len(text), target)
    return text


def log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def pick_lang(rng: random.Random) -> str:
    return "zh" if rng.random() < 0.6 else "en"


def make_corpus(seed: object, n: int, lo_chars: int, hi_chars: int) -> list[tuple[str, str]]:
    """(lang, text) pairs, sizes log-uniform in characters."""
    rng = random.Random(f"{seed}-corpus")
    out = []
    for _ in range(n):
        lang = pick_lang(rng)
        out.append((lang, make_article(rng, round(log_uniform(rng, lo_chars, hi_chars)), lang)))
    return out


#: UTF-8 bytes per character of the generated text, to aim a byte size (measured on the
#: generator: CJK text with ASCII digits and the odd Latin credit, and plain English).
BYTES_PER_CHAR = {"zh": 2.85, "en": 1.0}


def write_jsonl(path: Path, seed: object, n: int, lo_bytes: int, hi_bytes: int) -> dict[str, float]:
    """Write n records {"id", "lang", "url", "title", "text"} with text sizes log-uniform in
    UTF-8 bytes (aimed through BYTES_PER_CHAR); returns size statistics."""
    rng = random.Random(f"{seed}-jsonl")
    sizes = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lang = pick_lang(rng)
            chars = max(200, round(log_uniform(rng, lo_bytes, hi_bytes) / BYTES_PER_CHAR[lang]))
            text = make_article(rng, chars, lang)
            title = rng.choice(ZH_TITLES if lang == "zh" else EN_TITLES)
            rec = {"id": f"a{i:07d}", "lang": lang, "url": f"https://news.example.org/{i}", "title": title,
                   "text": text}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            sizes.append(len(text.encode("utf-8")))
    return {"n": n, "file_bytes": path.stat().st_size, "min": min(sizes), "max": max(sizes),
            "mean": statistics.fmean(sizes), "median": statistics.median(sizes)}


# ---------------------------------------------------------------------------------------
# Child processes: wall time, CPU time, peak RSS (wait4) and sampled PSS of the tree.

def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores, /proc/stat)."""
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return math.nan
    user, nice, system, _idle, _iowait, irq, softirq, steal = (f + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids.extend(int(x) for x in fh.read().split())
    except OSError:
        pass
    return kids


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process; (0, 0) when it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            rss = pss = 0
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
            return rss, pss
    except OSError:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
            return rss, rss
        except OSError:
            return 0, 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS (and RSS) of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.stop_event = threading.Event()
        self.timeline: list[tuple[float, int, int]] = []  # (t, pss_kb, rss_kb)
        self.max_procs = 0

    def run(self) -> None:
        t0 = time.perf_counter()
        while not self.stop_event.is_set():
            pids, frontier = [], _children(self.pid)  # the root (the launcher) left out
            while frontier:
                p = frontier.pop()
                pids.append(p)
                frontier.extend(_children(p))
            rss = pss = 0
            for p in pids:
                r, s = _mem_kb(p)
                rss, pss = rss + r, pss + s
            if pids and rss:
                self.timeline.append((time.perf_counter() - t0, pss, rss))
                self.max_procs = max(self.max_procs, len(pids))
            self.stop_event.wait(self.interval)

    def peak_pss_mb(self) -> float:
        return max((s for _, s, _ in self.timeline), default=0) / 1024

    def flatness(self) -> tuple[float, float]:
        """Peak PSS (MB) in the second quarter of the run and in the last quarter."""
        if not self.timeline:
            return 0.0, 0.0
        end = self.timeline[-1][0]
        q2 = [s for t, s, _ in self.timeline if end * 0.25 <= t < end * 0.5]
        q4 = [s for t, s, _ in self.timeline if t >= end * 0.75]
        return max(q2, default=0) / 1024, max(q4, default=0) / 1024


@dataclass
class Run:
    wall: float
    cpu: float
    maxrss_mb: float  # the largest single process of the tree (getrusage of the launcher's children)
    pss_mb: float  # sampled peak of the summed PSS of the tree
    rc: int
    stderr: str
    procs: int = 1
    flat: tuple[float, float] = (0.0, 0.0)
    others: float = math.nan  # CPU cores other processes kept busy meanwhile (/proc/stat)


# A small launcher between this process and the measured command. getrusage's ru_maxrss
# of a child counts the memory of the process it was forked from (Linux records the old
# address space's high-water mark at exec), so a command forked straight from this big
# process would report at least this process's RSS. The launcher is a bare interpreter of
# a few MB; it reports wall time and RUSAGE_CHILDREN (which includes the command's reaped
# workers) as JSON in the file named by its first argument.
LAUNCHER = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t0
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as fh:
    json.dump({"rc": rc, "wall": wall, "cpu": u.ru_utime + u.ru_stime, "maxrss_kb": u.ru_maxrss}, fh)
"""


def run_child(cmd: Sequence[str], cwd: Path, sample: bool = True) -> Run:
    """Run a command to completion through LAUNCHER: its wall time, CPU (user+sys of it
    and its reaped workers), the peak RSS of its largest process, and the sampled peak
    PSS of its process tree (the launcher left out)."""
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-run-") as d, \
            tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        report = Path(d) / "usage.json"
        busy0, own0, t0 = busy_seconds(), time.process_time(), time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(report), *cmd], cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=err)
        sampler = TreeSampler(proc.pid) if sample else None
        if sampler:
            sampler.start()
        proc.wait()
        if sampler:
            sampler.stop_event.set()
            sampler.join()
        busy, own, elapsed = busy_seconds() - busy0, time.process_time() - own0, time.perf_counter() - t0
        err.seek(0)
        stderr = err.read()
        try:
            usage = json.loads(report.read_text())
        except (OSError, ValueError):
            usage = {"rc": proc.returncode or -1, "wall": math.nan, "cpu": math.nan, "maxrss_kb": 0}
    # Others' load: machine busy time less the command's, the launcher's (~0.03 s) and ours.
    others = max(0.0, busy - usage["cpu"] - own - 0.03) / elapsed
    return Run(usage["wall"], usage["cpu"], usage["maxrss_kb"] / 1024,
               sampler.peak_pss_mb() if sampler else 0.0, usage["rc"], stderr,
               sampler.max_procs if sampler else 1, sampler.flatness() if sampler else (0.0, 0.0), others)


FLOOR_SCRIPT = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as fi, open(sys.argv[2], "w", encoding="utf-8") as fo:
    for line in fi:
        if line.strip():
            fo.write(json.dumps(json.loads(line), ensure_ascii=False) + "\\n")
"""
# The floor plus the one step every design of the cleaner pays: the rules' view of each
# line of the text (split into lines, cleaner.text.normalize each), written as the text.
NORMALISED_FLOOR_SCRIPT = """
import json, sys
from cleaner.text import normalize, split_lines
with open(sys.argv[1], encoding="utf-8") as fi, open(sys.argv[2], "w", encoding="utf-8") as fo:
    for line in fi:
        if line.strip():
            rec = json.loads(line)
            text = rec["text"]
            rec["text"] = "\\n".join(normalize(text[ln.start:ln.end]) for ln in split_lines(text))
            fo.write(json.dumps(rec, ensure_ascii=False) + "\\n")
"""


def cli_cmd(src: Path, dst: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(dst), "--jobs", str(jobs)]


def count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


# ---------------------------------------------------------------------------------------
# Reporting helpers.

def table(headers: Sequence[str], rows: Sequence[Sequence[object]], indent: str = "  ") -> str:
    cells = [[str(h) for h in headers]] + [[c if isinstance(c, str) else f"{c}" for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for k, r in enumerate(cells):
        lines.append(indent + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if k == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt(x: float) -> str:
    if x != x:
        return "n/a"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3f}"


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def git_describe() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "cleaner"], cwd=REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return f"{head}{' +uncommitted changes in cleaner/' if dirty else ''}" if head else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


# ---------------------------------------------------------------------------------------
# The sections.

def to_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body><article>{paras}</article></body></html>"


def timed(fn: Callable[[str], object], docs: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t0


@dataclass
class Contender:
    name: str
    fn: Callable[[str], object]
    docs: Sequence[str]
    times: list[float] = field(default_factory=list)


def interleaved(contenders: list[Contender], rounds: int) -> None:
    """Alternate rounds of each contender over its article list; the order rotates each
    round so drift (thermal, neighbours) does not always favour the same one."""
    for c in contenders:  # warm up: model load, regex compile, lxml init
        timed(c.fn, c.docs[: min(5, len(c.docs))])
    for r in range(rounds):
        order = contenders[r % len(contenders):] + contenders[: r % len(contenders)]
        for c in order:
            gc.collect()
            c.times.append(timed(c.fn, c.docs))


def bench_inprocess(corpus: list[tuple[str, str]], rounds: int) -> dict[str, float]:
    import unicodedata

    import cleaner
    from cleaner.text import normalize, split_lines

    texts = [t for _, t in corpus]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    rules = cleaner.Options(model="")
    clean_model = Contender("clean()  (shipped model)", cleaner.clean, texts)
    clean_rules = Contender("clean()  rules only, Options(model=\"\")", lambda t: cleaner.clean(t, rules), texts)
    # Floors: single steps that any design of clean() in Python pays, whatever else it
    # does: the NFKC that the rules' view of the text needs (str in C, whole article at
    # once), and that view built line by line, as the rules look at lines.
    nfkc = Contender("  floor: unicodedata NFKC of the whole article", lambda t: unicodedata.normalize("NFKC", t), texts)
    lines = Contender("  floor: split into lines, normalize() each",
                      lambda t: [normalize(t[ln.start:ln.end]) for ln in split_lines(t)], texts)
    contenders = [clean_model, clean_rules, nfkc, lines]
    traf = None
    traf_none = 0
    try:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        htmls = [to_html(t) for t in texts]
        traf_none = sum(trafilatura.extract(h) is None for h in htmls)
        traf = Contender(f"trafilatura.extract {trafilatura.__version__} (minimal HTML)", trafilatura.extract, htmls)
        contenders.insert(1, traf)
    except ImportError:
        print("  trafilatura is not installed: its rows are skipped")
    busy0, own0, t0 = busy_seconds(), time.process_time(), time.perf_counter()
    interleaved(contenders, rounds)
    others = max(0.0, busy_seconds() - busy0 - (time.process_time() - own0)) / (time.perf_counter() - t0)
    rows, rate = [], {}
    for c in contenders:
        best, med = min(c.times), statistics.median(c.times)
        rate[c.name] = len(texts) / best
        rows.append([c.name, fmt(len(texts) / best), fmt(nbytes / best / 1e6), fmt(len(texts) / med),
                     fmt(best / len(texts) * 1000)])
    print(table(["", "articles/s", "MB/s", "articles/s (median)", "ms/article"], rows))
    print(f"  {rounds} interleaved rounds over the same {len(texts)} articles; best round shown "
          f"(median beside it); MB/s counts the article text's UTF-8 bytes for both;\n"
          f"  other processes kept {others:.2f} of {os.cpu_count()} cores busy meanwhile")
    out = {"clean": rate[clean_model.name], "rules": rate[clean_rules.name]}
    if traf is not None:
        out["traf"] = rate[traf.name]
        ratio = out["clean"] / out["traf"]
        print(f"  clean/trafilatura articles/s: {ratio:.2f}x (target >= {TARGET_VS_TRAFILATURA:g}); "
              f"rules-only/trafilatura: {out['rules'] / out['traf']:.2f}x; "
              f"trafilatura returned None on {traf_none} of {len(texts)}")
        print(f"  ceilings: a clean() that did nothing but one of the floor steps would reach "
              f"{rate[nfkc.name] / out['traf']:.1f}x trafilatura (NFKC alone) and "
              f"{rate[lines.name] / out['traf']:.1f}x (normalised lines alone)")
    return out


def bench_cli(tmp: Path, seed: object, n: int, lo: int, hi: int) -> dict[str, float]:
    src = tmp / "in.jsonl"
    t0 = time.perf_counter()
    stats = write_jsonl(src, seed, n, lo, hi)
    print(f"  input: {n:,} records, {stats['file_bytes'] / 1e6:.1f} MB; text {stats['min']:,}-{stats['max']:,} "
          f"bytes UTF-8 (mean {stats['mean']:,.0f}, median {stats['median']:,.0f}), log-uniform "
          f"{lo:,} B-{hi:,} B; generated in {time.perf_counter() - t0:.1f} s")
    one = tmp / "one.jsonl"
    with src.open(encoding="utf-8") as fh:
        one.write_text(fh.readline(), encoding="utf-8")
    runs: dict[str, Run] = {}
    plan = [("startup: CLI --jobs 1 on 1 record", cli_cmd(one, tmp / "one.out.jsonl", 1), 1),
            ("startup: floor on 1 record", [sys.executable, "-c", FLOOR_SCRIPT, str(one), str(tmp / "one.floor.jsonl")], 1),
            ("startup: floor + normalize() on 1 record",
             [sys.executable, "-c", NORMALISED_FLOOR_SCRIPT, str(one), str(tmp / "one.floor2.jsonl")], 1),
            ("floor: json.loads + json.dumps per line", [sys.executable, "-c", FLOOR_SCRIPT, str(src), str(tmp / "floor.jsonl")], n),
            ("floor + normalize() each line of the text",
             [sys.executable, "-c", NORMALISED_FLOOR_SCRIPT, str(src), str(tmp / "floor2.jsonl")], n),
            ("cleaner clean --jobs 1", cli_cmd(src, tmp / "out1.jsonl", 1), n),
            ("cleaner clean --jobs 2", cli_cmd(src, tmp / "out2.jsonl", 2), n)]
    rows = []
    text_mb = stats["mean"] * n / 1e6
    for name, cmd, count in plan:
        r = run_child(cmd, REPO)
        runs[name] = r
        out = Path(cmd[cmd.index("-o") + 1]) if "-o" in cmd else Path(cmd[-1])
        got = count_lines(out) if out.exists() else 0
        note = "" if r.rc == 0 and got == count else f"rc={r.rc}, {got} lines out!"
        if note:
            print(f"  !! {name}: {note}\n     {r.stderr.strip()[-500:]}")
        whole = count == n
        rows.append([name, fmt(r.wall), fmt(count / r.wall) if whole else "-",
                     fmt(text_mb / r.wall) if whole else "-", fmt(r.cpu), f"{r.cpu / r.wall:.0%}", f"{r.others:.2f}",
                     fmt(r.maxrss_mb), fmt(r.pss_mb) if r.procs else "-", r.procs or "-", note or "ok"])
        out.unlink(missing_ok=True)
    floor = runs["floor: json.loads + json.dumps per line"].wall
    j1, j2 = runs["cleaner clean --jobs 1"].wall, runs["cleaner clean --jobs 2"].wall
    s_cli, s_floor = runs["startup: CLI --jobs 1 on 1 record"].wall, runs["startup: floor on 1 record"].wall
    print(table(["", "wall s", "articles/s", "MB/s", "CPU s", "CPU/wall", "others", "peak RSS MB",
                 "peak PSS MB", "procs", "check"], rows))
    print("  MB/s counts the text fields' UTF-8 bytes; CPU = user+sys of the process and its workers;\n"
          f"  others = cores kept busy by other processes meanwhile (of {os.cpu_count()}; /proc/stat);\n"
          "  peak RSS = its largest single process (getrusage RUSAGE_CHILDREN in a fresh launcher);\n"
          "  peak PSS = sampled (10 Hz) sum over the process tree, shared pages split between processes")
    print(f"  jobs2/jobs1 articles/s: {j1 / j2:.2f}x (target >= {TARGET_JOBS_SPEEDUP:g}); "
          f"CLI/floor wall time: jobs 1 {j1 / floor:.1f}x (target <= {TARGET_CLI_OVER_FLOOR:g}), "
          f"jobs 2 {j2 / floor:.1f}x")
    normalised = runs["floor + normalize() each line of the text"].wall
    s_normalised = runs["startup: floor + normalize() on 1 record"].wall
    print(f"  ceiling: a CLI that only normalised each line of the text would be at {normalised / floor:.1f}x "
          f"the floor's wall time" + (f", {(normalised - s_normalised) / (floor - s_floor):.1f}x net of start-up"
                                      if normalised > s_normalised and floor > s_floor else ""))
    if j1 > s_cli and floor > s_floor:
        print(f"  net of start-up (1-record runs subtracted): jobs 1 {(j1 - s_cli) / n * 1000:.2f} ms/article, "
              f"jobs 2 {(j2 - s_cli) / n * 1000:.2f}, floor {(floor - s_floor) / n * 1000:.3f}; "
              f"CLI/floor {(j1 - s_cli) / (floor - s_floor):.0f}x, jobs2/jobs1 {(j1 - s_cli) / (j2 - s_cli):.2f}x")
    print(f"  articles an hour on this machine: --jobs 1 {n / j1 * 3600:,.0f}, "
          f"--jobs 2 {n / j2 * 3600:,.0f} (these records' sizes, start-up included)")
    src.unlink()
    return {"jobs1": j1, "jobs2": j2, "floor": floor, "bytes": stats["file_bytes"]}


def bench_scaling(seed: object, sizes: Sequence[int], per_bucket: int, rounds: int) -> float:
    import cleaner

    rng = random.Random(f"{seed}-scaling")
    buckets = {s: [make_article(rng, s, "zh" if i % 2 == 0 else "en") for i in range(per_bucket)] for s in sizes}
    rules = cleaner.Options(model="")
    results: dict[int, dict[str, float]] = {}
    timed(cleaner.clean, buckets[sizes[0]][:2])
    busy0, own0, t0 = busy_seconds(), time.process_time(), time.perf_counter()
    for s in sizes:
        zh, en = buckets[s][0::2], buckets[s][1::2]
        res = {}
        for key, fn, docs in (("all", cleaner.clean, buckets[s]), ("zh", cleaner.clean, zh),
                              ("en", cleaner.clean, en), ("rules", lambda t: cleaner.clean(t, rules), buckets[s])):
            best = math.inf
            for _ in range(rounds):
                gc.collect()
                best = min(best, timed(fn, docs))
            res[key] = best / len(docs) * 1000
        results[s] = res
    others = max(0.0, busy_seconds() - busy0 - (time.process_time() - own0)) / (time.perf_counter() - t0)
    base = sizes[1] if len(sizes) > 1 else sizes[0]
    rows = [[f"{s:,} chars", fmt(r["all"]), fmt(r["zh"]), fmt(r["en"]), fmt(r["rules"]),
             fmt(r["all"] * 1000 / s), fmt(r["all"] / results[base]["all"]),
             fmt(r["rules"] / results[base]["rules"])] for s, r in results.items()]
    print(table(["article size", "ms/article", "zh", "en", "rules only", "us/char",
                 f"x t({base // 1000}k)", "rules x"], rows))
    print(f"  {per_bucket} articles per bucket (half zh, half en), exact sizes, best of {rounds} rounds each; "
          f"other processes kept {others:.2f} of {os.cpu_count()} cores busy meanwhile")
    big, five = max(sizes), 5000 if 5000 in results else base
    ratio = results[big]["all"] / results[five]["all"]
    print(f"  t({big // 1000}k)/t({five // 1000}k): {ratio:.2f} (linear = {big / five:.0f}; target <= {TARGET_SCALING:g})")
    return ratio


def bench_big(tmp: Path, seed: object, gb: float, jobs: int, bytes_per_s: float) -> None:
    need = gb * 2.2e9
    free = shutil.disk_usage(tmp).free
    if free < need:
        print(f"  skipped: {free / 1e9:.1f} GB free in {tmp}, the input and output need ~{need / 1e9:.1f} GB")
        return
    src = tmp / "big.jsonl"
    rng = random.Random(f"{seed}-big")
    pool = []
    for _ in range(2000):  # distinct articles, cycled with fresh ids
        lang = pick_lang(rng)
        text = make_article(rng, max(200, round(log_uniform(rng, 300, 8000) / BYTES_PER_CHAR[lang])), lang)
        pool.append(json.dumps({"lang": lang, "text": text}, ensure_ascii=False)[1:])
    t0, written, n = time.perf_counter(), 0, 0
    target = gb * 1e9
    with src.open("w", encoding="utf-8") as fh:
        while written < target:
            line = f'{{"id": "b{n:09d}", ' + pool[n % len(pool)] + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"  input: {n:,} records, {written / 1e9:.2f} GB (a pool of 2,000 distinct articles, 300 B-8 kB, "
          f"cycled), generated in {time.perf_counter() - t0:.0f} s;\n  running --jobs {jobs}, about "
          f"{written / bytes_per_s / 60:.0f} min at section 3's --jobs {jobs} rate...", flush=True)
    out = tmp / "big.out.jsonl"
    r = run_child(cli_cmd(src, out, jobs), REPO, sample=True)
    got = count_lines(out) if out.exists() else 0
    q2, q4 = r.flat
    print(table(["", "wall s", "articles/s", "file MB/s", "peak RSS MB", "peak PSS MB", "PSS q2 / q4 MB", "check"],
                [[f"cleaner clean --jobs {jobs}", fmt(r.wall), fmt(n / r.wall), fmt(written / r.wall / 1e6),
                  fmt(r.maxrss_mb), fmt(r.pss_mb), f"{q2:.0f} / {q4:.0f}",
                  "ok" if r.rc == 0 and got == n else f"rc={r.rc}, {got} lines out"]]))
    print("  PSS q2 / q4: peak summed PSS in the second and in the last quarter of the run (flat = similar)")
    src.unlink()
    out.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: the whole run in ~3 minutes")
    ap.add_argument("--articles", type=int, help="articles for the in-process comparison (default 200, quick 40)")
    ap.add_argument("--jsonl-articles", type=int, help="records in the CLI's JSONL (default 100000, quick 5000)")
    ap.add_argument("--seed", default="0", help="corpus seed (default 0)")
    ap.add_argument("--rounds", type=int, help="interleaved rounds (default 5, quick 3)")
    ap.add_argument("--big-jsonl-gb", type=float, default=0.0, metavar="X",
                    help="also run the CLI on an X GB JSONL and report its peak memory (default off)")
    ap.add_argument("--big-jobs", type=int, default=2, help="--jobs for the big-file run (default 2)")
    ap.add_argument("--tmpdir", help="where temporary files go (default: the system temp dir)")
    args = ap.parse_args(argv)
    n_articles = args.articles or (40 if args.quick else 200)
    n_jsonl = args.jsonl_articles or (5_000 if args.quick else 100_000)
    rounds = args.rounds or (3 if args.quick else 5)
    per_bucket = 4 if args.quick else 10
    started = time.perf_counter()
    busy_start, own_start = busy_seconds(), time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    kids_start = kids.ru_utime + kids.ru_stime

    import cleaner

    try:
        import trafilatura
        traf_version = trafilatura.__version__
    except ImportError:
        traf_version = "not installed"
    print(f"cleaner benchmark  seed={args.seed}{'  --quick' if args.quick else ''}")
    print(f"  cleaner {cleaner.__version__} ({git_describe()}), Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, trafilatura {traf_version}")
    print(f"  {time.strftime('%Y-%m-%d %H:%M:%S')}; load average {os.getloadavg()[0]:.2f} at start "
          "(figures are comparable as ratios within one run)")

    section("1. corpus (generated, deterministic with --seed)")
    corpus = make_corpus(args.seed, n_articles, 300, 50_000)
    sizes = [len(t) for _, t in corpus]
    nbytes = [len(t.encode("utf-8")) for _, t in corpus]
    zh = sum(lang == "zh" for lang, _ in corpus)
    print(f"  {n_articles} articles, {zh} zh / {n_articles - zh} en; {min(sizes):,}-{max(sizes):,} characters "
          f"log-uniform 300-50,000 (median {statistics.median(sizes):,.0f}, total {sum(sizes):,}); "
          f"{sum(nbytes) / 1e6:.2f} MB UTF-8")
    sample = [x for x in min((t for _, t in corpus), key=len).splitlines() if x.strip()]
    print("  the shortest, its first and last lines: " + " | ".join(x[:40] for x in sample[:2]) + " ... "
          + " | ".join(x[:40] for x in sample[-3:]))

    section("2. clean() vs trafilatura.extract, one process, the corpus above")
    inproc = bench_inprocess(corpus, rounds)

    with tempfile.TemporaryDirectory(prefix="cleaner-bench-", dir=args.tmpdir) as tmpname:
        tmp = Path(tmpname)
        section(f"3. the CLI on a generated JSONL ({n_jsonl:,} records): wall time, and (5.) peak memory")
        cli = bench_cli(tmp, args.seed, n_jsonl, 300, 8_000)

        section("4. time per article against length (clean(), one process)")
        scaling = bench_scaling(args.seed, [1_000, 5_000, 20_000, 50_000], per_bucket, rounds)

        if args.big_jsonl_gb > 0:
            section(f"5. peak memory on a {args.big_jsonl_gb:g} GB JSONL")
            rate = cli["bytes"] / (cli["jobs2"] if args.big_jobs >= 2 else cli["jobs1"])
            bench_big(tmp, args.seed, args.big_jsonl_gb, args.big_jobs, rate)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISS"

    vs_traf = inproc["clean"] / inproc["traf"] if "traf" in inproc else float("nan")
    speedup = cli["jobs1"] / cli["jobs2"]
    over_floor = cli["jobs1"] / cli["floor"]
    elapsed = time.perf_counter() - started
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    others = max(0.0, busy_seconds() - busy_start - (time.process_time() - own_start)
                 - (kids.ru_utime + kids.ru_stime - kids_start)) / elapsed
    section(f"summary (whole run {elapsed:.0f} s; other processes kept {others:.2f} of {os.cpu_count()} "
            f"cores busy on average, load average {os.getloadavg()[0]:.2f} at the end)")
    print(f"  clean/trafilatura {vs_traf:.2f}x (>= {TARGET_VS_TRAFILATURA:g} {verdict(vs_traf >= TARGET_VS_TRAFILATURA)})"
          f" | jobs2/jobs1 {speedup:.2f}x (>= {TARGET_JOBS_SPEEDUP:g} {verdict(speedup >= TARGET_JOBS_SPEEDUP)})"
          f" | CLI/floor {over_floor:.1f}x (<= {TARGET_CLI_OVER_FLOOR:g} {verdict(over_floor <= TARGET_CLI_OVER_FLOOR)})"
          f" | t(50k)/t(5k) {scaling:.2f} (<= {TARGET_SCALING:g} {verdict(scaling <= TARGET_SCALING)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
