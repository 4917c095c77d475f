namespace PerfEvalIngest.Corpus.Profiles;

static class Library
{
    public static readonly UnitProfile Profile = new()
    {
        Name = "岚州市图书馆",
        ShortName = "市图书馆",
        Supervisor = "岚州市文化广电和旅游局",
        IsAgency = false,
        Profile = "是岚州市文化广电和旅游局下属的公益一类事业单位，为国家一级图书馆，承担文献信息资源建设、公共借阅服务、全民阅读推广、地方文献收藏和全市总分馆体系建设等职能。",
        Functions =
        [
            "采集、整理和保存各类文献信息资源",
            "提供文献借阅、参考咨询和信息检索服务",
            "组织开展全民阅读推广活动",
            "建设和运行数字图书馆",
            "牵头推进全市公共图书馆总分馆体系建设",
            "收集、整理和保护地方文献和古籍",
            "开展图书馆学研究和业务辅导",
        ],
        Departments = ["办公室", "采编部", "借阅部", "读者活动部", "数字资源部", "地方文献部", "总分馆建设部"],
        Goals = ["资源保障", "服务效能", "阅读推广"],
        MidTermGoal = "以建设书香城市为目标，围绕{goals}，完善覆盖城乡的总分馆服务网络，推动公共阅读服务均等化。",
        Tasks =
        [
            new TaskSpec
            {
                Duty = "负责文献资源建设", Name = "文献资源采购", Theme = "文献资源",
                Indicator = "新增馆藏文献", Unit = "册", Target = 60000,
                Sentence = "全年新增馆藏文献{v}，其中纸质图书{n:40000-52000}册，订购报刊{n:900-1200}种。",
            },
            new TaskSpec
            {
                Duty = "负责借阅服务", Name = "读者接待服务", Theme = "借阅服务",
                Indicator = "接待读者", Unit = "万人次", Target = 80, Decimals = 1,
                Sentence = "坚持全年开放，累计接待读者{v}，外借文献{n:90-130}万册次。",
            },
            new TaskSpec
            {
                Duty = "负责阅读推广", Name = "全民阅读推广活动", Theme = "阅读推广",
                Indicator = "举办阅读推广活动", Unit = "场", Target = 500,
                Sentence = "举办“书香岚州”讲座、展览、亲子阅读等阅读推广活动{v}，线上线下参与{n:30-45}万人次。",
            },
            new TaskSpec
            {
                Duty = "负责总分馆建设", Name = "总分馆体系建设", Theme = "总分馆建设",
                Indicator = "新建城市书房", Unit = "个", Target = 8,
                Sentence = "新建城市书房{v}，全市总分馆服务点实现通借通还。",
            },
            new TaskSpec
            {
                Duty = "负责数字图书馆", Name = "数字资源服务", Theme = "数字服务",
                Indicator = "数字资源访问量", Unit = "万次", Target = 150, Decimals = 1,
                Sentence = "完善数字图书馆平台功能，全年数字资源访问量{v}。",
            },
            new TaskSpec
            {
                Duty = "负责地方文献保护", Name = "古籍修复", Theme = "古籍保护",
                Indicator = "修复古籍", Unit = "叶", Target = 1200,
                Sentence = "开展馆藏古籍保护修复，全年修复古籍{v}，完成{n:2-3}批地方文献数字化。",
            },
        ],
        Effects =
        [
            new EffectSpec("社会效益指标", "全民阅读氛围", "日益浓厚", "日益浓厚", "阅读推广活动品牌效应显现，全民阅读氛围日益浓厚。"),
            new EffectSpec("可持续影响指标", "总分馆服务体系", "持续完善", "持续完善", "城乡一体的总分馆服务体系持续完善，基层群众借阅更加便利。"),
        ],
        ServedParty = "读者",
        Problems =
        [
            "馆舍空间与服务需求矛盾突出。节假日读者集中，阅览座位和停车位紧张，部分活动只能压缩规模。",
        ],
        Suggestions =
        [
            "挖掘现有馆舍空间潜力。优化功能分区，推行座位预约，同时借助城市书房分流读者。",
        ],
        Projects =
        [
            "文献资源购置费：主要用于图书、报刊和数字资源采购。",
            "阅读推广活动经费：主要用于讲座、展览和阅读活动组织。",
            "总分馆体系建设经费：主要用于城市书房建设和物流配送。",
        ],
        DocPrefix = "岚图",
        Phone = "0512-68813260",
        Spending = (15_000_000, 22_000_000),
    };
}
