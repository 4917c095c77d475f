#!/usr/bin/env python3
"""Writes mixed-text.txt.gz: a deterministic text of over 1 MB for conformance tests and throughput benchmarks.

It mixes the prose of budget performance reports with general prose, and salts both with what trips segmenters:
numbers with decimals and thousands separators, percentages, dates, Latin words and acronyms, code-like tokens,
full-width digits and letters, rare and out-of-range characters, surrogate pairs, and every kind of whitespace.
Only Python's standard library is used, and the same seed always gives the same bytes.

Usage: make-mixed-text.py [OUT]   (default: mixed-text.txt.gz beside this script)
"""
import gzip
import os
import random
import sys

SEED = 20240601
TARGET_BYTES = 1_150_000

UNITS = ["南京市科技成果转化服务中心", "市财政局", "区教育局", "县卫生健康委员会", "市农业农村局", "街道办事处",
         "市生态环境局", "市住房和城乡建设局", "区文化广电旅游局", "市数据局", "市市场监督管理局", "县水务局",
         "市退役军人事务局", "市图书馆", "区疾病预防控制中心", "市第一人民医院", "市公共资源交易中心"]
PROJECTS = ["老旧小区改造项目", "智慧城市建设工程", "农村饮水安全巩固提升工程", "义务教育薄弱环节改善项目",
            "基层医疗卫生服务能力提升项目", "科技创新券补助", "高标准农田建设", "公共文化服务体系建设",
            "城市道路养护", "就业创业补贴", "河道综合整治", "数字政府一体化平台运维", "困难群众救助",
            "非物质文化遗产保护", "中小学校舍安全工程", "垃圾分类处理设施建设"]
INDICATORS = ["预算执行率", "资金到位率", "项目完成率", "验收合格率", "服务对象满意度", "群众满意度",
              "覆盖人数", "培训人次", "设备完好率", "按时完成率", "成本节约率", "投诉办结率"]
FUNDS = ["财政拨款收入", "一般公共预算", "政府性基金预算", "国有资本经营预算", "上年结转", "事业收入",
         "经营收入", "其他收入", "专项资金", "转移支付资金", "三公经费", "公用经费", "人员经费"]
BUDGET_TEMPLATES = [
    "{year}年度{unit}收入总额为{amount}万元，其中{fund}{amount2}万元，占{pct}。",
    "{unit}{project}年初预算数{amount}万元，全年执行数{amount2}万元，{indicator}为{pct}。",
    "根据《{unit}预算绩效管理办法》，本单位对{project}开展绩效自评，自评得分{score}分，评价等级为“{grade}”。",
    "{indicator}目标值≥{pct}，实际完成值{pct2}，偏差原因：{reason}。",
    "一、部门（单位）概况\n（一）基本情况\n{unit}内设{count}个科室，编制{count2}人，实有人员{count3}人。",
    "{year}年“三公”经费支出{amount}万元，较上年减少{amount2}万元，下降{pct}，主要原因是{reason}。",
    "项目支出{amount}万元，基本支出{amount2}万元，其中人员经费{amount3}万元、公用经费{amount4}万元。",
    "截至{year}年{month}月{day}日，{project}累计完成投资{amount}亿元，完成年度计划的{pct}。",
    "结转结余资金{amount}万元，已按规定收回财政统筹使用{amount2}万元。",
    "绩效目标：{project}完成率达到{pct}，{indicator}不低于{pct2}；产出指标{count}项，效益指标{count2}项。",
    "存在问题：一是绩效目标设置不够细化量化；二是{reason}；三是资金支付进度偏慢，执行率仅{pct}。",
    "下一步，{unit}将进一步压实预算执行主体责任，强化绩效结果应用，提高资金使用效益。",
    "表{count}：{year}年度项目支出绩效自评表（单位：万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n{project}\t{amount}\t{amount2}\t{amount3}\t{pct}",
    "经测算，单位成本{amount}元/人次，较{year}年的{amount2}元/人次下降{pct}。",
    "{unit}与{unit2}签订了{count}份合同，合同金额合计{money}元。",
]
REASONS = ["厉行节约、严格控制公务接待", "部分项目因政策调整延后实施", "疫情影响导致部分活动取消",
           "政府采购流程较长", "项目前期论证不充分", "预算编制不够科学精准", "人员变动导致经费减少",
           "上级补助资金下达较晚", "工程结算尚未完成", "设备采购价格低于预算"]
