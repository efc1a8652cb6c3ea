"""Phrase banks for `training/augment.py`: the words, names and line templates of the
generated headers, inline credits and trailers. Pure data, no logic.

Grammar used by the tables `ZH` and `EN`
----------------------------------------
Each table maps a symbol to a list of alternatives; one is picked uniformly (repeat an
alternative to weight it). `{name}` inside an alternative expands symbol `name` of the
same table, or, when the table has no such symbol, a generated value (see
`augment.VALUES`: person names, account names, phone numbers, URLs, dates ...).

Value slots named after a gold attribution field record what they produce as a fact of
the line (kept only when the line is labelled `attribution`):
    source*  -> attribution.source        author*  -> attribution.author
    editor*  -> attribution.editor        image*   -> attribution.image_credit
    url*     -> attribution.url           translator -> only a note (no schema field)
Templates for notice/ad/chrome lines therefore use the non-fact slots (person, org,
account, outlet ...), never the fact slots.

Blocks (`ZH_BLOCKS`, `EN_BLOCKS`) say which lines a header/trailer item is made of:
each item has alternative layouts; a layout is a list of (label, symbol, min, max):
the symbol is expanded between min and max times, each a line with that label.

All names are invented by composition; none is an account or outlet of the corpus
(`augment` also rejects any composed name that equals a name recorded in its input).
"""
from __future__ import annotations

# ----------------------------------------------------------------------------------
# Name pools
# ----------------------------------------------------------------------------------

# Chinese surnames (single and a few double) and given-name characters.
ZH_SURNAMES: list[str] = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶"
    "黎贺顾毛郝龚邵万钱严武戴孔汤"
) + ["欧阳", "司马", "上官", "诸葛", "东方"]
ZH_GIVEN: list[str] = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红玲燕彬鹏辉宇浩凯健俊帆旭宁琳"
    "晨晓雪婷倩颖欣悦思雨涵怡梦佳嘉子梓轩睿博文昊天泽宏志诚铭瑞瑶琪璐珊蕾薇菲露彤妍蓉"
    "月星辰阳海波振东亮光荣远航峰岩森松柏竹梅兰清源泉江"
)

# Pieces of invented Chinese account / site / media names (WeChat accounts, portals).
ZH_NAME_HEAD: list[str] = [
    "云帆", "北辰", "南风", "东篱", "西窗", "晨光", "深蓝", "青石", "白鹭", "星河", "极客",
    "硬核", "码上", "数智", "云端", "出海", "港湾", "远山", "知行", "观澜", "拾光", "半亩",
    "一苇", "九州", "四海", "长风", "明镜", "启明", "零度", "千帆", "临江", "鹿鸣", "听雨",
    "山海", "锦城", "湾区", "江南", "岭南", "燕山", "微光", "星火", "麦田", "橙子", "蓝鲸",
    "白鲸", "猎豹", "松鼠", "灯塔", "罗盘", "棱镜", "方舟", "引擎", "青禾", "朝夕", "未来",
]
ZH_NAME_TOPIC: list[str] = [
    "科技", "安全", "网安", "物流", "财经", "商业", "汽车", "教育", "健康", "法律", "地产",
    "跨境", "外贸", "数码", "互联网", "AI", "数据", "云计算", "供应链", "关务", "电商", "职场",
    "读书", "文化", "旅行", "医药", "能源", "制造", "芯片", "开发者", "运维", "前端", "算法",
    "产品", "投资", "税务",
]
ZH_NAME_TAIL: list[str] = [
    "", "", "", "观察", "说", "汇", "圈子", "君", "社", "局", "研究院", "实验室", "日报", "周刊",
    "在线", "之家", "研究所", "智库", "情报站", "参考", "早知道", "前沿", "笔记", "视界", "频道",
    "公社", "派", "志", "Lab", "Daily", "杂谈", "快讯", "评论", "课堂", "联盟", "社区", "talk",
]
ZH_CITIES: list[str] = [
    "深圳", "上海", "北京", "广州", "杭州", "宁波", "厦门", "青岛", "苏州", "东莞", "成都", "武汉",
    "天津", "重庆", "郑州", "长沙", "西安", "南京", "合肥", "义乌", "佛山", "昆山", "无锡", "大连",
    "济南", "福州", "南昌", "昆明", "贵阳", "珠海",
]
ZH_PROVINCES: list[str] = [
    "广东", "浙江", "江苏", "山东", "福建", "四川", "湖北", "湖南", "河南", "河北", "安徽", "江西",
    "陕西", "辽宁", "云南", "贵州",
]
ZH_DISTRICTS: list[str] = ["高新区", "经开区", "南山区", "浦东新区", "海淀区", "天河区", "滨江区", "江北区", "工业园区", "自贸区", "保税区", "福田区", "朝阳区", "鼓楼区"]
ZH_ROADS: list[str] = ["科技园路", "建设大道", "人民路", "解放路", "中山路", "长江路", "黄河路", "创业路", "学院路", "滨海大道", "港城路", "物流园路", "银湖路", "文化路"]
ZH_BUILDINGS: list[str] = ["国际大厦", "科技园", "创新中心", "商务广场", "产业园", "金融中心", "物流园", "写字楼"]

# Characters and patterns of invented brand names in ads ({b}: one brand character).
ZH_BRAND_CHARS: list[str] = list("货运通达汇捷鑫恒盛泰丰源信诚和瑞祥顺安博远华联创宏佳优品锐启嘉腾飞")
ZH_BRAND_PATTERNS: list[str] = ["{b}{b}", "{b}{b}", "{b}之家", "{b}{b}通", "{b}{b}达", "{b}{b}汇", "{head}", "{b}{b}{b}"]
# Company names built on a brand; {suffix} is the trade's name ending (see ZH_TRADES).
ZH_COMPANY_PATTERNS: list[str] = [
    "{city}{brand}{suffix}有限公司", "{city}市{brand}{suffix}有限公司", "{brand}{suffix}", "{brand}{suffix}",
    "{brand}{suffix}（{city}）有限公司", "{brand}{suffix}集团", "{city}{brand}{suffix}股份有限公司",
]

# Titles of recommended / related articles (non-fact slots only).
ZH_LINK_TITLES: list[str] = [
    "{topic}：{n}个值得关注的趋势", "一文读懂{topic}", "{topic}行业观察（第{n}期）", "关于{topic}，你需要知道的{n}件事",
    "{org}发布{topic}白皮书", "{topic}迎来新变化", "警惕！{topic}相关新型骗局曝光", "{year}年{topic}发展报告解读",
    "{topic}实战指南", "深度｜{topic}的下一站在哪里", "{topic}周报 | {date_zh}", "速看！{topic}最新政策来了",
    "{brand}完成新一轮融资", "{topic}高危漏洞预警", "{n}张图看懂{topic}", "专访｜{person}：{topic}的机会在哪里",
]
EN_LINK_TITLES: list[str] = [
    "{n} things to know about {topic}", "How {topic} is changing {topic2}", "Why {topic} matters more than ever",
    "A beginner's guide to {topic}", "{org} announces new {topic} initiative", "What we learned from {n} years of {topic}",
    "The state of {topic} in {year}", "Inside the race to fix {topic}", "{topic}: what's next?", "Opinion: rethink {topic} now",
]

# Patterns of Chinese names; {head} {topic} {tail} {city} {province} {surname} {given}.
ZH_ACCOUNT_PATTERNS: list[str] = [
    "{head}{topic}{tail}", "{head}{topic}{tail}", "{head}{topic}", "{head}{tail}",
    "{city}{topic}{tail}", "{topic}{head}", "{surname}{given}说{topic}", "{head}{topic}观察",
    "{topic}{tail}{head}",
]
ZH_MEDIA_PATTERNS: list[str] = [
    "{city}日报", "{city}晚报", "{city}商报", "{city}新闻网", "{head}新闻", "{head}传媒", "{city}都市报",
    "{head}财经", "{city}发布", "{city}{topic}协会", "{head}网", "{province}{topic}网", "{province}广播电视台",
    "{head}{topic}网", "{city}{topic}周刊",
]
ZH_IMAGE_PATTERNS: list[str] = [
    "{head}视觉", "{head}图库", "{city}图片社", "{head}图片", "{head}摄影", "{head}视觉中心", "{city}影像",
]

# English first / last names and pieces of invented outlets, agencies, companies.
EN_FIRST: list[str] = [
    "Jane", "John", "Maria", "David", "Emily", "Michael", "Sarah", "James", "Laura", "Daniel",
    "Olivia", "Ethan", "Sophie", "Lucas", "Hannah", "Noah", "Grace", "Liam", "Chloe", "Owen",
    "Priya", "Arjun", "Mei", "Kenji", "Fatima", "Omar", "Elena", "Mateo", "Ingrid", "Lars",
    "Amara", "Kwame", "Rosa", "Diego", "Nadia", "Tomasz", "Aisha", "Hugo", "Clara", "Felix",
    "Isabel", "Rafael", "Julia", "Samuel", "Anya", "Victor", "Leah", "Marcus", "Zoe", "Ian",
]
EN_LAST: list[str] = [
    "Doe", "Carter", "Nguyen", "Patel", "Fischer", "Okafor", "Morales", "Lindqvist", "Haddad",
    "Kowalski", "Brennan", "Whitaker", "Tanaka", "Castillo", "Moreau", "Schneider", "Ivanova",
    "Delgado", "Hartley", "McAllister", "Rinaldi", "Sorensen", "Osei", "Takahashi", "Kaur",
    "Bergstrom", "Fontaine", "Gallagher", "Holloway", "Iyer", "Jansen", "Kepler", "Langford",
    "Mendez", "Novak", "Ortega", "Pruitt", "Quinlan", "Rasmussen", "Sandoval", "Thornton",
    "Ueda", "Vasquez", "Wexler", "Yamamoto", "Zielinski", "Abernathy", "Blackwood", "Crane", "Dunmore",
]
EN_TOWNS: list[str] = [
    "Riverside", "Maple Falls", "Northport", "Cedar Hill", "Lakewood", "Brookhaven", "Fairview",
    "Oakridge", "Westbrook", "Ashford", "Kingsbury", "Silver Lake", "Harborview", "Eastfield",
    "Pinecrest", "Granite Bay", "Millbrook", "Stonehaven",
]
EN_PAPERS: list[str] = [
    "Herald", "Ledger", "Dispatch", "Gazette", "Chronicle", "Courier", "Tribune", "Observer",
    "Sentinel", "Register", "Examiner", "Post", "Times", "Journal", "Record", "Star",
]
EN_PREFIX: list[str] = [
    "Byte", "Patch", "Cloud", "Stack", "Kernel", "Packet", "Signal", "Circuit", "Pixel", "Data",
    "Threat", "Code", "Dev", "Logic", "Vector", "Quantum", "Orbit", "Cipher", "Socket", "Binary",
    "Harbor", "Freight", "Market", "Ledger", "Policy", "Metro", "Civic", "Green",
]
EN_SUFFIX: list[str] = [
    "Wire", "Pulse", "Beat", "Brief", "Digest", "Report", "Watch", "Insight", "Lab", "Post", "Feed",
    "Hub", "Journal", "Scope", "Notes", "Review", "Times", "Daily", "Bulletin", "Radar", "Monitor",
]
EN_PHOTO_WORDS: list[str] = [
    "Northlight", "Bluewater", "Fieldhouse", "Stonebridge", "Brightside", "Redwood", "Clearview",
    "Highland", "Glasshouse", "Silverline", "Meridian", "Openframe", "Wideangle", "Eastlight",
]
EN_PHOTO_KINDS: list[str] = ["Images", "Photo", "Pictures", "Visuals", "Stock", "Photography", "Imaging"]
# Patterns of English names; {first} {last} {town} {paper} {prefix} {suffix} {pword} {pkind}.
EN_OUTLET_PATTERNS: list[str] = [
    "The {town} {paper}", "The {town} {paper}", "{prefix}{suffix}", "{prefix}{suffix}", "{prefix} {suffix}",
    "{last}'s Blog", "{first} {last}'s Blog", "{prefix} Weekly", "{prefix} Insider", "{town} Public Radio",
    "{prefix}{suffix} News", "The {prefix} {suffix}", "{town} Business Journal", "{prefix} & {prefix} Review",
]
EN_IMAGE_PATTERNS: list[str] = [
    "{pword} {pkind}", "{pword} {pkind}", "{pword}", "{first} {last}/{pword} {pkind}",
    "{first} {last}", "{first} {last} for {outlet}", "{pword} {pkind} via {pword2} {pkind}",
]
EN_COMPANY_PATTERNS: list[str] = [
    "{prefix}{suffix} Inc.", "{prefix}{suffix}", "{last} & {last2} LLP", "{prefix} Logistics", "{prefix}ly",
    "{town} Freight Co.", "{prefix}{suffix} Labs", "{last} Capital", "{prefix} Academy", "{prefix}Print",
]

