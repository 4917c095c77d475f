namespace PerfEvalIngest.Corpus.Profiles;

static class WaterWorks
{
    public static readonly UnitProfile Profile = new()
    {
        Name = "岚州市水利工程管理处",
        ShortName = "管理处",
        Supervisor = "岚州市水务局",
        IsAgency = false,
        Profile = "是岚州市水务局下属的公益一类事业单位，负责市管堤防、水闸、泵站等水利工程的运行管理和维修养护，承担市区防汛排涝工程调度和工程安全监测等工作。",
        Functions =
        [
            "负责市管堤防、水闸、泵站等水利工程的运行管理",
            "负责市管水利工程的日常维修养护和岁修项目实施",
            "承担市区防汛排涝工程的调度运行",
            "开展水利工程安全监测和隐患排查治理",
            "负责工程管理范围内的巡查和涉水违法行为制止",
            "推进水利工程标准化、信息化管理",
            "承担防汛物资储备和管理",
            "完成市水务局交办的其他任务",
        ],
        Departments = ["办公室", "财务科", "工程管理科", "调度运行科", "安全监督科", "信息科", "堤防管理所", "闸站管理所", "河道巡查队", "物资仓库"],
        Goals = ["工程运行安全可靠", "防汛调度科学高效", "管理手段智慧精细"],
        MidTermGoal = "坚持安全第一、预防为主，围绕{goals}，全面推进水利工程标准化管理，力争市管工程全部达到省级标准化管理要求。",
        Tasks =
        [
            new TaskSpec
            {
                Duty = "负责工程调度运行", Name = "泵站开机运行", Theme = "工程调度",
                Indicator = "泵站开机运行", Unit = "台时", Target = 20000,
                Sentence = "汛期及时开机排涝，全年泵站累计开机运行{v}，排涝水量{n:2-4}亿立方米。",
            },
            new TaskSpec
            {
                Duty = "负责工程调度运行", Name = "汛期调度指令执行", Theme = "工程调度",
                Indicator = "调度指令执行及时率", Dimension = "时效指标", Unit = "%", Target = 100, Comparison = Comparison.Equal,
                Sentence = "严格执行防汛调度指令，全年执行调度指令{n:180-260}次，执行及时率{v}。",
            },
            new TaskSpec
            {
                Duty = "负责工程巡查", Name = "堤防巡查", Theme = "工程巡查",
                Indicator = "堤防巡查里程", Unit = "公里", Target = 6000,
                Sentence = "落实堤防日常巡查制度，全年巡查里程{v}，发现并处置各类问题{n:120-200}处。",
            },
            new TaskSpec
            {
                Duty = "负责工程维修养护", Name = "维修养护项目", Theme = "维修养护",
                Indicator = "完成维修养护项目", Unit = "项", Target = 40,
                Sentence = "完成闸门启闭机检修、堤防护坡修复等维修养护项目{v}，工程完好率保持在较高水平。",
            },
            new TaskSpec
            {
                Duty = "负责工程维修养护", Name = "河道保洁", Theme = "维修养护",
                Indicator = "河道保洁面积", Unit = "万平方米", Target = 320, Decimals = 1,
                Sentence = "委托专业单位开展河道水面保洁，全年保洁面积{v}，打捞水面漂浮物{n:1800-2600}吨。",
            },
            new TaskSpec
            {
                Duty = "负责工程安全监测", Name = "工程安全监测", Theme = "安全监测",
                Indicator = "安全监测数据采集", Unit = "次", Target = 1200,
                Sentence = "对市管闸站和堤防开展沉降、位移等安全监测，全年采集监测数据{v}，编制监测分析报告{n:4-6}份。",
            },
            new TaskSpec
            {
                Duty = "负责标准化信息化管理", Name = "工程标准化管理", Theme = "标准化管理",
                Indicator = "工程标准化管理达标率", Dimension = "质量指标", Unit = "%", Target = 100, Comparison = Comparison.Equal,
                Sentence = "对照省级标准化管理评价标准，完善管理制度和操作规程，市管工程标准化管理达标率{v}。",
            },
            new TaskSpec
            {
                Duty = "负责标准化信息化管理", Name = "自动化控制系统运维", Theme = "标准化管理",
                Indicator = "自动化控制系统在线率", Dimension = "质量指标", Unit = "%", Target = 95, Decimals = 1, Ratio = (1.01m, 1.04m),
                Sentence = "加强闸站自动化控制系统和视频监控系统运维，系统在线率{v}。",
            },
            new TaskSpec
            {
                Duty = "负责防汛物资管理", Name = "防汛物资储备", Theme = "防汛保障",
                Indicator = "防汛物资完好率", Dimension = "质量指标", Unit = "%", Target = 98, Decimals = 1, Ratio = (1.005m, 1.02m),
                Sentence = "按定额储备块石、编织袋、救生衣等防汛物资，定期开展清点保养，物资完好率{v}。",
            },
        ],
        Effects =
        [
            new EffectSpec("社会效益指标", "市区防洪排涝安全", "有效保障", "有效保障", "汛期市区主要河道水位控制在警戒水位以内，未发生因工程原因导致的重大内涝。"),
            new EffectSpec("生态效益指标", "河道水环境", "持续改善", "持续改善", "河道水面保洁常态化，主要河道水质保持稳定。"),
            new EffectSpec("可持续影响指标", "工程管理长效机制", "基本建立", "基本建立", "标准化、信息化管理相互促进的工程管理长效机制基本建立。"),
        ],
        ServedParty = "沿线群众",
        Problems =
        [
            "部分工程设施老化。个别建成年代较早的泵站机组能耗偏高、故障率上升，维修养护成本逐年增加。",
            "专业技术力量不足。机电、自动化方面的专业技术人员较少，部分运维工作依赖外委单位。",
        ],
        Suggestions =
        [
            "有序推进老旧设施更新改造。建议对运行年限较长的泵站机组开展安全鉴定，分年度纳入更新改造计划。",
            "加强专业技术队伍建设。通过招聘和内部培养补充机电、自动化专业人才，提高自主运维能力。",
        ],
        Projects =
        [
            "水利工程维修养护经费：主要用于闸站、堤防的日常维修养护和岁修项目。",
            "泵站运行电费：主要用于排涝泵站运行电费支出。",
            "河道保洁经费：主要用于委托专业单位开展水面保洁。",
            "工程安全监测经费：主要用于沉降位移监测和监测设备维护。",
            "防汛物资储备经费：主要用于防汛物资采购和仓储管理。",
        ],
        DocPrefix = "岚水管",
        Phone = "0512-68557302",
        Spending = (20_000_000, 35_000_000),
    };
}