GENERAL_TEMPLATES = [
    "今天天气很好，{name}和{name2}一起去{place}散步，看到湖边的柳树已经发芽了。",
    "我们在{place}开会讨论了{topic}的问题，大家一致认为需要进一步研究。",
    "{name}说：“这件事情我已经知道了，明天再向领导汇报。”",
    "据新华社报道，{year}年全国GDP同比增长{pct}，CPI上涨{pct2}，就业形势总体稳定。",
    "他用Python写了一个脚本，调用REST API把数据导入PostgreSQL数据库，耗时{count}秒。",
    "这款手机搭载了{count}GB内存和{count2}mAh电池，支持5G网络和Wi-Fi 6，售价{money}元。",
    "小明的电子邮箱是xiaoming_{count}@example.com，电话是{phone}，请在工作日联系。",
    "《红楼梦》是中国古典小说的巅峰之作，书中塑造了贾宝玉、林黛玉、薛宝钗等众多人物形象。",
    "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。",
    "工信部发布的数据显示，截至{month}月底，我国5G基站总数达{count}万个，占移动基站总数的{pct}。",
    "The meeting was held in {place_en} on {month}/{day}/{year}; about {count} people attended.",
    "会议地点：{place}（{address}），时间：{year}-{month2}-{day2} {hour}:{minute}。",
    "C++和C#都是常用的编程语言，.NET平台上的F#也越来越流行；版本号v{count}.{count2}.{count3}已经发布。",
    "研究人员在Nature上发表论文，题为“Deep learning for {topic_en}”，引起了广泛关注。",
    "北京时间{hour}点{minute}分，长征五号遥{count}运载火箭在文昌航天发射场点火升空。",
    "{name}在{place}开了一家小店，主要经营土特产，年营业额约{amount}万元，利润率{pct}。",
    "上海浦东新区的房价每平方米超过{money}元，而中西部一些城市不到其三分之一。",
    "结婚的和尚未结婚的都应该来参加这次活动；他说的确实在理；这个门把手坏了。",
    "研究生命起源是一个古老的话题；乒乓球拍卖完了；南京市长江大桥全长{count}米。",
]
PLACES = ["玄武湖", "中山陵", "夫子庙", "鼓楼区", "浦口", "江宁大学城", "新街口", "栖霞山", "高淳老街",
          "深圳湾", "西湖", "外滩", "颐和园", "洪崖洞", "大雁塔", "黄山", "九寨沟"]
PLACES_EN = ["Nanjing", "Beijing", "Shanghai", "Hong Kong", "New York", "Geneva"]
TOPICS = ["垃圾分类", "数字化转型", "乡村振兴", "城市更新", "碳达峰碳中和", "营商环境", "养老服务",
          "预算绩效", "教育均衡", "医疗改革"]