# Syllables for invented domains, WeChat ids, e-mail users.
PINYIN: list[str] = [
    "hua", "xin", "tong", "da", "kang", "jie", "yun", "shu", "zhi", "an", "bao", "cheng", "feng",
    "guang", "hai", "hong", "jia", "jin", "long", "ming", "ning", "peng", "qi", "rui", "sheng",
    "tian", "wei", "xiang", "yi", "yuan", "zhong", "heng", "lian", "mei", "ke", "xun", "tai", "fu",
    "le", "bo", "chuang", "hui", "lan", "ling", "sen", "yu",
]
EN_WORDS: list[str] = [
    "supply", "chain", "cloud", "security", "market", "update", "report", "inside", "future",
    "startup", "policy", "energy", "battery", "housing", "remote", "work", "data", "privacy",
    "open", "source", "budget", "freight", "ports", "robot", "health", "study", "climate",
    "small", "business", "tools", "review", "launch", "analysis", "guide",
]
TLDS_ZH: list[str] = [".com", ".cn", ".com.cn", ".net", ".org", ".top", ".vip", ".net.cn"]
TLDS_EN: list[str] = [".com", ".com", ".org", ".net", ".io", ".news", ".co"]

# Topics used in recommended-reading titles, slogans, course names.
ZH_TOPICS: list[str] = [
    "数据安全", "供应链", "跨境电商", "新能源汽车", "人工智能", "大模型", "云原生", "零信任", "勒索软件",
    "开源治理", "数字经济", "智慧物流", "芯片产业", "低空经济", "隐私计算", "物联网", "工业互联网",
    "金融科技", "远程办公", "职场效率", "外贸出口", "保税物流", "个人所得税", "家庭理财",
]
EN_TOPICS: list[str] = [
    "remote work", "open source", "cloud security", "supply chains", "electric vehicles",
    "machine learning", "data privacy", "climate tech", "developer tools", "small business lending",
    "urban housing", "online education", "ransomware", "freight markets", "battery recycling",
]
ZH_SECTIONS: list[str] = ["新闻中心", "行业资讯", "公司动态", "科技", "财经", "国际", "社会", "专题", "观点", "政策解读"]
EN_SECTIONS: list[str] = ["News", "Technology", "Business", "Opinion", "World", "Science", "Markets", "Security"]

# ----------------------------------------------------------------------------------
# Advertising trades: what a company of each trade calls itself and sells.
#   suffix   : end of the company's name        kind : what kind of firm it is
#   desc     : its business in a few words      services : items of its service list
#   pitch    : a selling sentence of the trade
# ----------------------------------------------------------------------------------
ZH_TRADES: dict[str, dict[str, list[str]]] = {
    "logistics": {
        "suffix": ["物流", "国际物流", "货运", "速运", "供应链", "国际货代"],
        "kind": ["综合性国际物流公司", "国际货运代理企业", "一站式物流服务商", "专业物流服务商"],
        "desc": ["跨境运输、报关报检、仓储物流", "国际空运、海运及多式联运", "中欧班列与海外仓配送", "FBA头程与国际快递"],
        "services": ["国际空运", "国际海运", "中欧班列", "FBA头程", "海外仓", "国际快递", "DDP双清包税", "整柜拼箱", "大件物流", "冷链运输", "跨境专线", "门到门服务"],
        "pitch": ["时效稳定，价格透明，全程可追踪", "专线直达，双清包税到门", "旺季不涨价，舱位有保障"],
    },
    "customs": {
        "suffix": ["报关", "报关行", "关务", "通关服务", "进出口"],
        "kind": ["专业报关企业", "一级报关行", "进出口代理公司", "关务咨询机构"],
        "desc": ["进出口报关、报检及关务咨询", "进口清关与出口退税", "一般贸易代理与通关"],
        "services": ["进口报关", "出口报关", "进口清关", "进口报检", "代理报关", "包税进口清关", "退运返修", "原产地证", "进口许可证办理", "通关咨询", "关务培训", "出口退税"],
        "pitch": ["二十年报关经验，通关快人一步", "一票一报，费用透明", "专业关务团队，全程一对一服务"],
    },
    "warehousing": {
        "suffix": ["仓储", "供应链", "云仓", "仓配"],
        "kind": ["第三方仓储服务商", "保税仓储企业", "电商云仓服务商"],
        "desc": ["保税仓储、电商仓配", "第三方仓储与一件代发", "仓配一体化"],
        "services": ["保税仓", "保税仓储", "电商仓库", "第三方仓储", "一件代发", "仓配一体", "分拣包装", "库存管理", "冷链仓储", "跨境电商BBC", "退货处理"],
        "pitch": ["万平米自营仓库，当日订单当日发", "系统对接主流电商平台，库存实时可查", "发货准确率99.9%"],
    },
    "crossborder": {
        "suffix": ["跨境", "出海", "电商", "国际贸易"],
        "kind": ["跨境电商服务商", "出海综合服务平台", "电商代运营公司"],
        "desc": ["跨境电商代运营、海外营销", "品牌出海全链路服务", "独立站建站与推广"],
        "services": ["亚马逊店铺代运营", "独立站建站", "TikTok Shop代运营", "海外仓", "VAT注册", "商标注册", "Listing优化", "站外推广", "收款结汇", "选品分析"],
        "pitch": ["0基础开店，全程陪跑", "帮助超过3000家工厂成功出海", "免费诊断店铺，定制增长方案"],
    },
    "training": {
        "suffix": ["教育", "学院", "培训", "课堂", "学堂"],
        "kind": ["职业教育机构", "在线教育平台", "专业培训机构"],
        "desc": ["IT职业技能培训", "财会与职业资格考试培训", "语言与留学培训"],
        "services": ["Python全栈", "Java高级开发", "数据分析", "网络安全工程师", "PMP认证", "CPA会计", "雅思托福", "考研辅导", "软考高级", "AI大模型应用开发", "初级会计", "教师资格证"],
        "pitch": ["零基础入门，小班直播授课", "不过免费重学", "名师带班，学完推荐就业", "报名即送全套学习资料"],
    },
    "realestate": {
        "suffix": ["置业", "地产", "房产", "不动产"],
        "kind": ["房地产经纪机构", "新房代理机构", "商业地产服务商"],
        "desc": ["新房、二手房及商铺租售", "写字楼招商与物业服务"],
        "services": ["新房代理", "二手房买卖", "商铺租售", "写字楼招租", "房屋托管", "贷款过户代办", "房产评估"],
        "pitch": ["地铁口精装现房，首付低至两成", "拎包入住，看房专车接送", "特价房源限时抢购"],
    },
    "finance": {
        "suffix": ["金融", "财富", "资本", "信贷服务"],
        "kind": ["金融信息服务机构", "贷款咨询公司", "财富管理机构"],
        "desc": ["个人及企业融资咨询", "信贷咨询与财富规划"],
        "services": ["信用贷", "房产抵押贷", "车辆抵押贷", "企业经营贷", "税票贷", "过桥垫资", "征信咨询", "大额分期"],
        "pitch": ["最快当天放款，额度最高500万", "年化利率低至3.5%", "无抵押，凭身份证即可申请"],
    },
    "recruiting": {
        "suffix": ["人力资源", "人才服务", "猎头", "人力"],
        "kind": ["人力资源服务机构", "专业猎头公司", "灵活用工平台"],
        "desc": ["中高端人才寻访与人事外包", "招聘与灵活用工"],
        "services": ["中高端猎头", "灵活用工", "劳务派遣", "校园招聘", "人事外包", "社保代缴", "背景调查"],
        "pitch": ["急招！五险一金，包吃包住", "名企内推，薪资面议", "简历投递后48小时内反馈"],
    },
    "printing": {
        "suffix": ["印刷", "印务", "包装", "彩印"],
        "kind": ["专业印刷企业", "包装印刷厂", "数码快印中心"],
        "desc": ["画册、包装及商务印刷", "包装设计与印刷一体化"],
        "services": ["画册印刷", "包装盒定制", "不干胶标签", "手提袋", "宣传单页", "名片", "书刊印刷", "礼盒定制"],
        "pitch": ["源头工厂，小批量也能做", "免费设计，24小时出货", "全国包邮，满额送样品"],
    },
    "legal": {
        "suffix": ["律师事务所", "法律咨询", "知识产权"],
        "kind": ["综合性律师事务所", "知识产权代理机构", "法律服务机构"],
        "desc": ["民商事诉讼与企业法律顾问", "商标专利代理与维权"],
        "services": ["合同纠纷", "劳动仲裁", "债权债务", "婚姻家事", "商标注册", "专利申请", "股权设计", "企业法律顾问", "刑事辩护"],
        "pitch": ["资深律师免费解答", "首次咨询免费", "胜诉后再收费，不胜诉不收费"],
    },
    "security": {
        "suffix": ["安全", "信息安全", "网络科技", "信息技术"],
        "kind": ["网络安全解决方案提供商", "网络安全服务商", "信息安全企业"],
        "desc": ["安全评估、渗透测试与应急响应", "等级保护测评与安全运营"],
        "services": ["安全评估", "渗透测试", "漏洞扫描", "安全巡检", "代码审计", "钓鱼演练", "应急响应", "安全运维", "等保测评", "安全培训", "数据安全治理", "重保值守"],
        "pitch": ["7×24小时应急响应", "国家级资质，服务政企客户上千家", "免费领取安全体检一次"],
    },
    "software": {
        "suffix": ["软件", "信息技术", "网络", "数字科技"],
        "kind": ["软件开发服务商", "SaaS服务商", "数字化解决方案提供商"],
        "desc": ["软件定制开发与数字化转型", "企业管理系统与小程序开发"],
        "services": ["ERP系统", "小程序开发", "APP定制", "网站建设", "SaaS平台", "私有化部署", "CRM系统", "数据中台"],
        "pitch": ["源码交付，终身维护", "免费出方案，报价透明", "上线周期最快7天"],
    },
}

