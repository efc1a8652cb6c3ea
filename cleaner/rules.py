"""The rule table: named, commented patterns that give strong or weak evidence.

Rules are data. Each row names a pattern, the label it is evidence for, and how strong
that evidence is; `match_rules` runs the whole table over one segment. No row is keyed
to one account or one article: every pattern is a phrasing that many sites share.

Patterns run on the segment's normalised text (NFKC, so full-width ：｜（） arrive as
half-width :|(), with Markdown quote marks, bullets, heading hashes and emphasis
stripped), or on its raw stripped text where the shape of the markup is the evidence
(image lines, separators). Simplified and traditional Chinese share each row through
character classes such as ``[来來]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import ahocorasick
import regex

from .literals import required_literals, starts_with_non_letter
from .text import normalize

#: Evidence that decides a segment on its own (unless the segment is a long paragraph
#: and the phrase sits inside it rather than opening it).
STRONG = 0.9
#: Evidence that decides a segment where its neighbours agree.
MEDIUM = 0.6
#: Evidence that only tips a segment already surrounded by noise.
WEAK = 0.35

#: Rules look at most at this many characters of a segment: noise lines are short, and
#: this bounds the work on a 10 MB single-line input. With every pattern free of nested
#: unbounded repeats, matching is linear in this bound (tests/test_rules.py checks the
#: time on adversarial strings).
MAX_RULE_CHARS = 2000


@dataclass(frozen=True)
class Rule:
    name: str
    label: str
    strength: float
    pattern: str
    #: what the pattern looks at: "norm" (normalised text) or "raw" (stripped line)
    view: Literal["norm", "raw"] = "norm"
    #: the rule fires only on segments at most this heavy (see text.weight)
    max_weight: float = 1e9
    #: a heading-like line that opens a block of its own kind (往期推荐, About the author)
    opener: bool = False
    #: a line with no text of its own (images, separators): removed, but it neither
    #: pulls nor pushes its neighbours
    transparent: bool = False
    #: markup residue (****, a lone #): takes the label of the block around it
    residue: bool = False
    why: str = ""


C = r"[:：|丨/]"  # the separators that follow a field name (after NFKC, ： is :)

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- attribution
    Rule("source-line", "attribution", STRONG,
         r"^[(\[【]?(?:本文|文章|信息|资讯|資訊|新闻|新聞|内容|內容|原文|参考|參考|稿件|视频|視頻|资料|資料|消息)?"
         r"[来來]源(?:于|於|自)?\s*" + C + r"|^(?:本文|文章|信息|资讯|資訊|新闻|新聞|原文|参考|參考)?[来來]源$",
         why="来源: / 文章来源: / 信息来源: names where the content came from"),
    Rule("reference-site", "attribution", STRONG,
         r"^(?:参考|參考)(?:资料|資料|来源|來源|链接|鏈接)\s*:\s*(?:https?://|www\.|[\w-]+\.(?:com|net|org|info|io|cn|gov)\b)",
         max_weight=30, why="参考资料: site.com (the compiled story's source)"),
    Rule("reference-line", "attribution", MEDIUM,
         r"^(?:参考|參考)(?:资料|資料|链接|鏈接|文献|文獻)\s*:\s*\S",
         max_weight=30, why="参考资料: X on one line (compiled news names its sources)"),
    Rule("source-bracket", "attribution", STRONG,
         r"^[(\[【][来來]源[^)\]】]{0,40}[)\]】]$",
         why="a whole line that is a bracketed source: (来源:新华社)"),
    Rule("reprinted-from", "attribution", STRONG,
         r"^(?:本文|文章|此文)?(?:转|轉)(?:载|載)?(?:自|于|於)",
         max_weight=60, why="转自 / 本文转载自 X"),
    Rule("translated-from", "attribution", STRONG,
         r"^(?:译文|譯文|本文)?出(?:自|处|處)\s*" + C,
         why="出处: / 译文出自:"),
    Rule("original-link", "attribution", STRONG,
         r"^(?:原文|新闻|新聞|参考|參考|相关|相關|本文)?(?:永久)?(?:链接|鏈接|连结|連結|地址|网址|網址)\s*" + C
         + r"|^原文\s*(?:" + C + r"|$)|^原文(?:链接|鏈接|地址)\s*$",
         why="原文链接 / 原文地址 / 参考链接 / 原文: <url>"),
    Rule("original-title", "attribution", STRONG, r"^原(?:标题|標題)\s*" + C,
         why="原标题: the title under which the piece first ran"),
    Rule("reference-heading", "attribution", MEDIUM,
         r"^(?:参考|參考)(?:资料|資料|来源|來源|链接|鏈接)?\s*:?$|^(?:技术|技術)?(?:报告|報告)\s*:$|^(?:新闻|新聞)(?:链接|鏈接)\s*:?$",
         max_weight=8, opener=True,
         why="参考资料 / 参考来源 over a list of source links (compiled news)"),
    Rule("image-credit", "attribution", STRONG,
         r"^[(\[【](?:图源|圖源|图片来源|圖片來源|图片来自|圖片來自|摄影|攝影)\s*" + C
         + r"|^(?:图源|圖源|图片来源|圖片來源|图片来自|圖片來自|图片|圖片|题图|題圖|插画|插畫|插图|插圖|配图|配圖"
         r"|封面图?|頭圖|头图|摄影|攝影|图|圖|视觉|視覺)\s*" + C
         + r"|^[(\[【]?(?:图片|圖片|图源|圖源|配图)?(?:均)?(?:来源于|來源於|来自|來自|源于|源自)(?:网络|網絡|网路|網路|互联网)",
         why="图源: / 图片来源: / 题图: / 图片来源于网络"),
    Rule("author-line", "attribution", STRONG,
         r"^[(\[【]?(?:原文)?(?:作者|撰文|撰稿|文|记者|記者|口述|整理|通讯员|通訊員)\s*" + C + r"(?![^?？]*[?？])",
         max_weight=24, why="作者: / 文: / 撰文: / 记者: (a name list, not an interview question)"),
    Rule("reporter-names", "attribution", STRONG,
         r"^(?:记者|記者|通讯员|通訊員|实习生|實習生|特约记者|本报记者|本報記者)\s*\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4})*"
         r"(?:\s+(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4})*)*$",
         max_weight=24, why="记者 X 通讯员 Y: a reporters' byline line"),
    Rule("author-bio", "attribution", MEDIUM,
         r"^(?:\p{Lu}[\w.'-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,4}(?:professor|fellow|journalist|writer|reporter|editor|correspondent|author|columnist|researcher|contributor|founder|director|engineer|analyst)\b",
         why="Jane Doe is a senior fellow at… (an author's bio line)"),
    Rule("author-suffix", "attribution", MEDIUM,
         r"^\S{2,12}\s?(?:撰稿人|撰文|供稿|投稿)$|^\p{Han}{2,4}\s?/\s?文$",
         max_weight=14, why="a name followed by 撰稿人/供稿"),
    Rule("editor-line", "attribution", STRONG,
         r"^[(\[【]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|执行主编|審核|审核|审校|審校|校对者?|校對者?"
         r"|终审|終審|初审|初審|复审|複審|三审|编译|編譯|监制|監製|选题|選題|统筹|統籌|出品|出品人|策划|策劃"
         r"|排版|美编|美編|编审|編審|制作|製作|视频|視頻|剪辑|剪輯)\s*(?:人)?\s*" + C,
         why="编辑: / 责任编辑: / 审核: / 校对: / 编译:"),
    Rule("translator-line", "attribution", STRONG,
         r"^(?:译者|譯者|翻译|翻譯|原文作者|原作者)\s*" + C,
         why="译者: / 原文作者:"),
    Rule("compiled-by", "attribution", MEDIUM,
         r"^本文(?:由|经|經)[^。,，]{1,40}?(?:原创)?(?:编译|編譯|翻译|翻譯|授权|授權|整理|推出|发布|發佈|首发|首發)",
         max_weight=60, why="本文由 X 编译 / 经 X 授权"),
    Rule("metadata-comment", "attribution", MEDIUM,
         r"^\[#\]:\s*[a-z]+\s*:", view="raw",
         why="a Markdown comment carrying metadata: [#]: via: (...)"),
    Rule("via-url", "attribution", STRONG, r"(?i)^via\s*:?\s*(?:https?://|www\.|\S+\.\w{2,}/)",
         why="via: URL"),
    Rule("en-source", "attribution", STRONG,
         r"(?i)^\(?(?:sources?|original source|source link|news source|image source|original article)\s*:",
         why="Source: X"),
    Rule("en-republished", "attribution", STRONG,
         r"(?i)(?:this (?:article|story|post|piece|essay|column) (?:is|was) (?:re-?published|reprinted|reproduced|syndicated|adapted)"
         r"|(?:originally|first) (?:published|appeared|posted|ran)(?: (?:at|in|on|by|as))?"
         r"|(?:appeared|published) first (?:on|at|in)|first appeared (?:on|at|in)|cross-?posted (?:from|on)|syndicated from|contributed to this (?:report|story|article)|(?:re-?published|reprinted|reproduced) (?:from|with (?:the )?permission)"
         r"|read the (?:original|entire|full) (?:article|post|story)"
         r"|(?:view|visit|read|see) (?:the |\S+ )?original (?:announcement|post|article|story|report))",
         max_weight=60, why="This article is republished from… / Originally published at…"),
    Rule("en-photo", "attribution", STRONG,
         r"(?i)^(?:(?:top|header|featured|cover|lead) )?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?)"
         r"(?: credits?| by| courtesy(?: of)?| source)?\s*:|^(?:photo|image|illustration)s? (?:by|courtesy of)\b|^credits?\s*:",
         max_weight=30, why="Photo: / Image by / Credit:"),
    Rule("en-byline", "attribution", STRONG,
         r"(?i)^(?:by|written by|authored by|contributed by|author|authors)\s*:?\s+[\p{Lu}\d]",
         max_weight=14, why="By Jane Doe / Author: …, a short line"),
    Rule("en-editor", "attribution", STRONG,
         r"(?i)^\(?(?:edited|editing|reporting|additional reporting|compiled|translated|translation) by\b",
         max_weight=40, why="Reporting by … ; Editing by …"),
    Rule("about-author", "attribution", STRONG,
         r"(?i)^(?:about the authors?|about the writer|作者简介|作者簡介|关于作者|關於作者)\s*:?$",
         opener=True, why="About the author: opens the author's bio"),

    # ---------------------------------------------------------------- notice
    Rule("copyright-owner", "notice", STRONG,
         r"版[权權](?:归|歸|屬|属|为|為)\S{0,24}?(?:所有|所屬|所属)|版[权權]所有|著作[权權]归",
         why="版权归原作者所有 / 版权所有"),
    Rule("infringement-contact", "notice", STRONG,
         r"(?:如有|若有|如涉及|如涉|若涉及|涉嫌)(?:侵[权權]|侵犯)|侵[权權](?:请|請|的|，|,)?\S{0,6}(?:联系|聯繫|联络|聯絡|告知|删除|刪除)"
         r"|(?:联系|聯繫|聯絡|联络|通知)(?:我们|我們|小编|本号|本站|作者)?\S{0,8}(?:删除|刪除|处理)",
         why="如有侵权请联系删除"),
    Rule("reprint-terms", "notice", STRONG,
         r"(?:转载|轉載|转发|轉發)(?:请|請|须|須|需)\S{0,4}(?:注明|註明|标明|標明|联系|聯繫|获得|獲得)|未经\S{0,6}(?:授权|许可|允许|同意)"
         r"\S{0,6}(?:不得|禁止|严禁|請勿|请勿|,|，)?\S{0,4}(?:转载|轉載|转发|使用|复制|摘编|引用|镜像)"
         r"|未經\S{0,6}(?:授權|許可|允許|同意)\S{0,8}(?:轉載|使用|複製)|禁止(?:转载|轉載)|谢绝转载|謝絕轉載|不得转载|可以转载"
         r"|欢迎转载|歡迎轉載|转载需|本文(?:系|为|為)\S{0,10}(?:原创|原創)",
         why="转载请注明出处 / 未经授权禁止转载"),
    Rule("disclaimer-line", "notice", STRONG,
         r"^(?:免责声明|免責聲明|版权声明|版權聲明|法律声明|法律聲明|特别声明|特別聲明|声明|聲明|风险提示|風險提示)\s*:"
         r".*(?:仅供|僅供|版[权權]|不代表|侵[权權]|转载|轉載|风险自|風險自|不构成|不構成|免责|免責|概不负责|概不負責|保证|保證|准确性|準確性)",
         why="免责声明: 本文仅供参考… on one line"),
    Rule("disclaimer-heading", "notice", STRONG,
         r"^(?:免责声明|免責聲明|版权声明|版權聲明|法律声明|法律聲明|特别声明|特別聲明|声明|聲明|风险提示|風險提示)\s*(?::|$)",
         opener=True, max_weight=10, why="免责声明 / 版权声明 heading"),
    Rule("our-articles", "notice", STRONG,
         r"^本(?:公众号|公眾號|号|號|站|平台|网站|網站|账号|帳號)(?:所载|所載|所发|所發|发布|發佈|刊载|刊載|转载|轉載|部分)"
         r"|^(?:本文|文章)(?:部分)?(?:图片|圖片|内容|內容|素材)(?:来源|來源|来自|來自)",
         why="本公众号所载文章… (the account's blanket notice)"),
    Rule("not-our-view", "notice", STRONG,
         r"不代表\S{0,20}?(?:观点|立场|觀點|立場|意见|意見)|(?:观点|觀點)\S{0,8}(?:仅代表|僅代表)|(?:仅代表|僅代表)(?:作者|原作者)",
         why="本文仅代表作者观点，不代表本平台立场"),
    Rule("for-reference-only", "notice", MEDIUM,
         r"仅供(?:参考|学习|交流|讀者|读者|研究|安全)|僅供(?:參考|學習|交流)|不构成(?:任何)?(?:投资|投資)?建议|不構成",
         why="仅供参考 / 不构成投资建议"),
    Rule("liability", "notice", MEDIUM,
         r"(?:后果|後果|责任|責任)\S{0,6}(?:自负|自負|自行承担|概不负责|概不負責|无关|無關)|禁止用于\S{0,8}(?:商业|非法|违法)|(?:非法|违法)用途"
         r"|不作任何(?:保证|保證)|(?:自行|自負|自负)\S{0,4}(?:判断|判斷|承担|承擔)?\S{0,4}(?:风险|風險)|风险自担|風險自擔|据此操作",
         why="后果自负 / 禁止用于非法用途"),
    Rule("from-the-web", "notice", STRONG,
         r"(?:转载|轉載|来源|來源|选自|來自|来自|搜集|整理)(?:自|于|於)?(?:网络|網絡|网路|網路|互联网|互聯網)",
         why="精选转载自网络 (the repost's blanket disclaimer)"),
    Rule("all-rights-reserved", "notice", STRONG,
         r"(?i:all rights reserved)|^(?:©|\([cC]\)|Copyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*(?:\d{4}|©)|^©\s*\p{Lu}|版權所有|翻印必究",
         why="All rights reserved / © 2024 X"),
    Rule("views-expressed", "notice", STRONG,
         r"(?i)(?:views|opinions) expressed (?:in|by|here)|do(?:es)? not (?:necessarily )?(?:reflect|represent) the (?:views|opinions|position)"
         r"|(?:may|must) not be (?:re)?(?:published|produced|distributed|broadcast|rewritten)|for (?:general )?informational purposes only"
         r"|does not constitute (?:financial|investment|legal) advice",
         why="The views expressed are the author's own"),
    Rule("en-disclaimer-heading", "notice", STRONG, r"(?i)^(?:disclaimer|legal notice|copyright notice)\s*:?",
         max_weight=40, opener=True, why="Disclaimer:"),
    Rule("cookie-notice", "notice", STRONG, r"(?i)this (?:web)?site uses (?:\w+ )?cookies",
         why="site cookie banners scraped with the page"),

    # ---------------------------------------------------------------- ad
    Rule("hotline-number", "ad", STRONG,
         r"(?<![\d-])(?:[48]00|0800)[- ]?\d{3,4}[- ]?\d{3,4}(?![\d-])",
         why="a 400/800 business hotline"),
    Rule("contact-label", "ad", STRONG,
         r"(?i)(?:服务热线|服務熱線|咨询热线|諮詢熱線|客服热线|客服電話|客服电话|全国热线|报名热线|報名熱線|征订热线|订购热线|热线电话|熱線電話|热线|熱線"
         r"|联系电话|聯繫電話|聯絡電話|联系人|聯絡人|联系方式|聯繫方式|聯絡方式|咨询电话|諮詢電話|电话|電話|手机|手機|座机|传真|傳真|\btel|\bphone|\bmobile|\bfax)"
         r"\s*(?:/\s*微信)?\s*[:|丨]?\s*(?:\+?86[- ]?)?[(\d]",
         why="电话: / 服务热线: followed by a number"),
    Rule("mobile-number", "ad", MEDIUM,
         r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)",
         why="a mainland mobile number"),
    Rule("landline-number", "ad", MEDIUM,
         r"(?<![\d.])(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?![\d.])",
         why="a landline with area code"),
    Rule("wechat-id", "ad", STRONG,
         r"(?i)(?:微信号|微信號|微信|vx|v信|wechat|weixin|wx)\s*(?:号|號)?\s*[:|丨]\s*[a-z][-_a-z0-9]{4,}"
         r"|(?:加|添加|联系)(?:我们的?)?\s*(?:微信|vx|客服|好友)|(?:qq|QQ)(?:群|号|號)?\s*[:|丨]?\s*\d{5,11}",
         why="微信号: id / 添加客服 / QQ: number"),
    Rule("email-label", "ad", STRONG,
         r"(?i)(?:邮箱|郵箱|电子邮件|電子郵件|e-?mail|投稿邮箱)\s*[:|丨]\s*\S+@",
         why="邮箱: address"),
    Rule("contact-url", "ad", STRONG,
         r"(?i)^(?:官网|官網|网址|網址|官方网站|官方網站|网站|網站|website|web)\s*[:|丨]\s*(?:https?://|www\.|[\w-]+\.(?:com|cn|net|org|io|hk|tw)\b)",
         max_weight=50, why="官网: URL in a company's contact block"),
    Rule("contact-address", "ad", MEDIUM,
         r"(?i)^(?:地址|公司地址|总部地址|總部地址|门店地址|address)\s*[:|丨]\s*\S*?(?:省|市|区|區|路|街|道|号|號|大厦|大廈|园|園|室|楼|樓)",
         max_weight=50, why="地址: a street address in a contact block"),
    Rule("pitch-phrase", "ad", STRONG,
         r"专业提供|專業提供|一站式(?:服务|服務|解决|解決)|欢迎(?:来电|来人)?(?:咨询|洽谈|垂询|合作)|歡迎(?:來電)?(?:諮詢|洽談|垂詢)"
         r"|诚邀|誠邀|(?:商务|商務|广告|廣告|业务|業務)合作|招商加盟|代理加盟|免费(?:咨询|試用|试用|評估|评估)"
         r"|(?:试用|試用)地址|申请试用|立即(?:购买|購買|报名|報名|抢购|咨询)|限时(?:优惠|特惠|折扣)|优惠券|(?:课程|課程)(?:咨询|报名)"
         r"|报名(?:方式|链接|入口|咨询)|(?:诚聘|招聘)(?:英才|岗位|职位)|扫码(?:添加|加|咨询|报名|领取|购买|进群|入群|订阅|了解)"
         r"|掃碼(?:添加|諮詢|報名)|即可(?:手机|手機)?(?:订阅|訂閱)|(?:订阅|訂閱)\S{0,15}(?:电子报|電子報|周报|週報)"
         r"|一站式\S{0,8}(?:服务|服務|解决方案|解決方案|平台|服务商|服務商)|免費(?:諮詢|試用|評估|上門|合箱|報價|體驗)|免费(?:上门|报价|体验)"
         r"|(?:火热|火爆|正在)招生|招生中|包教包会|名额有限|(?:立即|马上|赶紧|馬上)(?:报名|预约|抢购|報名|預約)|(?:联系|聯繫)(?:对口)?(?:销售|客服|銷售)|(?:添加|联系)客服",
         why="专业提供 / 一站式服务 / 欢迎咨询 / 扫码添加客服"),
    Rule("sales-terms", "ad", MEDIUM,
         r"包赔|包賠|一件代发|包邮|包郵|双清包税|雙清包稅|门到门|門到門|时效稳定|時效穩定|运价透明|運價透明|价格(?:优惠|实惠|透明)|1对1|一对一|一對一"
         r"|抽奖|抽獎|\d+元\s*[|/]|(?:原价|原價|特价|特價|到手价|仅需|僅需)\s*\d|简历投递|投遞履歷|投递简历|薪资\s*\d|五险一金|底薪|月薪\s*\d|就找\S{2,8}[!！]"
         r"|^(?:招聘|诚聘|誠聘)\s*[|:]|(?:诚聘|誠聘)\S{0,4}$|售楼处|售樓處|项目地址|項目地址|(?:专线|專線)\s*[:]?\s*[\d(]|line id\s*:",
         why="sales terms: 包邮, 一件代发, prices, job-ad terms, 售楼处"),
    Rule("company-pitch", "ad", MEDIUM,
         r"是一家\S{0,40}?(?:公司|企业|企業|机构|機構|服务商|服務商|提供商|平台|品牌)|(?:公司|我们|我們)(?:专注|專注|致力)于?\S{0,20}(?:提供|服务|服務)"
         r"|(?:主营|主營|经营范围|經營範圍|业务范围|業務範圍|服务项目|服務項目)(?:业务|業務)?\s*[:包括]",
         why="X是一家…公司 / 主营: (a company introducing itself)"),
    Rule("community-pitch", "ad", MEDIUM,
         r"是一个\S{0,40}?(?:社区|社區|平台|组织|組織|品牌|服务商)|(?:欢迎|歡迎)(?:加入|关注|投稿)",
         why="X是一个…社区 / 欢迎加入 (a project or community introducing itself)"),
    Rule("company-heading", "ad", STRONG,
         r"^(?:公司简介|公司簡介|企业简介|企業簡介|关于我们|關於我們|联系我们|聯繫我們|联系方式|聯繫方式|合作伙伴|商务合作|广告|廣告|推广|推廣|赞助|贊助)\s*:?$",
         opener=True, why="公司简介 / 关于我们 / 联系我们 heading over a company block"),
    Rule("en-pitch", "ad", STRONG,
         r"(?i)subscribe (?:to|for) (?:our|the|my) (?:free |weekly |daily )?(?:newsletter|podcast|channel)|sign up (?:for|to) (?:our|the|my) (?:free |weekly |daily )?newsletter"
         r"|(?:sponsored|presented|brought to you) by|this (?:post|article|content|episode) is sponsored|paid (?:post|partnership)|use (?:promo |coupon )?code \p{Lu}"
         r"|get \d+% off|free trial (?:for|of|is available)|start your free trial|(?:contact|call) (?:us|our sales)"
         r"|sign up for (?:our|the|my)\b[^.]{0,40}?(?:newsletter|digest)|subscribe to (?:our|the|my)\b[^.]{0,40}?(?:newsletter|podcast|channel|digest)"
         r"|in your inbox|(?:consider )?becom(?:e|ing) a (?:paid )?(?:subscriber|member|patron|supporter)|support (?:our|independent|local) (?:journalism|reporting|newsroom)"
         r"|(?:issue|post|article|episode|newsletter|video) is (?:sponsored|brought to you) by|make a (?:tax-deductible )?(?:donation|gift)"
         r"|^sponsored\s*:|book a free\b|schedule a (?:free )?(?:demo|consultation)",
         why="newsletter / sponsor / coupon pitches"),
    Rule("en-about-org", "ad", MEDIUM,
         r"^About (?:us|the company|(?:the )?\p{Lu}[\w.&'-]*(?: \p{Lu}[\w.&'-]*){0,4})$",
         max_weight=12, opener=True, why="About <Organisation>: a boilerplate company profile"),
    Rule("job-ad-heading", "ad", STRONG,
         r"^(?:招聘|诚聘|誠聘|急聘|高薪诚聘|高薪聘请|人才招聘)\s*[|:丨]|(?:诚聘|誠聘|急聘)\S{0,4}$|^(?:招聘|诚聘)(?:岗位|职位|職位)\s*:?$",
         opener=True, max_weight=40, why="招聘｜X公司诚聘: a job ad's heading"),
    Rule("subscribe-heading", "ad", STRONG,
         r"^(?:欢迎订阅|歡迎訂閱|订阅方式|訂閱方式|扫码订阅|掃碼訂閱|订阅|訂閱)\s*:?$|^(?:扫码|掃碼)订阅",
         opener=True, max_weight=20, why="欢迎订阅 heading over a subscription pitch"),

    # ---------------------------------------------------------------- chrome
    Rule("follow-prompt", "chrome", STRONG,
         r"点击(?:上方|下方|上面|下面|蓝字|藍字|关注|名片|卡片)|點擊(?:上方|下方|藍字|關注)|(?:关注|關注)(?:我们|我們|本号|本號|公众号|公眾號|该公众号)"
         r"|(?:按讚|按赞)?(?:追蹤|追踪)(?:粉絲專頁|粉丝专页|我們|我们)|先关注|加(?:个)?星标|设为星标|設為星標|(?:扫码|掃碼|扫描二维码|长按(?:识别)?(?:二维码)?|長按(?:識別)?)(?:关注|關注)|点击蓝字|点蓝字",
         why="点击上方蓝字关注我们 / 设为星标"),
    Rule("read-original", "chrome", STRONG, r"阅读原文|閱讀原文|点击原文|查看原文",
         max_weight=30, why="阅读原文 link prompt"),
    Rule("button-row", "chrome", STRONG,
         r"^(?:(?:分享|加入好友|留言|按讚|按赞|追蹤|追踪|收藏|列印|轉寄|转寄|讚|赞|在看|点赞|點讚|评论|評論|转发|轉發)\s*){2,}$",
         max_weight=16, why="a row of share/like buttons"),
    Rule("engagement-buttons", "chrome", STRONG,
         r"^(?:[点點]个?)?(?:赞|讚|在看|分享|转发|轉發|收藏|点赞|點讚|留言|写留言|寫留言|一键三连|三连|喜欢|喜歡)(?:\s*[、,|/]?\s*(?:赞|讚|在看|分享|转发|收藏|点赞|留言))*\s*[!~吧]*$"
         r"|(?:点个|點個)\s*[“\"]?(?:赞|在看|讚)|(?:分享|点赞|在看)\S{0,2}(?:分享|点赞|在看)|好看(?:你)?就分享|有用就点",
         max_weight=16, why="点赞 在看 分享 buttons"),
    Rule("related-heading", "chrome", STRONG,
         r"^(?:往期(?:推荐|推薦|回顾|回顧|精选|精選|文章|阅读|閱讀)|推荐阅读|推薦閱讀|相关阅读|相關閱讀|延伸阅读|延伸閱讀|热文推荐|熱文推薦"
         r"|精彩推荐|精彩推薦|猜你喜欢|猜你喜歡|更多精彩|阅读推荐|閱讀推薦|前情回顾|前情回顧|历史文章|歷史文章|热门文章|熱門文章|精彩回顾|近期推荐"
         r"|推荐|推薦|相关文章|相關文章|往期|合集|更多(?:新闻|新聞|文章|资讯|資訊|精彩|内容|內容|报道|報導)(?:推荐|推薦)?|相关新闻|相關新聞|热门新闻|熱門新聞|最新新闻|最新新聞|延伸閱讀)\S{0,4}$",
         max_weight=10, opener=True, why="往期推荐 / 推荐阅读 over a list of links"),
    Rule("end-mark", "chrome", STRONG,
         r"(?i)^[-—_=~*·.\s]*(?:the\s*)?end[-—_=~*·.\s]*$|^[-—_~\s]*[(（【]?完[)）】]?[-—_~\s]*$|^[-—_~\s]*(?:全文完|正文完|本文完)[-—_~\s]*$",
         why="END / —THE END— / (完)"),
    Rule("wechat-page-end", "chrome", STRONG,
         r"预览时标签不可点|預覽時標籤不可點|微信扫一扫|微信掃一掃|关注该公众号|關注該公眾號|在小说阅读器中沉浸阅读|轻点两下取消|輕點兩下取消"
         r"|继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|喜欢此内容的人还喜欢|收录于(?:合集|话题)|使用小程序|^知道了$|^取消\s*允许$"
         r"|^(?:视频|小程序|赞|在看|分享|留言|收藏|听过)(?:\s+(?:视频|小程序|赞|在看|分享|留言|收藏|听过))+$",
         why="the WeChat page-end block"),
    Rule("wechat-byline", "chrome", STRONG,
         r"^(?:原创|原創)?\s*\S[^\n]{0,60}?\s+\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?(?:\s+\S{2,4})?$",
         max_weight=40, why="account name + date byline at the top of a WeChat article"),
    Rule("page-tools", "chrome", STRONG,
         r"^(?:上一篇|下一篇|上一條|下一條|上一则|下一则|上一页|下一页|上一頁|下一頁)\s*:|^(?:分享到|分享至)\s*:?|^(?:字号|字號)\s*:?\s*大\s*中\s*小"
         r"|^【(?:纠错|糾錯|打印|列印|关闭|關閉|收藏|返回顶部|返回頂部|责任编辑|推荐)】$|(?i:^\d+ comments?$|^(?:print|email|tweet)(?: this)?$)",
         max_weight=40, why="page tools: 上一篇/下一篇, 分享到, 字号 大 中 小, 【纠错】, N comments"),
    Rule("original-badge", "chrome", STRONG, r"^(?:原创|原創)\s+\S+(?:\s+\S+){0,2}$", max_weight=16,
         why="原创 <author>: the byline badge"),
    Rule("date-byline", "chrome", STRONG,
         r"(?i)^(?:published|posted|posted on|updated|last updated|last modified|date|发布时间|發佈時間|发布于|發佈於|更新时间|更新於|发表于)\s*(?:on)?\s*:?\s*"
         r"(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+ \d{4}|\d{4}[-/.年]\d{1,2})",
         max_weight=16, why="Published: March 25, 2025 (a date-only byline)"),
    Rule("image-only", "chrome", STRONG,
         r"^(?:\[?!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])(?:\]\([^)]*\))?\s*)+$|^<(?:img|picture|figure|svg|video|iframe|embed)\b.*$"
         r"|^<picture>.*</picture>$|^\{%\s*(?:embed|youtube|video)\b.*%\}$",
         view="raw", transparent=True, why="a line that is only an image or an embed"),
    Rule("image-word", "chrome", STRONG, r"(?i)^(?:image|图片|圖片|img|photo|gif|视频|視頻|video)$",
         view="raw", transparent=True, why="a placeholder word left where an image was"),
    Rule("separator", "chrome", STRONG,
         r"^(?:(?:· ?){3,}|-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—{2,}|–{3,}|·{3,}|•{3,}|\.{4,}|#{3,}|(?:\* ?){3,}|(?:- ){2,}-|(?:= ?){3,})$|^[﹀▼▲↓↑→←︾]+$",
         view="raw", transparent=True, why="a separator line"),
    Rule("markup-residue", "chrome", STRONG,
         r"^(?:\*\*|__)?\s*[#*>_|]?\s*(?:\*\*|__)?$|^(?:\*{2,}\s*)+$|^\*\*[#>]\*\*$|^<(?:br|hr|p|/p|div|/div|span|/span)\s*/?>$",
         view="raw", residue=True, why="markup residue that holds no text"),
    Rule("link-only", "chrome", WEAK,
         r"^(?:[-*+]\s*|\d{1,3}[.)]\s*)?(?:【[^】]{0,10}】)?\[[^\]]+\]\([^)]+\)\s*$",
         view="raw", why="a line that is only a link: often a related-article list"),
    Rule("empty-link", "chrome", STRONG, r"^\[\s*\]\([^)]*\)\s*$", view="raw",
         why="a link with no text (a card or a banner)"),
    Rule("html-comment-or-template", "chrome", STRONG,
         r"^<!--.*-->$|^\{\{[^{}]*\}\}$", view="raw", transparent=True,
         why="an HTML comment or a template directive left in the text"),
    Rule("tags-heading", "chrome", MEDIUM,
         r"(?i)^(?:tags|tagged|tagged with|categories|filed under|标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類)\s*:?$",
         opener=True, max_weight=8, why="Tags: / 关键词 over a list of tags"),
    Rule("en-related-heading", "chrome", STRONG,
         r"(?i)^(?:related (?:articles?|posts?|topics?|stories|reading|content|links)|read (?:more|next|also)|more (?:posts|articles|stories|reading) (?:by|from|on)\b.*"
         r"|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading| articles)?|popular posts|more from\b.*"
         r"|share (?:this|on)\b.*|share|follow (?:us|me)\b.*|other languages|more posts by this contributor|trending now|most read|see also)\s*:?$",
         max_weight=14, opener=True, why="Related articles / Read more / Share this"),
    Rule("read-time", "chrome", STRONG, r"(?i)\b\d{1,3} ?min(?:ute)?s? read\b|阅读时间\s*\d|閱讀時間|预计阅读",
         max_weight=24, why="a '4 min read' byline"),
    Rule("clap-follow", "chrome", STRONG, r"(?i)\bclap if\b|give (?:it|this) a clap|follow (?:me )?for more\b",
         max_weight=24, why="platform buttons"),
    Rule("date-only", "chrome", STRONG,
         r"^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:星期.|週.|周.|\(.\))?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
         r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$",
         max_weight=12, why="a line that is only a date and time (a byline remnant)"),
    Rule("comment-prompt", "chrome", MEDIUM,
         r"(?i)(?:请|歡迎|欢迎|請)?(?:在|于)(?:下方|下面|文末)?(?:的)?评论(?:区|區|中)|评论区留言|留言(?:区|區)|欢迎(?:大家)?留言|(?:leave|drop) (?:a|your) comments?"
         r"|let (?:us|me) know in the comments|share your thoughts|in the comments below|join the (?:conversation|discussion)|(?:found|spot(?:ted)?) a typo|(?:如果|若)?发现译文存在错误|^评论内容$",
         why="comment prompts and correction invitations"),
    Rule("reply-keyword", "chrome", STRONG,
         r"(?:后台|後台|公众号|公眾號)?(?:回复|回覆)\s*[“\"「]?\S{1,20}[”\"」]?\s*(?:即可)?(?:获取|獲取|下载|下載|领取|領取)|(?:报告|資料|资料)下载方式",
         why="follow and reply X to download"),
    Rule("account-handle", "chrome", MEDIUM,
         r"^(?:公众号|公眾號|微信公众号|视频号|視頻號|抖音号|抖音號|哔哩号|b站|微博|小红书|知乎号|头条号)\s*:?\s*\S{0,20}$",
         max_weight=20, why="公众号: / 视频号: account handles"),
)

class RuleSet:
    """Rules compiled for matching, with the literal prefilter of cleaner.literals.

    Each rule runs on a segment only where one of its necessary literals occurs in the
    view it looks at; one scan of the casefolded view finds them all. Rules without
    derivable literals run on every segment, as all of them would without the prefilter:
    the hits are the same either way (tests/test_rules.py checks it on every line of the
    corpus and the fixtures), only the searches that cannot match are skipped.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.compiled: tuple[tuple[Rule, regex.Pattern[str]], ...] = tuple(
            (rule, regex.compile(rule.pattern)) for rule in rules
        )
        self.literals: tuple[frozenset[str] | None, ...] = tuple(required_literals(r.pattern) for r in rules)
        self._scan: dict[str, tuple[ahocorasick.Automaton | None, tuple[int, ...], tuple[int, ...]]] = {}
        for view in ("norm", "raw"):
            owners: dict[str, set[int]] = {}
            always = []  # rules with no literal at all: they run on every segment...
            unless_letter = []  # ...but these only on one that starts with a non-letter
            for k, (rule, selective) in enumerate(zip(rules, self.literals)):
                if rule.view != view:
                    continue
                # A common literal (landline numbers need a 0) still spares the segments without it.
                words = selective if selective is not None else required_literals(rule.pattern, min_score=0.0)
                if words is None:
                    (unless_letter if starts_with_non_letter(rule.pattern) else always).append(k)
                for word in words or ():
                    owners.setdefault(word, set()).add(k)
            automaton = None
            if owners:
                # One Aho-Corasick automaton per view finds every literal occurrence in one pass.
                automaton = ahocorasick.Automaton()
                for word, ks in owners.items():
                    automaton.add_word(word, frozenset(ks))
                automaton.make_automaton()
            self._scan[view] = (automaton, tuple(always), tuple(unless_letter))

    def candidates(self, view: str, text: str) -> set[int]:
        """Indices of the rules of ``view`` that may match ``text``."""
        automaton, always, unless_letter = self._scan[view]
        found = set(always)
        if unless_letter and not text[:1].isalpha():
            found.update(unless_letter)
        if automaton is not None:
            for _, ks in automaton.iter(text.casefold()):
                found |= ks
        return found