TOPICS_EN = ["protein folding", "weather forecasting", "machine translation", "drug discovery"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然梓涵子轩一诺欣怡思远博文雨萱俊熙嘉懿梦琪晨曦婉清语桐"
GRADES = ["优", "良", "中", "差"]
# Words strung together at random: neighbours form words across their boundaries, which tests how the route
# through the dictionary breaks ties and how the HMM treats what is left.
VOCABULARY = """的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于 出 就 分 对 成 会 可
主 发 年 动 同 工 也 能 下 过 子 说 产 种 面 而 方 后 多 定 行 学 法 所 民 得 经 十 三 之 进 着 等 部 度 家 电 力 里
如 水 化 高 自 二 理 起 小 物 现 实 加 量 都 两 体 制 机 当 使 点 从 业 本 去 把 性 好 应 开 它 合 还 因 由 其 些 然
前 外 天 政 四 日 那 社 义 事 平 形 相 全 表 间 样 与 关 各 重 新 线 内 数 正 心 反 你 明 看 原 又 么 利 比 或 但 质
气 第 向 道 命 此 变 条 只 没 结 解 问 意 建 月 公 无 系 军 很 情 者 最 立 代 想 已 通 并 提 直 题 党 程 展 五 果 料
象 员 革 位 入 常 文 总 次 品 式 活 设 及 管 特 件 长 求 老 头 基 资 边 流 路 级 少 图 山 统 接 知 较 将 组 见 计 别
她 手 角 期 根 论 运 农 指 几 九 区 强 放 决 西 被 干 做 必 战 先 回 则 任 取 据 处 队 南 给 色 光 门 即 保 治 北 造
百 规 热 领 七 海 口 东 导 器 压 志 世 金 增 争 济 阶 油 思 术 极 交 受 联 什 认 六 共 权 收 证 改 清 美 再 采 转 更
单位 预算 绩效 支出 收入 项目 资金 管理 评价 目标 指标 完成 执行 财政 部门 情况 工作 服务 建设 发展 经费 结余
结转 拨款 公用 人员 基本 年度 自评 整体 效益 产出 成本 质量 数量 时效 满意度 社会 经济 生态 可持续 影响 偏差
原因 措施 改进 问题 存在 下一步 加强 提高 规范 落实 推进 开展 组织 实施 监督 检查 考核 结果 应用 公开 透明
科学 合理 有效 及时 准确 全面 一般 公共 政府性 基金 国有 资本 经营 专项 转移 支付 采购 合同 验收 审计 整改
中华人民共和国 研究生 生命 起源 和尚 尚未 结婚 乒乓球 拍卖 长江大桥 市长 江大桥 的确 确实 实在 在理 门把手
把手 发展中 国家 中国 家庭 人民 民生 生活 活动 动力 力量 量化 化学 学生 生产 产品 品质 质量 量子 子女 女性""".split()
# Characters outside the range jieba treats as Han, or outside the HMM's emission tables, or outside the BMP.
ODD_CHARS = ["㐀", "㑇", "䶵", "鿖", "鿿", "〇", "𠀀", "𠮷", "𪚥", "😀", "①", "Ⅻ", "㎡", "℃", "·", "—", "…", "～", "￥", "€"]
PUNCT = ["，", "。", "、", "；", "：", "！", "？", "“", "”", "（", "）", "《", "》", "——", "……", ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "/", "=", ">", "<", "~", "@", "^", "*", "|", "'", '"']
WHITESPACE = [" ", "  ", "\t", "\u3000", "\u00a0", "\r\n", "\n", "\n\n", " \n", "\u2002", "\u200b", "\x0b", "\x0c"]
FULLWIDTH_DIGITS = str.maketrans("0123456789.%-+", "０１２３４５６７８９．％－＋")
FULLWIDTH_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                                  "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")
LATIN = ["PPP", "KPI", "ERP", "OA", "GDP", "CPI", "PM2.5", "COVID-19", "iPhone", "WeChat", "App", "VR", "IT",
         "B2B", "O2O", "3D", "4K", "USB-C", "e-mail", "A&B", "AT&T", "R&D", "under_score", "#1", "No.1", "ISO9001",
         "Excel", "PDF", "x86_64", "Linux", "3C", "T恤", "B超", "X光", "卡拉OK", "U盘", "维C", "A股", "IP地址"]