EN_TRADES: dict[str, dict[str, list[str]]] = {
    "logistics": {
        "kind": ["a global freight forwarder", "a third-party logistics provider"],
        "services": ["ocean freight", "air cargo", "customs brokerage", "warehousing", "last-mile delivery", "cold-chain transport"],
        "pitch": ["Get a free shipping quote in minutes", "Ship smarter with real-time tracking"],
    },
    "training": {
        "kind": ["an online learning platform", "a coding bootcamp"],
        "services": ["Python for Data Science", "Full-Stack Web Development", "Cloud Architecture", "Cybersecurity Fundamentals", "Product Management"],
        "pitch": ["Enroll today and get your first month free", "Learn at your own pace with expert mentors"],
    },
    "finance": {
        "kind": ["a small-business lender", "a personal finance app"],
        "services": ["business loans", "lines of credit", "invoice financing", "high-yield savings", "credit monitoring"],
        "pitch": ["Check your rate without affecting your credit score", "Funding in as little as 24 hours"],
    },
    "legal": {
        "kind": ["a full-service law firm", "an online legal services company"],
        "services": ["contract review", "trademark registration", "employment disputes", "estate planning", "business formation"],
        "pitch": ["Book a free 15-minute consultation", "Flat-fee legal help from licensed attorneys"],
    },
    "software": {
        "kind": ["a developer tools company", "a cloud platform"],
        "services": ["observability", "CI/CD pipelines", "managed databases", "API monitoring", "secrets management"],
        "pitch": ["Start your free trial, no credit card required", "Deploy in minutes, scale to millions"],
    },
    "realestate": {
        "kind": ["a real estate brokerage", "a property management company"],
        "services": ["home buying", "rentals", "commercial leasing", "property management", "mortgage pre-approval"],
        "pitch": ["Find your next home with a local agent", "Get a free home valuation today"],
    },
    "recruiting": {
        "kind": ["a tech recruiting agency", "a staffing firm"],
        "services": ["executive search", "contract staffing", "campus hiring", "remote hiring"],
        "pitch": ["We're hiring: see open roles", "Hire vetted engineers in two weeks"],
    },
}

