namespace PerfEvalIngest.Corpus.Profiles;

static class DiseaseControl
{
    public static readonly UnitProfile Profile = new()
    {
        Name = "湘屏县疾病预防控制中心",
        ShortName = "县疾控中心",
        Supervisor = "湘屏县卫生健康局",
        IsAgency = false,
        Profile = "是县卫生健康局所属公益一类事业单位，承担全县疾病预防控制、突发公共卫生事件应急处置、卫生检验检测和健康教育等技术支撑工作。",
        Functions =
        [
            "开展传染病监测、报告、流行病学调查和疫情处置",
            "组织实施国家免疫规划，管理预防接种工作",
            "开展慢性非传染性疾病监测和综合防控",
            "承担突发公共卫生事件的监测预警和应急处置",
            "开展卫生检验检测和实验室质量管理",
            "开展健康教育与健康促进工作",
            "承担结核病、艾滋病等重大疾病防治工作",
            "指导乡镇卫生院和社区卫生服务中心公共卫生工作",
        ],
        Departments = ["办公室", "财务科", "传染病防制科", "免疫规划科", "慢性病防制科", "健康教育科", "检验科", "卫生监测科", "结核病防治门诊"],
        Goals = ["传染病防控能力提升", "慢性病综合防控深化", "应急处置能力增强"],
        MidTermGoal = "坚持预防为主、防治结合，围绕{goals}，建设职能清晰、机制顺畅、能力过硬的县级疾病预防控制体系。",
        Tasks =
        [
            new TaskSpec
            {
                Duty = "负责免疫规划", Name = "免疫规划疫苗接种", Theme = "免疫规划",
                Indicator = "适龄儿童免疫规划疫苗接种率", Dimension = "质量指标", Unit = "%", Target = 90, Decimals = 2, Ratio = (1.06m, 1.1m),
                Sentence = "规范预防接种门诊管理，全县适龄儿童免疫规划疫苗接种率达到{v}，全年接种疫苗{n:80000-110000}剂次。",
            },
            new TaskSpec
            {
                Duty = "负责传染病防控", Name = "传染病疫情报告管理", Theme = "传染病防控",
                Indicator = "法定传染病报告及时率", Dimension = "时效指标", Unit = "%", Target = 100, Comparison = Comparison.Equal,
                Sentence = "加强传染病网络直报管理，法定传染病报告及时率{v}，处置聚集性疫情{n:8-15}起。",
            },
            new TaskSpec
            {
                Duty = "负责重大疾病防治", Name = "结核病防治", Theme = "重大疾病防治",
                Indicator = "肺结核患者成功治疗率", Dimension = "质量指标", Unit = "%", Target = 90, Decimals = 2, Ratio = (1.02m, 1.08m),
                Sentence = "落实结核病患者全程管理，肺结核患者成功治疗率{v}。",
            },
            new TaskSpec
            {
                Duty = "负责卫生检验检测", Name = "卫生检验检测", Theme = "检验检测",
                Indicator = "完成检验检测样品", Unit = "份", Target = 12000,
                Sentence = "完成生活饮用水、公共场所和病原学等各类检验检测样品{v}，实验室能力验证结果全部合格。",
            },
            new TaskSpec
            {
                Duty = "负责健康教育", Name = "健康教育讲座", Theme = "健康教育",
                Indicator = "开展健康教育讲座", Unit = "场", Target = 100,
                Sentence = "深入机关、学校、企业和村（社区）开展健康教育讲座{v}，发放宣传资料{n:6-9}万份。",
            },
            new TaskSpec
            {
                Duty = "负责慢性病防控", Name = "慢性病随访管理", Theme = "慢病防控",
                Indicator = "高血压、糖尿病患者随访", Unit = "人次", Target = 90000,
                Sentence = "指导基层医疗卫生机构开展高血压、糖尿病患者规范管理，全年随访{v}。",
            },
            new TaskSpec
            {
                Duty = "负责应急处置", Name = "突发公共卫生事件处置", Theme = "应急处置",
                Indicator = "突发公共卫生事件处置及时率", Dimension = "时效指标", Unit = "%", Target = 100, Comparison = Comparison.Equal,
                Sentence = "健全应急值守和快速反应机制，突发公共卫生事件处置及时率{v}，组织应急演练{n:3-5}次。",
            },
        ],
        Effects =
        [
            new EffectSpec("社会效益指标", "重大传染病疫情", "有效控制", "有效控制", "全年无甲类传染病发生，乙类传染病发病率低于全省平均水平。"),
            new EffectSpec("社会效益指标", "居民健康素养水平", "持续提升", "持续提升", "居民健康素养水平较上年进一步提高。"),
            new EffectSpec("可持续影响指标", "疾控体系能力", "稳步增强", "稳步增强", "实验室检测能力和应急处置能力稳步增强。"),
        ],
        ServedParty = "服务对象",
        Problems =
        [
            "专业技术人才缺口较大。公共卫生、检验等专业人员招聘难、留人难，部分岗位由一人兼任多项工作。",
            "实验室设备更新不及时。部分检测设备使用年限较长，检测能力难以满足新发传染病病原检测需要。",
        ],
        Suggestions =
        [
            "加大专业人才引进培养力度。建议落实公共卫生人才招聘和激励政策，开展与上级疾控机构的人才培养合作。",
            "分步推进实验室设备更新。根据检测任务需要制定设备更新计划，争取上级专项资金支持。",
        ],
        Projects =
        [
            "免疫规划专项经费：主要用于疫苗冷链运行、接种门诊督导和异常反应处置。",
            "重大传染病防控经费：主要用于疫情监测、流调处置和防控物资储备。",
            "卫生检验检测经费：主要用于试剂耗材采购和设备维护。",
            "慢性病综合防控经费：主要用于基层慢病管理指导和健康教育。",
        ],
        DocPrefix = "湘屏疾控",
        Phone = "0743-5216603",
        Spending = (12_000_000, 20_000_000),
    };
}