class Writer:
    def __init__(self, rng):
        self.rng = rng

    def amount(self):
        r = self.rng.random()
        if r < 0.4:
            return "%.2f" % self.rng.uniform(0.5, 99999)
        if r < 0.6:
            return "{:,.2f}".format(self.rng.uniform(1000, 9_999_999))
        if r < 0.8:
            return str(self.rng.randint(1, 50000))
        return "%.1f" % self.rng.uniform(0.1, 999)

    def pct(self):
        r = self.rng.random()
        if r < 0.5:
            return "%.2f%%" % self.rng.uniform(0, 120)
        if r < 0.7:
            return "%d%%" % self.rng.randint(0, 100)
        if r < 0.85:
            return "%.1f％" % self.rng.uniform(0, 100)
        return "-%.1f%%" % self.rng.uniform(0, 30)

    def name(self):
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.randint(1, 2)))
        return self.rng.choice(SURNAMES) + given

    def fill(self, template):
        rng = self.rng
        values = {
            "year": str(rng.randint(2015, 2025)), "month": str(rng.randint(1, 12)), "day": str(rng.randint(1, 28)),
            "month2": "%02d" % rng.randint(1, 12), "day2": "%02d" % rng.randint(1, 28),
            "hour": "%02d" % rng.randint(0, 23), "minute": "%02d" % rng.randint(0, 59),
            "unit": rng.choice(UNITS), "unit2": rng.choice(UNITS), "project": rng.choice(PROJECTS),
            "indicator": rng.choice(INDICATORS), "fund": rng.choice(FUNDS), "reason": rng.choice(REASONS),
            "grade": rng.choice(GRADES), "score": "%.1f" % rng.uniform(60, 100),
            "amount": self.amount(), "amount2": self.amount(), "amount3": self.amount(), "amount4": self.amount(),
            "pct": self.pct(), "pct2": self.pct(), "count": str(rng.randint(1, 999)),
            "count2": str(rng.randint(1, 99)), "count3": str(rng.randint(1, 99)),
            "money": "{:,}".format(rng.randint(100, 99_999_999)), "name": self.name(), "name2": self.name(),
            "place": rng.choice(PLACES), "place_en": rng.choice(PLACES_EN), "topic": rng.choice(TOPICS),
            "topic_en": rng.choice(TOPICS_EN), "phone": "1%d-%04d-%04d" % (rng.randint(30, 99), rng.randint(0, 9999), rng.randint(0, 9999)),
            "address": "%s路%d号" % (rng.choice(PLACES), rng.randint(1, 300)),
        }
        return template.format(**values)

    def salt(self, sentence):
        """Sprinkles the rarer ingredients into a sentence at random positions."""
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            sentence = sentence.translate(FULLWIDTH_DIGITS)
        elif r < 0.11:
            sentence = sentence.translate(FULLWIDTH_LETTERS)
        pieces = [sentence]
        if rng.random() < 0.15:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(LATIN))
        if rng.random() < 0.06:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(ODD_CHARS))
        if rng.random() < 0.08:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(PUNCT))
        if rng.random() < 0.05:
            # A run of random Han characters: exercises the HMM on words no dictionary has.
            pieces.insert(rng.randint(0, len(pieces)), "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 9))))
        return "".join(pieces)

    def word_salad(self):
        rng = self.rng
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(8, 40))]
        for i in range(len(words)):
            if rng.random() < 0.08:
                words[i] += rng.choice(["，", "。", "、", "；"])
        return self.salt("".join(words)) + "。"

    def paragraph(self):
        rng = self.rng
        if rng.random() < 0.15:
            return "".join(self.word_salad() for _ in range(rng.randint(1, 5))) + rng.choice(WHITESPACE[4:9])
        templates = BUDGET_TEMPLATES if rng.random() < 0.6 else GENERAL_TEMPLATES
        sentences = [self.salt(self.fill(rng.choice(templates))) for _ in range(rng.randint(1, 6))]
        separator = "" if rng.random() < 0.8 else rng.choice(WHITESPACE)
        return separator.join(sentences) + rng.choice(WHITESPACE[4:9])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "mixed-text.txt.gz")
    writer = Writer(random.Random(SEED))
    parts = []
    size = 0
    while size < TARGET_BYTES:
        paragraph = writer.paragraph()
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    text = "".join(parts)
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    print("%s: %d characters, %d UTF-8 bytes" % (out, len(text), size))


if __name__ == "__main__":
    main()