# ----------------------------------------------------------------------------------
# Chinese grammar.  `c` is the colon/separator after a key; the whole generated line is
# converted afterwards for half-width punctuation or traditional script when chosen.
# ----------------------------------------------------------------------------------
ZH: dict[str, list[str]] = {
    # separators
    "c": ["：", "：", "：", "：", "：", ":", ": ", "｜", "丨", " ", "/"],
    "cend": ["：", "：", ":", ""],
    "fsep": ["  ", "  ", " | ", "｜", " 丨 ", "；", "　", "   ", " ", "，", " / "],
    "nsep": ["、", "、", "，", " ", "  ", "/", " / "],

    # ---- attribution keys: what a line says before the name
    "k_source": [
        "来源", "来源", "来源", "来源", "转自", "转载自", "文章来源", "信息来源", "资讯来源", "原文来源",
        "内容来源", "本文来源", "稿件来源", "参考来源", "新闻来源", "出处", "消息来源", "出品", "转载来源",
    ],
    "k_source_verb": ["转载自", "转自", "来源于", "来自", "转载于", "摘自", "选自", "整理自", "编译自", "原载于"],
    "k_author": ["作者", "作者", "作者", "文", "撰文", "记者", "原文作者", "执笔", "撰稿", "特约作者", "本文作者"],
    "k_editor": [
        "编辑", "编辑", "编辑", "责任编辑", "责任编辑", "责编", "审核", "校对", "审校", "编审", "终审", "初审",
        "复审", "值班编辑", "本期编辑", "编译", "监制", "选题", "统筹", "责任校对", "主编", "执行编辑", "编辑整理",
    ],
    "k_image": [
        "图源", "图源", "图片来源", "图片来源", "图片", "题图", "配图", "头图", "插画", "摄影", "图", "封面图",
        "图片来自", "题图来自", "封面来源",
    ],
    "k_url": ["原文链接", "原文链接", "原文地址", "原文", "原文网址", "参考链接", "新闻链接", "文章链接", "链接", "原文出处", "参考资料"],

    # ---- attribution lines
    "attr_source": [
        "{k_source}{c}{source}", "{k_source}{c}{source}", "{k_source}{c}{source}", "{k_source}{c}{source_zh}",
        "{k_source}{c}“{source_zh}”微信公众号", "{k_source}{c}{source_zh}微信公众号", "{k_source}{c}微信公众号“{source_zh}”",
        "{k_source}{c}微信公众号：{source_zh}", "{k_source}{c}{source_zh}（ID：{wx_id}）", "{k_source}{c}「{source}」",
        "{k_source}{c}《{source_zh}》", "{k_source}{c}【{source_zh}】", "【{k_source}】{source}", "（{k_source}{c}{source}）",
        "本文{k_source_verb}{source}", "本文{k_source_verb}{source_zh}微信公众号", "本文{k_source_verb}微信公众号“{source_zh}”，作者：{author}",
        "本文{k_source_verb}“{source_zh}”，作者{author}，已获授权", "文章{k_source_verb}{source}", "{k_source}{c}{source_zh}，作者：{author}",
        "**{k_source}{c}**{source}", "**{k_source}{c}{source}**", "*{k_source}{c}{source}*", "> {k_source}{c}{source}",
        "{k_source}{c}[{source}]({url})", "{k_source}{c}{url_md}", "{k_source}{c}{source_en}", "{k_source}{c}{source_domain}",
        "{k_source}{c}{source_zh}、{source_zh}", "本文转载自{source_zh}，原标题《{title}》", "{source_zh}供稿",
        "{k_source}{c}{source_media}", "（{source_media}）",
    ],
    "attr_author": [
        "{k_author}{c}{authors}", "{k_author}{c}{author}", "{k_author}{c}{author}", "文 / {author}", "文｜{author}", "文/{author}",
        "文 | {author}", "撰文{c}{author}", "{source_media}记者 {authors}", "记者{c}{authors}", "作者{c}[{author}]({profile_url})",
        "**作者：**{author}", "原文作者{c}{author_en}", "作者{c}{author_en}", "{author}/文", "作者{c}{author}  来源{c}{source}",
        "（作者{c}{author}）", "作者 | {author}（{source_zh}特约作者）", "本文作者{c}{author}，{source_zh}研究员",
        "*作者：{author}*", "**文 / {author}**",
    ],
    "attr_editor": [
        "{k_editor}{c}{editors}", "{k_editor}{c}{editor}", "{k_editor}{c}{editor}", "**{k_editor}{c}{editor}**",
        "（{k_editor}{c}{editor}）", "【{k_editor}{c}{editor}】", "[{k_editor}{c}{editor}]", "编译{c}{editor_org}",
        "**编译：{editor_org}**", "{k_editor} / {editor}", "（责任编辑：{editor}）", "责任编辑：{editor} {editor_id}",
    ],
    "attr_image": [
        "{k_image}{c}{image}", "{k_image}{c}{image}", "{k_image}{c}{image}", "（{k_image}{c}{image}）", "*{k_image}{c}{image}*",
        "▲{k_image}{c}{image}", "▲ {k_image}{c}{image}", "图片来源于{image_net}", "图片来自{image_net}", "图片来源{c}{image_net}",
        "题图来自{image}", "题图{c}{image_en} License", "摄影{c}{image_person}", "图 / {image}", "图｜{image}", "（图源{c}{image}）",
        "图片来源{c}{image}（已获授权）", "封面图来自{image}", "头图来源{c}{image_en}", "（{image_person} 摄）", "图片{c}{image_en}",
    ],
    "attr_url": [
        "{k_url}{c}{url}", "{k_url}{c}{url}", "{k_url}{c}[{link_title}]({url})", "**{k_url}**{c}{url}", "> **{k_url}**: {url}",
        "> 原文：<{url}>", "{k_url}{c}<{url}>", "{k_url}{c}{url_md}", "原文地址{c}[{link_title}]({url})", "原文链接：{url}",
        "*原文链接：{url}*", "> * 原文地址：[{link_title_en}]({url})",
    ],
    "attr_title": ["原标题{c}{title}", "原标题{c}《{title}》", "原题{c}{title}", "原文标题{c}{title}", "原标题：“{title}”"],
    "attr_translator": ["译者{c}{translator}", "翻译{c}{translator}", "译者{c}[{translator}]({profile_url})", "> * 译者：[{translator}]({profile_url})"],
    "f_source": ["{k_source}{c}{source}", "来源{c}{source}"],
    "f_author": ["{k_author}{c}{author}", "作者{c}{author}", "文{c}{author}"],
    "f_editor": ["{k_editor}{c}{editor}", "编辑{c}{editor}", "审核{c}{editor}", "责编{c}{editor}", "校对{c}{editor}"],
    "f_image": ["{k_image}{c}{image}", "图{c}{image}", "摄影{c}{image_person}"],
    "f_translator": ["译者{c}{translator}", "翻译{c}{translator}"],
    "f_date": ["发布时间{c}{date} {time}", "{date} {time}", "时间{c}{date}", "{date_zh}"],
    "attr_credits": [
        "{f_source}{fsep}{f_author}", "{f_author}{fsep}{f_editor}", "{f_editor}{fsep}{f_editor}", "{f_editor}{fsep}{f_editor}",
        "{f_editor}{fsep}{f_editor}{fsep}{f_editor}", "{f_source}{fsep}{f_author}{fsep}{f_editor}", "{f_author}{fsep}{f_image}",
        "{f_author}{fsep}{f_image}{fsep}{f_editor}", "{f_source}{fsep}{f_editor}", "{f_author}{fsep}{f_translator}{fsep}{f_editor}",
        "{f_source}{fsep}{f_author}{fsep}{f_date}", "{f_date}{fsep}{f_source}", "{f_source}{fsep}{f_date}{fsep}浏览次数{c}{n3}",
        "{f_editor}{fsep}{f_editor}{fsep}{f_editor}{fsep}{f_editor}",
    ],
    # mixes used above and below the body
    "attr_header": [
        "{attr_source}", "{attr_source}", "{attr_author}", "{attr_author}", "{attr_credits}", "{attr_credits}", "{attr_editor}",
        "{attr_title}", "{attr_url}", "{attr_image}", "{attr_translator}",
    ],
    "attr_trailer": [
        "{attr_source}", "{attr_source}", "{attr_source}", "{attr_credits}", "{attr_credits}", "{attr_editor}", "{attr_editor}",
        "{attr_author}", "{attr_url}", "{attr_url}", "{attr_image}", "{attr_title}",
    ],
    "attr_inline_image": ["{attr_image}", "{attr_image}", "{k_image}{c}{image}", "▲图源：{image}", "（图片来源：{image}）", "图源{c}{image}"],
    # split attribution: a key line, then the value lines
    "akey_url": ["{k_url}{cend}", "**{k_url}**", "**{k_url}：**", "{k_url}", "## 参考", "参考链接{cend}", "相关链接{cend}", "技术报告{cend}"],
    "akey_source": ["{k_source}{cend}", "**{k_source}：**", "本文转载自{cend}", "资讯来源", "信息来源{cend}", "**参考来源：**"],
    "akey_image": ["题图{cend}", "图片来源{cend}", "图源{cend}"],
    "aval_url": ["{url}", "{url}", "{url_md}", "- {url}", "[{i}] {url}", "* {url}", "<{url}>"],
    "aval_source": ["{source}", "{source_zh}", "{source_en}", "{source_domain}", "“{source_zh}”微信公众号"],
    "aval_image": ["{image_en}", "{image}", "{image_en} License"],
    # translation-project credits (LCTT / 掘金 style, invented names)
    "lc_via": ["via: {url}", "via：{url}", "原文：{url}", "英文原文：{url}"],
    "lc_author": ["作者：[{author_en}][a]", "作者：[{author_en}]({profile_url})", "原文作者：{author_en}", "> * 原文作者：[{author_en}]({profile_url})"],
    "lc_editor": ["选题：[{editor_handle}][b]", "校对：{editor_gh}", "审校：{editor_gh}", "> * 校对者：{editor_gh}", "选题：{editor_gh}"],
    "lc_translator": ["译者：[{translator}](https://github.com/{handle})", "> * 译者：[{translator}]({profile_url})", "翻译：{translator}"],
    "lc_credit": [
        "本文由 [{project}]({site_url}) 原创编译，[{account}]({site_url}) 荣誉推出", "本文由{project}组织翻译，{account}首发",
        "> * 译文出自：[{source_zh}]({site_url})", "本译文首发于{source_zh}",
    ],
    "lc_ref": ["[a]: {profile_url}", "[b]: https://github.com/{handle}", "[a]:{profile_url}"],

    # ---- notice lines
    "notice_line": [
        "版权归原作者所有，如有侵权请联系删除", "版权归原作者所有，如有侵权请联系删除。", "文章来源于网络，版权归原作者所有，如有侵权，请联系我们删除",
        "本文版权归原作者所有，如有侵权请联系我们及时删除", "声明：本文仅代表作者观点，不代表本平台立场", "本文仅代表作者个人观点，不代表{org}立场",
        "转载请注明出处", "转载请注明出处和本文链接", "未经授权，禁止转载", "未经许可，不得转载", "本文为{org}原创，未经授权禁止转载",
        "免责声明：本文内容仅供参考，不构成任何投资建议", "免责声明：文章内容来源于网络，仅供学习交流，如有侵权请联系删除",
        "版权所有 翻印必究", "版权所有，侵权必究", "©{year} {org} 版权所有", "Copyright © {year} {org} All Rights Reserved",
        "图文来源于网络，版权归原作者所有。如涉及版权问题，请及时与我们联系，我们将第一时间删除", "本公众号所发布内容仅供参考，不作为任何决策依据",
        "本文仅供参考，不构成任何建议", "本文系{org}独家稿件，未经授权不得转载", "如需转载，请联系后台获取授权", "欢迎转发分享，如需转载请联系授权",
        "*本文为作者独立观点，不代表{org}立场*", "【版权声明】本文内容由互联网用户自发贡献，该文观点仅代表作者本人。", "部分素材来源于网络，如有侵权，请联系我们删除",
        "文章及图片除原创外均精选转载自网络，版权归原作者所有，意在分享，如有侵权请联系删除", "**未经授权，严禁转载或镜像，违者必究。**",
        "本文所述内容仅供学习研究，请勿用于非法用途，否则后果自负", "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
        "本站所有文章均为原创或授权转载，转载请保留原文链接", "（本文不构成投资建议，据此操作风险自担）", "投资有风险，入市需谨慎",
        "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}",
        "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}", "{notice_composed}",
    ],
    # composed notices: [prefix] clause，clause[，clause][end]
    "notice_composed": [
        "{n_pre}{n_src}，{n_copy}，{n_del}{n_end}", "{n_pre}{n_copy}，{n_del}{n_end}", "{n_pre}{n_src}，{n_view}{n_end}",
        "{n_pre}{n_view}，{n_reprint}{n_end}", "{n_pre}{n_reprint}{n_end}", "{n_pre}{n_src}，{n_copy}。{n_reprint}{n_end}",
        "{n_pre}{n_view}{n_end}", "{n_pre}{n_copy}，{n_reprint}，{n_del}{n_end}",
    ],
    "n_pre": ["", "", "", "声明：", "免责声明：", "版权声明：", "【版权声明】", "【免责声明】", "特别声明：", "注：", "温馨提示：", "版权说明："],
    "n_src": ["文章来源于网络", "本文部分内容来源于网络", "图文素材来自网络", "本文转载自其他平台", "本文由作者授权发布", "部分图片来源于网络", "本文内容整理自公开资料"],
    "n_copy": ["版权归原作者所有", "版权归原作者及原出处所有", "著作权归作者所有", "版权归原作者和原发布平台所有", "文字及图片版权归原作者所有"],
    "n_del": ["如有侵权请联系删除", "如有侵权，请联系我们删除", "若有侵权请告知，我们将及时删除", "如涉及版权问题请联系小编处理", "如有侵权请后台留言，我们将第一时间删除"],
    "n_reprint": ["转载请注明出处", "未经授权禁止转载", "商业转载请联系作者获得授权，非商业转载请注明出处", "转载请保留本文链接", "禁止私自转载", "如需转载请联系授权"],
    "n_view": ["本文仅代表作者观点，不代表本平台立场", "文章观点仅供参考", "内容仅供学习交流使用", "不构成任何投资建议", "本平台仅提供信息存储服务", "文中观点不代表{org}立场"],
    "n_end": ["", "", "。", "。", "！"],
    "notice_head": ["**免责声明**", "免责声明", "## 免责声明", "【免责声明】", "**版权声明**", "声明", "- 声明 -", "**特别声明**", "免责声明：", "**注意**"],
    "notice_para": [
        "本文所发布的工具和方法仅用于安全研究与教学，禁止用于任何商业或非法用途，由此产生的一切后果由使用者自行承担。",
        "如果任何单位或个人认为本文内容可能涉嫌侵犯其合法权益，应及时向我们提出书面意见并提供相关证明，我们将在收到后及时删除。",
        "本公众号部分文章、图片来源于网络，版权归原作者所有。我们尊重原创，如有侵权请联系后台，我们将第一时间处理。",
        "文中观点仅代表作者本人，不代表本平台立场，内容仅供读者参考，不构成任何投资或法律建议。",
        "请勿利用文中的技术从事非法测试，因传播、利用本文信息而造成的任何直接或间接后果及损失，均由使用者本人负责，与本平台和作者无关。",
        "所有资料均来源于公开网络，仅限个人学习交流，禁止任何违法操作和非法用途！",
        "本平台转载文章出于传递更多信息之目的，并不意味着赞同其观点或证实其内容的真实性，如有版权问题请与我们联系。",
    ],

    # ---- ad lines (trade-dependent slots come from ZH_TRADES)
    "ad_head": [
        "**企业简介**", "**公司简介**", "关于我们", "【广告】", "— 广告 —", "*推广*", "**合作伙伴**", "**{company}**", "## {brand}",
        "**{brand}——{pitch}**", "推广｜{brand}", "【合作推广】", "▌{brand}", "**{brand} - {kind}**",
    ],
    "ad_intro": [
        "{company}是一家{desc}等{kind}，专业提供{services}等服务。", "{company}——{pitch}。", "{company}成立于{year}年，总部位于{city}，专注{desc}，服务客户超过{n3}家。",
        "{company}，专注{desc}{n}年，{pitch}。", "{brand}是{city}地区领先的{kind}，主营{services}。", "我们是{company}，为客户提供{services}等一站式服务。",
        "{company}（简称：{brand}），成立于{year}年，提供{desc}等全方位服务，帮助客户降本增效。",
    ],
    "ad_service_line": ["{service_bar}", "{service_bar}", "主营业务{c}{services}", "服务项目{c}{services}", "✓ {service} ✓ {service} ✓ {service}", "● {service}  ● {service}  ● {service}"],
    "ad_contact": [
        "服务热线{c}{phone400}", "咨询热线{c}{phone}", "电话{c}{landline}", "联系电话{c}{landline}", "手机{c}{mobile}", "联系人{c}{surname}经理 {mobile}",
        "微信{c}{wechat_id}", "微信号{c}{wechat_id}", "VX{c}{wechat_id}", "V{c}{wechat_id}", "加微信{c}{wechat_id}", "QQ{c}{qq}", "邮箱{c}{email}",
        "E-mail{c}{email}", "官网{c}{website}", "网址{c}{website}", "地址{c}{address}", "电话｜{landline}", "全国统一服务热线{c}{phone800}",
        "手机/微信同号{c}{mobile}", "24小时热线{c}{phone400}", "商务合作{c}{email}", "公众号{c}{account}", "客服QQ{c}{qq}",
    ],
    "ad_cta": [
        "欢迎咨询！", "欢迎来电咨询", "扫码添加客服，免费获取报价", "长按识别二维码，添加客服微信", "扫描下方二维码，立即领取{gift}",
        "名额有限，先到先得！", "添加客服微信，备注“{kw}”领取资料", "免费咨询，24小时在线", "现在报名立减{n3}元", "专业提供{service}，欢迎洽谈合作",
        "一站式解决{service}难题，欢迎咨询", "点击下图了解详情", "扫码进群，领取{gift}", "限时优惠，仅剩最后{n}个名额",
    ],
    "ad_oneliner": [
        "{brand}—是一家{desc}等{kind}，专业提供：{services}。服务热线：{phone400}，公众号：{account}",
        "【广告】{company}：{services}，欢迎咨询{phone}",
        "{company}专业提供{services}，一站式服务，欢迎咨询！电话：{landline} 微信：{wechat_id}",
        "{pitch}！{company}，咨询热线{phone400}，地址：{address}",
        "需要{service}？找{brand}！{pitch}，微信/电话：{mobile}",
        "{brand}{kind}，{desc}，联系我们：{email}",
    ],
    "ad_recruit": ["【招聘】{company}诚聘{job}{n}名，月薪{n2}K-{n2b}K，简历请投{email}", "{brand}急招{job}，五险一金，双休，联系电话{mobile}", "诚聘：{job}（{n}名）  工作地点：{city}  联系人：{surname}女士 {mobile}"],
    "ad_course": ["《{course}》{n}天训练营开课啦！原价{price}元，限时{price2}元", "{course}课程火热报名中，扫码添加助教微信：{wechat_id}", "零基础学{course}，{n}周掌握核心技能，报名咨询{phone400}"],
    "ad_sub": ["**扫码订阅《{magazine}》**", "邮发代号 {n}-{n3}", "征订热线：{landline}", "订阅《{magazine}》，全年{n2}期，定价{price}元", "《{magazine}》杂志倾力推荐"],

    # ---- chrome
    "byline": [
        "原创 {person} {account}   {date} {time}", " {account}   {date} {time}  ", "{person}  {account}   {date} {time}",
        "原创 {account}  {account}   {date} {time}", "{account} {date}", "{account}   {date} {time} {province}", "原创 {person_en}  {account}   {date} {time}",
        "{person} {account} {date_zh} {time}", "{account}  {date} {time} 发表于{province}",
    ],
    "byline_pre": ["原创 {person}", "{account}", "原创 {account}", "{person_en}"],
    "follow_top": [
        "点击上方蓝字关注我们", "点击上方蓝字关注我们", "**点击蓝字 关注我们**", "点击上方“{account}”，选择“设为星标”", "👆点击上方蓝字，关注我们",
        "▲点击上方 蓝字 关注我们", "点击上方 **{account}** 关注我们", "↑↑↑点击上方蓝字关注我们", "星标★置顶{account}，第一时间获取{topic}资讯",
        "设为星标，不错过每一篇推送", "关注我们，获取更多精彩内容", "点击蓝字，关注我们", "戳上方蓝字“{account}”关注我们哦！",
    ],
    "slogan": [
        "聚焦{topic}，网罗最新资讯！", "专注{topic}领域，分享前沿观点", "讲述普通人能听懂的{topic}故事", "每天{n}分钟，带你看懂{topic}",
        "你关心的{topic}，都在这里", "**分享{topic}知识 传递行业价值**", "**{topic}人的精神家园**", "做有温度的{topic}媒体",
    ],
    "platform_top": [
        "预览时标签不可点", "在小说阅读器中沉浸阅读", "收录于合集 #{topic} {n}个", "收录于话题 #{topic}", "{n3}篇原创内容",
        "本文约{n4}字，建议阅读{n}分钟", "阅读本文大约需要 {n} 分钟", "**关键词**", "**导读**", "当前位置：首页 > {section} > 正文",
        "首页 > {section} > 正文", "字号：大 中 小", "【字体：大 中 小】", "发布时间：{date} {time}  浏览次数：{n3}", "分享到：",
    ],
    "img_line": [
        "![]({mp_img})", "![]({mp_img})", "![]({mp_img} \"\")", "![]({mp_img} \"\")  ", "   ![]({mp_img} \"\")", "![image]({mp_img})",
        "![图片]({mp_img})", "![banner]({mp_img})", "[]({wx_link})", "![]({img_url})",
    ],
    "end_mark": [
        "END", "—END—", "- THE END -", "·END·", "— END —", "-END-", "（完）", "【完】", "—— 完 ——", "/ END /", "**END**", "◆ ◆ ◆",
        "- End -", "全文完", "—— END ——", "THE END",
    ],
    "separator": ["----", "---", "***", "———", "————————", "* * *", "-----------------------------", "﹀", "**>**", "****", "●", "▼", "· · ·", "=========="],
    "rec_head": [
        "往期推荐", "推荐阅读", "相关阅读", "**往期推荐**", "**推荐阅读**", "▼往期精彩回顾▼", "往期精选", "热文推荐", "精彩推荐", "延伸阅读",
        "更多精彩", "## 往期回顾", "### 相关阅读", "**往期回顾**", "推荐阅读 Recommended", "— 往期推荐 —",
    ],
    "rec_link": [
        "[{link_title}]({wx_link})", "[{link_title}]({wx_link})", "- [{link_title}]({wx_link})", "[{link_title}]({wx_link})  ",
        "• [{link_title}]({wx_link})", "▶ [{link_title}]({wx_link})", "{i}. [{link_title}]({wx_link})", "# 《{link_title}》",
        "[{link_title}]({link_url})",
    ],
    "interact_line": [
        "点赞 在看 分享", "点个“在看”，分享给更多人", "觉得文章不错，点个在看吧", "喜欢就点个赞吧", "分享、点赞、在看，给个三连吧！",
        "**好看你就分享 有用就点个赞**", "**支持「{account}」就点个三连吧！**", "点亮“在看”，让更多人看到", "如果觉得有用，欢迎点赞、在看、转发",
        "你点的每个“在看”，我都认真当成了喜欢", "分享 收藏 点赞 在看",
    ],
    "w_like": ["点赞", "赞", "**点赞**", "点个赞", "戳“赞”"],
    "w_wow": ["在看", "**在看**", "点在看", "“在看”"],
    "w_share": ["分享", "**分享**", "转发", "戳“分享”"],
    "int_a": ["觉得不错，就点个 “", "喜欢的话，点个 “", "如果有帮助，请点个“", "觉得有用就点个“"],
    "int_c": ["” 或 “", "”和“", "” 或 \""],
    "int_e": ["” 吧~", "”吧！", "” 支持一下", "”吧"],
    "follow_bottom": [
        "长按识别二维码关注我们", "扫码关注我们", "扫码关注", "**关注我们**", "关注{account}，获取更多{topic}资讯", "欢迎关注{account}",
        "←扫码关注我们", "长按二维码，关注{account}", "**欢迎关注{account}官方视频号**", "关注公众号，后台回复“{kw}”获取{gift}",
        "关注我们，回复“{kw}”领取{gift}", "更多精彩内容，请关注{account}",
    ],
    "follow_pair_a": ["微信扫一扫", "**公众号：**", "公众号", "**视频号：**", "扫码关注"],
    "follow_pair_b": ["关注该公众号", "{account}", "{account}"],
    "read_original": ["阅读原文", "点击阅读原文查看更多", "点击“阅读原文”查看详情", "↓↓↓ 点击阅读原文", "阅读原文 阅读 {n4}", "**点击“阅读原文”，了解更多**", "戳“阅读原文”了解更多"],
    "comment_prompt": ["你怎么看？欢迎在评论区留言讨论", "欢迎留言交流", "写留言", "留言区见", "欢迎在评论区分享你的看法", "对此你有什么看法？欢迎留言"],
    "portal_tail": ["【打印本页】 【关闭窗口】", "上一篇：{link_title}", "下一篇：{link_title}", "【纠错】", "分享到：微信 微博 QQ空间", "相关新闻", "返回顶部"],

    # ---- text glued to the end of the last body line
    "glue_attr": [
        "（来源：{source}）", "(来源:{source})", "来源：{source}", "【来源：{source}】", " 本文转载自{source_zh}", "（图片来源：{image}）",
        "（编辑：{editor}）", "（责任编辑：{editor}）", "（文/{author}）", "（原文链接：{url}）",
    ],
    "glue_notice": [
        "（版权归原作者所有，如有侵权请联系删除）", "转载请注明出处。", " 免责声明：本文仅代表作者观点，不代表本平台立场。", "（本文不构成投资建议）", "版权所有，侵权必究",
        "文章来源于网络，版权归原作者所有，如有侵权请联系删除。", " 声明：本文内容仅供学习交流，不代表本平台观点，未经授权禁止转载。",
    ],

    # ---- small word lists
    "gift": ["行业报告", "学习资料", "免费试听课", "报价单", "电子书", "新人礼包", "优惠券", "白皮书"],
    "kw": ["资料", "报告", "1024", "加群", "福利", "学习", "报价"],
    "job": ["报关员", "外贸业务员", "仓库主管", "Java开发工程师", "渗透测试工程师", "新媒体运营", "会计", "物流调度", "销售经理"],
    "magazine": ["{head}{topic}", "{topic}周刊", "{head}{topic}评论", "中国{topic}"],
    "project": ["{head}翻译计划", "{head}译站", "{topic}翻译组"],
}