#: The whole table, compiled.
ALL_RULES = RuleSet(RULES)
#: The rules that can cut a sentence off a line: strong, about the text itself, and
#: needing a word of their own (a pattern that is only a date would make every sentence
#: of every line a candidate, and a date glued to a paragraph is the paragraph's).
_SPLITTING_AT = tuple(k for k, (rule, words) in enumerate(zip(RULES, ALL_RULES.literals))
                      if rule.strength >= STRONG and rule.view == "norm" and words is not None)
SPLITTING = RuleSet(tuple(RULES[k] for k in _SPLITTING_AT))
#: Their indices in ALL_RULES: a line whose ALL_RULES candidates hold none of them has
#: no sentence that SPLITTING could cut off (their literals are the same in both sets).
SPLITTING_IN_ALL = frozenset(_SPLITTING_AT)


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule matching one segment."""

    rule: Rule
    at: int  # where the match starts in the view it ran on
    end: int  # where it ends

    @property
    def label(self) -> str:
        return self.rule.label

    @property
    def strength(self) -> float:
        return self.rule.strength


def match_rules(raw: str, norm: str | None = None, seg_weight: float = 0.0,
                rules: RuleSet = ALL_RULES, norm_candidates: set[int] | None = None) -> list[Hit]:
    """Every rule that matches a segment, strongest first (table order among equals).
    ``norm_candidates`` is ``rules.candidates("norm", norm)`` when the caller has it
    already; for a norm longer than MAX_RULE_CHARS it is a superset of the candidates of
    the part the rules read, which costs searches but changes no hit.

    >>> [h.rule.name for h in match_rules("来源：“网信中国”微信公众号")]
    ['source-line']
    >>> [h.rule.name for h in match_rules("![](https://example.com/a.png)")]
    ['image-only']
    """
    stripped = raw.strip()[:MAX_RULE_CHARS]
    norm = normalize(stripped) if norm is None else norm[:MAX_RULE_CHARS]
    views = {"norm": norm, "raw": stripped}
    if norm_candidates is None:
        norm_candidates = rules.candidates("norm", norm)
    todo = norm_candidates | rules.candidates("raw", stripped)
    hits: list[Hit] = []
    for k in sorted(todo):
        rule, pattern = rules.compiled[k]
        if seg_weight > rule.max_weight:
            continue
        m = pattern.search(views[rule.view])
        if m is not None:
            hits.append(Hit(rule, m.start(), m.end()))
    hits.sort(key=lambda h: -h.strength)
    return hits
