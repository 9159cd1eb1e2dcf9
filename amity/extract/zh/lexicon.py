"""Words the Chinese rules are made of: titles, surnames, event cues, ties, measure words.

All entries are simplified Chinese: the rules match on the folded view (amity.extract.zh.text).
"""

from __future__ import annotations

import re
from functools import cache

# Roles that stand right before (or after) a person's name. Ranks ("二级巡视员") come from RANKED.
TITLES = """
会长 副会长 常务副会长 名誉会长 执行会长 会长代行 主席 副主席 名誉主席 执行主席 秘书长 副秘书长
常务副秘书长 总干事 副总干事 干事长 理事长 副理事长 常务理事 理事 监事长 董事长 副董事长 总经理
副总经理 总裁 副总裁 市长 副市长 常务副市长 代市长 省长 副省长 代省长 州长 副州长 县长 副县长
区长 副区长 镇长 村长 知事 副知事 道知事 知事代理 议长 副议长 议员 市议员 书记 副书记
市委书记 市委副书记 省委书记 省委副书记 区委书记 县委书记 党委书记 总书记 大使 特命全权大使
总领事 副总领事 领事 公使 公使衔参赞 参赞 一等秘书 二等秘书 三等秘书 武官 主任 副主任 常务副主任
部长 副部长 司长 副司长 局长 副局长 厅长 副厅长 处长 副处长 科长 副科长 所长 副所长 馆长 副馆长
院长 副院长 校长 副校长 团长 副团长 总团长 领队 委员长 副委员长 主任委员 常委 委员 总统 副总统
总理 副总理 首相 副首相 外长 外交部长 国务委员 特使 政务官 事务次官 政务次官 长官 副长官 首席部长
市政委员 主管 经理 总监 教授 副教授 研究员 顾问 高级顾问 首席代表 发言人 新闻发言人 执行主任
协调员 总协调人 联络员 行长 副行长 总编辑 社长 副社长 党组书记 党组成员 巡视员 副巡视员
调研员 副调研员 专员 特派员 总指挥 队长 副队长 酋长 国王 王储 亲王 市政经理 执行官 首席执行官
""".split()
RANKED = re.compile(r"[一二三四]级(?:巡视员|调研员|主任科员|主任|高级主管)")
HONORIFICS = ("同志", "先生", "女士", "小姐", "阁下", "博士", "教授", "夫人", "大使", "老师")

# The commonest Chinese surnames (compound ones first); a name written without a title
# before it must start with one.
COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 端木 长孙 宇文 司徒 申屠".split()
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
    "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚"
    "鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋"
    "相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邰雍辜羊阿乌母裘亓修邴赫杭况那宿鲜印逯隆茹诸战慕危玉银"
    "亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)

# Words that end a name written after a title: a name never runs into them.
NAME_STOPS = tuple(
    sorted(
        """
同志 先生 女士 小姐 阁下 夫人 博士 教授 一行 等 率 率领 带领 带队 表示 说 指出 强调 介绍 致辞 讲话
会见 会谈 接见 宴请 出席 参加 在 向 对 与 和 及 为 代表 首先 主持 宣布 陪同 应邀 一同 也 还 分别 共同
热情 亲切 欢迎 感谢 希望 祝贺 回顾 认为 是 的 将 就 于 从 赴 到 来 访问 签署 签订 出访 颁发 发表 致
担任 作为 等人 参观 多次 相关 有关 全体 各位 各界 部分 主要 共同 参加活动 以及 随后 即将 亲自 考察 前往 抵达 莅临 会晤 通报 听取 一起 同 见证 互赠 赠送 并 则 均 都 又 已 曾
""".split(),
        key=len,
        reverse=True,
    )
)

# What an organization's name ends with; a country's name right before 部/司/处 is a desk.
ORG_ENDS = (
    "协会 友协 学会 商会 联合会 促进会 基金会 委员会 研究会 联谊会 友好会馆 中心 会馆 大学 学院 学校 中学"
    " 小学 医院 政府 人大 政协 议会 外办 外事办 侨办 办公室 办公厅 外交部 外务省 部 局 厅 司 处 科 室 所"
    " 院 馆 团 社 队 组 署 省 市 县 区 州 党 集团 公司 银行 组织 联盟 网络 论坛 理事会 秘书处 代表处"
    " 大使馆 总领事馆 领事馆 使馆 委 会 府 道 都"
).split()
DESK = ("部", "司", "处", "科", "组")
INTERNATIONAL = ("联合国", "世界", "国际", "欧盟", "东盟", "上合组织", "亚太", "非盟", "金砖")