# ----------------------------------------------------------------------------------
# English grammar
# ----------------------------------------------------------------------------------
EN: dict[str, list[str]] = {
    "c": [": ", ": ", ": ", " - ", " | ", ": "],
    "nsep_and": [" and ", " and ", ", ", " & "],

    # ---- attribution lines
    "attr_source": [
        "Source: {source}", "Source: {source}", "Source: [{source}]({url})", "(Source: {source})", "*Source: {source}*",
        "Originally published at {url}", "Originally published at [{source}]({url})", "Originally published by {source}.",
        "This article is republished from {source} under a Creative Commons license. Read the [original article]({url}).",
        "This article is republished from {source} under a Creative Commons license.", "via {url}", "via [{source}]({url})", "Via: {source}",
        "This post appeared first on \"{source}\". [Read the entire article here]({url})", "This story was originally published by {source}.",
        "A version of this story first appeared in {source}.", "Republished with permission from {source}.", "Courtesy of {source}.",
        "*This article originally appeared on [{source}]({url}).*", "Reprinted with permission from {source}.", "From {source}.",
        "This piece was first published on {source} and is reproduced here with permission.", "**Original source:** [{source}]({url})",
        "Adapted from an article by {author} in {source}.", "Read the original at {source}: {url}",
    ],
    "attr_author": [
        "By {author}", "By {author}", "By {authors}", "By {author}, {source}", "**Author:** {author}", "Written by {author}", "Words by {author}",
        "*By {author}*", "Story by {author}", "Authored by {author}", "*Contributed by {author}*", "Reporting by {authors}",
        "Additional reporting by {author}", "**By {author}** | {date_en}", "By [{author}]({profile_url})",
    ],
    "attr_editor": [
        "Editing by {editors}", "Edited by {editor}", "Editor: {editor}", "Reviewed by {editor}", "Fact-checked by {editor}",
        "Copy edited by {editor}", "Reporting by {author}; Editing by {editor}", "(Reporting by {author}; Editing by {editors})",
        "Reporting by {author} in {town}; Writing by {author}; Editing by {editor}",
    ],
    "attr_image": [
        "Photo: {image}", "Photo: {image}", "Image: {image}", "Photo credit: {image}", "Image credit: {image}", "Credit: {image}",
        "(Photo: {image})", "*Photo: {image}*", "Illustration: {image}", "Featured image: {image}", "Header image: {image}",
        "Photograph: {image}", "Cover image by {image}", "Photo by {image}",
    ],
    "attr_url": ["Original article: {url}", "Read the original article: {url}", "Canonical URL: {url}", "Source URL: {url}", "[Read the original article]({url})"],
    "attr_bio": [
        "*{author} is a {role} at {org}.*", "{author} is a {role} based in {town}.", "**{author}** is a {role} at {org}. Follow on [X]({profile_url}).",
        "{author} writes about {topic} for {source}.",
    ],
    "attr_header": ["{attr_author}", "{attr_author}", "{attr_author}", "{attr_source}", "{attr_image}"],
    "attr_trailer": ["{attr_source}", "{attr_source}", "{attr_source}", "{attr_editor}", "{attr_author}", "{attr_url}", "{attr_image}"],
    "attr_inline_image": ["{attr_image}", "Photo: {image}", "Image: {image}", "*{image}*"],
    "bio_head": ["### About the Author", "About the author", "**About the author**", "## About the Author"],

    # ---- notice
    "notice_line": [
        "© {year} {org}. All rights reserved.", "Copyright © {year} {org}, Inc. All rights reserved.", "All rights reserved.",
        "The views expressed in this article are the author's own and do not necessarily reflect those of {org}.",
        "The views expressed in this article are the author's own.", "Opinions expressed by {org} contributors are their own.",
        "This content may not be reproduced without permission.", "This material may not be published, broadcast, rewritten, or redistributed.",
        "Disclaimer: This article is for informational purposes only and does not constitute financial, legal or investment advice.",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.", "Reproduction in whole or in part without permission is prohibited.",
        "{org} may earn a commission from links on this page.", "We may receive compensation when you click on links to products we review.",
        "*The author has no financial interest in any of the companies mentioned.*", "© {year} {org}", "Content © {year} {org}. Used with permission.",
    ],
    "notice_head": ["**Disclaimer**", "Disclaimer", "## Disclaimer", "**Legal notice**"],
    "notice_para": [
        "The information in this article is provided for general informational purposes only and should not be relied upon as legal, tax or investment advice.",
        "All product names, logos and brands are property of their respective owners. Use of these names does not imply endorsement.",
        "While we strive for accuracy, {org} makes no warranties about the completeness or reliability of this information.",
    ],

    # ---- ad
    "ad_line": [
        "Subscribe to our newsletter to get the latest {topic} news delivered to your inbox.", "Sign up for {newsletter}, our free weekly newsletter on {topic}.",
        "Get 50% off your first year of {org} Premium.", "Sponsored by {company}", "**Sponsored:** {company} - {pitch}. {website}",
        "This post is sponsored by {company}. {pitch}: {website}", "Enjoyed this? Become a paid subscriber for full access to every story.",
        "Want more? Join {n2},000+ readers who get {newsletter} every week.", "Try {company} free for 30 days - no credit card required: {website}",
        "{company} is hiring! Check out open roles at {website}", "Call {phone_en} for a free consultation.", "Use code {code} at checkout for {n2}% off.",
        "Advertise with us: {email}", "Learn {service} with our {n}-week online course. Enroll today at {website}",
        "Support our journalism: subscribe today for just ${n}.99/month.", "{pitch}. Visit [{company}]({website}) to learn more.",
        "Need {service}? {company} is {kind}. {pitch}: {phone_en}",
    ],
    "ad_head": ["### About {company}", "About {company}", "### Try {company}", "**Sponsored**", "Advertisement", "## Our Sponsor", "**Partner content**"],
    "ad_body": [
        "{company} is {kind} offering {services}. Learn more at {website}.", "A free trial is available at: [{website}]({website})",
        "{company} helps teams with {services}. {pitch}.", "Founded in {year}, {company} serves more than {n3} clients across {n} countries.",
        "Contact our sales team at {email} or {phone_en}.",
    ],

    # ---- chrome
    "dateline": [
        "Published: {date_en}", "**Published:** {date_en}", "**Posted on:** {date_en}", "Posted on {date_en}", "Updated {time_en}, {date_en}",
        "{date_en} · {n} min read", "{n} min read", "Last updated: {date_en}", "{date_en}", "Listen to this article", "Home > {section} > {section2}",
    ],
    "share": [
        "Share this article", "Share:", "Share on Twitter", "Share on Facebook", "Share this story", "Share", "Email | Print | Share",
        "[Twitter]({link_url}) | [Facebook]({link_url}) | [LinkedIn]({link_url})", "Copy link",
    ],
    "img_line": ["![]({img_url})", "![{alt}]({img_url})", "![{alt}]({img_url} \"{alt}\")", "<img src=\"{img_url}\" alt=\"{alt}\">", "[![]({img_url})]({link_url})"],
    "separator": ["---", "---", "* * *", "***", "___", "<!--more-->", "- - -", "⁂"],
    "rec_head": ["Related articles", "Related Topics", "### Related", "Read more:", "Read more", "You may also like", "More from {org}", "Recommended for you", "## Further reading", "**Related:**", "Also read"],
    "rec_link": ["- [{link_title}]({link_url})", "- [{link_title}]({link_url})", "* [{link_title}]({link_url})", "[{link_title}]({link_url})", "• {link_title}", "{i}. [{link_title}]({link_url})"],
    "tags": ["Tags: {tag}, {tag}, {tag}", "Filed under: {tag}", "Posted in {tag}", "**Tags:** {tag} · {tag}", "Topics: {tag}, {tag}", "- [{tag}](/tags/{tag})"],
    "comment_prompt": [
        "What do you think? Let us know in the comments below.", "Leave a comment", "Join the discussion", "{n} comments", "Comments",
        "Found a typo? Edit this page on GitHub.", "Have thoughts on this? Reply to this email or leave a comment.", "Sign in to comment",
    ],
    "nav": ["Back to top", "← Previous post", "Next post →", "Print", "Continue reading", "Next: {link_title}"],
    "glue_attr": [
        " (Source: {source})", " - Originally published at {url}", " Photo: {image}", " (Reporting by {author}; editing by {editor})", " Via {source}.",
        " This article is republished from {source} under a Creative Commons license. Read the original article.",
    ],
    "glue_notice": [
        " All rights reserved.", " © {year} {org}. All rights reserved.", " The views expressed here are the author's own.",
        " The views expressed in this article are the author's own and do not necessarily reflect those of {org}.",
    ],

    # ---- small word lists
    "role": ["senior reporter", "contributing writer", "staff writer", "freelance journalist", "principal engineer", "research fellow", "columnist", "editor-at-large"],
    "alt": ["hero image", "Photo", "screenshot", "illustration", "Image", "cover"],
    "tag": ["technology", "business", "security", "open-source", "policy", "logistics", "cloud", "startups", "finance", "housing"],
    "code": ["SAVE20", "WELCOME10", "READER50", "SPRING25", "NEWS15"],
    "newsletter": ["The {prefix} Brief", "{org} Daily", "The Morning {suffix}", "{prefix} Weekly"],
}

