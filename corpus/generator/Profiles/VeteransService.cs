namespace PerfEvalIngest.Corpus.Profiles;

static class VeteransService
{
    public static readonly UnitProfile Profile = new()
    {
        Name = "颍泽县退役军人服务中心",
        ShortName = "县退役军人服务中心",
        Supervisor = "颍泽县退役军人事务局",
        IsAgency = false,
        Profile = "是县退役军人事务局所属公益一类事业单位，承担全县退役军人和其他优抚对象的服务保障工作。",
        Functions =
        [
            "承担退役军人和其他优抚对象的走访慰问和帮扶援助工作",
            "承担退役军人就业创业服务和适应性培训工作",
            "承担退役军人优待证申领和信息采集工作",
            "承担退役军人权益维护和矛盾纠纷调处的服务工作",
            "指导乡镇（街道）和村（社区）退役军人服务站建设",
            "承担退役军人思想政治和褒扬纪念服务工作",
        ],
        Departments = ["综合股", "优抚帮扶股", "就业创业服务股", "权益维护股", "信息管理股"],
        Goals = ["服务体系健全", "优抚政策落实", "就业创业支持有力"],
        MidTermGoal = "围绕{goals}，建设县、乡、村三级退役军人服务保障体系，让退役军人成为全社会尊重的人。",
        Tasks =
        [
            new TaskSpec
            {
                Duty = "承担走访慰问", Name = "走访慰问", Theme = "优抚帮扶",
                Indicator = "走访慰问重点优抚对象", Unit = "人次", Target = 1500,
                Sentence = "在春节、八一等重要节点走访慰问重点优抚对象{v}，为{n:20-40}户困难退役军人家庭提供帮扶援助。",
            },
            new TaskSpec
            {
                Duty = "承担就业创业服务", Name = "专场招聘", Theme = "就业创业服务",
                Indicator = "举办退役军人专场招聘会", Unit = "场", Target = 6,
                Sentence = "联合人社部门举办退役军人专场招聘会{v}，组织{n:40-70}家企业提供就业岗位。",
            },
            new TaskSpec
            {
                Duty = "承担优待证申领", Name = "优待证办理", Theme = "权益保障",
                Indicator = "优待证申领办结率", Dimension = "时效指标", Unit = "%", Target = 100, Comparison = Comparison.Equal,
                Sentence = "优化优待证申领流程，符合条件的申领事项全部按时办结，办结率{v}。",
            },
            new TaskSpec
            {
                Duty = "指导服务站建设", Name = "服务站规范化建设", Theme = "服务体系建设",
                Indicator = "村（社区）服务站规范化建设达标率", Dimension = "质量指标", Unit = "%", Target = 90, Decimals = 1, Ratio = (1.02m, 1.09m),
                Sentence = "开展服务站规范化建设评估，村（社区）退役军人服务站达标率{v}。",
            },
        ],
        Effects =
        [
            new EffectSpec("社会效益指标", "退役军人获得感", "明显增强", "明显增强", "优抚政策落实到位，退役军人和其他优抚对象的获得感明显增强。"),
            new EffectSpec("可持续影响指标", "服务保障体系", "持续完善", "持续完善", "县、乡、村三级服务保障体系持续完善。"),
        ],
        ServedParty = "退役军人",
        Problems =
        [
            "基层服务站力量薄弱。村（社区）服务站工作人员多为兼职，业务培训不足，服务能力参差不齐。",
        ],
        Suggestions =
        [
            "加强基层服务站队伍建设。每年组织服务站工作人员集中培训，推行业务清单和服务指南，提高基层服务规范化水平。",
        ],
        Projects =
        [
            "优抚对象走访慰问经费：主要用于节日走访慰问和困难帮扶。",
            "退役军人就业创业服务经费：主要用于招聘会组织和适应性培训。",
            "服务站运行补助经费：主要用于村（社区）服务站运行补助。",
        ],
        DocPrefix = "颍退服",
        Phone = "0374-8120396",
        Spending = (9_000_000, 14_000_000),
    };
}