# Event cues: word -> RECORDS.md event type (longest words win where they overlap).
EVENT_CUES = {
    "forum": "论坛 分论坛 峰会 研讨会 研讨班 学术会议 大会 年会 圆桌会 圆桌会议 高峰会议 市长会议 对话会议"
    " 恳谈会 研讨 会议 工作会议 理事会议 联席会议",
    "visit": "访问 访华 访日 访韩 访俄 访美 访欧 访京 访沪 来访 出访 到访 参访 考察 代表团 访华团 访日团"
    " 访问团 考察团 友好团 交流团 率团 率队 拜访 回访 互访",
    "meeting": "理事会 常务理事会 全体会议 会见 会谈 会晤 接见 宴请 座谈 座谈会 对话会 交流会 见面会 招待会 欢迎会 酒会 晚宴 宴会"
    " 茶话会 欢迎宴 工作会谈 通话 视频会见 视频会议",
    "signing": "签约仪式 签字仪式 签约 签署仪式 结好仪式 缔结仪式 签署 签订",
    "training": "培训 培训班 研修 研修班 夏令营 冬令营 训练营 交流营 研学营 体验营 研学 讲习班 实习 进修 游学",
    "volunteering": "志愿者 志愿服务 医疗队 援外医疗队 青年志愿者 义诊",
    "culture": "纪念活动 庆祝活动 纪念大会 文化周 文化节 艺术节 电影节 电影周 音乐节 音乐会 演出 展演 展览 图片展 摄影展 美食节"
    " 文化月 文化年 旅游年 巡演 演唱会 庆典 庆祝活动 嘉年华 文艺晚会 晚会 联欢会 书画展 运动会 友谊赛 比赛",
    "founding": "接纳 吸纳 成立大会 成立仪式 揭牌仪式 揭牌 挂牌 成立 启动仪式 开馆 落成",
    "aid": "捐赠 捐助 援助 捐款 援建 捐建 赠送仪式 慈善",
}
TIE_WORDS = {
    "sister_city": "友好城市 友城 姐妹城市 姊妹城市 友好省州 友好省 友好县 友好区 友好城区 友好州"
    " 友好交流城市 友好合作城市 友好交流关系 友好合作关系城市 国际友城 友好省县 友好省道 友好市",
    "school": "友好学校 姊妹学校 姐妹学校 友好校 姊妹校 姐妹校 友好院校",
    "agreement": "合作协议 合作备忘录 谅解备忘录 备忘录 协议书 协议 意向书 合作框架 框架协议 合作协定"
    " 协定 战略合作",
}

# Country abbreviations used in compounds ("中日友协", "日方", "访华", "驻日").
ABBREV = {
    "中": "CN",
    "华": "CN",
    "日": "JP",
    "韩": "KR",
    "朝": "KP",
    "俄": "RU",
    "美": "US",
    "英": "GB",
    "法": "FR",
    "德": "DE",
    "澳": "AU",
    "加": "CA",
    "印": "IN",
    "巴": "PK",
    "哈": "KZ",
    "吉": "KG",
    "乌": "UZ",
    "塔": "TJ",
    "越": "VN",
    "老": "LA",
    "柬": "KH",
    "泰": "TH",
    "缅": "MM",
    "蒙": "MN",
    "菲": "PH",
    "新": "NZ",
    "土": "TR",
    "埃": "EG",
    "以": "IL",
    "伊": "IR",
    "希": "GR",
    "西": "ES",
    "葡": "PT",
    "意": "IT",
    "荷": "NL",
    "比": "BE",
    "瑞": "SE",
    "芬": "FI",
    "挪": "NO",
    "丹": "DK",
    "波": "PL",
    "捷": "CZ",
    "匈": "HU",
    "塞": "RS",
    "白": "BY",
    "阿": "AR",
    "智": "CL",
    "秘": "PE",
    "墨": "MX",
    "古": "CU",
    "南": "ZA",
    "苏": "SD",
}

# Measure words after a count, and which of them count people.
MEASURES = "人名位个对家所座批项场次届国座支年天"
PEOPLE_MEASURES = "人名位"


@cache
def cue_pattern(table: str = "events") -> re.Pattern[str]:
    """Returns one regex of every cue word of a table (longest first), a group per word."""
    source = EVENT_CUES if table == "events" else TIE_WORDS
    words = sorted({w for v in source.values() for w in v.split()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def cue_types(table: str = "events") -> dict[str, str]:
    """Returns word -> type of a cue table."""
    source = EVENT_CUES if table == "events" else TIE_WORDS
    return {w: kind for kind, v in source.items() for w in v.split()}


@cache
def title_pattern() -> re.Pattern[str]:
    """Returns the regex of a title, chains joined by 兼 included ("市委书记兼市长")."""
    one = "|".join(map(re.escape, sorted(TITLES, key=len, reverse=True)))
    one = f"(?:{RANKED.pattern}|{one})"
    return re.compile(f"{one}(?:兼{one})*")