# ----------------------------------------------------------------------------------
# Blocks: which lines a header / inline / trailer item is made of.
# Each item: alternative layouts; a layout: [(label, symbol, min, max), ...].
# ----------------------------------------------------------------------------------
Layout = list[tuple[str, str, int, int]]

# Symbols whose repeated lines in one block share one template (a list keeps its style);
# other repeated symbols use distinct templates while they last. `{i}` is the 1-based
# position of a line among its repeats.
UNIFORM_SYMBOLS: set[str] = {"rec_link", "aval_url", "img_line", "separator", "lc_ref"}

ZH_BLOCKS: dict[str, list[Layout]] = {
    # header items
    "byline": [[("chrome", "byline", 1, 1)], [("chrome", "byline", 1, 1)], [("chrome", "byline_pre", 1, 1), ("chrome", "byline", 1, 1)]],
    "follow_top": [[("chrome", "follow_top", 1, 1)], [("chrome", "separator", 1, 3), ("chrome", "follow_top", 1, 1)], [("chrome", "follow_top", 1, 1), ("chrome", "img_line", 1, 1)]],
    "top_image": [[("chrome", "img_line", 1, 3)]],
    "slogan": [[("chrome", "slogan", 1, 1)], [("chrome", "slogan", 2, 2)]],
    "platform_top": [[("chrome", "platform_top", 1, 2)]],
    "top_notice": [[("notice", "notice_head", 1, 1), ("notice", "notice_para", 1, 3)], [("notice", "notice_line", 1, 1)]],
    "top_ad": [[("chrome", "img_line", 0, 1), ("ad", "ad_sub", 2, 3)], [("ad", "ad_oneliner", 1, 1)], [("ad", "ad_course", 1, 1), ("chrome", "img_line", 0, 1)]],
    "head_attr": [
        [("attribution", "attr_header", 1, 1)], [("attribution", "attr_header", 1, 1)], [("attribution", "attr_header", 2, 3)],
        [("attribution", "akey_source", 1, 1), ("attribution", "aval_source", 1, 1)],
        [("attribution", "lc_via", 0, 1), ("attribution", "lc_author", 1, 1), ("attribution", "lc_translator", 0, 1), ("attribution", "lc_editor", 1, 2)],
    ],
    # inline image credit between body paragraphs
    "inline_image": [
        [("chrome", "img_line", 1, 1), ("attribution", "attr_inline_image", 1, 1)], [("chrome", "img_line", 1, 1), ("attribution", "attr_inline_image", 1, 1)],
        [("attribution", "attr_inline_image", 1, 1)], [("attribution", "attr_inline_image", 1, 1), ("chrome", "img_line", 1, 1)], [("chrome", "img_line", 1, 2)],
    ],
    # trailer items
    "tail_attr": [
        [("attribution", "attr_trailer", 1, 1)], [("attribution", "attr_trailer", 1, 1)], [("attribution", "attr_trailer", 2, 4)],
        [("attribution", "attr_credits", 1, 1)], [("attribution", "akey_url", 1, 1), ("attribution", "aval_url", 1, 3)],
        [("attribution", "akey_source", 1, 1), ("attribution", "aval_source", 1, 1)], [("attribution", "akey_image", 1, 1), ("attribution", "aval_image", 1, 1)],
        [("chrome", "separator", 0, 1), ("attribution", "lc_via", 1, 1), ("attribution", "lc_author", 1, 1), ("attribution", "lc_translator", 1, 1),
         ("attribution", "lc_editor", 1, 2), ("attribution", "lc_credit", 0, 1), ("attribution", "lc_ref", 0, 2)],
    ],
    "notice": [[("notice", "notice_line", 1, 1)], [("notice", "notice_line", 1, 1)], [("notice", "notice_line", 2, 2)], [("notice", "notice_head", 1, 1), ("notice", "notice_para", 1, 3)]],
    "ad": [
        [("ad", "ad_oneliner", 1, 1)],
        [("ad", "ad_head", 0, 1), ("ad", "ad_intro", 1, 1), ("ad", "ad_service_line", 0, 3), ("chrome", "img_line", 0, 1), ("ad", "ad_contact", 1, 4), ("ad", "ad_cta", 0, 1)],
        [("ad", "ad_head", 1, 1), ("ad", "ad_intro", 1, 1), ("ad", "ad_contact", 2, 5)],
        [("ad", "ad_head", 0, 1), ("ad", "ad_service_line", 2, 3), ("ad", "ad_contact", 1, 3), ("chrome", "img_line", 0, 1), ("ad", "ad_cta", 1, 1)],
        [("ad", "ad_recruit", 1, 2)], [("ad", "ad_course", 1, 2), ("chrome", "img_line", 0, 1)], [("ad", "ad_cta", 1, 1), ("chrome", "img_line", 1, 1)],
    ],
    "end_mark": [[("chrome", "end_mark", 1, 1)], [("chrome", "separator", 1, 1), ("chrome", "end_mark", 1, 1), ("chrome", "separator", 1, 1)]],
    "recommend": [[("chrome", "rec_head", 1, 1), ("chrome", "rec_link", 3, 5)], [("chrome", "rec_head", 1, 1), ("chrome", "img_line", 0, 1), ("chrome", "rec_link", 2, 4)]],
    "follow_bottom": [
        [("chrome", "follow_bottom", 1, 1)], [("chrome", "img_line", 1, 1), ("chrome", "follow_bottom", 1, 1)], [("chrome", "follow_bottom", 1, 1), ("chrome", "img_line", 1, 2)],
        [("chrome", "follow_pair_a", 1, 1), ("chrome", "follow_pair_b", 1, 1)], [("chrome", "img_line", 1, 1), ("chrome", "follow_pair_a", 1, 1), ("chrome", "follow_pair_b", 1, 1)],
        [("chrome", "slogan", 1, 2), ("chrome", "img_line", 0, 1)],
    ],
    "interact": [
        [("chrome", "interact_line", 1, 1)], [("chrome", "interact_line", 1, 2)],
        [("chrome", "w_like", 1, 1), ("chrome", "w_wow", 1, 1), ("chrome", "w_share", 1, 1)],
        [("chrome", "w_share", 1, 1), ("chrome", "w_like", 1, 1), ("chrome", "w_wow", 1, 1)],
        [("chrome", "int_a", 1, 1), ("chrome", "w_wow", 1, 1), ("chrome", "int_c", 1, 1), ("chrome", "w_like", 1, 1), ("chrome", "int_e", 1, 1)],
    ],
    "read_original": [[("chrome", "read_original", 1, 1)]],
    "comment": [[("chrome", "comment_prompt", 1, 1)]],
    "portal_tail": [[("chrome", "portal_tail", 1, 3)]],
    "separator": [[("chrome", "separator", 1, 1)], [("chrome", "separator", 1, 3)]],
}

