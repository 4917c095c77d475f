namespace PerfEvalIngest.Corpus.Profiles;

static class Forestry
{
    public static readonly UnitProfile Profile = new()
    {
        Name = "澧安县林业局",
        ShortName = "县林业局",
        Supervisor = "澧安县人民政府",
        IsAgency = true,
        Profile = "是县人民政府工作部门，为正科级行政单位，负责全县林业及其生态保护修复的监督管理。",
        Functions =
        [
            "负责全县林业及其生态保护修复的监督管理，组织实施林业发展规划",
            "组织开展植树造林和国土绿化工作",
            "负责森林资源保护管理，落实林长制工作",
            "负责森林防火和林业有害生物防治工作",
            "负责自然保护地和野生动植物保护管理",
            "负责推进林业改革，指导国有林场建设",
            "负责油茶等林业产业发展和林业科技推广",
            "负责林业行政执法，查处破坏森林资源的违法行为",
            "完成县委、县政府交办的其他任务",
        ],
        Departments = ["办公室", "计划财务股", "生态修复股", "森林资源管理股", "林业产业股", "自然保护地管理股", "政策法规股", "林业综合执法大队", "林业有害生物防治站", "林业技术推广站"],
        Goals = ["森林资源总量增长", "生态质量稳步提升", "林业产业提质增效"],
        MidTermGoal = "深入践行“绿水青山就是金山银山”理念，围绕{goals}，全面推行林长制，到“十四五”末全县森林覆盖率稳定在60%以上。",
        Tasks =
        [
            new TaskSpec
            {
                Duty = "负责国土绿化", Name = "人工造林", Theme = "国土绿化",
                Indicator = "完成人工造林", Unit = "亩", Target = 12000,
                Sentence = "科学开展国土绿化，[[rounded-restatement:全年完成人工造林{vw}万亩]]，退化林修复{n:8000-12000}亩。",
            },
            new TaskSpec
            {
                Duty = "负责林业产业", Name = "油茶产业发展", Theme = "林业产业",
                Indicator = "新造和低改油茶林", Unit = "亩", Target = 5000,
                Sentence = "落实油茶产业扶持政策，新造和低产改造油茶林{v}，新培育油茶专业合作社{n:6-12}家。",
            },
            new TaskSpec
            {
                Duty = "负责森林防火", Name = "森林防火", Theme = "森林防火",
                Indicator = "森林火灾受害率", Dimension = "质量指标", Unit = "‰", Target = 0.9m, Decimals = 2, Comparison = Comparison.AtMost, Ratio = (0.1m, 0.4m),
                Sentence = "严格落实森林防火责任，全县森林火灾受害率{v}，控制在省定目标以内。",
            },
            new TaskSpec
            {
                Duty = "负责林业有害生物防治", Name = "林业有害生物防治", Theme = "有害生物防治",
                Indicator = "林业有害生物成灾率", Dimension = "质量指标", Unit = "‰", Target = 3.0m, Decimals = 2, Comparison = Comparison.AtMost, Ratio = (0.2m, 0.6m),
                Sentence = "开展松材线虫病等重大林业有害生物普查和防治，成灾率{v}。",
            },
            new TaskSpec
            {
                Duty = "负责森林资源管理", Name = "森林督查图斑核查", Theme = "资源管理",
                Indicator = "核查森林督查图斑", Unit = "个", Target = 400,
                Sentence = "完成森林督查问题图斑核查{v}，违法图斑全部依法查处整改到位。",
            },
            new TaskSpec
            {
                Duty = "负责森林资源管理", Name = "生态护林员管护", Theme = "资源管理",
                Indicator = "生态护林员管护面积", Unit = "万亩", Target = 60, Decimals = 1,
                Sentence = "选聘生态护林员{n:320-400}名，落实管护面积{v}。",
            },
            new TaskSpec
            {
                Duty = "负责林长制", Name = "林长巡林", Theme = "林长制",
                Indicator = "各级林长巡林", Unit = "次", Target = 1500,
                Sentence = "全面推行林长制，县、乡、村三级林长全年巡林{v}，协调解决问题{n:60-110}个。",
            },
            new TaskSpec
            {
                Duty = "负责自然保护地管理", Name = "自然保护地监管", Theme = "保护地管理",
                Indicator = "自然保护地巡护", Unit = "次", Target = 240,
                Sentence = "加强自然保护地日常巡护，全年巡护{v}，保护地内未发生重大破坏事件。",
            },
            new TaskSpec
            {
                Duty = "负责林业科技推广", Name = "林业实用技术培训", Theme = "科技推广",
                Indicator = "林业实用技术培训", Unit = "人次", Target = 1200,
                Sentence = "组织林业科技人员下乡开展油茶栽培、森林防火等实用技术培训{v}，[[overlapping-categories:其中油茶种植户{oa}人次、脱贫户和监测户{ob}人次]]。",
            },
        ],
        Effects =
        [
            new EffectSpec("生态效益指标", "森林覆盖率", "稳中有升", "稳中有升", "全县森林覆盖率稳中有升，森林蓄积量持续增长。"),
            new EffectSpec("经济效益指标", "林农增收", "明显", "明显", "油茶等林业产业带动林农增收效果明显。"),
            new EffectSpec("社会效益指标", "森林资源安全", "有效保障", "有效保障", "全年未发生重大森林火灾和重大林业有害生物灾害。"),
            new EffectSpec("可持续影响指标", "林长制长效机制", "基本建立", "基本建立", "林长制责任体系层层压实，森林资源保护长效机制基本建立。"),
        ],
        ServedParty = "林农群众",
        Problems =
        [
            "林业项目资金拨付进度偏慢。部分造林项目需待次年春季验收合格后才能结算，造成当年项目资金执行率偏低。",
            "基层林业站专业力量薄弱。乡镇林业站人员普遍兼任其他工作，专职从事林业技术服务的人员较少。",
        ],
        Suggestions =
        [
            "优化林业项目资金拨付方式。对造林项目推行分阶段验收、分阶段拨付，提高资金当年执行率。",
            "加强基层林业站建设。建议保持乡镇林业站人员相对稳定，加强专业培训，提升基层林业技术服务能力。",
        ],
        Projects =
        [
            "国土绿化专项资金：主要用于人工造林、退化林修复的苗木和抚育支出。",
            "森林防火专项经费：主要用于防火物资、扑火队伍建设和防火宣传。",
            "林业有害生物防治经费：主要用于监测普查、药剂采购和除治作业。",
            "油茶产业发展奖补资金：主要用于油茶新造和低改奖补。",
            "生态护林员补助资金：主要用于生态护林员劳务补助。",
        ],
        DocPrefix = "澧林发",
        Phone = "0736-3226178",
        Spending = (15_000_000, 25_000_000),
    };
}