EN_BLOCKS: dict[str, list[Layout]] = {
    "byline": [[("attribution", "attr_author", 1, 1)], [("attribution", "attr_author", 1, 1), ("chrome", "dateline", 1, 1)], [("chrome", "dateline", 1, 1), ("attribution", "attr_author", 1, 1)]],
    "dateline": [[("chrome", "dateline", 1, 1)], [("chrome", "dateline", 1, 2)]],
    "hero_image": [[("chrome", "img_line", 1, 1)], [("chrome", "img_line", 1, 1), ("attribution", "attr_image", 1, 1)]],
    "share": [[("chrome", "share", 1, 1)], [("chrome", "share", 2, 3)]],
    "head_attr": [[("attribution", "attr_header", 1, 1)], [("attribution", "attr_source", 1, 1)]],
    "inline_image": [[("chrome", "img_line", 1, 1), ("attribution", "attr_inline_image", 1, 1)], [("chrome", "img_line", 1, 1)], [("attribution", "attr_inline_image", 1, 1)]],
    "tail_attr": [
        [("attribution", "attr_trailer", 1, 1)], [("attribution", "attr_trailer", 1, 1)], [("attribution", "attr_trailer", 2, 3)],
        [("attribution", "attr_editor", 1, 1)], [("attribution", "attr_source", 1, 1), ("attribution", "attr_url", 0, 1)],
    ],
    "bio": [[("attribution", "bio_head", 1, 1), ("attribution", "attr_bio", 1, 1)], [("attribution", "attr_bio", 1, 1)]],
    "notice": [[("notice", "notice_line", 1, 1)], [("notice", "notice_line", 1, 2)], [("notice", "notice_head", 1, 1), ("notice", "notice_para", 1, 2)]],
    "ad": [[("ad", "ad_line", 1, 1)], [("ad", "ad_line", 1, 2)], [("ad", "ad_head", 1, 1), ("ad", "ad_body", 1, 3)], [("ad", "ad_head", 1, 1), ("chrome", "img_line", 0, 1), ("ad", "ad_line", 1, 1)]],
    "related": [[("chrome", "rec_head", 1, 1), ("chrome", "rec_link", 3, 5)]],
    "tags": [[("chrome", "tags", 1, 1)], [("chrome", "tags", 1, 1), ("chrome", "tags", 1, 2)]],
    "comment": [[("chrome", "comment_prompt", 1, 1)], [("chrome", "comment_prompt", 1, 2)]],
    "nav": [[("chrome", "nav", 1, 2)]],
    "separator": [[("chrome", "separator", 1, 1)]],
}

# ----------------------------------------------------------------------------------
# Which items a header / trailer may hold, with the chance of each (canonical order).
# ----------------------------------------------------------------------------------
ZH_HEADER_ITEMS: list[tuple[str, float]] = [
    ("top_ad", 0.05), ("byline", 0.45), ("platform_top", 0.12), ("top_image", 0.3), ("follow_top", 0.3),
    ("slogan", 0.12), ("top_notice", 0.08), ("head_attr", 0.35),
]
ZH_TRAILER_ITEMS: list[tuple[str, float]] = [
    ("end_mark", 0.25), ("tail_attr", 0.7), ("notice", 0.4), ("ad", 0.35), ("recommend", 0.3), ("follow_bottom", 0.3),
    ("interact", 0.35), ("read_original", 0.18), ("comment", 0.1), ("portal_tail", 0.06),
]
EN_HEADER_ITEMS: list[tuple[str, float]] = [
    ("byline", 0.45), ("dateline", 0.3), ("hero_image", 0.25), ("share", 0.12), ("head_attr", 0.15),
]
EN_TRAILER_ITEMS: list[tuple[str, float]] = [
    ("separator", 0.2), ("tail_attr", 0.7), ("bio", 0.15), ("notice", 0.35), ("ad", 0.3), ("related", 0.3),
    ("share", 0.15), ("tags", 0.2), ("comment", 0.15), ("nav", 0.08),
]

# ----------------------------------------------------------------------------------
# Simplified -> traditional characters, for the characters of the Chinese banks above
# (pairs "简繁"), plus a few words whose traditional form is not char-by-char.
# ----------------------------------------------------------------------------------
S2T_PAIRS: str = """
来來 转轉 载載 图圖 编編 辑輯 责責 审審 对對 权權 归歸 删刪 联聯 声聲 观觀 点點 仅僅 场場
阅閱 读讀 赞讚 关關 们們 蓝藍 扫掃 码碼 识識 别別 维維 广廣 务務 业業 专專 询詢 话話 电電
邮郵 网網 号號 众眾 绍紹 简簡 报報 仓倉 储儲 运運 输輸 训訓 课課 产產 贷貸 财財 经經 师師
设設 计計 为為 与與 发發 术術 机機 构構 动動 区區 时時 间間 页頁 门門 东東 华華 国國 际際
实實 现現 问問 题題 标標 质質 价價 优優 费費 热熱 线線 长長 车車 书書 写寫 学學 习習 园園
丽麗 乐樂 云雲 龙龍 鸿鴻 达達 汇匯 荣榮 伟偉 杰傑 军軍 刚剛 红紅 宁寧 静靜 颖穎 张張 刘劉
陈陳 杨楊 黄黃 赵趙 吴吳 郑鄭 冯馮 孙孫 马馬 罗羅 谢謝 韩韓 许許 邓鄧 苏蘇 叶葉 吕呂 蒋蔣
钟鍾 卢盧 谭譚 韦韋 贾賈 邹鄒 阎閻 贺賀 顾顧 龚龔 钱錢 严嚴 陆陸 汤湯 万萬 欧歐 诸諸 孙孫
涛濤 艳艷 娟娟 鹏鵬 辉輝 凯凱 帅帥 琳琳 晓曉 梦夢 泽澤 铭銘 瑶瑤 璐璐 蕾蕾 录錄 显顯 库庫
摄攝 插插 頁頁 链鏈 址址 参參 资資 讯訊 稿稿 闻聞 处處 息息 容容 记記 执執 笔筆 约約 终終
复復 值值 期期 选選 统統 筹籌 执執 员員 宽寬 传傳 视視 频頻 馆館 试試 验驗 队隊 开開 还還
这這 么麼 没沒 会會 个個 们們 应應 该該 样樣 种種 听聽 说說 请請 让讓 给給 认認 论論 谁誰
论論 访訪 护護 协協 创創 办辦 优優 惠惠 团團 购購 买買 卖賣 货貨 单單 证證 册冊 许許 权權
税稅 险險 盘盤 铺鋪 楼樓 写寫 间間 厅廳 装裝 饰飾 备備 级級 细細 织織 绩績 续續 维維 纷紛
纠糾 纸紙 约約 红紅 纳納 练練 组組 绿綠 缘緣 综綜 给給 结結 绝絕 绕繞 终終 经經 线線 细細
验驗 获獲 诚誠 聘聘 简簡 历歷 双雙 险險 吃吃 济濟 岛島 庆慶 郑鄭 汉漢 锡錫 连連 门門 阳陽
贵貴 珠珠 圳圳 莞莞 苏蘇 滨濱 湾灣 环環 岭嶺 鹭鷺 猎獵 鲸鯨 鼠鼠 灯燈 罗羅 盘盤 镜鏡 棱稜
舟舟 擎擎 禾禾 湖湖 广廣 鹿鹿 鸣鳴 听聽 锦錦 燕燕 帆帆 辰辰 篱籬 窗窗 极極 硬硬 数數 智智
端端 港港 远遠 澜瀾 拾拾 亩畝 苇葦 风風 启啟 轻輕 临臨 圈圈 君君 社社 局局 研研 究究 院院
验驗 报報 刊刊 线線 参參 频頻  谈談 评評 盟盟 区區 药藥 能能 制製 芯芯 发發 维維 务務
产產 资資 众眾 众眾 侵侵 权權 删刪 载載 预預 览覽 签簽 说說 阅閱 沉沉 浸浸 录錄 题題 约約
关關 键鍵 导導 当當 页頁 体體 闭閉 窗窗 纠糾 错錯 顶頂 篇篇 邮郵 访訪 荐薦 围圍 扫掃 维維
击擊 选選 择擇 设設 获獲 锁鎖 钻鑽 戳戳 亮亮 让讓 转轉 认認 当當 欢歡 迎迎 领領 进進 限限
优優 仅僅 剩剩 额額 优優 届屆 谈談 洽洽 难難 题題 详詳 见見 群群 讲講 故故 带帶 懂懂 这這
里裡 温溫 度度 传傳 递遞 值值 趣趣 议議 态態 广廣 告告 伙夥 伴伴 营營 举舉  围圍 规規
划劃 综綜 综綜 订訂 阅閱 杂雜  倾傾 力力 荐薦 码碼 全全 时時 处處 贡貢 献獻 户戶 观觀
仅僅 读讀 责責 负負 损損 失失 务務 与與 无無 关關 础礎 该該 尊尊 创創 处處 理理 种種 赢贏
并並 赞贊 证證 实實 真真 问問 题題 请請 联聯  网網 络絡 结結 构構 构構 图圖 书書 馆館
试試 听聽 报報 价價 电電 书書 礼禮 白白 皮皮 员員 调調 度度 销銷 售售 会會 计計 员員 庄莊
钢鋼 铁鐵 铜銅 银銀 锋鋒  针針 错錯 镇鎮 闪閃 闭閉 问問 间間 闻聞 阅閱 队隊 阳陽 阴陰
陆陸 际際 陈陳 险險 随隨 隐隱 难難 双雙 发發 变變 叙敘 号號 叶葉 吗嗎 启啟 员員 呐吶 周周
币幣 帐帳 帮幫 库庫 应應 庙廟 废廢 开開 异異 张張 弹彈 归歸 当當 录錄 彻徹 征徵 径徑 忆憶
忧憂 怀懷 态態 总總 恋戀 恶惡 悬懸 惊驚 惯慣 愤憤 戏戲 战戰 户戶 扑撲 执執 扩擴 扫掃 扬揚
扰擾 抚撫 抛拋 抢搶 护護 报報 担擔 拟擬 拥擁 拦攔 择擇 挂掛 挡擋 挥揮 损損 换換 据據 掷擲
搁擱 携攜 摆擺 摇搖 敌敵 数數  断斷 无無 旧舊 时時 旷曠 昙曇 显顯 晋晉 晒曬 晓曉 术術
朴樸 机機 杀殺 杂雜 权權 条條 来來 杨楊 极極 构構 枪槍 柜櫃 标標 栏欄 树樹 样樣 桥橋 检檢
楼樓 横橫 欢歡 欧歐 步步 残殘 毁毀 气氣 汇匯 汉漢 汤湯 沟溝 没沒 泪淚 泽澤 洁潔 浅淺 测測
济濟 浏瀏 浓濃 涂塗 涛濤 润潤 涨漲 渐漸 温溫 湿濕 满滿 滚滾 滞滯 灭滅 灵靈 灿燦 炉爐 点點
炼煉 烟煙 烦煩 烧燒 热熱 爱愛 爷爺 牍牘 状狀 犹猶 狮獅 独獨 狭狹 猪豬 献獻 环環 现現 玛瑪
电電 画畫 畅暢 疗療 疯瘋 监監 盖蓋 盗盜 着著 睁睜 础礎 确確 码碼 砖磚 礼禮 祸禍 离離 种種
积積 称稱 稳穩 窃竊 竞競 笔筆 笋筍 筑築 签簽 简簡 粮糧 紧緊 纪紀 约約 级級 纯純 纲綱 纵縱
纺紡 纽紐 线線 练練 组組 绅紳 细細 织織 终終 绍紹 经經 绑綁 结結 绕繞 给給 络絡 绝絕 统統
继繼 绩績 绪緒 续續 维維 绵綿 综綜 绿綠 缓緩 编編 缘緣 缩縮 缴繳 网網 罚罰 罢罷 习習 翘翹
耸聳 职職 联聯 聪聰 肃肅 胜勝 脑腦 脚腳 脱脫 脸臉 舰艦 艺藝 节節 芦蘆 苍蒼 苹蘋  荐薦
莱萊 获獲 营營 萧蕭 蓝藍 虑慮 虽雖 蚁蟻 蛮蠻 补補 衬襯 袭襲 装裝 视視 览覽 觉覺 触觸 誉譽
计計 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诉訴
词詞 译譯 试試 诚誠 话話 询詢 该該 详詳 语語 误誤 说說 请請 诸諸 读讀 课課 谁誰 调調 谈談
谋謀 谓謂 谢謝 谨謹 谱譜 贝貝 负負 贡貢 财財 责責 贤賢 败敗 货貨 质質 贩販 贪貪 购購 贯貫
贴貼 贵貴 贷貸 费費 贺賀 资資 赏賞 赔賠 赖賴 赚賺 赛賽 赞贊 赠贈 赵趙 赶趕 趋趨 跃躍 践踐
踪蹤 车車 轨軌 转轉 轮輪 软軟 轻輕 载載 较較 辅輔 辆輛 辈輩 输輸 辖轄 边邊 达達 迁遷 过過
运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰 郁鬱 酱醬 释釋
针針 钉釘 钓釣 钢鋼 钥鑰 钱錢 铁鐵 铃鈴 铅鉛 银銀 铺鋪 链鏈 销銷 锁鎖 锅鍋 错錯 锦錦 键鍵
镜鏡 长長 门門 闪閃 闭閉 问問 闯闖 闲閒 间間 闹鬧 闻聞 阅閱 阔闊 队隊 阶階 际際 陆陸 陈陳
险險 隐隱 隶隸 难難 雾霧 静靜 靠靠 韦韋 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領
频頻 题題 颜顏 额額 风風 飞飛 饭飯 饮飲 饰飾 饱飽 馆館 马馬 驱驅 驶駛 驻駐 驾駕 验驗 骗騙
鱼魚 鸟鳥 鸡雞 鸭鴨 鹏鵬 麦麥 黄黃 齐齊 龄齡 龙龍 龟龜 冲衝 况況 净淨 减減 凤鳳 凭憑 创創
刹剎 剑劍 剧劇 劝勸 办辦 务務 动動 励勵 劲勁 势勢 勋勳 区區 医醫 华華 协協 单單 卖賣 卫衛
厂廠 历歷 压壓 厅廳 县縣 参參 双雙 变變 后後 吓嚇 听聽 启啟 咨諮 响響 哑啞 团團 园園 围圍
图圖 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 坝壩 垄壟 垒壘 执執 扫掃 补補 够夠 头頭 夸誇 夺奪
奋奮 奖獎 妆妝 妇婦 妈媽 娱娛 婴嬰 孙孫 宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 对對 寻尋
导導 层層 屿嶼 岁歲 岂豈 岗崗 岭嶺 峡峽 币幣 师師 帐帳 带帶 帧幀 帮幫  并並 广廣 庆慶
库庫 应應 庐廬 废廢 开開 异異 弃棄 张張 弥彌 弯彎 归歸 录錄 彦彥 征徵 径徑 忆憶 态態 恒恆
恳懇 恼惱 悦悅 愿願 惩懲 懒懶 戏戲 战戰 扑撲 托託 扩擴 执執 扰擾 拨撥 择擇 拥擁 挤擠 挥揮
捞撈 捡撿 换換 据據 掳擄 掴摑 揽攬 搜搜 携攜 摄攝 撑撐 敛斂 斋齋 旧舊 显顯 晕暈 暂暫 术術
杂雜 朵朵 杰傑   构構 枣棗 柜櫃 栋棟 栏欄 档檔 桥橋 梦夢  检檢 楼樓 榄欖 榜榜
气氣 汇匯 汹洶 沪滬 泻瀉 泼潑 泽澤 洒灑 浊濁 测測 涂塗 润潤 淀澱 渊淵 渔漁 湾灣 湿濕 溃潰
滩灘 潜潛 灯燈 灾災 烛燭 烫燙 焕煥 爷爺 牵牽 犹猶 狱獄 猎獵 玑璣 环環 琐瑣 瓯甌 疮瘡 
皱皺 盏盞 盐鹽 眬矓 矿礦 码碼 砚硯 础礎 硕碩 确確 碍礙 祖祖 禅禪 秃禿 积積 窍竅 窑窯 竖豎
筛篩 筹籌 签簽 类類 粪糞 糁糝 紧緊 纤纖 纲綱 驰馳 绕繞 绘繪 绳繩 缆纜 缝縫 罗羅 罚罰 罢罷
胁脅 胆膽 胶膠 脉脈 脏髒 舆輿 舱艙 艰艱 苏蘇 茧繭 荡蕩 荫蔭 药藥 莹瑩 萝蘿 蔼藹 蕴蘊 虏虜
虚虛 虫蟲 蚀蝕 蛊蠱 蜗蝸 衔銜 袄襖 裤褲 见見 观觀 规規 觅覓 视視 览覽  贝貝 贞貞 账賬
贿賄 赁賃 赃贓 赌賭 赠贈 趋趨 跷蹺 躏躪 轰轟 辞辭 辩辯 迈邁 迹跡 适適 递遞 遥遙 邓鄧 郦酈
醉醉 酿釀 里裡 鉴鑒 钞鈔 钩鉤 钻鑽 铝鋁 铭銘 锈鏽 锋鋒 锐銳 锤錘 镀鍍 闸閘 闽閩 阁閣 阀閥
阵陣 阻阻 陕陝 陨隕 隙隙 雏雛 霁霽 韵韻 顽頑 颁頒 颂頌 颈頸 颗顆 飘飄 饥飢 饲飼 饼餅 馈饋
驳駁 驴驢 驻駐 骂罵 骄驕 骤驟 髅髏 鬓鬢 鲁魯 鲜鮮 鸽鴿 鹅鵝 鹰鷹 黉黌 齿齒 选選 垦墾 虾蝦
两兩 丰豐 义義 乌烏 于於 亚亞 从從 债債 兰蘭 内內 决決 则則 劳勞 厦廈 垫墊 将將 强強 拣揀
栈棧 渗滲 腾騰 讼訟 诊診 贸貿 轩軒 辽遼 逊遜
"""
# Words whose traditional form is not the char-by-char one (applied before the char map).
S2T_WORDS: dict[str, str] = {
    "联系": "聯繫", "系统": "系統", "关系": "關係", "后台": "後臺", "平台": "平臺", "台湾": "臺灣",
    "发表": "發表", "头发": "頭髮", "里面": "裡面", "公里": "公里", "干货": "乾貨", "面积": "面積",
    "复制": "複製", "复审": "複審", "范围": "範圍", "准确": "準確", "标准": "標準", "杂志": "雜誌",
    "征订": "徵訂", "周刊": "週刊", "每周": "每週", "周报": "週報"
}
